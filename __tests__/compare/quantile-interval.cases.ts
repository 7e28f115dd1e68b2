import { describe, expect, it } from '@jest/globals';
import { normalCdf, poissonRateDifference, twoProportionPValue } from '../../src/compare/confidence.js';
import {
  benjaminiHochberg,
  controlFalseDiscoveries,
  controlFalseDiscoveriesByFamily,
  familyOf,
} from '../../src/compare/false-discovery.js';
import type { MetricVerdict } from '../../src/compare/model.js';
import {
  pooledRanks,
  quantileDifference,
  rankInterval,
  SketchRanks,
} from '../../src/compare/quantile-interval.js';
import { DDSketch } from '../../src/results/sketch/ddsketch.js';

function sketchOf(values: Iterable<number>): DDSketch {
  const sketch = new DDSketch();
  for (const v of values) sketch.add(v);
  return sketch;
}

/** Deterministic lognormal latencies (median `median` ms), by inverse-CDF on an even grid shuffled by a LCG. */
function lognormal(n: number, median: number, sigma: number, seed: number): number[] {
  let a = seed;
  const uniform = () => {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    return (a + 0.5) / 4294967296;
  };
  return Array.from({ length: n }, () => {
    const u1 = uniform();
    const u2 = uniform();
    return median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2));
  });
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('normal and proportion tests', () => {
  it('gives Φ and the two-proportion p-value to the digits a table gives', () => {
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 6);
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(-4)).toBeCloseTo(3.1671e-5, 8);
    // 10/1000 → 30/1000: pooled 0.02, z = 0.02 / √(0.02·0.98·0.002) = 3.1944, p = 0.0014013.
    expect(twoProportionPValue(10, 1000, 30, 1000)).toBeCloseTo(0.0014013, 6);
    expect(twoProportionPValue(0, 500, 0, 500)).toBe(1);
  });

  it('tests throughput as two Poisson rates: equal rates are not different, doubled ones are', () => {
    expect(poissonRateDifference(600, 60, 600, 60).pValue).toBeCloseTo(1, 6);
    const doubled = poissonRateDifference(300, 60, 600, 60);
    expect(doubled.pValue).toBeLessThan(1e-6);
    expect(doubled.ci[0]).toBeGreaterThan(0);
    expect(doubled.ci[0]).toBeLessThan(5);
    expect(doubled.ci[1]).toBeGreaterThan(5);
  });
});

describe('order-statistic intervals of a percentile', () => {
  it('puts the median of 100 samples between the 40th and 60th values', () => {
    // nq ∓ 1.96·√(nq(1−q)) = 50 ∓ 9.8 → 1-based ranks 40 and 60, 0-based 39 and 59.
    expect(rankInterval(100, 0.5)).toEqual([39, 59]);
    const [low, high] = new SketchRanks(sketchOf(range(100))).interval(0.5);
    // Within the sketch's 1 % and the 1 % it widens by.
    expect(low).toBeGreaterThanOrEqual(40 * 0.98);
    expect(low).toBeLessThanOrEqual(40 * 1.01);
    expect(high).toBeGreaterThanOrEqual(60 * 0.99);
    expect(high).toBeLessThanOrEqual(60 * 1.02);
  });

  it('gives p99 of 540 samples (5 beyond it) an interval reaching the maximum', () => {
    const ranks = new SketchRanks(sketchOf(range(540)));
    expect(rankInterval(540, 0.99)).toEqual([529, 539]);
    const [low, high] = ranks.interval(0.99);
    expect(high).toBe(540);
    expect(low).toBeLessThan(535);
    // With 100 times the samples, p99 is pinned within a few tenths of a percent of the values.
    const [l2, h2] = new SketchRanks(sketchOf(range(54_000))).interval(0.99);
    expect((h2 - l2) / 53_460).toBeLessThan(0.03);
  });

  it('answers the quantile the sketch answers', () => {
    const sketch = sketchOf(lognormal(5000, 100, 0.5, 1));
    const ranks = new SketchRanks(sketch);
    for (const q of [0.5, 0.95, 0.99]) expect(ranks.quantile(q)).toBeCloseTo(sketch.quantile(q) as number, 9);
  });
});

describe('difference of two percentiles', () => {
  it('finds no difference between a run and itself', () => {
    const sketch = sketchOf(lognormal(2000, 100, 0.5, 2));
    const d = quantileDifference(
      new SketchRanks(sketch),
      new SketchRanks(sketch),
      0.95,
      pooledRanks(sketch, sketch),
    );
    expect(d?.change).toBe(0);
    expect(d?.pValue).toBeCloseTo(1, 6);
    expect(d?.ci[0]).toBeLessThan(0);
    expect(d?.ci[1]).toBeGreaterThan(0);
  });

  it('calls two independent samples of one distribution alike, and a 20 % slower one different', () => {
    const a = sketchOf(lognormal(5000, 100, 0.5, 3));
    const b = sketchOf(lognormal(5000, 100, 0.5, 4));
    const slower = sketchOf(lognormal(5000, 100, 0.5, 4).map((v) => v * 1.2));
    const same = quantileDifference(new SketchRanks(a), new SketchRanks(b), 0.95, pooledRanks(a, b));
    expect(same?.ci[0]).toBeLessThan(0);
    expect(same?.ci[1]).toBeGreaterThan(0);
    expect(same?.pValue).toBeGreaterThan(0.05);
    const worse = quantileDifference(
      new SketchRanks(a),
      new SketchRanks(slower),
      0.95,
      pooledRanks(a, slower),
    );
    expect(worse?.ci[0]).toBeGreaterThan(0);
    expect(worse?.pValue).toBeLessThan(1e-6);
  });

  it('keeps the p-value honest where the median sits on a cliff between two modes', () => {
    // 45 % fast (20 ms) and 55 % slow (400 ms): the median of a sample jumps between the modes.
    const mix = (fast: number, n: number) => [...Array(fast).fill(20), ...Array(n - fast).fill(400)];
    const a = sketchOf(mix(63, 140));
    const b = sketchOf(mix(72, 140)); // median 20 ms against 400 ms, from 9 requests changing side
    const d = quantileDifference(new SketchRanks(a), new SketchRanks(b), 0.5, pooledRanks(a, b));
    expect(Math.abs(d?.change ?? 0)).toBeGreaterThan(300);
    // 63/140 against 72/140 at or below the pooled median: p ≈ 0.28, not a discovery.
    expect(d?.pValue).toBeGreaterThan(0.2);
  });
});

describe('Benjamini-Hochberg', () => {
  it('adjusts p-values as the step-up procedure does', () => {
    // Sorted .005 .01 .03 .04, m = 4: .02 .02 .04 .04 (each the min over later p·m/rank).
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
    expect(q.map((v) => Number(v.toFixed(6)))).toEqual([0.02, 0.04, 0.04, 0.02]);
    expect(benjaminiHochberg([0.9, 0.5])).toEqual([0.9, 0.9]);
  });

  it('takes back a regression the family cannot support and says what would decide it', () => {
    const verdict = (pValue: number, decision: MetricVerdict['decision']): MetricVerdict => ({
      metric: 'p95',
      unit: 'ms',
      budget: { relative: 10, absolute: 5, direction: 'lower-is-better' },
      decision,
      why: 'p95 rose.',
      pValue,
    });
    const family = [
      verdict(0.03, 'regressed'),
      verdict(0.5, 'unchanged'),
      verdict(0.6, 'unchanged'),
      verdict(0.0001, 'regressed'),
    ];
    controlFalseDiscoveries(family, 0.05);
    expect(family[3]?.decision).toBe('regressed');
    expect(family[3]?.qValue).toBeCloseTo(0.0004, 6);
    expect(family[0]?.decision).toBe('inconclusive');
    // 0.03 · 4 / 2 = 0.06 > 0.05.
    expect(family[0]?.qValue).toBeCloseTo(0.06, 6);
    expect(family[0]?.reason).toBe('not significant among 4 tests (q = 0.06): run longer');
  });
});

describe('false discoveries per question', () => {
  it('keeps an error-rate test apart from the latency tests of the same comparison', () => {
    const verdict = (metric: MetricVerdict['metric'], pValue: number): MetricVerdict => ({
      metric,
      unit: metric === 'error-rate' ? 'ratio' : 'ms',
      budget: { direction: 'lower-is-better' },
      decision: 'regressed',
      why: 'x',
      pValue,
    });
    // p = 0.007 for the error rate among 12 latency tests of p = 0.5: one family gives q = 0.09.
    const together = [verdict('error-rate', 0.007), ...Array.from({ length: 12 }, () => verdict('p95', 0.5))];
    controlFalseDiscoveries(together, 0.05);
    expect(together[0]?.decision).toBe('inconclusive');
    const apart = [verdict('error-rate', 0.007), ...Array.from({ length: 12 }, () => verdict('p95', 0.5))];
    controlFalseDiscoveriesByFamily([], apart, 0.05);
    expect(apart[0]?.decision).toBe('regressed');
    expect(familyOf('p99', 'endpoint')).toBe('endpoint');
    expect(familyOf('error-rate', 'overall')).toBe('error-rate');
    expect(apart[1]?.decision).toBe('inconclusive');
    expect(apart[1]?.reason).toMatch(/among 12 endpoint tests/);
  });
});
