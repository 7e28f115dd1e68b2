import { describe, expect, it } from '@jest/globals';
import {
  candidateIn,
  detectChangePoints,
  firstPassPValue,
  tTestAt,
} from '../../src/history/change-points.js';
import { studentTwoSidedP } from '../../src/history/student-t.js';

describe('Student t p-values', () => {
  it('matches tabulated two-sided critical values', () => {
    // t(0.975, df) from standard tables: the two-sided p there is 0.05.
    expect(studentTwoSidedP(12.706, 1)).toBeCloseTo(0.05, 4);
    expect(studentTwoSidedP(2.228, 10)).toBeCloseTo(0.05, 4);
    expect(studentTwoSidedP(2.042, 30)).toBeCloseTo(0.05, 3);
    expect(studentTwoSidedP(3.169, 10)).toBeCloseTo(0.01, 4);
    expect(studentTwoSidedP(0, 5)).toBe(1);
    expect(studentTwoSidedP(Infinity, 5)).toBe(0);
  });
});

describe('change points', () => {
  const steady = [100, 102, 99, 101, 100, 98, 101, 100, 102, 99];

  it('finds a 20% step at the first run of the new level', () => {
    const series = [...steady, ...steady.map((v) => v * 1.2)];
    const points = detectChangePoints(series);
    expect(points.map((p) => p.index)).toEqual([10]);
    expect(points[0]!.forwardChange).toBeCloseTo(0.2, 2);
  });

  it('finds nothing in noise alone, and nothing in a constant series', () => {
    expect(detectChangePoints([...steady, ...steady, ...steady])).toEqual([]);
    expect(detectChangePoints(Array<number>(30).fill(5))).toEqual([]);
  });

  it('finds a rise and the recovery after it', () => {
    const series = [...steady, ...steady.map((v) => v * 1.5), ...steady];
    expect(detectChangePoints(series).map((p) => p.index)).toEqual([10, 20]);
  });

  it('drops shifts under min-magnitude', () => {
    const series = [...steady, ...steady.map((v) => v + 3)];
    expect(detectChangePoints(series, { maxPValue: 0.01 }).map((p) => p.index)).toEqual([10]);
    expect(detectChangePoints(series, { maxPValue: 0.01, minMagnitude: 0.05 })).toEqual([]);
  });

  it('is deterministic: the same series gives the same points', () => {
    const series = Array.from({ length: 120 }, (_, i) => (i >= 70 ? 130 : 100) + ((i * 37) % 11) - 5);
    const a = detectChangePoints(series, { windowLength: 30 });
    expect(detectChangePoints(series, { windowLength: 30 })).toEqual(a);
    expect(a.map((p) => p.index)).toContain(70);
  });

  it('uses the relaxed first-pass p-value as Otava derives it', () => {
    expect([0.001, 0.01, 0.05, 0.1, 0.5].map(firstPassPValue)).toEqual([0.01, 0.1, 0.1, 0.2, 0.5]);
  });

  it('takes a ratio over a zero mean as 0 rather than dividing by it, as Otava does', () => {
    const point = tTestAt([0, 0, 0, 1, 1, 1], 3, 0, 6);
    expect(point.forwardChange).toBe(0);
    // The backward ratio, 0 / 1 − 1, is still there.
    expect(point.magnitude).toBe(1);
    expect(point.pValue).toBe(0);
  });

  it('puts the candidate where the two samples differ most', () => {
    expect(candidateIn([1, 1, 1, 1, 5, 5, 5], 0, 7, 'end').index).toBe(4);
    expect(candidateIn([1, 1, 1, 1, 5, 5, 5], 0, 7, 'max').index).toBe(4);
  });
});
