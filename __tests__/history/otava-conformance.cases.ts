import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  bisectTTest,
  candidateIn,
  detectChangePoints,
  detectChangePointsPermutation,
  tTestAt,
  type KappaMode,
} from '../../src/history/change-points.js';
import { describePeerCases, PEER_CASES, PEER_CASES_PRESENT } from '../helpers/corpus.js';

interface PeerCase {
  id: string;
  assertion: string;
  series: number[] | Record<string, number[]> | null;
  series_ref?: string;
  params: Record<string, unknown> & { algorithm?: string };
  expected_change_points: number[] | Record<string, number[]> | null;
  expected_count?: number;
  expected_pvalue_range?: [number, number];
  expected_qhat?: Record<string, number>;
  expected_qhat_derived?: number;
  expected_stats?: Record<string, Record<string, string>>;
  generator?: string;
}

/**
 * Cases where loadgate does not reproduce the peer's assertion, each with the reason. Every other case must
 * agree exactly (or within the case's own tolerance).
 */
const DISAGREE: Record<string, string> = {
  'otava-series-incremental-series2-step3':
    "The expectation [4, 12] comes from Otava's incremental path, which keeps the weak point 4 found before the " +
    'two new points were appended. loadgate always recomputes from scratch (a history is short, and a result ' +
    "must not depend on how it was built up); the peer's own from-scratch run gives [12], as loadgate does.",
  'spa2-absolute-certainty-univariate':
    "mongodb 2.x's e_divisive permutes a t-statistic variant of the energy statistic, which loadgate does not " +
    'implement; the same step series is covered by spa-absolute-certainty and spa-default-sanity-family.',
};

/**
 * Permutation cases whose verdict depends on the random stream: the peers shuffle with numpy's PCG64 or
 * Python's Mersenne Twister, loadgate with a seeded generator of its own. Where the p-value sits at the
 * threshold (one permuted Q of 100 reaching the candidate's decides), the outcome is the RNG's, not the
 * algorithm's: loadgate checks the candidates and their Q exactly, and that the verdict agrees for most seeds.
 */
const RNG_SENSITIVE = new Set(['spa-regression-and-recovery']);

/**
 * Permutation cases on long series (346 to 1000 points: 100 permutations of an O(n²) search per candidate)
 * take about a second in plain Node but one to two minutes each inside Jest's VM modules. They agree with the
 * peers (4, 9 and 14 change points); set LOADGATE_SLOW_TESTS=1 to run them here too.
 */
const SLOW = new Set(['spa-long-series', 'spa-profile-small', 'spa-profile-medium']);
const RUN_SLOW = process.env.LOADGATE_SLOW_TESTS === '1';

// Read only when the peer cases are there: on a fresh clone the block below skips with one line.
const cases: PeerCase[] = PEER_CASES_PRESENT
  ? (JSON.parse(readFileSync(join(PEER_CASES, 'change-points.json'), 'utf8')) as PeerCase[])
  : [];
const shared = new Map(
  cases.filter((c) => c.assertion === 'data_only').map((c) => [c.id, c.series as number[]]),
);

function seriesOf(c: PeerCase): number[] {
  if (c.series_ref) return shared.get(`series-${c.series_ref}`)!;
  if (Array.isArray(c.series)) return c.series;
  throw new Error(`${c.id}: no single series`);
}

function num(c: PeerCase, key: string): number {
  return c.params[key] as number;
}

/** Otava since a59a3cf maximises Q over kappa; its legacy code and mongodb's fix kappa at the interval end. */
function kappaOf(c: PeerCase): KappaMode {
  return c.id.startsWith('otava-legacy') || c.id.startsWith('spa') ? 'end' : 'max';
}

function run(c: PeerCase, series: number[], seed = 1234): number[] {
  const algorithm = c.params.algorithm ?? '';
  if (c.params.permutations !== undefined) {
    return detectChangePointsPermutation(series, {
      maxPValue: num(c, 'max_pvalue'),
      permutations: (c.params.permutations as number | undefined) ?? 100,
      seed,
      kappa: kappaOf(c),
    }).map((p) => p.index);
  }
  if (algorithm.includes('TTestSignificanceTester, whole series')) {
    return bisectTTest(series, num(c, 'max_pvalue'), kappaOf(c)).map((p) => p.index);
  }
  return detectChangePoints(series, {
    windowLength: num(c, 'window_len'),
    maxPValue: num(c, 'max_pvalue'),
    minMagnitude: num(c, 'min_magnitude'),
    kappa: kappaOf(c),
  }).map((p) => p.index);
}

describePeerCases('change points agree with Apache Otava and mongodb signal-processing-algorithms', () => {
  const judged = cases.filter((c) => c.assertion !== 'data_only');

  it('reads all the peer cases', () => {
    expect(judged.length).toBeGreaterThanOrEqual(60);
  });

  describe.each(judged.map((c) => [c.id, c] as const))('%s', (id, c) => {
    if (DISAGREE[id]) {
      it(`disagrees on purpose: ${DISAGREE[id]}`, () => {
        if (id === 'otava-series-incremental-series2-step3') {
          expect(run(c, seriesOf(c))).toEqual([12]);
        } else {
          expect(c.series).toBeNull();
        }
      });
      return;
    }
    (SLOW.has(id) && !RUN_SLOW ? it.skip : it)(`${c.assertion}`, () => {
      switch (c.assertion) {
        case 'significance_only': {
          const index = num(c, 'candidate_index');
          const s = seriesOf(c);
          const point = tTestAt(s, index, 0, s.length);
          const [low, high] = c.expected_pvalue_range!;
          expect(point.pValue).toBeGreaterThanOrEqual(low);
          expect(point.pValue).toBeLessThanOrEqual(high);
          expect(point.pValue <= num(c, 'max_pvalue')).toBe(
            (c.expected_change_points as number[]).length > 0,
          );
          break;
        }
        case 'derived_single_candidate': {
          const s = seriesOf(c);
          const candidate = candidateIn(s, 0, s.length, 'max');
          expect(candidate.index).toBe((c.expected_change_points as number[])[0]);
          expect(candidate.qhat).toBeCloseTo(c.expected_qhat_derived!, 9);
          break;
        }
        case 'exact_with_stats': {
          const expected = c.expected_change_points as Record<string, number[]>;
          for (const [name, series] of Object.entries(c.series as Record<string, number[]>)) {
            const points = detectChangePoints(series, {
              windowLength: num(c, 'window_len'),
              maxPValue: num(c, 'max_pvalue'),
            });
            expect(points.map((p) => p.index)).toEqual(expected[name]);
            for (const p of points) {
              const stats = c.expected_stats![`${name}@${p.index}`]!;
              expect((p.forwardChange * 100).toFixed(0)).toBe(stats.forward_change_percent);
              expect(p.magnitude.toFixed(6)).toBe(stats.magnitude);
              expect(p.meanBefore.toFixed(6)).toBe(stats.mean_before);
              expect(p.stdBefore.toFixed(6)).toBe(stats.stddev_before);
              expect(p.meanAfter.toFixed(6)).toBe(stats.mean_after);
              expect(p.stdAfter.toFixed(6)).toBe(stats.stddev_after);
              expect(p.pValue.toFixed(6)).toBe(stats.pvalue);
            }
          }
          break;
        }
        case 'partial': {
          const got = run(c, seriesOf(c));
          expect(got).toHaveLength(c.expected_count!);
          expect(got.slice(0, (c.expected_change_points as number[]).length)).toEqual(
            c.expected_change_points,
          );
          break;
        }
        case 'count_only':
          expect(run(c, seriesOf(c))).toHaveLength(c.expected_count!);
          break;
        case 'exact_family': {
          // Members of the generator [0]*cp + [1]*cp, each exactly [cp]: every cp from 4 to 20 (the short ones,
          // where 100 permutations come closest to the true Q), then 33 and 46 (and every 13th up to 99 with
          // LOADGATE_SLOW_TESTS=1). All 96 members agree (checked once with every cp in plain Node).
          const members = [
            ...Array.from({ length: 17 }, (_, i) => i + 4),
            33,
            46,
            ...(RUN_SLOW ? [59, 72, 85, 98, 99] : []),
          ];
          for (const cp of members) {
            const s = [...Array<number>(cp).fill(0), ...Array<number>(cp).fill(1)];
            expect([cp, run(c, s)]).toEqual([cp, [cp]]);
          }
          break;
        }
        default: {
          const s = seriesOf(c);
          if (RNG_SENSITIVE.has(id)) {
            // The candidates and their Q are the peer's exactly; the verdict on 33 sits at p = 1/101.
            const points = detectChangePointsPermutation(s, {
              maxPValue: num(c, 'max_pvalue'),
              seed: 2,
              kappa: 'end',
            });
            for (const p of points) expect(p.qhat).toBeCloseTo(c.expected_qhat![String(p.index)]!, 9);
            const seeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
            const agreeing = seeds.filter(
              (seed) => JSON.stringify(run(c, s, seed)) === JSON.stringify(c.expected_change_points),
            );
            expect(agreeing.length).toBeGreaterThanOrEqual(7);
            break;
          }
          expect(run(c, s)).toEqual(c.expected_change_points);
          if (c.expected_qhat) {
            const points = detectChangePointsPermutation(s, {
              maxPValue: num(c, 'max_pvalue'),
              kappa: kappaOf(c),
            });
            for (const p of points) expect(p.qhat).toBeCloseTo(c.expected_qhat[String(p.index)]!, 6);
          }
        }
      }
    });
  });
});
