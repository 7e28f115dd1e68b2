import type { EndpointStats } from '../results/model.js';
import type { Detector } from './detector.js';
import type { AnalysisFinding } from './model.js';
import { count, ms, round, times } from './numbers.js';

/** A tail: p99 at 10× the median or more, and 200 ms above it or more. */
const RATIO = 10;
const MIN_GAP_MS = 200;
/** A p99 rests on its top 1 %: below 200 requests that is one or two samples. */
const MIN_REQUESTS = 200;
const MAX_ENDPOINTS = 3;

export const tailLatency: Detector = {
  id: 'tail-latency',
  title: 'Tail latency outliers (p99 / p50)',
  fires:
    'The p99 of the run, or of an endpoint with 200 requests or more, is 10× its median or more and 200 ms or more above it. The run first, then up to three endpoints, longest tail first.',
  indicates:
    'Most requests are fast but some are far slower: requests queue behind something intermittent (garbage collection pauses, lock contention, a cold cache, retries, a slow replica). The median hides it; one user in a hundred feels it.',
  action:
    'Trace the slowest requests (their timestamps against GC logs, lock waits, retries and cache misses) and remove the intermittent stall, rather than tuning the median.',
  needs: ['totals', 'endpoints'],
  detect({ current: run }) {
    const rows = [run.overall, ...run.endpoints.filter((e) => e.kind !== 'transaction')];
    if (!rows.some((e) => e.latency.p99 !== undefined && e.latency.median !== undefined))
      return {
        skipped:
          'needs p99 and median: this format or its summaryTrendStats gives no p99 (k6: add p(99) to summaryTrendStats, or use --out json)',
      };
    const tails = rows.filter((e) => isTail(e));
    const overall = tails.find((e) => e === run.overall);
    const endpoints = tails
      .filter((e) => e !== run.overall)
      .sort((a, b) => ratio(b) - ratio(a))
      .slice(0, MAX_ENDPOINTS);
    return [...(overall ? [overall] : []), ...endpoints].map((e): AnalysisFinding => {
      const p50 = e.latency.median!;
      const p99 = e.latency.p99!;
      const whole = e === run.overall;
      return {
        detector: 'tail-latency',
        severity: ratio(e) >= 50 ? 'medium' : 'low',
        message: `${whole ? 'Over the whole run' : e.name}: p99 ${ms(p99)} is ${times(ratio(e))} the median ${ms(p50)} over ${count(e.count ?? 0)} requests; one request in a hundred waits ${ms(p99 - p50)} longer than a typical one.`,
        ...(whole ? {} : { endpoint: e.name }),
        recommendation: `Trace the slowest requests${whole ? '' : ` of ${e.name}`} (timestamps against GC pauses, lock waits, retries, cache misses) and remove the intermittent stall rather than tuning the median.`,
        evidence: { p50: round(p50), p99: round(p99), ratio: round(ratio(e), 1), requests: e.count ?? 0 },
      };
    });
  },
};

function isTail(e: EndpointStats): boolean {
  const { median, p99 } = e.latency;
  if (median === undefined || p99 === undefined || (e.count ?? 0) < MIN_REQUESTS) return false;
  return p99 - median >= MIN_GAP_MS && p99 >= RATIO * Math.max(median, 0.001);
}

function ratio(e: EndpointStats): number {
  return e.latency.p99! / Math.max(e.latency.median!, 0.001);
}
