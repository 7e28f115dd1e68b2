/**
 * Tallies: samples counted where WebAssembly split their rows (`tallyRows` in split-rows.as), to be added to a
 * sink's sketches and windows a run of samples at a time instead of one call each. Views of the module's memory;
 * the layout is the module's (`HEAD_BYTES` … `CONNECTED` in split-rows.as).
 */

/** The elapsed values (whole ms) whose sketch bucket a tally can hold. */
export const KEY_LIMIT = 65536;
/** Buckets per tally: 0 counts zeros, k + 1 the sketch key k (keys of values below `KEY_LIMIT` are < 556). */
const BUCKETS = 560;
const HEAD = 16;
const HEAD_BYTES = HEAD * 8;
export const TALLY_BYTES = HEAD_BYTES + BUCKETS * 4 + BUCKETS * 2;
/** Window tallies, direct-mapped by window index (`WINDOW_TALLIES` in split-rows.as). */
export const WINDOW_SLOTS = 256;
export const TALLY_CONFIG_LENGTH = 16;

const COUNT = 0;
const SUM = 1;
const MIN = 2;
const MAX = 3;
const VUS = 4;
const INDEX = 5;
const PHASES = 6;
const TOUCHED = 12;

/** The phases a tally sums, in its order (`jmeterPhases`). */
export const TALLY_PHASES = ['connecting', 'waiting', 'receiving'] as const;

/** The bucket a sketch key is tallied in (`keys` of the splitter), or -1 when a tally cannot hold it. */
export function bucketOfKey(key: number): number {
  if (key !== key) return 0;
  return key >= 0 && key + 1 < BUCKETS ? key + 1 : -1;
}

/** One tally: samples of one label (a slot's) or of one time window. */
export class Tally {
  private readonly head: Float64Array;
  private readonly counts: Uint32Array;
  private readonly touched: Uint16Array;

  constructor(buffer: ArrayBuffer, at: number) {
    this.head = new Float64Array(buffer, at, HEAD);
    this.counts = new Uint32Array(buffer, at + HEAD_BYTES, BUCKETS);
    this.touched = new Uint16Array(buffer, at + HEAD_BYTES + BUCKETS * 4, BUCKETS);
  }

  get count(): number {
    return this.head[COUNT]!;
  }

  get sum(): number {
    return this.head[SUM]!;
  }

  /** The least and greatest of its samples, once it has one. */
  get min(): number {
    return this.head[MIN]!;
  }

  get max(): number {
    return this.head[MAX]!;
  }

  /** The most VUs (threads) of its samples, or -1 (kept as VUs + 1: zeroed memory has none). */
  get vus(): number {
    return this.head[VUS]! - 1;
  }

  /** A window tally's window index. */
  get index(): number {
    return this.head[INDEX]!;
  }

  /** Summed ms of phase `p` (`TALLY_PHASES` order), and the requests that had it. */
  phaseMs(p: number): number {
    return this.head[PHASES + 2 * p]!;
  }

  phaseRequests(p: number): number {
    return this.head[PHASES + 2 * p + 1]!;
  }

  /** Calls `add` with each sketch key its samples fell in (NaN for zeros) and how many did, in no set order. */
  forEachKey(add: (key: number, count: number) => void): void {
    const n = this.head[TOUCHED]!;
    for (let i = 0; i < n; i++) {
      const bucket = this.touched[i]!;
      add(bucket === 0 ? NaN : bucket - 1, this.counts[bucket]!);
    }
  }

  /** Empties it: zeroed, as the module's memory starts. */
  reset(): void {
    const n = this.head[TOUCHED]!;
    for (let i = 0; i < n; i++) this.counts[this.touched[i]!] = 0;
    this.head.fill(0);
  }
}

/** Where each value of the config is, in f64s (`WINDOW_MS` … `CONNECTED` in split-rows.as). */
const WINDOW_MS = 0;
const STAMPS_AT_START = 1;
const DATA_TYPE = 2;
const BATCH = 3;
const FIRST = 4;
const LAST = 5;
const MAX_VUS = 6;
const CONFLICT = 7;
const THREADED = 8;
const PHASED = 9;
const CONNECTED = 10;

/** What `tallyRows` reads rows by, and what it found over all of them. */
export class TallyConfig {
  private readonly values: Float64Array;

  constructor(buffer: ArrayBuffer, at: number) {
    this.values = new Float64Array(buffer, at, TALLY_CONFIG_LENGTH);
  }

  /** The sink's window length and stamps, and the columns rows are read by (-1 for a data type column: none). */
  configure(
    windowMs: number,
    stampsAtStart: boolean,
    dataType: number,
    threaded: boolean,
    phased: boolean,
    connected: boolean,
  ): void {
    const v = this.values;
    v[WINDOW_MS] = windowMs;
    v[STAMPS_AT_START] = stampsAtStart ? 1 : 0;
    v[DATA_TYPE] = dataType;
    v[THREADED] = threaded ? 1 : 0;
    v[PHASED] = phased ? 1 : 0;
    v[CONNECTED] = connected ? 1 : 0;
  }

  set batch(batch: number) {
    this.values[BATCH] = batch;
  }

  /** The earliest start and latest end of the samples tallied (Infinity, -Infinity before any). */
  get first(): number {
    return this.values[FIRST]!;
  }

  get last(): number {
    return this.values[LAST]!;
  }

  /** The most VUs of the samples tallied, or -1. */
  get maxVUs(): number {
    return this.values[MAX_VUS]!;
  }

  /** The window tally a stop was for (`tally`), or -1. */
  get conflict(): number {
    return this.values[CONFLICT]!;
  }

  /** Forgets what the samples tallied spanned. */
  reset(): void {
    this.values[FIRST] = Infinity;
    this.values[LAST] = -Infinity;
    this.values[MAX_VUS] = -1;
  }
}
