import { describe, expect, it } from '@jest/globals';
import { resolveBudgets } from '../../src/compare/budgets.js';
import { judgeMetric, type MetricSide } from '../../src/compare/metric-verdict.js';
import type { Budget, MetricId } from '../../src/compare/model.js';

const defaults = Object.fromEntries(resolveBudgets().metrics.map((m) => [m.metric, m.budget])) as Record<
  string,
  Budget
>;

function judge(
  metric: MetricId,
  baseline: MetricSide,
  current: MetricSide,
  budget = defaults[metric] as Budget,
) {
  return judgeMetric({ metric, budget, baseline, current, minRequests: 30 });
}

describe('latency verdicts', () => {
  it('regresses when the worsening exceeds both the relative and the absolute budget', () => {
    const v = judge(
      'p95',
      { value: 200, count: 1000, quality: 'exact' },
      { value: 240, count: 1000, quality: 'exact' },
    );
    expect(v).toMatchObject({
      decision: 'regressed',
      change: 40,
      changePct: 20,
      unit: 'ms',
      baseline: 200,
      current: 240,
    });
    expect(v.ci).toBeUndefined();
    expect(v.why).toBe(
      'p95 rose from 200 ms to 240 ms (+40 ms, +20 %), beyond both budgets (+10 % and +5 ms). No confidence interval: percentiles from one summary per run (exact) carry no estimate of run-to-run noise.',
    );
  });

  it('stays unchanged within the noise floor even when the relative change is large', () => {
    const v = judge('p95', { value: 10, count: 1000 }, { value: 14, count: 1000 });
    expect(v.changePct).toBe(40);
    expect(v.decision).toBe('unchanged');
    expect(v.why).toBe('p95 rose from 10 ms to 14 ms (+4 ms, +40 %), within the +5 ms noise floor.');
  });

  it('stays unchanged within the relative budget on a slow endpoint', () => {
    const v = judge('p99', { value: 2000 }, { value: 2150 });
    expect(v.decision).toBe('unchanged');
    expect(v.why).toMatch(/within the \+10 % budget\.$/);
  });

  it('improves symmetrically', () => {
    const v = judge('p50', { value: 100 }, { value: 80 });
    expect(v.decision).toBe('improved');
    expect(v.why).toMatch(/^p50 fell from 100 ms to 80 ms \(−20 ms, −20 %\), beyond both budgets/);
  });

  it('is inconclusive with fewer than min-requests on either side, and says what would decide it', () => {
    const v = judge('p95', { value: 100, count: 500 }, { value: 300, count: 12 });
    expect(v.decision).toBe('inconclusive');
    expect(v.change).toBe(200);
    expect(v.why).toBe(
      'Only 12 requests in the current run, fewer than min-requests (30); at least 30 on both sides would decide it.',
    );
  });

  it('does not call a reported p99 that rests on 5 samples (issue #18: 16 → 21.1 ms on 540 requests)', () => {
    const v = judge('p99', { value: 16, count: 540, quality: 'reported-only' }, { value: 21.1, count: 545 });
    expect(v).toMatchObject({ decision: 'inconclusive', method: 'budget-only' });
    expect(v.samples).toEqual({ baseline: 540, current: 545 });
    expect(v.reason).toBe('p99 rests on 5 samples: run longer (≥ 1000 requests)');
    expect(v.why).toBe(
      'p99 rose from 16 ms to 21.1 ms (+5.1 ms, +31.9 %), beyond both budgets (+10 % and +5 ms), but p99 of the baseline run rests on 5 samples above it (540 requests); a run of at least 1000 requests would decide it.',
    );
    // p95 of the same run rests on 27 samples: the budget decides, and says it had no interval.
    const p95 = judge('p95', { value: 12, count: 540 }, { value: 18, count: 545 });
    expect(p95).toMatchObject({ decision: 'regressed', method: 'budget-only' });
    expect(p95.why).toMatch(/No confidence interval: percentiles from one summary per run/);
  });

  it('is inconclusive when one side lacks the metric, and says which', () => {
    const v = judge('p99', { value: 100 }, {});
    expect(v).toMatchObject({ decision: 'inconclusive', baseline: 100 });
    expect(v.current).toBeUndefined();
    expect(v.why).toMatch(/^The current run does not report p99 here/);
  });
});

describe('error-rate verdicts', () => {
  it('regresses beyond the percentage-point budget when the Newcombe CI excludes 0', () => {
    const v = judge(
      'error-rate',
      { value: 0.01, errors: 10, count: 1000 },
      { value: 0.03, errors: 30, count: 1000 },
    );
    expect(v.decision).toBe('regressed');
    expect(v.unit).toBe('ratio');
    expect(v.ci?.[0]).toBeCloseTo(0.007819, 6);
    expect(v.ci?.[1]).toBeCloseTo(0.033309, 6);
    expect(v.why).toBe(
      'Error rate rose from 1 % to 3 % (+2 pp, +200 %), beyond the +0.5 pp budget. The 95 % CI of the change, [+0.78, +3.33] pp, excludes 0.',
    );
  });

  it('is inconclusive when the rise exceeds the budget but the CI includes 0', () => {
    const v = judge(
      'error-rate',
      { value: 0, errors: 0, count: 100 },
      { value: 0.02, errors: 2, count: 100 },
    );
    expect(v.decision).toBe('inconclusive');
    expect(v.ci?.[0]).toBeLessThan(0);
    expect(v.why).toMatch(
      /beyond the \+0\.5 pp budget, but the 95 % CI of the change \[−[\d.]+, \+[\d.]+\] pp includes 0; more requests would decide it\.$/,
    );
  });

  it('judges the budget in absolute percentage points, not relative to a small baseline', () => {
    // 0.1 % → 0.4 % is +300 % but only +0.3 pp: within the default 0.5 pp.
    const v = judge(
      'error-rate',
      { value: 0.001, errors: 10, count: 10_000 },
      { value: 0.004, errors: 40, count: 10_000 },
    );
    expect(v.decision).toBe('unchanged');
    expect(v.why).toMatch(/within the \+0\.5 pp noise floor\.$/);
    // With a 0.2 pp budget the same change regresses (and the CI excludes 0).
    const strict = judge(
      'error-rate',
      { value: 0.001, errors: 10, count: 10_000 },
      { value: 0.004, errors: 40, count: 10_000 },
      {
        absolute: 0.002,
        direction: 'lower-is-better',
      },
    );
    expect(strict.decision).toBe('regressed');
  });
});

describe('throughput verdicts', () => {
  it('treats a drop as the worse direction', () => {
    expect(judge('throughput', { value: 100 }, { value: 85 }).decision).toBe('regressed');
    expect(judge('throughput', { value: 100 }, { value: 95 }).decision).toBe('unchanged');
    const up = judge('throughput', { value: 100 }, { value: 130 });
    expect(up.decision).toBe('improved');
    expect(up.why).toMatch(
      /beyond the −10 % budget\. No confidence interval: each run gives one throughput figure\.$/,
    );
  });
});
