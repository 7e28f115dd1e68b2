// AssemblyScript, compiled to WebAssembly by scripts/bundle.mjs into split-rows-wasm.ts (`npm run build`).
// The hot byte work of a delimited raw stream: a JTL row's newline, delimiters and whole numbers found 16 bytes
// at a time with SIMD compares, where JavaScript reads at best four (src/results/raw/words.ts).

/** Bounds kept per row (`STRIDE` in split-rows.ts): field k is `[bounds[k] + 1, bounds[k + 1])`, k < STRIDE - 1. */
const STRIDE: i32 = 64;
/** Whole numbers read per row (`NUMBERS` in split-rows.ts). */
const NUMBERS: i32 = 5;

/**
 * Splits the rows of `[start, limit)` of the chunk at `input` until `maxRows` rows, or a row that is not plain:
 * one with a quote, with fewer than `width` fields, or without its newline before `limit`. For row r it writes
 * its field bounds (`bounds + r * STRIDE`; the last field stops before a CRLF's `\r`), where its newline is
 * (`ends[r]`) and the whole numbers of the columns `numberColumns` names (`numbers + r * NUMBERS`; -1 for a
 * column -1, an empty field, one of more than 15 digits or one with another byte). Returns the rows split.
 */
export function splitRows(
  input: usize,
  start: i32,
  limit: i32,
  delimiter: i32,
  width: i32,
  numberColumns: usize,
  maxRows: i32,
  bounds: usize,
  ends: usize,
  numbers: usize,
): i32 {
  const newlines = i8x16.splat(10);
  const delimiters = i8x16.splat(<i8>delimiter);
  const quotes = i8x16.splat(34);
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
      const c = load<i32>(numberColumns + (<usize>j << 2));
      const from = c < 0 ? 0 : load<i32>(row + (<usize>c << 2)) + 1;
      const to = c < 0 ? 0 : load<i32>(row + (<usize>(c + 1) << 2));
      store<f64>(out + (<usize>j << 3), wholeNumber(input, from, to));
    }
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
