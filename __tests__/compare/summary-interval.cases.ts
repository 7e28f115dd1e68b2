import { describe, expect, it } from '@jest/globals';
import { summaryDifference, summaryQuantileInterval } from '../../src/compare/summary-interval.js';
import type { LatencyStats } from '../../src/results/model.js';

// An Artillery report's /api/items (fixtures/analysis/real-runs/artillery/unchanged-0.json): 400 requests.
const items: LatencyStats = { min: 8, mean: 32.8, median: 30.9, p90: 47.9, p95: 58.6, p99: 67.4, max: 98 };

describe('percentile intervals from a summary', () => {
  it('brackets the reported p95 between the percentiles around it, narrower with more requests', () => {
    const [lo, hi] = summaryQuantileInterval(items, 400, 0.95) as [number, number];
    expect(lo).toBeGreaterThan(items.p90 as number);
    expect(lo).toBeLessThan(58.6);
    expect(hi).toBeGreaterThan(58.6);
    expect(hi).toBeLessThan(items.p99 as number);
    const [lo10, hi10] = summaryQuantileInterval(items, 4000, 0.95) as [number, number];
    // Ten times the requests: about a third of the width (1/√10), on the log scale.
    const ratio = Math.log(hi10 / lo10) / Math.log(hi / lo);
    expect(ratio).toBeGreaterThan(0.25);
    expect(ratio).toBeLessThan(0.4);
  });

  it('has no interval when the report gives nothing around the percentile', () => {
    expect(summaryQuantileInterval({ p95: 58.6 }, 400, 0.95)).toBeUndefined();
  });

  it('calls a 25 % slower p50 of 400 requests significant and a 2 % one not', () => {
    const slower = (f: number): LatencyStats =>
      Object.fromEntries(Object.entries(items).map(([k, v]) => [k, v * f])) as LatencyStats;
    const side = (l: LatencyStats) => ({ latency: l, count: 400, value: l.median as number });
    const big = summaryDifference(side(items), side(slower(1.25)), 0.5);
    expect(big?.pValue).toBeLessThan(0.001);
    expect(big?.ci[0]).toBeGreaterThan(0);
    const small = summaryDifference(side(items), side(slower(1.02)), 0.5);
    expect(small?.pValue).toBeGreaterThan(0.05);
    expect(small?.ci[0]).toBeLessThan(0);
  });

  it('counts the rounding of whole-millisecond reports (Locust) as noise', () => {
    const rounded: LatencyStats = { min: 10, median: 32, p90: 50, p95: 56, p99: 75, max: 89 };
    const side = (value: number) => ({ latency: { ...rounded, median: value }, count: 288, value });
    // 32 → 33 ms is one rounding step: never significant on its own.
    expect(summaryDifference(side(32), side(33), 0.5)?.pValue).toBeGreaterThan(0.2);
  });
});
