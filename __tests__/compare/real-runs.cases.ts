import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareRuns } from '../../src/compare/compare.js';
import type { BudgetConfig } from '../../src/compare/budgets.js';
import type { Comparison, MetricVerdict } from '../../src/compare/model.js';
import { entryOf } from '../../src/history/store.js';
import type { Run } from '../../src/results/model.js';

// Real Artillery runs of one server, unchanged and changed (fixtures/analysis/real-runs/artillery/SOURCES.md):
// the issue #18 question on real numbers, one pair at a time.
const dir = join(process.cwd(), '__tests__/fixtures/analysis/real-runs/artillery');
// Parsed as the real-run bench reads them: the runs hold no sketches, so the file's JSON is the Run.
function run(name: string): Run {
  return JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Run;
}
const unchanged = [0, 1, 2, 3, 4].map((i) => run(`unchanged-${i}`));
const TIGHT: BudgetConfig = {
  p50: { relative: 3, absolute: 0 },
  p95: { relative: 3, absolute: 0 },
  p99: { relative: 3, absolute: 0 },
};

function metric(c: Comparison, endpoint: string, id: MetricVerdict['metric']): MetricVerdict {
  const row = c.endpoints.find((r) => r.name === endpoint);
  const m = row?.metrics.find((v) => v.metric === id);
  if (!m) throw new Error(`no ${id} on ${endpoint}`);
  return m;
}

describe('real Artillery runs: the decision rule', () => {
  it('names a fourfold checkout failure rate (3 → 14 of 400) even with history-backed latency tests in the comparison, at a 5 % level', () => {
    // The history adds a p-value for every reported percentile; in one Benjamini-Hochberg family with the
    // error rates, the checkout's q-value rose from 0.02 to 0.105 and the regression went unnamed.
    const history = unchanged.map((r) => entryOf(r));
    const c = compareRuns(
      unchanged[0] as Run,
      run('checkout-4x-1'),
      { 'false-discovery-rate': 0.05 },
      { history },
    );
    const errors = metric(c, '/api/checkout', 'error-rate');
    expect(errors.decision).toBe('regressed');
    expect(errors.method).toBe('two-proportion');
    expect(errors.qValue).toBeLessThan(0.05);
    expect(c.verdict).toBe('regressed');
    // Nothing but the checkout's failures is named.
    const named = c.endpoints.filter((r) => r.decision === 'regressed').map((r) => r.name);
    expect(named.every((n) => n === '/api/checkout' || n === '(all requests)')).toBe(true);
  });

  it('leaves the same 10-s pair inconclusive at the default 1 % level, and says to run longer', () => {
    // p = 0.007 on 400 requests: at the default level one unlucky run (2 → 13 of 600 checkouts in an A/A pair
    // of real Locust runs) is not named either; a longer run decides it.
    const history = unchanged.map((r) => entryOf(r));
    const c = compareRuns(unchanged[0] as Run, run('checkout-4x-1'), {}, { history });
    const errors = metric(c, '/api/checkout', 'error-rate');
    expect(errors.decision).toBe('inconclusive');
    expect(errors.qValue).toBeGreaterThan(0.01);
    expect(errors.reason).toMatch(/run longer/);
    expect(c.verdict).not.toBe('regressed');
  });

  it('calls no A/A pair of five unchanged runs a regression, in either order, with or without a history', () => {
    const calls: string[] = [];
    for (const [i, a] of unchanged.entries())
      for (const [j, b] of unchanged.entries()) {
        if (i === j) continue;
        const history = unchanged.filter((x) => x !== b).map((r) => entryOf(r));
        for (const budgets of [{}, TIGHT])
          for (const options of [{}, { history }]) {
            const c = compareRuns(a, b, budgets, options);
            if (c.verdict === 'regressed') calls.push(`${i}→${j}`);
          }
        const robust = compareRuns(a, b, { ...TIGHT, 'history-band': 'robust' }, { history });
        if (robust.verdict === 'regressed') calls.push(`${i}→${j} robust`);
      }
    expect(calls).toEqual([]);
  });

  it('gives a percentile reported without samples an interval from the report, so a +15 % p95 of 400 requests is not called on the budget alone', () => {
    // unchanged-4 → unchanged-0: /api/items p95 50.9 → 58.6 ms crosses +10 % and +5 ms; it was called
    // (budget-only) before the summary had an interval.
    const c = compareRuns(unchanged[4] as Run, unchanged[0] as Run);
    const p95 = metric(c, '/api/items', 'p95');
    // Alone the change is significant (p ≈ 0.013), but not among the comparison's 12 endpoint latency tests.
    expect(p95.changePct).toBeGreaterThan(10);
    expect(p95.method).toBe('summary-order-statistic');
    expect(p95.pValue).toBeLessThan(0.05);
    expect(p95.qValue).toBeGreaterThan(0.05);
    expect(p95.decision).toBe('inconclusive');
    expect(c.verdict).not.toBe('regressed');
  });

  it('calls a 10 % slower server on the median of every endpoint with a +3 % budget, from the two summaries alone', () => {
    // At the default 1 % level the comparison is called on the endpoint with the strongest evidence; at 5 %
    // every endpoint's median is.
    expect(compareRuns(unchanged[0] as Run, run('slower-10-0'), TIGHT).verdict).toBe('regressed');
    const c = compareRuns(unchanged[0] as Run, run('slower-10-0'), {
      ...TIGHT,
      'false-discovery-rate': 0.05,
    });
    expect(c.verdict).toBe('regressed');
    for (const endpoint of ['/api/items', '/api/items/42', '/api/checkout']) {
      const p50 = metric(c, endpoint, 'p50');
      expect(p50.method).toBe('summary-order-statistic');
      expect(p50.decision).toBe('regressed');
    }
  });

  it('calls a 25 % slower server with the default budget and a history, on every endpoint', () => {
    const c = compareRuns(
      unchanged[0] as Run,
      run('slower-25-0'),
      {},
      { history: unchanged.map((r) => entryOf(r)) },
    );
    expect(c.verdict).toBe('regressed');
    expect(c.endpoints.slice(1).every((r) => r.decision === 'regressed')).toBe(true);
  });
});
