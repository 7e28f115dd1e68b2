/**
 * DDSketch (Masson, Rim, Lee, PVLDB 12(12), 2019): a quantile sketch with a relative-error guarantee. Every
 * positive value falls in the bucket `ceil(log_γ v)` with γ = (1 + α) / (1 − α); a bucket answers with the
 * value whose relative distance to both its edges is α, so any quantile is within α of a sample at that rank.
 * Two sketches of the same α merge exactly (bucket counts add), which is what lets several load generators of
 * one run, or several windows, be combined without averaging percentiles (result-formats.md §9.4).
 *
 * Written here rather than taken from `@datadog/sketches-js` because that package `require`s protobufjs (not a
 * declared dependency) and so cannot be bundled into the action, and because loadgate needs a plain JSON form
 * for its run files. Same mapping (logarithmic) and the same answer per bucket as the reference implementation.
 */

/** Artillery's accuracy, and the target: every percentile within 1 % of a true sample value. */
export const DEFAULT_RELATIVE_ACCURACY = 0.01;

/** Values at or below this (ms) are counted as zero: a 0 ms JMeter sample has no logarithm. */
const MIN_INDEXABLE = 1e-9;

/** Keys of the whole numbers below this, at the default accuracy, filled as they are met. */
const INT_KEYS_SIZE = 1 << 16;
const UNSET_KEY = -(2 ** 31);
const INT_KEYS = new Int32Array(INT_KEYS_SIZE).fill(UNSET_KEY);

export interface SketchJson {
  /** Relative accuracy α. */
  alpha: number;
  count: number;
  sum: number;
  min: number;
  max: number;
  zeros: number;
  /** Key of `bins[0]`. */
  offset: number;
  /** Counts of consecutive keys from `offset`. */
  bins: number[];
}

export class DDSketch {
  readonly alpha: number;
  private readonly gamma: number;
  private readonly logGamma: number;
  /** Counts of keys `offset .. offset + bins.length - 1`; grown on demand, both ways. */
  private bins = new Float64Array(0);
  private offset = 0;
  private zeros = 0;
  count = 0;
  sum = 0;
  min = Infinity;
  max = -Infinity;

  constructor(alpha = DEFAULT_RELATIVE_ACCURACY) {
    this.alpha = alpha;
    this.gamma = (1 + alpha) / (1 - alpha);
    this.logGamma = Math.log(this.gamma);
  }

  /** Adds a value (≥ 0; negative values are counted as zero: a duration cannot be negative). */
  add(value: number, weight = 1): void {
    this.addKeyed(this.keyOf(value), value, weight);
  }

  /** The bucket of a value (NaN for zero), for callers adding one value to several sketches of the same α. */
  keyOf(value: number): number {
    if (value <= MIN_INDEXABLE) return NaN;
    // Whole milliseconds (JMeter, Gatling) repeat: their keys are computed once, the same way.
    if (value < INT_KEYS_SIZE && this.alpha === DEFAULT_RELATIVE_ACCURACY && (value | 0) === value) {
      let key = INT_KEYS[value]!;
      if (key === UNSET_KEY) key = INT_KEYS[value] = Math.ceil(Math.log(value) / this.logGamma);
      return key;
    }
    return Math.ceil(Math.log(value) / this.logGamma);
  }

  /** `add` with the key already computed by `keyOf` of a sketch of the same α. */
  addKeyed(key: number, value: number, weight = 1): void {
    this.addMoments(weight, value * weight, value, value);
    this.addToKey(key, weight);
  }

  /** The count, sum, min and max of values added to their buckets apart (`addToKey`): a tally's. */
  addMoments(count: number, sum: number, min: number, max: number): void {
    this.count += count;
    this.sum += sum;
    if (min < this.min) this.min = min;
    if (max > this.max) this.max = max;
  }

  /** `count` values in the bucket of key `key` (`keyOf`; NaN: zeros), their moments added by `addMoments`. */
  addToKey(key: number, count: number): void {
    if (key !== key) {
      this.zeros += count;
      return;
    }
    let i = key - this.offset;
    if (i < 0 || i >= this.bins.length) i = this.grow(key);
    this.bins[i]! += count;
  }

  /** Adds every value of `other` (same α): the result is exactly the sketch of both inputs together. */
  merge(other: DDSketch): void {
    if (other.alpha !== this.alpha)
      throw new Error(`cannot merge sketches of accuracy ${other.alpha} and ${this.alpha}`);
    if (other.count === 0) return;
    this.count += other.count;
    this.sum += other.sum;
    this.zeros += other.zeros;
    if (other.min < this.min) this.min = other.min;
    if (other.max > this.max) this.max = other.max;
    for (let j = 0; j < other.bins.length; j++) {
      const c = other.bins[j]!;
      if (c === 0) continue;
      const key = other.offset + j;
      let i = key - this.offset;
      if (i < 0 || i >= this.bins.length) i = this.grow(key);
      this.bins[i]! += c;
    }
  }

  /**
   * The value at quantile q (0..1): the sample of rank q·(n − 1), within α. Clamped to the exact min and max,
   * so p0 and p100 are exact. Undefined for an empty sketch.
   */
  quantile(q: number): number | undefined {
    if (this.count === 0) return undefined;
    if (q <= 0) return this.min;
    if (q >= 1) return this.max;
    const rank = q * (this.count - 1);
    if (rank < this.zeros) return Math.max(0, this.min);
    let seen = this.zeros;
    for (let i = 0; i < this.bins.length; i++) {
      seen += this.bins[i]!;
      if (seen > rank) return this.clamp(this.valueOf(this.offset + i));
    }
    return this.max;
  }

  get mean(): number | undefined {
    return this.count === 0 ? undefined : this.sum / this.count;
  }

  toJSON(): SketchJson {
    let first = 0;
    let last = this.bins.length - 1;
    while (first <= last && this.bins[first] === 0) first++;
    while (last >= first && this.bins[last] === 0) last--;
    return {
      alpha: this.alpha,
      count: this.count,
      sum: this.sum,
      min: this.count ? this.min : 0,
      max: this.count ? this.max : 0,
      zeros: this.zeros,
      offset: this.offset + first,
      bins: Array.from(this.bins.subarray(first, last + 1)),
    };
  }

  static fromJSON(json: SketchJson): DDSketch {
    const sketch = new DDSketch(json.alpha);
    sketch.count = json.count;
    sketch.sum = json.sum;
    sketch.min = json.count ? json.min : Infinity;
    sketch.max = json.count ? json.max : -Infinity;
    sketch.zeros = json.zeros;
    sketch.offset = json.offset;
    sketch.bins = Float64Array.from(json.bins);
    return sketch;
  }

  /** The representative of a key: relative distance α to both bucket edges γ^(k−1) and γ^k. */
  private valueOf(key: number): number {
    return (2 * Math.exp(key * this.logGamma)) / (1 + this.gamma);
  }

  private clamp(v: number): number {
    return v < this.min ? this.min : v > this.max ? this.max : v;
  }

  /** Makes room for `key` with some slack either way, so a run's first samples do not copy on every add. */
  private grow(key: number): number {
    if (this.bins.length === 0) {
      this.offset = key - 32;
      this.bins = new Float64Array(128);
      return key - this.offset;
    }
    const lo = Math.min(this.offset, key - 32);
    const hi = Math.max(this.offset + this.bins.length, key + 33);
    const grown = new Float64Array(hi - lo);
    grown.set(this.bins, this.offset - lo);
    this.bins = grown;
    this.offset = lo;
    return key - lo;
  }
}
