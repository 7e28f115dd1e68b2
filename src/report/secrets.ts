import type { Report } from './model.js';
import { isCredentialKey } from '../scenario/secrets.js';

/**
 * Credentials must not travel from a scenario or a result file into a comment, a summary, an annotation or a
 * log. Two nets: the literals the `security` findings point at (read from the file's text, since the report
 * keeps only their masked form), masked wherever they appear; and shapes that are credentials wherever
 * they are (tokens, `?api_key=…` in a URL), masked in any text that passes through.
 */

export const MASK = '••••';

/** Token formats, unanchored, as they appear inside longer text. */
const TOKEN_SHAPES: RegExp[] = [
  /\bgh[pousr]_[A-Za-z0-9]{30,}/g,
  /\bgithub_pat_[A-Za-z0-9_]{30,}/g,
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g,
  /\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{8,}/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/g,
  /\bsk_(?:live|test)_[A-Za-z0-9]{16,}/g,
  /\bglpat-[A-Za-z0-9_-]{20,}/g,
];

/** A query parameter: `?key=value`, `&key=value`. */
const QUERY_PARAM = /([?&;])([A-Za-z0-9_.-]{1,64})=([^&#\s"'`<>|)]+)/g;

/** `*` (a normalised value), a mask, `${__ENV.TOKEN}`, `{{ token }}`, `$TOKEN`, `:token`: no value to hide. */
function isReference(value: string): boolean {
  return value === '*' || value.startsWith(MASK) || /\$\{|\{\{|^[$:]/.test(value);
}

/** Masks token shapes and credential-named query values (`?token=abc` → `?token=••••`). */
export function maskSecretShapes(text: string): string {
  let out = text;
  for (const shape of TOKEN_SHAPES) out = out.replace(shape, MASK);
  return out.replace(QUERY_PARAM, (all, sep: string, key: string, value: string) =>
    isCredentialKey(key) && !isReference(value) ? `${sep}${key}=${MASK}` : all,
  );
}

/** Shorter literals are too likely to occur in loadgate's own words to be replaced everywhere. */
const MIN_LITERAL = 6;

/**
 * The secret literals the report's security findings point at, read from the files' texts: the quoted
 * value at the finding's range, without its quotes and without an auth scheme word.
 */
export function secretLiterals(report: Report, sources: ReadonlyMap<string, string> | undefined): string[] {
  if (!sources) return [];
  const found = new Set<string>();
  for (const file of report.files) {
    const source = sources.get(file.path);
    if (source === undefined) continue;
    const lines = source.split(/\r?\n/);
    for (const finding of [...file.findings, ...(file.suppressed ?? [])]) {
      if (finding.category !== 'security') continue;
      const { line, column, endLine, endColumn } = finding.loc;
      if (endLine !== undefined && endLine !== line) continue;
      const text = lines[line - 1];
      if (text === undefined) continue;
      const raw = text.slice(column - 1, endColumn !== undefined ? endColumn - 1 : undefined);
      const quoted = /^(["'`])(.*)\1$/.exec(raw.trim());
      const value = (quoted ? quoted[2]! : raw).trim();
      for (const part of [value, value.replace(/^(?:Bearer|Basic|Token)\s+/i, '')]) {
        if (part.length >= MIN_LITERAL) found.add(part);
      }
    }
  }
  // Longest first, so a value and its scheme-less body are both replaced whole.
  return [...found].sort((a, b) => b.length - a.length);
}

/** Replaces every known literal, then every credential shape. */
export function maskSecrets(text: string, literals: readonly string[] = []): string {
  let out = text;
  for (const literal of literals) out = out.split(literal).join(MASK);
  return maskSecretShapes(out);
}
