import type { Finding, TextEdit } from '../types.js';
import { applyEdits } from './apply.js';

export interface FixOutcome {
  finding: Finding;
  /** Were the finding's edits written into the text? */
  applied: boolean;
  /** Not applied only because it overlaps a fix applied before it: the next run applies it. */
  deferred?: boolean;
  /** Why it must not be applied, when it was refused. */
  reason?: string;
}

/**
 * Judges one fix: the text before and after its edits; returns why it must not be applied, or undefined.
 * `alone` is true when the fix is judged on the file's own text because it overlaps a fix applied before it.
 */
export type FixJudge = (
  before: string,
  after: string,
  finding: Finding,
  alone: boolean,
) => string | undefined;

/**
 * Applies a file's fixes one finding at a time, in the one order both verification and `--fix` use: later
 * positions first, so earlier edits keep their coordinates. A fix reaching into text an applied fix already
 * changed is left for the next run (the next lint reports it again); one that does not fit the text, or that
 * `judge` refuses, is never half-applied.
 */
export function applyFixSequence(
  source: string,
  findings: readonly Finding[],
  judge?: FixJudge,
): { text: string; outcomes: FixOutcome[] } {
  const fixes = findings
    .filter((f) => f.fix?.edits?.length)
    .map((finding) => ({ finding, edits: [...finding.fix!.edits!].sort(compare) }))
    .sort((a, b) => compare(b.edits[0]!, a.edits[0]!));
  let text = source;
  let floor: TextEdit['start'] = { line: Number.POSITIVE_INFINITY, column: 1 };
  const outcomes: FixOutcome[] = [];
  for (const { finding, edits } of fixes) {
    if (edits.some((e) => before(floor, e.end))) {
      // Not applied now; still judged on the file as it is, so what the report offers is known to work.
      const alone = applyEdits(source, edits);
      const reason =
        alone === undefined ? 'its edits do not fit the file' : judge?.(source, alone, finding, true);
      outcomes.push(
        reason === undefined
          ? { finding, applied: false, deferred: true }
          : { finding, applied: false, reason },
      );
      continue;
    }
    const next = applyEdits(text, edits);
    const reason = next === undefined ? 'its edits do not fit the file' : judge?.(text, next, finding, false);
    if (next === undefined || reason !== undefined) {
      outcomes.push({ finding, applied: false, reason });
      continue;
    }
    text = next;
    floor = edits[0]!.start;
    outcomes.push({ finding, applied: true });
  }
  return { text, outcomes };
}

function compare(a: TextEdit, b: TextEdit): number {
  return a.start.line - b.start.line || a.start.column - b.start.column;
}

/** Is position `a` strictly before position `b`? */
function before(a: TextEdit['start'], b: TextEdit['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}
