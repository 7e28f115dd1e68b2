import type { EndpointStats } from '../results/model.js';
import type { Detector } from './detector.js';
import type { AnalysisFinding } from './model.js';
import { count, ms, round, times } from './numbers.js';

/** A tail: p99 at 10× the median or more, and 200 ms above it or more. */
const RATIO = 10;
const MIN_GAP_MS = 200;
/**
 * A p99 rests on the requests beyond it: 1 % of them. Below 1,000 requests that is a handful (the corpus's
 * 354- and 388-request Gatling demos had 3 or 4), which one slow DNS lookup or one GC pause explains.
 */
const MIN_REQUESTS = 1000;
/**
 * A tail is a few requests far from the rest: the p90 must still be near the median (under 10× it). When it
 * is not, one request in ten or more is slow: a second mode (a cache miss path, a wall of timeouts), which
 * slow-endpoint and saturation-knee judge, not an intermittent stall.
 */
const BODY_RATIO = 10;
/** Medium when this many requests or more are in the tail and it is long (50× the median, or 10 s). */
const MEDIUM_AFFECTED = 50;
const MEDIUM_RATIO = 50;
const MEDIUM_GAP_MS = 10_000;
const MAX_ENDPOINTS = 3;

export const tailLatency: Detector = {
  id: 'tail-latency',
  title: 'Tail latency outliers (p99 / p50)',
  fires:
    'The p99 of the run, or of an endpoint, is 10× its median or more and 200 ms or more above it, over 1,000 requests or more (so that 10 requests or more lie beyond the p99, not a handful), while its p90 stays under 10× the median (else one request in ten is slow: a second mode, not a tail). The run first, then up to three endpoints, longest tail first. Medium when 50 requests or more are in the tail and it is 50× the median or 10 s above it; low otherwise.',
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
    const requests = run.overall.count ?? 0;
    if (requests < MIN_REQUESTS)
      return {
        skipped: `run too short: ${count(requests)} requests, this detector needs ${count(MIN_REQUESTS)} (a p99 over fewer rests on a handful of requests)`,
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
      const p90 = e.latency.p90;
      const whole = e === run.overall;
      const affected = Math.floor((e.count ?? 0) / 100);
      const long = ratio(e) >= MEDIUM_RATIO || p99 - p50 >= MEDIUM_GAP_MS;
      return {
        detector: 'tail-latency',
        severity: affected >= MEDIUM_AFFECTED && long ? 'medium' : 'low',
        message: `${whole ? 'Over the whole run' : e.name}: p99 ${ms(p99)} is ${times(ratio(e))} the median ${ms(p50)}${p90 === undefined ? '' : ` while p90 is ${ms(p90)}`}; about ${count(affected)} of ${count(e.count ?? 0)} requests (1 in 100) waited ${ms(p99 - p50)} or more longer than a typical one.`,
        ...(whole ? {} : { endpoint: e.name }),
        recommendation: `Trace the slowest requests${whole ? '' : ` of ${e.name}`} (timestamps against GC pauses, lock waits, retries, cache misses) and remove the intermittent stall rather than tuning the median.`,
        evidence: {
          p50: round(p50),
          ...(p90 === undefined ? {} : { p90: round(p90) }),
          p99: round(p99),
          ratio: round(ratio(e), 1),
          requests: e.count ?? 0,
          inTail: affected,
        },
      };
    });
  },
};

function isTail(e: EndpointStats): boolean {
  const { median, p90, p99 } = e.latency;
  if (median === undefined || p99 === undefined || (e.count ?? 0) < MIN_REQUESTS) return false;
  const floor = Math.max(median, 0.001);
  if (p90 !== undefined && p90 >= BODY_RATIO * floor) return false;
  return p99 - median >= MIN_GAP_MS && p99 >= RATIO * floor;
}

function ratio(e: EndpointStats): number {
  return e.latency.p99! / Math.max(e.latency.median!, 0.001);
}
