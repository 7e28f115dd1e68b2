import { describe, expect, it } from '@jest/globals';
import { DDSketch } from '../../../src/results/sketch/ddsketch.js';

/** A deterministic generator, so a failure reproduces. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return (s + 0.5) / 2 ** 32;
  };
}

/** Latency-like samples: log-normal around 120 ms with a long tail, and some exact zeros. */
function samples(n: number, seed: number): number[] {
  const r = random(seed);
  return Array.from({ length: n }, (_, i) => {
    if (i % 97 === 0) return 0;
    const z = Math.sqrt(-2 * Math.log(r())) * Math.cos(2 * Math.PI * r());
    return Math.exp(Math.log(120) + 0.8 * z);
  });
}

/** The sample of rank q·(n − 1) (the one a DDSketch promises to be within α of). */
function exact(sorted: number[], q: number): number {
  return sorted[Math.floor(q * (sorted.length - 1))]!;
}

describe('DDSketch', () => {
  it('answers every percentile within 1 % of the exact sample value', () => {
    const values = samples(100_000, 7);
    const sketch = new DDSketch();
    for (const v of values) sketch.add(v);
    const sorted = [...values].sort((a, b) => a - b);
    for (const q of [0.01, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999]) {
      const truth = exact(sorted, q);
      const got = sketch.quantile(q)!;
      expect(Math.abs(got - truth)).toBeLessThanOrEqual(0.01 * truth + 1e-9);
    }
    expect(sketch.quantile(0)).toBe(0);
    expect(sketch.quantile(1)).toBe(sorted.at(-1));
    expect(sketch.count).toBe(100_000);
    expect(sketch.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 6);
  });

  it('merges exactly: two generators merged equal one sketch of all samples', () => {
    const a = samples(20_000, 1);
    const b = samples(30_000, 2).map((v) => v * 3);
    const left = new DDSketch();
    const right = new DDSketch();
    const both = new DDSketch();
    for (const v of a) {
      left.add(v);
      both.add(v);
    }
    for (const v of b) {
      right.add(v);
      both.add(v);
    }
    left.merge(right);
    const l = left.toJSON();
    const w = both.toJSON();
    expect({ ...l, sum: 0 }).toEqual({ ...w, sum: 0 });
    expect(l.sum).toBeCloseTo(w.sum, 3);
    for (const q of [0.5, 0.95, 0.99]) expect(left.quantile(q)).toBe(both.quantile(q));
  });

  it('survives its JSON form unchanged, and refuses to merge another accuracy', () => {
    const s = new DDSketch();
    for (const v of samples(5_000, 3)) s.add(v);
    const back = DDSketch.fromJSON(JSON.parse(JSON.stringify(s)) as ReturnType<DDSketch['toJSON']>);
    for (const q of [0.1, 0.5, 0.99]) expect(back.quantile(q)).toBe(s.quantile(q));
    expect(() => s.merge(new DDSketch(0.02))).toThrow(/accuracy/);
    expect(new DDSketch().quantile(0.5)).toBeUndefined();
  });

  it('weights batched samples like repeated ones', () => {
    const weighted = new DDSketch();
    weighted.add(10, 3);
    weighted.add(1000, 1);
    const repeated = new DDSketch();
    for (const v of [10, 10, 10, 1000]) repeated.add(v);
    expect(weighted.toJSON()).toEqual(repeated.toJSON());
  });
});
