import type { LintTextResult } from '../lint-text.js';
import type { Finding } from '../types.js';
import { applyFixSequence, type FixJudge } from './sequence.js';

/**
 * Checks every fix on the text it would produce, linted again by the same adapter and rules, in the order
 * `--fix` applies them. A fix is withdrawn (its edits dropped, `skipped` says why) when the fixed text
 * would not parse, would be read by another adapter, would stop being JSON, would gain a diagnostic or an
 * error-level finding, or would still have the finding. Mutates the findings of `result`.
 *
 * `--fix` applies the safe fixes alone and `--fix-suggestions` all of them, so a safe fix is judged in both
 * sequences and withdrawn when either refuses it; a suggestion is judged in the full one.
 */
export function verifyFixes(
  source: string,
  result: LintTextResult,
  relint: (text: string) => LintTextResult,
): void {
  if (!result.findings.some((f) => f.fix?.edits?.length)) return;
  const linted = new Map<string, LintTextResult>([[source, result]]);
  const lintOf = (text: string) => {
    let r = linted.get(text);
    if (!r) linted.set(text, (r = relint(text)));
    return r;
  };
  const judge: FixJudge = (before, after, finding) =>
    whyRefused(before, after, lintOf(before), lintOf(after), finding);
  const withEdits = result.findings.filter((f) => f.fix?.edits?.length);
  const safe = withEdits.filter((f) => f.fix!.safety === 'safe');
  const sequences = safe.length > 0 && safe.length < withEdits.length ? [safe, withEdits] : [withEdits];
  const refused = new Map<Finding, string>();
  for (const findings of sequences) {
    // One lint of the text with every fix of the sequence applied usually settles them all; only when it
    // does not are the fixes judged one by one, each on the text its predecessors produced.
    if (acceptedTogether(source, findings, lintOf)) continue;
    for (const { finding, reason } of applyFixSequence(source, findings, judge).outcomes)
      if (reason !== undefined && !refused.has(finding)) refused.set(finding, reason);
  }
  for (const [finding, reason] of refused)
    finding.fix = { description: finding.fix!.description, skipped: reason };
}

/**
 * Are all fixes of a sequence good, judged on the text with every one of them applied? Stricter than judging
 * them one by one, so it can only say yes where that would too: every fix applies where it was computed (none
 * deferred, none sharing a place with another, where two could insert the same key), the result reads as
 * the same kind of file with no new diagnostic, stays JSON, loses exactly one finding per fix, and gains no
 * finding of any kind. Anything else is left to the fix-by-fix judge.
 */
function acceptedTogether(
  source: string,
  findings: readonly Finding[],
  lintOf: (text: string) => LintTextResult,
): boolean {
  if (findings.length < 2) return false;
  const starts = new Set<string>();
  for (const f of findings)
    for (const e of f.fix!.edits!) {
      const at = `${e.start.line}:${e.start.column}`;
      if (starts.has(at)) return false;
      starts.add(at);
    }
  const { text, outcomes } = applyFixSequence(source, findings);
  if (outcomes.some((o) => !o.applied)) return false;
  const before = lintOf(source);
  const after = lintOf(text);
  if (after.tool !== before.tool || !after.scenario) return false;
  if (added(before.diagnostics, after.diagnostics, diagnosticKey).length > 0) return false;
  if (isJson(source) && !isJson(text)) return false;
  if (added(before.findings, after.findings, findingKey).length > 0) return false;
  const expected = new Map<string, number>();
  for (const f of before.findings) expected.set(findingKey(f), (expected.get(findingKey(f)) ?? 0) + 1);
  for (const f of findings) expected.set(findingKey(f), (expected.get(findingKey(f)) ?? 0) - 1);
  const left = new Map<string, number>();
  for (const f of after.findings) left.set(findingKey(f), (left.get(findingKey(f)) ?? 0) + 1);
  for (const [key, n] of expected) if ((left.get(key) ?? 0) !== n) return false;
  return true;
}

/** Messages name lines ("the value on line 23 is ignored"), which move when text is added. */
function diagnosticKey(d: LintTextResult['diagnostics'][number]): string {
  return `${d.severity}\u0000${d.message.replace(/\d+/g, '#')}`;
}

function findingKey(f: Finding): string {
  return `${f.ruleId}\u0000${f.message}`;
}

function whyRefused(
  beforeText: string,
  afterText: string,
  before: LintTextResult,
  after: LintTextResult,
  finding: Finding,
): string | undefined {
  if (after.tool !== before.tool)
    return 'the fixed file would no longer be read as the same kind of scenario';
  const gained = added(before.diagnostics, after.diagnostics, diagnosticKey);
  const diagnostic = gained.find((d) => d.severity === 'error') ?? gained[0];
  if (diagnostic) {
    const where = diagnostic.line !== undefined ? ` (line ${diagnostic.line})` : '';
    return diagnostic.severity === 'error' || !after.scenario
      ? `the fixed file would not parse: ${diagnostic.message}${where}`
      : `the fixed file would gain a warning: ${diagnostic.message}${where}`;
  }
  if (!after.scenario) return 'the fixed file would not be read';
  const jsonError = isJson(beforeText) ? jsonErrorOf(afterText) : undefined;
  if (jsonError !== undefined) return `the fixed file would no longer be valid JSON: ${jsonError}`;
  const key = findingKey;
  const still = after.findings.filter((f) => key(f) === key(finding)).length;
  const was = before.findings.filter((f) => key(f) === key(finding)).length;
  if (still >= was) return 'the finding would remain after the edit';
  const newError = added(before.findings, after.findings, key).find((f) => f.severity === 'error');
  if (newError) return `the edit would add an error: ${newError.message} [${newError.ruleId}]`;
  return undefined;
}

/** Items of `after` beyond those `before` already had, counted by key (positions move when text is added). */
function added<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): T[] {
  const counts = new Map<string, number>();
  for (const item of before) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return after.filter((item) => {
    const n = counts.get(key(item)) ?? 0;
    if (n > 0) counts.set(key(item), n - 1);
    return n === 0;
  });
}

function isJson(text: string): boolean {
  // Most scenarios are scripts or YAML: their first character already rules JSON out, without the cost of
  // a parse that throws.
  return /^\s*[[{"\-0-9tfn]/.test(text) && jsonErrorOf(text) === undefined;
}

function jsonErrorOf(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
