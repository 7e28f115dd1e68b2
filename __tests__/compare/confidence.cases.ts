import { describe, expect, it } from '@jest/globals';
import { newcombeDifference, wilsonInterval } from '../../src/compare/confidence.js';

describe('wilsonInterval', () => {
  it('matches the Wilson score interval computed by hand', () => {
    // 10/1000: centre = (10 + 1.92073)/(1000 + 3.84146) = 0.0118754;
    // half = 1.95996·√(10·990/1000 + 0.960366)/1003.84146 = 0.0064344 → [0.005441, 0.018309]
    const [lo, hi] = wilsonInterval(10, 1000);
    expect(lo).toBeCloseTo(0.005441, 6);
    expect(hi).toBeCloseTo(0.018309, 6);
  });

  it('stays inside [0, 1] at 0 and n successes', () => {
    expect(wilsonInterval(0, 20)[0]).toBe(0);
    expect(wilsonInterval(20, 20)[1]).toBe(1);
    expect(wilsonInterval(0, 20)[1]).toBeCloseTo(0.1611, 4); // Newcombe 1998, Table I, 0/20
  });
});

describe('newcombeDifference (hybrid score, Newcombe 1998 method 10)', () => {
  it('gives the CI of 30/1000 − 10/1000 computed by hand', () => {
    // p1 = 0.010, Wilson [0.005441, 0.018309]; p2 = 0.030, Wilson [0.021094, 0.042503]
    // lower = 0.02 − √((0.030 − 0.021094)² + (0.018309 − 0.010)²) = 0.02 − √(7.932e-5 + 6.904e-5) = 0.007819
    // upper = 0.02 + √((0.042503 − 0.030)² + (0.010 − 0.005441)²) = 0.02 + √(1.5633e-4 + 2.078e-5) = 0.033309
    const [lo, hi] = newcombeDifference(10, 1000, 30, 1000);
    expect(lo).toBeCloseTo(0.008, 3);
    expect(hi).toBeCloseTo(0.033, 3);
    expect(lo).toBeCloseTo(0.007819, 6);
    expect(hi).toBeCloseTo(0.033309, 6);
  });

  it('reproduces the published examples of Newcombe 1998, Table II', () => {
    // (a) 56/70 − 48/80: 0.0524 to 0.3339. Our order is current − baseline.
    const [a1, a2] = newcombeDifference(48, 80, 56, 70);
    expect(a1).toBeCloseTo(0.0524, 4);
    expect(a2).toBeCloseTo(0.3339, 4);
    // (f) 0/10 − 0/20: −0.1611 to 0.2775, here mirrored as 0/20 − 0/10.
    const [f1, f2] = newcombeDifference(0, 10, 0, 20);
    expect(f1).toBeCloseTo(-0.2775, 4);
    expect(f2).toBeCloseTo(0.1611, 4);
  });

  it('is antisymmetric: swapping the runs mirrors the interval', () => {
    const [lo, hi] = newcombeDifference(30, 1000, 10, 1000);
    expect(lo).toBeCloseTo(-0.033309, 6);
    expect(hi).toBeCloseTo(-0.007819, 6);
  });
});
