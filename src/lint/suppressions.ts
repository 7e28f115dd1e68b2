import type { Diagnostic, SourceComment } from '../scenario/model.js';
import { closest } from '../util/closest.js';

export interface Suppression {
  /** The line the suppression applies to. */
  line: number;
  ruleIds: string[];
  reason?: string;
  commentLine: number;
}

const DIRECTIVE = /^\s*loadgate-disable-next-line(?:\s+(.*))?$/;

/** What silences every rule on a line; allowed, and audited like any other id. */
const ANY_RULE = '*';

/**
 * Reads `loadgate-disable-next-line <rule>[, <rule>] -- reason` from comments. Suppression is by rule id,
 * never by message text, so rewording a message never resurrects a silenced finding.
 */
export function parseSuppressions(comments: readonly SourceComment[]): Suppression[] {
  const out: Suppression[] = [];
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.text.replace(/^[\s*]+/, ''));
    if (!match) continue;
    const [ids, ...reasonParts] = (match[1] ?? '').split(/\s+--\s+|\s+--$|^--\s+|^--$/);
    const reason = reasonParts.join(' -- ').trim();
    const ruleIds = (ids ?? '')
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    out.push({ line: comment.line + 1, ruleIds, reason: reason || undefined, commentLine: comment.line });
  }
  return out;
}

/**
 * The suppressions of a file by the line they apply to, for `suppressionFor`: a generated plan can have
 * thousands of findings and of comments, and each finding looks up only the comments above its own line.
 */
export function suppressionsByLine(suppressions: readonly Suppression[]): Map<number, Suppression[]> {
  const byLine = new Map<number, Suppression[]>();
  for (const s of suppressions) {
    const list = byLine.get(s.line);
    if (list) list.push(s);
    else byLine.set(s.line, [s]);
  }
  return byLine;
}

/** The suppression that silences `ruleId` on `line`, if any. */
export function suppressionFor(
  suppressions: readonly Suppression[],
  ruleId: string,
  line: number,
): Suppression | undefined {
  return suppressions.find(
    (s) => s.line === line && (s.ruleIds.includes(ruleId) || s.ruleIds.includes(ANY_RULE)),
  );
}

export function isSuppressed(suppressions: readonly Suppression[], ruleId: string, line: number): boolean {
  return suppressionFor(suppressions, ruleId, line) !== undefined;
}

/**
 * Suppressions nobody can audit, as warnings on the comment's line: one without a reason (it still
 * silences its finding, which is then listed as suppressed), one naming no rule, and a rule id loadgate
 * does not know (a typo silences nothing), with the closest known id.
 */
export function suppressionProblems(
  suppressions: readonly Suppression[],
  file: string,
  knownIds: readonly string[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const warn = (s: Suppression, message: string) =>
    out.push({ file, line: s.commentLine, severity: 'warning', message });
  for (const s of suppressions) {
    const directive = `loadgate-disable-next-line${s.ruleIds.length ? ` ${s.ruleIds.join(', ')}` : ''}`;
    if (s.ruleIds.length === 0) {
      warn(s, `${directive} names no rule, so it silences nothing; write the rule id before " -- "`);
      continue;
    }
    for (const id of s.ruleIds) {
      if (id === ANY_RULE || knownIds.includes(id)) continue;
      const hint = closest(id, knownIds);
      warn(
        s,
        `${directive}: "${id}" is not a rule loadgate knows, so it silences nothing${hint ? `; did you mean "${hint}"?` : ' (see docs/rules/README.md)'}`,
      );
    }
    if (!s.reason)
      warn(
        s,
        `${directive} gives no reason; say why after " -- " (${directive} -- why), so the suppression can be audited`,
      );
  }
  return out;
}
