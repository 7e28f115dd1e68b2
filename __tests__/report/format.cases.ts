import { describe, expect, it } from '@jest/globals';
import {
  describeProfile,
  formatBudget,
  formatChange,
  formatInterval,
  formatValue,
  overshoot,
} from '../../src/report/format.js';
import { metric } from './build.js';

describe('number formatting', () => {
  it('writes values with sensible precision and units', () => {
    expect(formatValue(64.321, 'ms')).toBe('64.3 ms');
    expect(formatValue(412.6, 'ms')).toBe('413 ms');
    expect(formatValue(12_345, 'ms')).toBe('12.3 s');
    expect(formatValue(0.004, 'ratio')).toBe('0.4%');
    expect(formatValue(41.23, 'req/s')).toBe('41.2 req/s');
    expect(formatValue(undefined, 'ms')).toBe('—');
    expect(formatValue(Number.NaN, 'ms')).toBe('—');
  });

  it('writes changes in percent, percentage points, or units without a baseline', () => {
    expect(formatChange(metric({ metric: 'p95', changePct: 23.4 }))).toBe('+23%');
    expect(formatChange(metric({ metric: 'p95', changePct: -3.21 }))).toBe('−3.2%');
    expect(formatChange(metric({ metric: 'error-rate', unit: 'ratio', change: 0.017 }))).toBe('+1.7 pp');
    expect(formatChange(metric({ metric: 'p95', baseline: 0, changePct: undefined, change: 15 }))).toBe(
      '+15 ms',
    );
    expect(formatInterval(metric({ metric: 'p95', baseline: 64, ci: [11.5, 17.9] }))).toBe('+18 … +28');
    expect(formatInterval(metric({ metric: 'p95' }))).toBe('');
  });

  it('writes budgets in the direction that counts', () => {
    expect(formatBudget({ relative: 10, direction: 'lower-is-better' }, 'ms')).toBe('+10%');
    expect(formatBudget({ relative: 10, absolute: 20, direction: 'lower-is-better' }, 'ms')).toBe(
      '+10% and +20 ms',
    );
    expect(formatBudget({ relative: 5, direction: 'higher-is-better' }, 'req/s')).toBe('−5%');
    expect(formatBudget({ absolute: 0.005, direction: 'lower-is-better' }, 'ratio')).toBe('+0.5 pp');
    expect(formatBudget({ direction: 'lower-is-better' }, 'ms')).toBe('—');
  });

  it('ranks regressions by how far past the budget they went', () => {
    const p95 = metric({
      metric: 'p95',
      changePct: 23,
      budget: { relative: 10, direction: 'lower-is-better' },
    });
    const rps = metric({
      metric: 'throughput',
      unit: 'req/s',
      changePct: -40,
      budget: { relative: 10, direction: 'higher-is-better' },
    });
    expect(overshoot(p95)).toBeCloseTo(2.3);
    expect(overshoot(rps)).toBeCloseTo(4);
  });

  it('describes load profiles', () => {
    expect(describeProfile({ maxVUs: 50, durationSec: 120 })).toBe('50 VUs, 2 min');
    expect(describeProfile({ arrivalRate: 10, durationSec: 3600 })).toBe('10 req/s, 1 h');
    expect(describeProfile({ maxVUs: 1, iterations: 100 })).toBe('1 VU, 100 iterations');
    expect(describeProfile({})).toBe('');
  });
});
