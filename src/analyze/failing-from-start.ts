import type { Detector } from './detector.js';
import { adviceFor, failingEndpoints, kindsText, topKinds } from './error-kinds.js';
import type { AnalysisFinding } from './model.js';
import { count, pct, round } from './numbers.js';
import { activeWindows, NEEDS_SERIES, spanOf } from './series.js';

/** The start of a run: its first three windows with requests (30 s at the default width). */
const START_WINDOWS = 3;
/** Failing from the start: half the requests or more, and 3 errors or more. */
const START_RATE = 0.5;
const MIN_ERRORS = 3;
/** Without windows, only a run that failed nearly throughout can be said to have failed from the start. */
const TOTALS_RATE = 0.9;

export const failingFromStart: Detector = {
  id: 'failing-from-start',
  title: 'Failing from the start',
  fires:
    'Half the requests or more of the first three windows with requests failed (3 errors or more). With totals only (no windows), when 90 % or more of all requests failed.',
  indicates:
    'The run never worked: the credentials, the script (URLs, test data, checks) or the environment (host down, DNS, firewall) is wrong. It measured failures, not performance, so its latencies mean nothing.',
  action:
    'Fix what the error kinds point at (credentials for 401/403, URLs for 404, the host for connection errors) and rerun before reading any latency.',
  needs: ['series', 'errors-by-kind'],
  detect({ current: run }) {
    const windows = activeWindows(run);
    const kinds = topKinds(run.overall);
    const sources = failingEndpoints(run, kinds[0]?.[0]);
    const from = sources.length
      ? `; from ${sources.map((s) => `${s.name} (${count(s.errors)})`).join(', ')}`
      : '';
    const what = kinds.length ? `: ${kindsText(kinds)}` : '';
    if (!windows || windows.length === 0) {
      const n = run.overall.count ?? 0;
      const e = run.overall.errors ?? 0;
      if (n > 0 && e >= MIN_ERRORS && e / n >= TOTALS_RATE)
        return [
          finding(
            `${count(e)} of ${count(n)} requests failed (${pct(e / n)})${what}${from}. The run has no windows, so when it began is not known, but at this rate the run never worked.`,
            e / n,
            kinds,
            undefined,
            single(sources),
          ),
        ];
      return { skipped: NEEDS_SERIES };
    }
    const start = windows.slice(0, START_WINDOWS);
    const n = start.reduce((s, w) => s + w.count, 0);
    const e = start.reduce((s, w) => s + w.errors, 0);
    if (n === 0 || e < MIN_ERRORS || e / n < START_RATE) return [];
    const rest = windows.slice(START_WINDOWS);
    const restN = rest.reduce((s, w) => s + w.count, 0);
    const restE = rest.reduce((s, w) => s + w.errors, 0);
    const after =
      restN === 0
        ? ''
        : restE / restN < 0.1
          ? ` It recovered later (${pct(restE / restN)} failed after that), which points at a warm-up, a login step or test data that ran out at first.`
          : ` It kept failing afterwards (${pct(restE / restN)}).`;
    return [
      finding(
        `${pct(e / n)} of the requests in the first ${start.length === 1 ? 'window' : `${start.length} windows`} failed (${count(e)} of ${count(n)})${what}${from}.${after}`,
        e / n,
        kinds,
        spanOf(start[0]!, start.at(-1)!),
        single(sources),
      ),
    ];
  },
};

function finding(
  message: string,
  failed: number,
  kinds: [string, number][],
  window: AnalysisFinding['window'],
  endpoint: string | undefined,
): AnalysisFinding {
  return {
    detector: 'failing-from-start',
    severity: failed >= TOTALS_RATE ? 'high' : 'medium',
    message,
    ...(endpoint ? { endpoint } : {}),
    ...(window ? { window } : {}),
    recommendation: `${adviceFor(kinds)} This run measured failures, not performance: fix the script, credentials or environment and rerun.`,
    evidence: { failedShare: round(failed), ...(kinds.length ? { kinds: kindsText(kinds) } : {}) },
  };
}

/** The endpoint named when one endpoint produced every failure listed. */
function single(sources: { name: string; errors: number }[]): string | undefined {
  return sources.length === 1 ? sources[0]!.name : undefined;
}
