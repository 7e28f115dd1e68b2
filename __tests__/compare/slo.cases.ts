import { describe, expect, it } from '@jest/globals';
import { evaluateSlos, parseSloTarget } from '../../src/compare/slo.js';
import type { Run } from '../../src/results/model.js';

describe('parseSloTarget', () => {
  it('reads latency, error-rate and throughput targets in their units', () => {
    expect(parseSloTarget('p95', '400ms')).toEqual({ metric: 'p95', op: '<=', value: 400, written: '400ms' });
    expect(parseSloTarget('p99', '< 1.5s')).toMatchObject({ op: '<', value: 1500 });
    expect(parseSloTarget('error-rate', '1%')).toMatchObject({ op: '<=', value: 0.01 });
    expect(parseSloTarget('throughput', '>= 50/s')).toMatchObject({ op: '>=', value: 50 });
    expect(parseSloTarget('throughput', '3000/min')).toMatchObject({ op: '>=', value: 50 });
    expect(parseSloTarget('throughput', '50 req/s')).toMatchObject({ value: 50 });
  });

  it('refuses a target without its unit, in the wrong direction, or unreadable', () => {
    expect(parseSloTarget('p95', 400)).toBe('"400" needs a unit: 400ms or 400s');
    expect(parseSloTarget('p95', '400 hours')).toBe('unknown unit "hours" in "400 hours"; use ms or s');
    expect(parseSloTarget('error-rate', '0.01')).toBe('"0.01" needs a percent sign: 0.01%');
    expect(parseSloTarget('error-rate', '120%')).toBe('"120%" is over 100 %');
    expect(parseSloTarget('throughput', '<= 50/s')).toBe(
      '"<= 50/s" points the wrong way; throughput is a floor (">= 50/s")',
    );
    expect(parseSloTarget('p95', '>= 400ms')).toBe(
      '">= 400ms" points the wrong way; p95 is a ceiling ("<= 400ms")',
    );
    expect(parseSloTarget('throughput', '50')).toBe('"50" needs a rate unit: 50/s, 50 req/s or 50/min');
    expect(parseSloTarget('p95', 'fast')).toBe('"fast" is not a target; write it as 400ms');
  });
});

describe('evaluateSlos', () => {
  const run: Run = {
    schema: 'loadgate/run@1',
    source: { tool: 'k6', format: 'k6-summary', file: 'r.json' },
    profile: {},
    overall: { name: '(all requests)', latency: { p95: 300 }, quality: 'exact', errorRate: 0.02 },
    endpoints: [
      { name: 'GET /api/items', method: 'GET', path: '/api/items', latency: { p95: 500 }, quality: 'exact' },
      { name: 'checkout', method: 'POST', path: '/api/checkout', latency: { p95: 200 }, quality: 'exact' },
      { name: 'home', latency: { p95: 100 }, quality: 'exact' },
    ],
    thresholds: [],
  };
  const p95 = (value: number) => ({
    metric: 'p95' as const,
    op: '<=' as const,
    value,
    written: `${value}ms`,
  });

  it('judges the overall row without a glob, and each endpoint a glob matches by METHOD /path or name', () => {
    const results = evaluateSlos(run, [
      { targets: [p95(400), { metric: 'error-rate', op: '<=', value: 0.01, written: '1%' }] },
      { endpoint: 'GET /api/*', targets: [p95(400)] },
      { endpoint: 'home', targets: [p95(400)] },
    ]);
    expect(results.map((r) => [r.endpoint, r.metric, r.measured, r.status])).toEqual([
      ['(all requests)', 'p95', 300, 'met'],
      ['(all requests)', 'error-rate', 0.02, 'violated'],
      ['GET /api/items', 'p95', 500, 'violated'],
      ['home', 'p95', 100, 'met'],
    ]);
  });

  it('reports a glob that matches nothing and a metric the run lacks as no data, never as met', () => {
    const results = evaluateSlos(run, [
      { endpoint: 'DELETE /**', targets: [p95(400)] },
      { targets: [{ metric: 'p99', op: '<=', value: 1, written: '1ms' }] },
    ]);
    expect(results.map((r) => [r.endpoint, r.status])).toEqual([
      ['DELETE /**', 'no-data'],
      ['(all requests)', 'no-data'],
    ]);
  });
});
