import type { Comparison } from '../compare/model.js';
import type { Run } from '../results/model.js';
import type { AnalysisFinding } from './model.js';

/** What a detector is given: the current run, and the baseline and comparison when there is one. */
export interface AnalysisInput {
  current: Run;
  baseline?: Run;
  comparison?: Comparison;
}

/** What a detector reads from a run; its docs page lists it, and a run without it has the detector skipped. */
export type DetectorNeed =
  | 'totals'
  | 'endpoints'
  | 'errors-by-kind'
  | 'series'
  | 'series-load'
  | 'phases'
  | 'folding'
  | 'delivery'
  | 'baseline';

/** The findings (none when all is well), or why the detector could not look at this run. */
export type DetectorOutcome = AnalysisFinding[] | { skipped: string };

/**
 * A bottleneck detector: metadata the docs pages are generated from (`src/analyze/docs.ts`), and a pure
 * function over the run. A detector never throws and never guesses: what the run does not carry is a skip
 * with the reason, and a finding always names its numbers.
 */
export interface Detector {
  id: string;
  title: string;
  /** When it fires, with its thresholds. */
  fires: string;
  /** What a finding usually means. */
  indicates: string;
  /** What to do about it: the recommendations its findings give. */
  action: string;
  needs: readonly DetectorNeed[];
  detect(input: AnalysisInput): DetectorOutcome;
}
