import type { LatencyStats } from '../results/model.js';
import { normalCdf, twoSidedP, Z95 } from './confidence.js';
import { roundingStep } from './history-noise.js';
import { rankInterval } from './quantile-interval.js';

/**
 * An order-statistic interval for a percentile a tool reported without its samples (an Artillery report, a
 * Locust stats CSV, autocannon's JSON), from the request count and the ladder of other percentiles the same
 * report gives. The q-quantile of n requests lies between the order statistics of ranks nq ∓ 1.96·√(nq(1−q))
 * (`rankInterval`); the report does not hold those order statistics, but it holds the percentiles around
 * them (p90 and p99 around p95, the median, min and max), and between two of them latency is interpolated
 * linearly in log(latency) against the normal quantile z(q), which is exact for a lognormal and close for
 * the right-skewed distributions latencies have. So p95 of 400 requests, resting on ranks 371 to 389
 * (quantiles 0.926 to 0.970), gets the band between the interpolated values there; p95 of 4,000 requests a
 * band a third as wide. Rounding of the reported numbers (Locust: whole ms) adds its variance w²/12.
 *
 * Without a history this is the only noise a pair of summaries shows: sampling noise only, not the runner's
 * run-to-run noise, which the history (`history-noise.ts`) learns when there is one.
 */

/** The percentiles a LatencyStats may report, with the quantile each estimates. */
const LADDER: readonly (readonly [keyof LatencyStats, number])[] = [
  ['median', 0.5],
  ['p90', 0.9],
  ['p95', 0.95],
  ['p99', 0.99],
];

interface Point {
  z: number;
  log: number;
}

/** The 95 % interval of the reported q-quantile, in ms, or undefined when the ladder cannot bound it. */
export function summaryQuantileInterval(
  latency: LatencyStats,
  count: number,
  q: number,
): [number, number] | undefined {
  const points = ladderPoints(latency, count);
  if (points.length < 2 || count < 2) return undefined;
  const [low, high] = rankInterval(count, q);
  // 0-based ranks to the quantile each order statistic estimates (the mean of its Beta distribution).
  const lo = interpolate(points, normalQuantile((low + 1) / (count + 1)));
  const hi = interpolate(points, normalQuantile((high + 1) / (count + 1)));
  if (lo === undefined || hi === undefined) return undefined;
  return [Math.exp(lo), Math.exp(hi)];
}

export interface SummaryDifference {
  /** 95 % interval of current − baseline, in ms. */
  ci: [number, number];
  pValue: number;
}

/**
 * The change of a reported percentile between two summaries: the log ratio, with a standard error from
 * each side's interval (half its width on the log scale over 1.96, plus the rounding variance), combined
 * as independent. The interval of the change is the baseline times the ratio's interval minus one.
 */
export function summaryDifference(
  baseline: { latency: LatencyStats; count: number; value: number },
  current: { latency: LatencyStats; count: number; value: number },
  q: number,
): SummaryDifference | undefined {
  const b = summaryLogVariance(baseline, q);
  const c = summaryLogVariance(current, q);
  if (b === undefined || c === undefined || !(baseline.value > 0) || !(current.value > 0)) return undefined;
  const se = Math.sqrt(b + c);
  if (!(se > 0)) return undefined;
  const d = Math.log(current.value) - Math.log(baseline.value);
  return {
    ci: [baseline.value * (Math.exp(d - Z95 * se) - 1), baseline.value * (Math.exp(d + Z95 * se) - 1)],
    pValue: twoSidedP(d / se),
  };
}

/** Variance of log(value) of one side: sampling (from the interval) plus rounding. */
export function summaryLogVariance(
  side: { latency: LatencyStats; count: number; value: number },
  q: number,
): number | undefined {
  const interval = summaryQuantileInterval(side.latency, side.count, q);
  if (!interval) return undefined;
  const se = (Math.log(interval[1]) - Math.log(interval[0])) / (2 * Z95);
  const step = roundingStep(ladderValues(side.latency));
  return se ** 2 + (step / side.value) ** 2 / 12;
}

function ladderValues(latency: LatencyStats): number[] {
  return [latency.min, ...LADDER.map(([key]) => latency[key]), latency.max].filter(
    (v): v is number => v !== undefined && v > 0,
  );
}

/**
 * The reported percentiles as (z, log latency), min and max placed at the quantiles their order statistics
 * estimate (1/(n+1) and n/(n+1)); a value below one of a lower quantile (a tool's rounding) is lifted to it,
 * so that the ladder never falls.
 */
function ladderPoints(latency: LatencyStats, count: number): Point[] {
  const raw: [number | undefined, number][] = [
    [latency.min, 1 / (count + 1)],
    ...LADDER.map(([key, q]) => [latency[key], q] as [number | undefined, number]),
    [latency.max, count / (count + 1)],
  ];
  const points: Point[] = [];
  let floor = -Infinity;
  for (const [v, q] of raw) {
    if (v === undefined || !(v > 0) || q <= 0 || q >= 1) continue;
    const log = Math.max(Math.log(v), floor);
    floor = log;
    const z = normalQuantile(q);
    const last = points[points.length - 1];
    if (last && z <= last.z) continue;
    points.push({ z, log });
  }
  return points;
}

/** log latency at z, linear between the neighbouring points; beyond the ladder, its end (the min or max). */
function interpolate(points: readonly Point[], z: number): number | undefined {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return undefined;
  if (z <= first.z) return first.log;
  if (z >= last.z) return last.log;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    if (z <= b.z) return a.log + ((b.log - a.log) * (z - a.z)) / (b.z - a.z);
  }
  return last.log;
}

/** Φ⁻¹(p) by bisection on `normalCdf` (accurate to 1e-9 in z; called a few times per metric). */
export function normalQuantile(p: number): number {
  let lo = -10;
  let hi = 10;
  for (let i = 0; i < 64; i++) {
    const mid = (lo + hi) / 2;
    if (normalCdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
