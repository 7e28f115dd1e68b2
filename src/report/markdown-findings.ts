import type { Finding, Severity } from '../lint/types.js';
import { isChangedLine, type ChangedLines } from './changed-lines.js';
import { codeSpan, escapeMarkdown, fencedBlock } from './escape.js';
import { describeEditRange, editsDiff } from './fix-diff.js';
import { plural } from './format.js';
import { fileUrl, ruleDocUrl, type RepoLinks } from './links.js';
import { SEVERITY_RANK, type LocatedFinding } from './order.js';
import { maskSecrets } from './secrets.js';
import { minOf } from '../util/extremes.js';

/**
 * Scenario findings as a reviewer reads them: grouped by file, worst file first, and in each file the
 * findings on lines the pull request changes first; `path:line` links to the file at the head commit and
 * the rule id to its docs page; a fix shows as the diff `loadgate lint --fix` would apply.
 */

export interface FindingsContext {
  changed?: ChangedLines;
  links?: RepoLinks;
  sources?: ReadonlyMap<string, string>;
  /** loadgate's version, for the rule docs links. */
  version: string;
  /** Secret literals to mask in diffs (their `-` lines quote the file). */
  secrets: readonly string[];
}

/** One listed finding and the file group it belongs to; a list may be cut between entries. */
export interface FindingEntry {
  path: string;
  text: string;
}

const MESSAGE_MAX = 1000;
const FIX_MAX_LINES = 40;

export function severityCounts(findings: readonly { finding: Finding }[]): string {
  const count = (s: Severity) => findings.filter((f) => f.finding.severity === s).length;
  const parts: string[] = [];
  if (count('error') > 0) parts.push(plural(count('error'), 'error'));
  if (count('warning') > 0) parts.push(plural(count('warning'), 'warning'));
  if (count('info') > 0) parts.push(`${count('info')} info`);
  return parts.join(', ');
}

function onChangedLine(f: LocatedFinding, ctx: FindingsContext): boolean {
  return isChangedLine(ctx.changed, f.path, f.finding.loc.line, f.finding.loc.endLine ?? f.finding.loc.line);
}

/**
 * Files worst first (most severe finding, then most findings), each with its findings on changed lines
 * first, then by severity and line.
 */
export function orderByFile(findings: readonly LocatedFinding[], ctx: FindingsContext): LocatedFinding[] {
  const changed = (f: LocatedFinding) => onChangedLine(f, ctx);
  const files = [...groupByPath(findings).entries()].map(([path, list]) => ({
    path,
    list,
    changed: list.filter(changed).length,
    worst: minOf(list.map((f) => SEVERITY_RANK[f.finding.severity])),
  }));
  files.sort(
    (a, b) =>
      b.changed - a.changed ||
      a.worst - b.worst ||
      b.list.length - a.list.length ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
  return files.flatMap(({ list }) =>
    [...list].sort(
      (a, b) =>
        Number(changed(b)) - Number(changed(a)) ||
        SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
        a.finding.loc.line - b.finding.loc.line ||
        a.finding.loc.column - b.finding.loc.column,
    ),
  );
}

export function findingEntries(
  findings: readonly LocatedFinding[],
  ctx: FindingsContext,
  withFix: boolean,
): FindingEntry[] {
  return orderByFile(findings, ctx).map((f) => ({ path: f.path, text: findingItem(f, ctx, withFix) }));
}

/** The header line of a file group: its path (linked) and its counts. */
function fileHeader(path: string, mine: readonly LocatedFinding[], ctx: FindingsContext): string {
  const label = codeSpan(path, { maxLength: 200 });
  const linked = ctx.links ? `[${label}](${fileUrl(ctx.links, path)})` : label;
  const changed = mine.filter((f) => onChangedLine(f, ctx)).length;
  const note = ctx.changed?.get(path) !== null && changed > 0 ? ` (${changed} on changed lines)` : '';
  return `**${linked}** · ${severityCounts(mine)}${note}`;
}

/** The findings of each path, for file headers that count a whole file even when its list is cut. */
export function groupByPath(all: readonly LocatedFinding[]): Map<string, LocatedFinding[]> {
  const byPath = new Map<string, LocatedFinding[]>();
  for (const f of all) {
    const list = byPath.get(f.path);
    if (list) list.push(f);
    else byPath.set(f.path, [f]);
  }
  return byPath;
}

/** Entries with a header before each file's first entry; `byPath` gives the headers their full counts. */
export function composeEntries(
  entries: readonly FindingEntry[],
  byPath: ReadonlyMap<string, readonly LocatedFinding[]>,
  ctx: FindingsContext,
): string {
  const out: string[] = [];
  let current: string | undefined;
  for (const entry of entries) {
    if (entry.path !== current) {
      if (current !== undefined) out.push('');
      out.push(fileHeader(entry.path, byPath.get(entry.path) ?? [], ctx), '');
      current = entry.path;
    }
    out.push(entry.text);
  }
  return out.join('\n');
}

function findingItem(f: LocatedFinding, ctx: FindingsContext, withFix: boolean): string {
  const { path, finding } = f;
  const loc = finding.loc;
  const lineText = `line ${loc.line}`;
  const where = ctx.links ? `[${lineText}](${fileUrl(ctx.links, path, loc.line, loc.endLine)})` : lineText;
  const changed = ctx.changed?.get(path) !== null && onChangedLine(f, ctx) ? ' · changed line' : '';
  const rule = codeSpan(finding.ruleId, { maxLength: 100 });
  const doc = ruleDocUrl(finding.ruleId, ctx.version);
  const head = `- ${where}${changed} · ${finding.severity} · ${doc ? `[${rule}](${doc})` : rule}: ${escapeMarkdown(finding.message, { maxLength: MESSAGE_MAX })}`;
  if (!withFix || !finding.fix) return head;
  return [head, ...fixLines(path, finding, ctx)].join('\n');
}

function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A fix description the message already says (often word for word) is left out: when nearly all of its
 * words are in the message, it adds nothing but length.
 */
export function fixDescriptionAddsSomething(message: string, description: string): boolean {
  const said = new Set(words(message).split(' '));
  const fix = words(description)
    .split(' ')
    .filter((w) => w.length > 2);
  if (fix.length === 0) return false;
  const known = fix.filter((w) => said.has(w)).length;
  return known / fix.length < 0.8;
}

/** A fix as a diff when the file's text is at hand, else its description and the new text. */
function fixLines(path: string, finding: Finding, ctx: FindingsContext): string[] {
  const fix = finding.fix!;
  const indent = '  ';
  const lines: string[] = [];
  if (fixDescriptionAddsSomething(finding.message, fix.description))
    lines.push(`${indent}Fix: ${escapeMarkdown(fix.description, { maxLength: 300 })}`);
  if (fix.skipped !== undefined)
    lines.push(`${indent}No automatic fix: ${escapeMarkdown(fix.skipped, { maxLength: 300 })}`);
  const edits = (fix.edits ?? []).filter((e) => e.file === path || e.file === finding.loc.file);
  if (edits.length === 0 || fix.skipped !== undefined) return lines;
  // Which command writes it: reviewers should know a suggestion changes what the test checks or loads.
  lines.push(
    fix.safety === 'safe'
      ? `${indent}\`loadgate lint --fix\` applies:`
      : `${indent}Suggested edit (\`loadgate lint --fix-suggestions\` applies it):`,
  );
  const source = ctx.sources?.get(path);
  const diff = source === undefined ? undefined : editsDiff(source, edits);
  if (diff !== undefined) {
    lines.push(
      fencedBlock(maskSecrets(diff, ctx.secrets), { language: 'diff', indent, maxLines: FIX_MAX_LINES }),
    );
    return lines;
  }
  for (const edit of edits.slice(0, 3)) {
    lines.push(`${indent}${describeEditRange(edit)}`);
    lines.push(fencedBlock(edit.text, { indent, maxLines: FIX_MAX_LINES }));
  }
  return lines;
}
