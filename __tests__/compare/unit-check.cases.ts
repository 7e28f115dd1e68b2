import { describe, expect, it } from '@jest/globals';
import { compareRuns } from '../../src/compare/compare.js';
import { unitMismatch } from '../../src/compare/unit-check.js';
import type { LatencyStats, Run } from '../../src/results/model.js';

function run(latency: LatencyStats): Run {
  return {
    schema: 'loadgate/run@2',
    source: { tool: 'k6', format: 'k6-summary', file: 'x.json' },
    profile: { maxVUs: 10 },
    overall: { name: '(all requests)', latency, quality: 'exact', count: 1000, errors: 0 },
    endpoints: [],
    thresholds: [],
  };
}

const MS = { min: 4, median: 120, p95: 310, max: 2400, mean: 140 };
const scaled = (f: number): LatencyStats =>
  Object.fromEntries(Object.entries(MS).map(([k, v]) => [k, v * f])) as LatencyStats;

describe('the unit sanity check', () => {
  it('calls latencies 1000x apart in every statistic a unit mix-up, either way round', () => {
    expect(unitMismatch(run(scaled(1000)), run(MS))).toMatch(
      /^the baseline's latencies are about 1000x the current's/,
    );
    expect(unitMismatch(run(scaled(0.001)), run(MS))).toMatch(
      /^the current's latencies are about 1000x the baseline's/,
    );
    const comparison = compareRuns(run(MS), run(scaled(0.0011)));
    expect(comparison.verdict).toBe('not-comparable');
    expect(comparison.unitMismatch).toBe(comparison.reasons[0]);
    expect(comparison.endpoints[0]!.decision).not.toBe('regressed');
  });

  it('leaves a real slowdown alone: the fastest requests do not get 1000x slower with the slowest', () => {
    // Timeouts: the tail goes to 30 s, the median 100x; the minimum barely moves.
    const slow = { min: 5, median: 12_000, p95: 30_000, max: 30_000, mean: 11_000 };
    expect(unitMismatch(run(MS), run(slow))).toBeUndefined();
    expect(compareRuns(run(MS), run(slow)).verdict).toBe('regressed');
    expect(unitMismatch(run(MS), run(scaled(1.2)))).toBeUndefined();
    // One statistic alone says nothing.
    expect(unitMismatch(run({ p95: 300_000 }), run({ p95: 300 }))).toBeUndefined();
  });
});
