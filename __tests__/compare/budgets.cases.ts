import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import { budgetConfigSchema, resolveBudgets } from '../../src/compare/budgets.js';

describe('resolveBudgets', () => {
  it('judges p50, p95, p99, error rate and throughput by default', () => {
    const resolved = resolveBudgets();
    expect(resolved.metrics).toEqual([
      { metric: 'p50', budget: { relative: 10, absolute: 5, direction: 'lower-is-better' } },
      { metric: 'p95', budget: { relative: 10, absolute: 5, direction: 'lower-is-better' } },
      { metric: 'p99', budget: { relative: 10, absolute: 5, direction: 'lower-is-better' } },
      { metric: 'error-rate', budget: { absolute: 0.005, direction: 'lower-is-better' } },
      { metric: 'throughput', budget: { relative: 10, direction: 'higher-is-better' } },
    ]);
    expect(resolved.profileTolerancePct).toBe(10);
    expect(resolved.minRequests).toBe(30);
  });

  it('merges fields over the default, turns metrics off and on, and reads error-rate floors in percentage points', () => {
    const resolved = resolveBudgets({
      p95: { relative: 15 },
      p99: false,
      mean: true,
      'error-rate': { absolute: 1 },
      'profile-tolerance': 25,
      'min-requests': 100,
    });
    const byMetric = Object.fromEntries(resolved.metrics.map((m) => [m.metric, m.budget]));
    expect(byMetric.p95).toEqual({
      relative: 15,
      absolute: 5,
      direction: 'lower-is-better',
      configured: true,
    });
    expect(byMetric.p99).toBeUndefined();
    expect(byMetric.mean).toEqual({
      relative: 10,
      absolute: 5,
      direction: 'lower-is-better',
      configured: true,
    });
    expect(byMetric['error-rate']).toEqual({
      absolute: 0.01,
      direction: 'lower-is-better',
      configured: true,
    });
    // A default stays a default: the headline prefers the budgets the user set.
    expect(byMetric.p50?.configured).toBeUndefined();
    expect(resolved).toMatchObject({ profileTolerancePct: 25, minRequests: 100 });
  });
});

describe('budgetConfigSchema', () => {
  const validate = new Ajv({ allErrors: true, strict: true }).compile(budgetConfigSchema);

  it('accepts the documented shape', () => {
    expect(
      validate({
        p95: { relative: 15, absolute: 10 },
        p99: false,
        mean: true,
        'error-rate': { absolute: 1 },
        'min-requests': 50,
      }),
    ).toBe(true);
  });

  it('rejects unknown metrics, unknown fields and negative budgets', () => {
    expect(validate({ p42: { relative: 1 } })).toBe(false);
    expect(validate({ p95: { relative: 1, percent: 2 } })).toBe(false);
    expect(validate({ p95: { absolute: -1 } })).toBe(false);
    expect(validate({ 'min-requests': 2.5 })).toBe(false);
  });
});
