/**
 * What automated analysis of a run says: the findings of the bottleneck detectors (`src/analyze/<detector>.ts`),
 * each with the next step to take. Carried on `Report.analysis` so every renderer shows them as it shows lint
 * findings; the trend dashboard reads the same objects.
 */

/** How sure a detector is that it saw what it names. */
export type AnalysisSeverity = 'high' | 'medium' | 'low';

/** A span of the run a finding points at, epoch milliseconds (from the run's per-window series). */
export interface TimeSpan {
  start: number;
  end: number;
}

export interface AnalysisFinding {
  /** The detector's id: `saturation-knee`, `error-burst`, `generator-limit`, ... */
  detector: string;
  severity: AnalysisSeverity;
  /** One sentence: what was seen, with its numbers. */
  message: string;
  /** The endpoint it concerns, as the run names it; absent for the whole run. */
  endpoint?: string;
  /** When it happened, when the run has windows. */
  window?: TimeSpan;
  /** The next step, one imperative sentence ("Add load generators or lower the rate per generator."). */
  recommendation: string;
  /** Numbers behind the finding, for JSON readers and the dashboard. */
  evidence?: Record<string, number | string>;
}

/** A detector that could not run on this run, and what it would need. */
export interface SkippedDetector {
  detector: string;
  /** "needs per-window data: k6 --out json, JMeter JTL, Artillery report", "run too short: 20 s, needs 60 s". */
  reason: string;
}

export interface AnalysisResult {
  findings: AnalysisFinding[];
  skipped: SkippedDetector[];
}
