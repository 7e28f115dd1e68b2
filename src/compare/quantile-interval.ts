import { DDSketch } from '../results/sketch/ddsketch.js';
import { twoProportionPValue, Z95 } from './confidence.js';

/**
 * Confidence intervals of a percentile and of the difference of two percentiles, from the sample counts a
 * sketch keeps. A percentile resting on few samples (p99 of 540 requests: about 5 above it) gets a wide
 * interval, so a budget cannot call its wobble a regression.
 */

/**
 * Order-statistic (distribution-free) interval of the q-quantile of n samples, as 0-based ranks: the number of
 * samples below the true quantile is Binomial(n, q), so with the normal approximation the quantile lies
 * between the order statistics of ranks nq ∓ z·√(nq(1−q)) with probability ≈ 95 % (Conover, Practical
 * Nonparametric Statistics, 3rd ed., §3.2). For n = 100, q = 0.5: the 40th to 60th smallest values (1-based).
 */
export function rankInterval(n: number, q: number, z = Z95): [number, number] {
  const spread = z * Math.sqrt(n * q * (1 - q));
  const low = Math.floor(n * q - spread) - 1;
  const high = Math.ceil(n * q + spread) - 1;
  return [Math.max(0, Math.min(n - 1, low)), Math.max(0, Math.min(n - 1, high))];
}

/** A sketch's values by rank, with a cumulative count so each look-up is a binary search. */
export class SketchRanks {
  readonly count: number;
  /** The sketch's relative accuracy: a value it answers is within α of the sample's. */
  readonly alpha: number;
  private readonly cumulative: Float64Array;
  private readonly values: Float64Array;
  private readonly zeros: number;
  private readonly min: number;
  private readonly max: number;
  private readonly offset: number;

  constructor(sketch: DDSketch) {
    const json = sketch.toJSON();
    const gamma = (1 + json.alpha) / (1 - json.alpha);
    this.count = json.count;
    this.alpha = json.alpha;
    this.zeros = json.zeros;
    this.min = json.min;
    this.max = json.max;
    this.offset = json.offset;
    this.cumulative = new Float64Array(json.bins.length);
    this.values = new Float64Array(json.bins.length);
    let seen = json.zeros;
    for (let i = 0; i < json.bins.length; i++) {
      seen += json.bins[i]!;
      this.cumulative[i] = seen;
      // The bucket's representative, as DDSketch.quantile answers it.
      this.values[i] = (2 * Math.pow(gamma, json.offset + i)) / (1 + gamma);
    }
  }

  /** The value of the sample at 0-based rank r, as the sketch answers it (within its relative accuracy). */
  valueAt(rank: number): number {
    if (rank <= 0) return this.min;
    if (rank >= this.count - 1) return this.max;
    if (rank < this.zeros) return Math.max(0, this.min);
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > rank) hi = mid;
      else lo = mid + 1;
    }
    const v = this.values[lo]!;
    return v < this.min ? this.min : v > this.max ? this.max : v;
  }

  /** The bucket key of the sample at 0-based rank r; −Infinity for the zero bucket. */
  keyAt(rank: number): number {
    if (rank < this.zeros || this.cumulative.length === 0) return -Infinity;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > rank) hi = mid;
      else lo = mid + 1;
    }
    return this.offset + lo;
  }

  /** Samples in buckets up to and including `key` (the zero bucket counts as below every key). */
  countAtOrBelow(key: number): number {
    if (key === -Infinity) return this.zeros;
    const i = key - this.offset;
    if (i < 0) return this.zeros;
    if (i >= this.cumulative.length) return this.count;
    return this.cumulative[i]!;
  }

  /** The q-quantile, the value DDSketch.quantile gives: the sample of rank q·(n − 1). */
  quantile(q: number): number {
    return this.valueAt(q * (this.count - 1));
  }

  /**
   * The order-statistic interval of the q-quantile, in values, widened by the sketch's accuracy (the bucket
   * a value fell in), so that ranks all in one bucket do not claim more precision than the sketch has.
   */
  interval(q: number, z = Z95): [number, number] {
    const [low, high] = rankInterval(this.count, q, z);
    return [
      Math.max(this.min, this.valueAt(low) * (1 - this.alpha)),
      Math.min(this.max, this.valueAt(high) * (1 + this.alpha)),
    ];
  }
}

export interface QuantileDifference {
  /** current − baseline, the point estimate from the two sketches. */
  change: number;
  /** 95 % interval of the change. */
  ci: [number, number];
  /** Two-sided p-value of the generalised median test (see `quantileTest`). */
  pValue: number;
}

/**
 * Interval of the difference of two independent quantiles by MOVER (Zou and Donner, "Construction of
 * confidence limits about effect measures: a general approach", Statistics in Medicine 27, 2008), the same
 * recovery of variances from each side's own interval that Newcombe's method applies to proportions:
 *   lower = d − √((c − l_c)² + (u_b − b)²),   upper = d + √((u_c − c)² + (b − l_b)²)
 * with b, c the baseline and current quantiles and (l, u) their order-statistic intervals. Asymmetric like
 * the sampling distribution of a tail quantile. The p-value is the median test's (`quantileTest`): an
 * interval of a difference of quantiles is too narrow where the distribution has a cliff at the quantile
 * (a bimodal endpoint whose median jumps between modes), while the counts below a pooled quantile stay
 * binomial whatever the shape.
 */
export function quantileDifference(
  baseline: SketchRanks,
  current: SketchRanks,
  q: number,
  pooled?: SketchRanks,
): QuantileDifference | undefined {
  if (baseline.count < 2 || current.count < 2) return undefined;
  const b = baseline.quantile(q);
  const c = current.quantile(q);
  const d = c - b;
  const at = (z: number): [number, number] => {
    const [lb, ub] = baseline.interval(q, z);
    const [lc, uc] = current.interval(q, z);
    const low = d - Math.hypot(c - Math.min(lc, c), Math.max(ub, b) - b);
    const high = d + Math.hypot(Math.max(uc, c) - c, b - Math.min(lb, b));
    return [low, high];
  };
  const pValue = pooled ? quantileTest(baseline, current, pooled, q) : 1;
  return { change: d, ci: at(Z95), pValue };
}

/**
 * Two-sided p-value of the generalised median test (Mood, Introduction to the Theory of Statistics, 1950,
 * §16.9): take the q-quantile v of both runs' samples together; if both runs share their q-quantile, the
 * shares of samples at or below v are equal, and the pooled two-proportion z-test judges that. Distribution-
 * free and exact about ties, since both sketches bucket values the same way (same α).
 */
export function quantileTest(
  baseline: SketchRanks,
  current: SketchRanks,
  pooled: SketchRanks,
  q: number,
): number {
  const key = pooled.keyAt(q * (pooled.count - 1));
  return twoProportionPValue(
    baseline.countAtOrBelow(key),
    baseline.count,
    current.countAtOrBelow(key),
    current.count,
  );
}

/** How many samples lie beyond the q-quantile: what a tail percentile rests on. */
export function samplesBeyond(count: number, q: number): number {
  return Math.floor(count * (1 - q));
}

const ranksCache = new WeakMap<DDSketch, SketchRanks>();

/** The ranks of a sketch, built once per sketch: a row's p50, p95 and p99 share them. */
export function sketchRanks(sketch: DDSketch): SketchRanks {
  let ranks = ranksCache.get(sketch);
  if (!ranks || ranks.count !== sketch.count) {
    ranks = new SketchRanks(sketch);
    ranksCache.set(sketch, ranks);
  }
  return ranks;
}

const pooledCache = new WeakMap<DDSketch, WeakMap<DDSketch, SketchRanks>>();

/** The ranks of both sketches merged (same α), built once per pair: for the median test. */
export function pooledRanks(baseline: DDSketch, current: DDSketch): SketchRanks | undefined {
  if (baseline.alpha !== current.alpha) return undefined;
  let inner = pooledCache.get(baseline);
  if (!inner) pooledCache.set(baseline, (inner = new WeakMap()));
  let ranks = inner.get(current);
  if (!ranks) {
    const merged = DDSketch.fromJSON(baseline.toJSON());
    merged.merge(current);
    ranks = new SketchRanks(merged);
    inner.set(current, ranks);
  }
  return ranks;
}
