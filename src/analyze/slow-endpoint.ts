import type { EndpointStats } from '../results/model.js';
import type { Detector } from './detector.js';
import type { AnalysisFinding } from './model.js';
import { count, median, ms, pct, round, times } from './numbers.js';

/** An endpoint is an outlier at 4× the median endpoint's p95, and 200 ms or more. */
const FACTOR = 4;
const MIN_MS = 200;
/** Rows with fewer requests are too few to call slow. */
const MIN_REQUESTS = 10;
const MIN_ROWS = 3;
const MAX_FINDINGS = 3;

export const slowEndpoint: Detector = {
  id: 'slow-endpoint',
  title: 'Slowest endpoints',
  fires:
    'An endpoint’s p95 (its median when the format gives no p95) is 4× the median endpoint’s or more, and 200 ms or more; among runs with 3 endpoints or more of 10 requests or more. At most three, slowest first.',
  indicates:
    'Where the time goes: one or a few endpoints are far slower than the rest (a heavy query, a call to a slow dependency, no cache), and with their share of all request time they set the user’s experience.',
  action:
    'Profile the endpoint named (its queries, the calls it makes, its payload) before tuning anything else; it is where most of the waiting is.',
  needs: ['endpoints'],
  detect({ current: run }) {
    const rows = run.endpoints.filter(
      (e) => e.kind !== 'transaction' && (e.count ?? 0) >= MIN_REQUESTS && statOf(e) !== undefined,
    );
    if (rows.length < MIN_ROWS)
      return {
        skipped: `needs ${MIN_ROWS} endpoints or more with ${MIN_REQUESTS} requests or more and a p95 or median (this run has ${rows.length}): name requests per endpoint (k6 tags, Artillery metrics-by-endpoint, JMeter labels)`,
      };
    const usesP95 = rows.every((e) => e.latency.p95 !== undefined);
    const stat = (e: EndpointStats): number => (usesP95 ? e.latency.p95 : statOf(e))!;
    const typical = median(rows.map(stat));
    const time = (e: EndpointStats): number =>
      (e.count ?? 0) * (e.latency.mean ?? e.latency.median ?? stat(e));
    const allTime = rows.reduce((s, e) => s + time(e), 0);
    const label = usesP95 ? 'p95' : 'median';
    return rows
      .filter((e) => stat(e) >= MIN_MS && stat(e) >= FACTOR * typical)
      .sort((a, b) => stat(b) - stat(a))
      .slice(0, MAX_FINDINGS)
      .map((e): AnalysisFinding => ({
        detector: 'slow-endpoint',
        severity: stat(e) >= 10 * typical ? 'medium' : 'low',
        message: `${e.name} is the slowest endpoint: ${label} ${ms(stat(e))}, ${times(stat(e) / Math.max(typical, 0.001))} the median endpoint's ${ms(typical)}, over ${count(e.count ?? 0)} requests${allTime > 0 ? ` (${pct(time(e) / allTime)} of all request time)` : ''}.`,
        endpoint: e.name,
        recommendation: `Profile ${e.name} first (its queries, the calls it makes, its payload): it is where most of the waiting is.`,
        evidence: {
          [label]: round(stat(e)),
          typical: round(typical),
          requests: e.count ?? 0,
          ...(allTime > 0 ? { timeShare: round(time(e) / allTime) } : {}),
        },
      }));
  },
};

function statOf(e: EndpointStats): number | undefined {
  return e.latency.p95 ?? e.latency.median;
}
