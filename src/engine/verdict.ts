import type { Comparison } from '../compare/model.js';
import type { Severity } from '../lint/types.js';
import { OVERALL_NAME } from '../results/endpoint-name.js';
import type { FailOn, FileReport, Report, ResultFileReport, Verdict } from '../report/model.js';

/** Severities that fail the lint stage under each `fail-on`; `never` judges like `error` but never exits 1. */
const FAILING: Record<FailOn, readonly Severity[]> = {
  error: ['error'],
  warning: ['error', 'warning'],
  regression: [],
  never: ['error'],
};

/** Endpoints that regressed; the overall row counts only when no single endpoint explains it. */
export function countRegressions(comparison: Comparison | undefined): number {
  if (!comparison) return 0;
  const rows = comparison.endpoints.filter((e) => e.decision === 'regressed');
  const endpoints = rows.filter((e) => e.name !== OVERALL_NAME).length;
  return endpoints > 0 ? endpoints : rows.length;
}

/** Findings at the fail level, or a scenario or result file that could not be read (errors fail too). */
function problemsFail(
  files: readonly FileReport[],
  results: readonly ResultFileReport[],
  failOn: FailOn,
): boolean {
  const failing = FAILING[failOn];
  if (failing.length === 0) return false;
  const unreadable = (d: { severity: string }) => d.severity === 'error' || failOn === 'warning';
  return (
    files.some(
      (f) => f.findings.some((x) => failing.includes(x.severity)) || f.diagnostics.some(unreadable),
    ) || results.some((r) => r.diagnostics.some((d) => d.severity === 'error'))
  );
}

/**
 * One word for the whole run, by precedence: a regression is the most specific news, then lint failures at
 * the `fail-on` level (and files that could not be read: a truncated result must not pass a build), then
 * comparisons that could not be judged. A comparison that could not happen for a benign reason (no
 * baseline yet) is `inconclusive`, never a silent `pass`.
 */
export function decideVerdict(
  files: readonly FileReport[],
  results: readonly ResultFileReport[],
  comparison: Comparison | undefined,
  failOn: FailOn,
  /** Results were asked for but nothing was compared (no baseline yet, no result file): never a pass. */
  notCompared = false,
  /** The current run is invalid (missed its load): never passed, never compared. */
  invalid = false,
  /** `slo:` targets the current run missed: they fail like regressions, at every `fail-on` but `never`. */
  sloViolations = 0,
): Verdict {
  if (invalid) return 'invalid';
  if (comparison?.verdict === 'regressed') return 'regressed';
  if (sloViolations > 0) return 'fail';
  if (problemsFail(files, results, failOn)) return 'fail';
  if (comparison?.verdict === 'not-comparable') return 'not-comparable';
  if (comparison?.verdict === 'inconclusive') return 'inconclusive';
  if (!comparison && (results.length > 0 || notCompared)) return 'inconclusive';
  return 'pass';
}

/** The exit status the verdict means under `fail-on`: 1 fails the build, 0 does not. */
export function exitCodeFor(report: Pick<Report, 'verdict' | 'failOn'>): 0 | 1 {
  if (report.failOn === 'never') return 0;
  return report.verdict === 'regressed' || report.verdict === 'fail' || report.verdict === 'invalid' ? 1 : 0;
}
