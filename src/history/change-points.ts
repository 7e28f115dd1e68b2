import { studentTwoSidedP } from './student-t.js';

/**
 * Change-point detection as Apache Otava (ex Hunter) does it: E-divisive means (Matteson & James) to find
 * the split that maximises the energy distance Q, a Student t-test to decide whether it is significant,
 * applied in sliding windows (the "split" phase, at a relaxed p-value), then weak points pruned bottom-up at
 * the real p-value and magnitude (the "merge" phase). Pure and deterministic: numbers in, indices out.
 *
 * Indices are 0-based: a change point at `i` means `series[i]` opens the new level.
 * The description this follows, with its citations: ../shared/reference/peer-cases/change-points.md.
 */

export interface ChangePointStats {
  /** Mean and population standard deviation of the segment before and after the point. */
  meanBefore: number;
  meanAfter: number;
  stdBefore: number;
  stdAfter: number;
  pValue: number;
  /** `meanAfter / meanBefore - 1` (0 when the mean before is 0). */
  forwardChange: number;
  /** `max(|after/before - 1|, |before/after - 1|)`, each ratio 0 when its denominator is 0. */
  magnitude: number;
}

export interface ChangePoint extends ChangePointStats {
  index: number;
  /** The energy statistic of the split when it was found (0 for points only tested, never searched). */
  qhat: number;
}

export interface Candidate {
  index: number;
  qhat: number;
}

/**
 * Otava today maximises Q over both the split `tau` and the end `kappa` of the right sample; Otava before
 * 2025-11 and mongodb's signal-processing-algorithms fix `kappa` at the interval's end. Both are kept because
 * the peers' expectations differ by it.
 */
export type KappaMode = 'max' | 'end';

export interface DetectOptions {
  /** Sliding-window length of the split phase (Otava's default 50). */
  windowLength?: number;
  /** p-value a change point must stay under (Otava's default 0.001). */
  maxPValue?: number;
  /** Relative change a change point must exceed once all are significant (Otava's default 0). */
  minMagnitude?: number;
  kappa?: KappaMode;
}

/** A series: an array of numbers, or a typed array where the permutation test shuffles copies. */
export type Values = ArrayLike<number>;

const DEFAULTS = { windowLength: 50, maxPValue: 0.001, minMagnitude: 0, kappa: 'max' as KappaMode };

/** The relaxed p-value of the split phase, as Otava derives it from the final one. */
export function firstPassPValue(p: number): number {
  if (p < 0.05) return p * 10;
  if (p < 0.5) return p * 2;
  return p;
}

/** Otava's `compute_change_points`: windowed split at the relaxed p-value, then merge. */
export function detectChangePoints(series: readonly number[], options: DetectOptions = {}): ChangePoint[] {
  const o = { ...DEFAULTS, ...options };
  const weak = splitPhase(series, o.windowLength, firstPassPValue(o.maxPValue), o.kappa);
  return mergePhase(weak, series, o.maxPValue, o.minMagnitude);
}

/** The split phase: weak change points from E-divisive with a t-test in each sliding window. */
export function splitPhase(
  series: readonly number[],
  windowLength: number,
  pValue: number,
  kappa: KappaMode = 'max',
): ChangePoint[] {
  if (windowLength < 2) throw new RangeError('the window length must be at least 2');
  const step = Math.floor(windowLength / 2);
  const found = new Set<number>();
  let start = 0;
  while (start < series.length) {
    const end = Math.min(start + windowLength, series.length);
    const points = bisect(series.slice(start, end), tTestPoint, pValue, kappa);
    const last = points.length > 0 ? points[points.length - 1]!.index + start : 0;
    for (const p of points) found.add(p.index + start);
    start = Math.max(last, start + step);
  }
  const indices = [...found].sort((a, b) => a - b);
  return indices.map((index, k) =>
    tTestAt(series, index, indices[k - 1] ?? 0, indices[k + 1] ?? series.length),
  );
}

/**
 * The merge phase: while any point remains, drop the one with the largest p-value if it is not under
 * `maxPValue`, else the one with the smallest magnitude if it does not exceed `minMagnitude`; then refresh the
 * stats of the point that took the removed one's place and the one after it. Otava refreshes only those two,
 * not the left neighbour whose right segment also grew; this follows it so the results agree.
 */
export function mergePhase(
  weak: readonly ChangePoint[],
  series: readonly number[],
  maxPValue: number,
  minMagnitude: number,
): ChangePoint[] {
  const points = [...weak];
  while (points.length > 0) {
    let weakest = argBest(points, (a, b) => pOf(a) > pOf(b));
    if (pOf(points[weakest]!) < maxPValue) {
      weakest = argBest(points, (a, b) => a.magnitude < b.magnitude);
      if (points[weakest]!.magnitude > minMagnitude) return points;
    }
    points.splice(weakest, 1);
    for (const k of [weakest, weakest + 1]) {
      const p = points[k];
      if (!p) continue;
      const refreshed = tTestAt(
        series,
        p.index,
        points[k - 1]?.index ?? 0,
        points[k + 1]?.index ?? series.length,
      );
      points[k] = { ...refreshed, qhat: p.qhat };
    }
  }
  return points;
}

/** NaN (two constant, equal sides) counts as "no evidence": Python's comparisons with NaN are all false. */
function pOf(point: ChangePoint): number {
  return Number.isNaN(point.pValue) ? 1 : point.pValue;
}

/** The first element that beats every earlier one, as Python's `max`/`min` with a key pick it. */
function argBest<T>(items: readonly T[], better: (a: T, b: T) => boolean): number {
  let best = 0;
  for (let i = 1; i < items.length; i++) if (better(items[i]!, items[best]!)) best = i;
  return best;
}

/** Judges a candidate split of the interval `[start, stop)` of `series` it falls in. */
type Tester = (candidate: Candidate, series: Values, bounds: [number, number]) => ChangePoint;

/**
 * One E-divisive bisection over `series`: take the best candidate over the current intervals, test it on the
 * interval it splits, accept it and go on, or stop at the first one that fails (Otava's detector with
 * `stop_at = 0`: lower candidates in other intervals are never tried).
 */
export function bisect(
  series: Values,
  test: Tester,
  maxPValue: number,
  kappa: KappaMode = 'max',
  onAccepted?: (points: ChangePoint[]) => void,
): ChangePoint[] {
  const accepted: ChangePoint[] = [];
  for (;;) {
    onAccepted?.(accepted);
    const bounds = boundsOf(accepted, series.length);
    const best = nextCandidate(series, bounds, kappa);
    if (!best) return accepted;
    const interval = bounds.find(([a, b]) => a < best.index && best.index < b)!;
    const point = test(best, series, interval);
    if (!(point.pValue <= maxPValue)) return accepted;
    accepted.push(point);
    accepted.sort((a, b) => a.index - b.index);
  }
}

/** The intervals between sorted change points, `[start, stop)`, empty ones left out. */
export function boundsOf(points: readonly { index: number }[], length: number): [number, number][] {
  const cuts = [0, ...points.map((p) => p.index), length];
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < cuts.length; i++) if (cuts[i] !== cuts[i + 1]) out.push([cuts[i]!, cuts[i + 1]!]);
  return out;
}

/** The candidate with the largest Q over every interval of at least 2 points (the first one on ties). */
export function nextCandidate(
  series: Values,
  bounds: readonly [number, number][],
  kappa: KappaMode,
): Candidate | undefined {
  let best: Candidate | undefined;
  for (const [start, stop] of bounds) {
    if (stop - start < 2) continue;
    const c = candidateIn(series, start, stop, kappa);
    if (!best || c.qhat > best.qhat) best = c;
  }
  return best;
}

/**
 * The split `tau` of `series[start:stop)` maximising the scaled energy distance
 * `Q = 2/(m+n)·Σ|X-Y| − 2m/((m+n)(n−1))·Σ_{i<k}|Xi−Xk| − 2n/((m+n)(m−1))·Σ_{j<k}|Yj−Yk|`
 * with X = series[start:tau) and Y = series[tau:kappa), a within-sample term 0 for a single point.
 */
export function candidateIn(series: Values, start: number, stop: number, kappa: KappaMode): Candidate {
  return kappa === 'end' ? candidateToEnd(series, start, stop) : candidateOverKappa(series, start, stop);
}

/** Q of X (nx points) and Y (my points) from the sums of distances across and within them. */
function energy(nx: number, my: number, cross: number, withinX: number, withinY: number): number {
  const total = nx + my;
  return (
    (2 / total) * cross -
    (nx > 1 ? ((2 * my) / (total * (nx - 1))) * withinX : 0) -
    (my > 1 ? ((2 * nx) / (total * (my - 1))) * withinY : 0)
  );
}

/**
 * kappa fixed at the interval's end: moving one value at a time from Y to X updates the three sums in O(n),
 * so the whole search is O(n²) without a distance matrix (the permutation test runs it hundreds of times).
 */
function candidateToEnd(series: Values, start: number, stop: number): Candidate {
  let withinY = 0;
  for (let i = start; i < stop; i++)
    for (let j = i + 1; j < stop; j++) withinY += Math.abs(series[i]! - series[j]!);
  let withinX = 0;
  let cross = 0;
  let best: Candidate | undefined;
  for (let tau = start + 1; tau < stop; tau++) {
    const v = series[tau - 1]!;
    let toX = 0;
    for (let i = start; i < tau - 1; i++) toX += Math.abs(series[i]! - v);
    let toY = 0;
    for (let j = tau; j < stop; j++) toY += Math.abs(series[j]! - v);
    withinX += toX;
    withinY -= toY;
    cross += toY - toX;
    const q = energy(tau - start, stop - tau, cross, withinX, withinY);
    if (!best || q > best.qhat) best = { index: tau, qhat: q };
  }
  return best ?? { index: start + 1, qhat: 0 };
}

/**
 * kappa free: the search runs over every (tau, kappa) in the order Otava's numpy `argmax` walks its matrix
 * (tau first, then kappa), and that matrix holds 0 where kappa ≤ tau, so when every Q is negative the first
 * of those zeros wins, as it does there.
 */
function candidateOverKappa(series: Values, start: number, stop: number): Candidate {
  const n = stop - start;
  // prefix[a][b] = Σ |x_i − x_j| over start ≤ i < start+a, start ≤ j < start+b.
  const prefix: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(n + 1));
  for (let a = 1; a <= n; a++) {
    const row = prefix[a]!;
    const above = prefix[a - 1]!;
    const x = series[start + a - 1]!;
    let run = 0;
    for (let b = 1; b <= n; b++) {
      run += Math.abs(x - series[start + b - 1]!);
      row[b] = above[b]! + run;
    }
  }
  const rect = (a0: number, a1: number, b0: number, b1: number) =>
    prefix[a1]![b1]! - prefix[a0]![b1]! - prefix[a1]![b0]! + prefix[a0]![b0]!;
  let best: Candidate | undefined;
  for (let tau = 1; tau < n; tau++) {
    for (let k = 2; k <= n; k++) {
      const q =
        k > tau
          ? energy(tau, k - tau, rect(0, tau, tau, k), rect(0, tau, 0, tau) / 2, rect(tau, k, tau, k) / 2)
          : 0;
      if (!best || q > best.qhat) best = { index: start + tau, qhat: q };
    }
  }
  return best ?? { index: start + 1, qhat: 0 };
}

/** The t-test judgement of a split at `candidate.index` of the interval `[start, stop)`. */
function tTestPoint(candidate: Candidate, series: Values, [start, stop]: [number, number]): ChangePoint {
  return { ...tTestAt(series, candidate.index, start, stop), qhat: candidate.qhat };
}

/**
 * Stats of the split of `series[start:stop)` at `index`: Student's two-sided t-test with pooled variance, fed
 * the population standard deviations (as Otava passes numpy's `std` to scipy's `ttest_ind_from_stats`), and
 * p = 1 when the two sides hold 2 points in all.
 */
export function tTestAt(series: Values, index: number, start: number, stop: number): ChangePoint {
  const n1 = index - start;
  const n2 = stop - index;
  const s1 = summary(series, start, index);
  const s2 = summary(series, index, stop);
  const df = n1 + n2 - 2;
  let p = 1;
  if (df > 0) {
    const pooled = ((n1 - 1) * s1.std ** 2 + (n2 - 1) * s2.std ** 2) / df;
    const se = Math.sqrt(pooled * (1 / n1 + 1 / n2));
    const t = (s1.mean - s2.mean) / se;
    p = Number.isNaN(t) ? NaN : studentTwoSidedP(t, df);
  }
  return { index, qhat: 0, ...statsOf(s1, s2, p) };
}

/** Mean and population standard deviation of `values[start:stop)` (0 for one value). */
function summary(values: Values, start: number, stop: number): { mean: number; std: number } {
  let sum = 0;
  for (let i = start; i < stop; i++) sum += values[i]!;
  const mean = sum / (stop - start);
  if (stop - start < 2) return { mean, std: 0 };
  let squares = 0;
  for (let i = start; i < stop; i++) squares += (values[i]! - mean) ** 2;
  return { mean, std: Math.sqrt(squares / (stop - start)) };
}

function statsOf(
  before: { mean: number; std: number },
  after: { mean: number; std: number },
  pValue: number,
): ChangePointStats {
  const forward = before.mean === 0 ? 0 : after.mean / before.mean - 1;
  const backward = after.mean === 0 ? 0 : before.mean / after.mean - 1;
  return {
    meanBefore: before.mean,
    meanAfter: after.mean,
    stdBefore: before.std,
    stdAfter: after.std,
    pValue,
    forwardChange: forward,
    magnitude: Math.max(Math.abs(forward), Math.abs(backward)),
  };
}

export interface PermutationOptions {
  maxPValue?: number;
  permutations?: number;
  seed?: number;
  kappa?: KappaMode;
}

/**
 * Plain E-divisive over the whole series with the permutation test (Otava's `compute_change_points_orig`,
 * mongodb's EDivisive): p = #(permuted best Q ≥ candidate Q) / (permutations + 1), values shuffled within each
 * current interval. The shuffles come from a seeded generator of our own, so p-values near the threshold can
 * differ from the peers' (numpy's PCG64, Python's Mersenne Twister); far from it they agree.
 */
export function detectChangePointsPermutation(
  series: readonly number[],
  options: PermutationOptions = {},
): ChangePoint[] {
  const { maxPValue = 0.05, permutations = 100, seed = 1234, kappa = 'max' } = options;
  const random = mulberry32(seed);
  let accepted: ChangePoint[] = [];
  const test: Tester = (candidate, values, interval) => {
    // Shuffled within the intervals the points accepted so far delimit, as the peers do.
    const bounds = boundsOf(accepted, values.length);
    let reached = 0;
    const shuffled = new Float64Array(values.length);
    for (let r = 0; r < permutations; r++) {
      shuffled.set(values);
      for (const [a, b] of bounds) shuffleRange(shuffled, a, b, random);
      const c = nextCandidate(shuffled, bounds, kappa);
      if (c && c.qhat >= candidate.qhat) reached++;
    }
    const point = tTestAt(values, candidate.index, interval[0], interval[1]);
    return { ...point, qhat: candidate.qhat, pValue: reached / (permutations + 1) };
  };
  return bisect(Float64Array.from(series), test, maxPValue, kappa, (points) => (accepted = points));
}

/** One E-divisive bisection over the whole series with the t-test (Otava's detector, no windows, no merge). */
export function bisectTTest(
  series: readonly number[],
  maxPValue: number,
  kappa: KappaMode = 'max',
): ChangePoint[] {
  return bisect(series, tTestPoint, maxPValue, kappa);
}

function shuffleRange(values: Float64Array, start: number, stop: number, random: () => number): void {
  for (let i = stop - 1; i > start; i--) {
    const j = start + Math.floor(random() * (i - start + 1));
    const swap = values[i]!;
    values[i] = values[j]!;
    values[j] = swap;
  }
}

/** A small seeded generator: the same seed gives the same shuffles on every machine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
