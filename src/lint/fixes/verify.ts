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
    for (const { finding, reason } of applyFixSequence(source, findings, judge).outcomes)
      if (reason !== undefined && !refused.has(finding)) refused.set(finding, reason);
  }
  for (const [finding, reason] of refused)
    finding.fix = { description: finding.fix!.description, skipped: reason };
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
  // Messages name lines ("the value on line 23 is ignored"), which move when text is added.
  const gained = added(
    before.diagnostics,
    after.diagnostics,
    (d) => `${d.severity}\u0000${d.message.replace(/\d+/g, '#')}`,
  );
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
  const key = (f: Finding) => `${f.ruleId}\u0000${f.message}`;
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
  return jsonErrorOf(text) === undefined;
}

function jsonErrorOf(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
