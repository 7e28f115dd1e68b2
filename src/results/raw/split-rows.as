// AssemblyScript, compiled to WebAssembly by scripts/bundle.mjs into split-rows-wasm.ts (`npm run build`).
// The hot byte work of a delimited raw stream: a JTL row's newline, delimiters and whole numbers found 16 bytes
// at a time with SIMD compares, where JavaScript reads at best four (src/results/raw/words.ts), and its label
// told by its bytes.

/** Bounds kept per row (`STRIDE` in split-rows.ts): field k is `[bounds[k] + 1, bounds[k + 1])`, k < STRIDE - 1. */
const STRIDE: i32 = 64;
/** Whole numbers read per row (`NUMBERS` in split-rows.ts). */
const NUMBERS: i32 = 5;
/** Labels kept, and their longest (`LABEL_SLOTS`, `LABEL_BYTES` in split-rows.ts). */
const LABEL_SLOTS: i32 = 256;
const LABEL_BYTES: i32 = 256;

/** What `config` holds, in i32s (`Config` in split-rows.ts). */
const DELIMITER = 0;
const WIDTH = 1;
const LABEL = 2;
const SUCCESS = 3;
const NUMBER_COLUMNS = 4;
const TRUE: u32 = 0x65757274; // "true", little-endian

/**
 * Splits the rows of `[start, limit)` of the chunk at `input` until `maxRows` rows, or a row that is not plain:
 * one with a quote, with fewer than `width` fields, or without its newline before `limit`. For row r it writes
 * its field bounds (`bounds + r * STRIDE`; the last field stops before a CRLF's `\r`), where its newline is
 * (`ends[r]`), the whole numbers of the number columns (`numbers + r * NUMBERS`; -1 for a column -1, an empty
 * field, one of more than 15 digits or one with another byte), the slot of its label when that label is kept
 * (`labels[r]`, else -1) and whether its success column is `true` (`successes[r]`). Returns the rows split.
 */
export function splitRows(
  input: usize,
  start: i32,
  limit: i32,
  maxRows: i32,
  config: usize,
  bounds: usize,
  ends: usize,
  numbers: usize,
  labels: usize,
  successes: usize,
  labelStore: usize,
  labelLengths: usize,
): i32 {
  const newlines = i8x16.splat(10);
  const delimiters = i8x16.splat(<i8>load<i32>(config + DELIMITER * 4));
  const quotes = i8x16.splat(34);
  const width = load<i32>(config + WIDTH * 4);
  const label = load<i32>(config + LABEL * 4);
  const success = load<i32>(config + SUCCESS * 4);
  let rowStart = start;
  let r: i32 = 0;
  for (; r < maxRows; r++) {
    const row = bounds + <usize>(r * STRIDE) * 4;
    store<i32>(row, rowStart - 1);
    let k: i32 = 0;
    let newline: i32 = -1;
    // The chunk is followed by 16 bytes of padding: a block read past `limit` finds nothing that is used.
    for (let p = rowStart; p < limit; p += 16) {
      const block = v128.load(input + <usize>p);
      const n = i8x16.bitmask(i8x16.eq(block, newlines));
      let d = i8x16.bitmask(i8x16.eq(block, delimiters));
      let q = i8x16.bitmask(i8x16.eq(block, quotes));
      if (n != 0) {
        const before = (n & -n) - 1;
        d &= before;
        q &= before;
      }
      if (q != 0) return r;
      for (; d != 0; d &= d - 1) {
        k++;
        if (k < STRIDE) store<i32>(row + (<usize>k << 2), p + ctz(d));
      }
      if (n != 0) {
        newline = p + ctz(n);
        break;
      }
    }
    if (newline < 0 || newline >= limit) return r;
    const stop = newline > rowStart && load<u8>(input + <usize>(newline - 1)) == 13 ? newline - 1 : newline;
    k++;
    if (k < STRIDE) store<i32>(row + (<usize>k << 2), stop);
    if (k < width) return r;
    store<i32>(ends + (<usize>r << 2), newline);
    const out = numbers + <usize>(r * NUMBERS) * 8;
    for (let j: i32 = 0; j < NUMBERS; j++) {
      const c = load<i32>(config + <usize>(NUMBER_COLUMNS + j) * 4);
      const from = c < 0 ? 0 : load<i32>(row + (<usize>c << 2)) + 1;
      const to = c < 0 ? 0 : load<i32>(row + (<usize>(c + 1) << 2));
      store<f64>(out + (<usize>j << 3), wholeNumber(input, from, to));
    }
    const labelFrom = load<i32>(row + (<usize>label << 2)) + 1;
    const labelTo = load<i32>(row + (<usize>(label + 1) << 2));
    store<i32>(labels + (<usize>r << 2), keptLabel(input, labelFrom, labelTo, labelStore, labelLengths));
    let ok: i32 = 1;
    if (success >= 0) {
      const from = load<i32>(row + (<usize>success << 2)) + 1;
      ok = load<i32>(row + (<usize>(success + 1) << 2)) - from == 4 && load<u32>(input + <usize>from) == TRUE ? 1 : 0;
    }
    store<i32>(successes + (<usize>r << 2), ok);
    rowStart = newline + 1;
  }
  return r;
}

/** The whole number of 1 to 15 digits that is all of `[from, to)`, or -1: below 2^53, so exactly `Number` of it. */
function wholeNumber(input: usize, from: i32, to: i32): f64 {
  if (to - from < 1 || to - from > 15) return -1;
  let n: i64 = 0;
  for (let i = from; i < to; i++) {
    const d = <i32>load<u8>(input + <usize>i) - 48;
    if (<u32>d > 9) return -1;
    n = n * 10 + d;
  }
  return <f64>n;
}

/**
 * The slot a label is kept in: direct-mapped by its length and three of its bytes, so a name with a new id on
 * every request only ever misses (its slot is overwritten) while each of a plan's few labels keeps its own.
 */
function slotOf(input: usize, from: i32, length: i32): i32 {
  const at = input + <usize>from;
  return (
    (length * 97 +
      <i32>load<u8>(at + <usize>(length - 1)) * 31 +
      <i32>load<u8>(at + <usize>(length >> 1)) * 7 +
      <i32>load<u8>(at + <usize>(length >> 2))) &
    (LABEL_SLOTS - 1)
  );
}

/** The slot of the label `[from, to)` when that slot keeps it, else -1. */
function keptLabel(input: usize, from: i32, to: i32, labelStore: usize, labelLengths: usize): i32 {
  const length = to - from;
  if (length <= 0 || length > LABEL_BYTES) return -1;
  const slot = slotOf(input, from, length);
  if (load<i32>(labelLengths + (<usize>slot << 2)) != length) return -1;
  const kept = labelStore + <usize>(slot * LABEL_BYTES);
  const at = input + <usize>from;
  let i: i32 = 0;
  for (; i + 16 <= length; i += 16)
    if (!i8x16.all_true(i8x16.eq(v128.load(at + <usize>i), v128.load(kept + <usize>i)))) return -1;
  // The last bytes: a block that starts with them (the bytes after are the row's, or padding), compared as far
  // as the label goes.
  if (i < length) {
    const same = i8x16.bitmask(i8x16.eq(v128.load(at + <usize>i), v128.load(kept + <usize>i)));
    if (((same | (0xffff << (length - i))) & 0xffff) != 0xffff) return -1;
  }
  return slot;
}

/** Keeps the label `[from, to)` in its slot (the one before is forgotten); returns the slot, or -1 when too long. */
export function keepLabel(input: usize, from: i32, to: i32, labelStore: usize, labelLengths: usize): i32 {
  const length = to - from;
  if (length <= 0 || length > LABEL_BYTES) return -1;
  const slot = slotOf(input, from, length);
  memory.copy(labelStore + <usize>(slot * LABEL_BYTES), input + <usize>from, <usize>length);
  store<i32>(labelLengths + (<usize>slot << 2), length);
  return slot;
}

// Tallies: the plain rows of a label kept, counted where they were split rather than one call each in
// JavaScript (`RowTallies` in row-tallies.ts). A tally is a run of samples of one label (a slot's) or of one
// time window: their count, sum, min and max, the sketch bucket of each, their VUs and their phases.

/** A tally's numbers (f64s) before its buckets (`TALLY_*` in row-tallies.ts). */
const COUNT = 0;
const SUM = 1;
const MIN = 2;
const MAX = 3;
const VUS = 4;
const INDEX = 5;
const PHASES = 6;
const TOUCHED = 12;
const HEAD_BYTES: i32 = 128;
/** Buckets per tally: 0 counts zeros, k + 1 the key k (`BUCKETS` in row-tallies.ts). */
const BUCKETS: i32 = 560;
const TALLY_BYTES: i32 = HEAD_BYTES + BUCKETS * 4 + BUCKETS * 2;
/** Window tallies, direct-mapped by window index: a run of 256 windows in any order is tallied without a stop. */
const WINDOW_TALLIES: i32 = 256;
/** The elapsed values the key table covers. */
const KEY_LIMIT: i32 = 65536;

/** What `tallyConfig` holds, in f64s (`TallyConfig` in row-tallies.ts). */
const WINDOW_MS = 0;
const STAMPS_AT_START = 1;
const DATA_TYPE = 2;
const BATCH = 3;
const FIRST = 4;
const LAST = 5;
const MAX_VUS = 6;
/** Set by `tallyRows` when it stopped at a row whose window tally holds another window: that tally's number. */
const CONFLICT = 7;
/** Whether the threads, latency and connect columns are read (1) or not (0). */
const THREADED = 8;
const PHASED = 9;
const CONNECTED = 10;

/**
 * Tallies the split rows `[from, to)` (`splitRows`) until one that JavaScript must read: a failure, an empty data
 * type, a number missing, a label not kept (`live[slot]` 0) or kept since this batch was split (`keptIn[slot]`
 * is the batch), an elapsed whose key the table lacks (`keys[elapsed]` < 0), or a window whose tally holds
 * another (`CONFLICT` is then its number, else -1). Returns where it stopped. Rows need a time stamp.
 */
export function tallyRows(
  from: i32,
  to: i32,
  bounds: usize,
  numbers: usize,
  labels: usize,
  successes: usize,
  keys: usize,
  live: usize,
  keptIn: usize,
  slots: usize,
  windows: usize,
  config: usize,
): i32 {
  const windowMs = load<f64>(config + WINDOW_MS * 8);
  const atStart = load<f64>(config + STAMPS_AT_START * 8) != 0;
  const dataType = <i32>load<f64>(config + DATA_TYPE * 8);
  const batch = <i32>load<f64>(config + BATCH * 8);
  const threaded = load<f64>(config + THREADED * 8) != 0;
  const phased = load<f64>(config + PHASED * 8) != 0;
  const connected = load<f64>(config + CONNECTED * 8) != 0;
  store<f64>(config + CONFLICT * 8, -1);
  let r = from;
  for (; r < to; r++) {
    if (load<i32>(successes + (<usize>r << 2)) == 0) break;
    const row = bounds + <usize>(r * STRIDE) * 4;
    if (dataType >= 0) {
      const at = row + (<usize>dataType << 2);
      if (load<i32>(at + 4) == load<i32>(at) + 1) break;
    }
    const n = numbers + <usize>(r * NUMBERS) * 8;
    const t = load<f64>(n);
    const elapsed = load<f64>(n + 8);
    const threads = threaded ? load<f64>(n + 16) : 0;
    const latency = phased ? load<f64>(n + 24) : 0;
    const connect = connected ? load<f64>(n + 32) : -1;
    // -1 is a number missing from its column: the row is JavaScript's, as in `readRow` (jtl-csv.ts).
    if (t < 0 || elapsed < 0 || elapsed >= <f64>KEY_LIMIT) break;
    if ((threaded && threads < 0) || (phased && latency < 0) || (connected && connect < 0)) break;
    const bucket = load<i32>(keys + (<usize>(<i32>elapsed) << 2));
    if (bucket < 0) break;
    const slot = load<i32>(labels + (<usize>r << 2));
    if (slot < 0 || load<u8>(live + <usize>slot) == 0 || load<i32>(keptIn + (<usize>slot << 2)) == batch) break;
    const index = Math.floor(t / windowMs);
    const w = <i32>(index - Math.floor(index / <f64>WINDOW_TALLIES) * <f64>WINDOW_TALLIES);
    const window = windows + <usize>(w * TALLY_BYTES);
    if (load<f64>(window + COUNT * 8) == 0) store<f64>(window + INDEX * 8, index);
    else if (load<f64>(window + INDEX * 8) != index) {
      store<f64>(config + CONFLICT * 8, w);
      break;
    }
    const tally = slots + <usize>(slot * TALLY_BYTES);
    count(tally, elapsed, bucket);
    count(window, elapsed, bucket);
    if (threaded) {
      // Kept as VUs + 1, so that 0 (zeroed memory) is none.
      if (threads + 1 > load<f64>(window + VUS * 8)) store<f64>(window + VUS * 8, threads + 1);
      if (threads > load<f64>(config + MAX_VUS * 8)) store<f64>(config + MAX_VUS * 8, threads);
    }
    // jmeterPhases (sample.ts): the phases of a sample whose latency is known and within its elapsed.
    if (latency > 0 && elapsed >= latency) {
      const setup = connect >= 0 && connect <= latency ? connect : -1;
      if (setup >= 0) phase(tally, 0, setup);
      phase(tally, 1, latency - (setup >= 0 ? setup : 0));
      phase(tally, 2, elapsed - latency);
    }
    const start = atStart ? t : t - elapsed;
    const end = atStart ? t + elapsed : t;
    if (start < load<f64>(config + FIRST * 8)) store<f64>(config + FIRST * 8, start);
    if (end > load<f64>(config + LAST * 8)) store<f64>(config + LAST * 8, end);
  }
  return r;
}

/** One sample in a tally: its moments, and its bucket (listed in the touched buckets when it was empty). */
// @ts-ignore: decorator
@inline
function count(tally: usize, value: f64, bucket: i32): void {
  const n = load<f64>(tally + COUNT * 8);
  store<f64>(tally + COUNT * 8, n + 1);
  store<f64>(tally + SUM * 8, load<f64>(tally + SUM * 8) + value);
  // Zeroed memory is an empty tally: its first sample sets min and max.
  if (n == 0 || value < load<f64>(tally + MIN * 8)) store<f64>(tally + MIN * 8, value);
  if (n == 0 || value > load<f64>(tally + MAX * 8)) store<f64>(tally + MAX * 8, value);
  const at = tally + <usize>HEAD_BYTES + (<usize>bucket << 2);
  const was = load<u32>(at);
  if (was == 0) {
    const touched = <i32>load<f64>(tally + TOUCHED * 8);
    store<u16>(tally + <usize>(HEAD_BYTES + BUCKETS * 4) + (<usize>touched << 1), <u16>bucket);
    store<f64>(tally + TOUCHED * 8, <f64>(touched + 1));
  }
  store<u32>(at, was + 1);
}

/** Adds `ms` to phase `p` (connecting, waiting, receiving) of a tally, and one request. */
// @ts-ignore: decorator
@inline
function phase(tally: usize, p: i32, ms: f64): void {
  const at = tally + <usize>((PHASES + 2 * p) * 8);
  store<f64>(at, load<f64>(at) + ms);
  store<f64>(at + 8, load<f64>(at + 8) + 1);
}
