import { describe, expect, it } from '@jest/globals';
import { itCorpus } from '../helpers/corpus.js';
import { compareRuns } from '../../src/compare/compare.js';
import type { EndpointComparison } from '../../src/compare/model.js';
import type { Run } from '../../src/results/model.js';
import { readResult } from '../../src/results/readers.js';
import { corpusText, fixtureText } from '../results/files.js';

function read(text: string, file: string): Run {
  const result = readResult(text, file);
  if (!result.run) throw new Error(JSON.stringify(result.diagnostics));
  return result.run;
}

const baseline = read(fixtureText('k6-summary-baseline.json'), 'k6-summary-baseline.json');
const current = read(fixtureText('k6-summary-current.json'), 'k6-summary-current.json');

const decisions = (row: EndpointComparison | undefined): Record<string, string> =>
  Object.fromEntries((row?.metrics ?? []).map((m) => [m.metric, m.decision]));

describe('compareRuns on the k6 fixture pair (checkout p95 regression)', () => {
  const comparison = compareRuns(baseline, current, {});

  it('finds the regression and names the runs', () => {
    expect(comparison.verdict).toBe('regressed');
    expect(comparison.comparable).toBe(true);
    expect(comparison.baseline).toEqual({
      file: 'k6-summary-baseline.json',
      tool: 'k6',
      format: 'k6-summary',
    });
  });

  it('lists the overall row first, then the endpoints', () => {
    expect(comparison.endpoints.map((e) => e.name)).toEqual([
      '(all requests)',
      'checkout',
      'list-products',
      'product-detail',
    ]);
    expect(comparison.endpoints.every((e) => e.presence === 'both')).toBe(true);
  });

  it('flags checkout latency and keeps its error rate unchanged', () => {
    const checkout = comparison.endpoints[1];
    expect(checkout?.decision).toBe('regressed');
    // p99 of 828 requests rests on 8 samples above it: a summary's p99 that thin is not called (issue #18).
    expect(decisions(checkout)).toEqual({
      p50: 'regressed',
      p95: 'regressed',
      p99: 'inconclusive',
      'error-rate': 'unchanged',
      throughput: 'unchanged',
    });
    const p95 = checkout?.metrics.find((m) => m.metric === 'p95');
    expect(p95?.baseline).toBeCloseTo(212.404, 3);
    expect(p95?.current).toBeCloseTo(318.745, 3);
    expect(p95?.changePct).toBeCloseTo(50.07, 2);
    // 4/889 → 5/828 failed checkouts, from the http_req_failed{name:checkout} submetric.
    expect(checkout?.metrics.find((m) => m.metric === 'error-rate')?.ci).toBeDefined();
    expect(checkout?.metrics.find((m) => m.metric === 'p99')?.reason).toBe(
      'p99 rests on 8 samples: run longer (≥ 1000 requests)',
    );
  });

  it('keeps the other endpoints within noise', () => {
    expect(comparison.endpoints[2]?.decision).toBe('unchanged');
    expect(comparison.endpoints[3]?.decision).toBe('unchanged');
    // k6 has no per-endpoint request count here: throughput and error rate are listed but not decisive.
    expect(comparison.endpoints[2]?.metrics.find((m) => m.metric === 'error-rate')?.why).toMatch(
      /^Neither run reports/,
    );
  });

  it('judges the overall row too: p95 and p99 regressed, throughput −7 % within budget', () => {
    expect(decisions(comparison.endpoints[0])).toEqual({
      p50: 'unchanged',
      p95: 'regressed',
      p99: 'regressed',
      'error-rate': 'unchanged',
      throughput: 'unchanged',
    });
  });

  it('passes when the budgets are wider than the change', () => {
    const wide = compareRuns(baseline, current, {
      p50: { relative: 60 },
      p95: { relative: 60 },
      p99: { relative: 60 },
    });
    expect(wide.verdict).toBe('pass');
  });
});

describe('compareRuns verdicts', () => {
  it('passes a run compared with itself', () => {
    const c = compareRuns(baseline, baseline, {});
    expect(c.verdict).toBe('pass');
    expect(c.endpoints.every((e) => e.decision === 'unchanged')).toBe(true);
    expect(c.endpoints[0]?.metrics.find((m) => m.metric === 'p95')?.why).toBe(
      'p95 stayed at 236.9 ms, within the budget.',
    );
  });

  it('is not comparable when the load profiles differ, and lists the numbers without judging them', () => {
    const bigger: Run = { ...current, profile: { ...current.profile, maxVUs: 50 } };
    const c = compareRuns(baseline, bigger, {});
    expect(c.verdict).toBe('not-comparable');
    expect(c.reasons).toEqual(['baseline ran 20 VUs, current 50 VUs']);
    const p95 = c.endpoints[1]?.metrics.find((m) => m.metric === 'p95');
    expect(p95).toMatchObject({
      decision: 'inconclusive',
      why: 'Not judged: baseline ran 20 VUs, current 50 VUs.',
    });
    expect(p95?.change).toBeCloseTo(106.34, 2);
  });

  itCorpus('is inconclusive when the overall row has too few requests (20 in the CircleCI example)', () => {
    const small = read(
      corpusText('k6-summary', 'grafana__k6-example-circleci-orb__summary.json'),
      'summary.json',
    );
    const c = compareRuns(small, small, {});
    expect(c.verdict).toBe('inconclusive');
    expect(c.endpoints[0]?.metrics[0]?.why).toBe(
      'Only 20 requests in the baseline run, fewer than min-requests (30); at least 30 on both sides would decide it.',
    );
    expect(compareRuns(small, small, { 'min-requests': 10 }).verdict).toBe('pass');
  });

  it('reports endpoints present on one side only without blocking the verdict', () => {
    const fewer: Run = { ...current, endpoints: current.endpoints.filter((e) => e.name !== 'checkout') };
    const c = compareRuns(baseline, fewer, {});
    expect(c.verdict).toBe('regressed'); // the overall row still regressed
    const gone = c.endpoints.find((e) => e.name === 'checkout');
    expect(gone).toMatchObject({ presence: 'baseline-only', decision: 'inconclusive', metrics: [] });
    expect(c.endpoints[c.endpoints.length - 1]?.name).toBe('checkout');
  });

  itCorpus('refuses to compare a k6 run with an Artillery run', () => {
    const artillery = read(
      corpusText('artillery', 'ltphuoc__media-scraper__artillery-report.json'),
      'a.json',
    );
    const c = compareRuns(baseline, artillery, {});
    expect(c.verdict).toBe('not-comparable');
    expect(c.reasons[0]).toMatch(/^baseline is a k6 run, current an Artillery run/);
  });

  itCorpus('judges an Artillery error-rate rise in percentage points with its CI', () => {
    const base = read(
      corpusText('artillery', 'IvanFerroli__Brain-Agriculture__artillery-report.json'),
      'a.json',
    );
    const worse: Run = { ...base, overall: { ...base.overall, errors: 300, errorRate: 0.5 } };
    const c = compareRuns(base, worse, {});
    const errorRate = c.endpoints[0]?.metrics.find((m) => m.metric === 'error-rate');
    expect(errorRate?.decision).toBe('regressed');
    expect(errorRate?.change).toBeCloseTo(0.5 - 236 / 600, 10);
    expect(errorRate?.ci?.[0]).toBeGreaterThan(0);
  });
});
