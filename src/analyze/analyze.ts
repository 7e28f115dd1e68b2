import { compareRuns } from '../compare/compare.js';
import type { Comparison } from '../compare/model.js';
import type { Run } from '../results/model.js';
import type { AnalysisFinding, AnalysisResult, AnalysisSeverity } from './model.js';
import { detectors } from './registry.js';

export interface AnalyzeOptions {
  /** The baseline run: detectors that compare (generator-limit's signature, regression-driver) use it. */
  baseline?: Run;
  /** The comparison of the two, when already made; made here from `baseline` when absent. */
  comparison?: Comparison;
}

const RANK: Record<AnalysisSeverity, number> = { high: 0, medium: 1, low: 2 };

/**
 * Runs every detector over a run: the findings, most severe first (registry order among equals), and the
 * detectors that could not look at this run with what they need. Pure and total: a detector that throws is
 * a bug, reported as skipped rather than losing the report.
 */
export function analyzeRun(current: Run, options: AnalyzeOptions = {}): AnalysisResult {
  const comparison =
    options.comparison ?? (options.baseline ? compareRuns(options.baseline, current) : undefined);
  const input = {
    current,
    ...(options.baseline ? { baseline: options.baseline } : {}),
    ...(comparison ? { comparison } : {}),
  };
  const findings: { finding: AnalysisFinding; order: number }[] = [];
  const skipped: AnalysisResult['skipped'] = [];
  detectors.forEach((detector, order) => {
    let outcome;
    try {
      outcome = detector.detect(input);
    } catch (error) {
      skipped.push({ detector: detector.id, reason: `failed: ${(error as Error).message}` });
      return;
    }
    if (Array.isArray(outcome)) for (const finding of outcome) findings.push({ finding, order });
    else skipped.push({ detector: detector.id, reason: outcome.skipped });
  });
  findings.sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity] || a.order - b.order);
  return { findings: findings.map((f) => f.finding), skipped };
}

/** The findings a short report shows (the PR comment's top three): the first, most severe ones. */
export function topFindings(result: AnalysisResult, max = 3): AnalysisFinding[] {
  return result.findings.slice(0, max);
}
