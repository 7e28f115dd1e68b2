import { describe, expect, it } from '@jest/globals';
import { checkComparability } from '../../src/compare/comparability.js';
import type { LoadProfile, Run } from '../../src/results/model.js';

function run(profile: LoadProfile, tool = 'k6'): Run {
  return {
    schema: 'loadgate/run@1',
    source: { tool, format: tool === 'k6' ? 'k6-summary' : 'artillery-report', file: 'r.json' },
    profile,
    overall: { name: '(all requests)', latency: {}, quality: 'exact' },
    endpoints: [],
    thresholds: [],
  };
}

describe('checkComparability', () => {
  it('accepts profiles within the tolerance', () => {
    expect(
      checkComparability(run({ maxVUs: 20, durationSec: 60 }), run({ maxVUs: 21, durationSec: 62 }), 10),
    ).toEqual({
      comparable: true,
      reasons: [],
    });
  });

  it('refuses different VU counts and arrival rates, saying what each run did', () => {
    const result = checkComparability(
      run({ maxVUs: 20, arrivalRate: 10 }),
      run({ maxVUs: 50, arrivalRate: 20.04 }),
      10,
    );
    expect(result).toEqual({
      comparable: false,
      reasons: [
        'baseline ran 20 VUs, current 50 VUs',
        'baseline offered 10 arrivals/s, current 20 arrivals/s',
      ],
    });
  });

  it('does not flag fewer iterations in the same duration: that is what a slower system does', () => {
    expect(
      checkComparability(
        run({ durationSec: 60, iterations: 1000 }),
        run({ durationSec: 61, iterations: 700 }),
        10,
      ).comparable,
    ).toBe(true);
    expect(
      checkComparability(
        run({ durationSec: 60, iterations: 1000 }),
        run({ durationSec: 95, iterations: 1000 }),
        10,
      ).comparable,
    ).toBe(true);
  });

  it('flags a different run size when duration and iterations both differ', () => {
    expect(
      checkComparability(
        run({ durationSec: 60, iterations: 1000 }),
        run({ durationSec: 300, iterations: 5000 }),
        10,
      ).reasons,
    ).toEqual(['baseline ran 60 s and 1000 iterations, current 300 s and 5000 iterations']);
    expect(checkComparability(run({ durationSec: 60 }), run({ durationSec: 120 }), 10).reasons).toEqual([
      'baseline ran 60 s, current 120 s',
    ]);
  });

  it('allows measured run lengths the reporting slack, and judges a measured arrival rate as arrivals and length', () => {
    // Two real Artillery runs of one config (8 arrivals/s for 15 s) on a busy machine: the drain of the users
    // in flight stretched the second one, and with it its rate, created / span (issue #18).
    const a = run({ durationSec: 16.189, arrivalRate: 120 / 16.189 }, 'artillery');
    const b = run({ durationSec: 20.984, arrivalRate: 120 / 20.984 }, 'artillery');
    expect(checkComparability(a, b, 10)).toEqual({ comparable: true, reasons: [] });
    // Locust's stats CSV, written each second and not at exit, gives 13.6 s and 12.1 s of a `-t 15s` run.
    expect(checkComparability(run({ durationSec: 13.6 }), run({ durationSec: 12.1 }), 10).comparable).toBe(
      true,
    );
    // Twice the rate for half as long: the same arrivals, but not the same load.
    expect(
      checkComparability(
        run({ durationSec: 60, arrivalRate: 10 }, 'artillery'),
        run({ durationSec: 30, arrivalRate: 20 }, 'artillery'),
        10,
      ).reasons,
    ).toEqual(['baseline offered 10 arrivals/s, current 20 arrivals/s', 'baseline ran 60 s, current 30 s']);
    // More arrivals over the same length.
    expect(
      checkComparability(
        run({ durationSec: 16, arrivalRate: 8 }, 'artillery'),
        run({ durationSec: 16, arrivalRate: 10 }, 'artillery'),
        10,
      ).reasons,
    ).toEqual(['baseline offered 8 arrivals/s, current 10 arrivals/s']);
  });

  it('ignores a dimension only one run states, and honours a wider tolerance', () => {
    expect(checkComparability(run({ maxVUs: 20 }), run({ arrivalRate: 5 }), 10).comparable).toBe(true);
    expect(checkComparability(run({ maxVUs: 20 }), run({ maxVUs: 24 }), 25).comparable).toBe(true);
  });

  it('never compares runs of different tools', () => {
    const result = checkComparability(run({}), run({}, 'artillery'), 10);
    expect(result.comparable).toBe(false);
    expect(result.reasons[0]).toMatch(/^baseline is a k6 run, current an Artillery run/);
  });
});

describe('checkComparability: scenario set', () => {
  const withEndpoints = (names: string[]): Run => ({
    ...run({ maxVUs: 10 }),
    endpoints: names.map((name) => ({ name, latency: {}, quality: 'exact' as const })),
  });

  it('refuses runs that share fewer than half of the smaller endpoint set', () => {
    const result = checkComparability(
      withEndpoints(['/login', '/cart', '/checkout']),
      withEndpoints(['/search', '/items', '/login']),
      10,
    );
    expect(result.comparable).toBe(false);
    expect(result.reasons).toEqual([
      'the runs share 1 of their endpoints (baseline 3, current 3): they ran different scenarios',
    ]);
  });

  it('accepts a scenario that gained endpoints: what both ran is still compared', () => {
    const result = checkComparability(
      withEndpoints(['/login', '/cart']),
      withEndpoints(['/login', '/cart', '/checkout', '/pay', '/logout']),
      10,
    );
    expect(result).toEqual({ comparable: true, reasons: [] });
  });

  it('says nothing when a run names fewer than two endpoints (a summary with no per-endpoint rows)', () => {
    expect(checkComparability(withEndpoints(['/a']), withEndpoints(['/b', '/c']), 10).comparable).toBe(true);
  });
});
