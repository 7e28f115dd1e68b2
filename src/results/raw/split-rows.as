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
