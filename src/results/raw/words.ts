/**
 * Byte scans four bytes at a time. A JavaScript loop over a Buffer costs about a nanosecond a byte, as much as
 * the rest of reading a CSV row; a `DataView` read of four bytes costs about the same as one byte's, and V8
 * compiles it in place. A call into the engine's own search (`indexOf`) costs more than scanning a short field.
 */

/** A view of the bytes of `buf` (a chunk, or a part of a larger buffer), for `fieldEnd` and `sameBytes`. */
export function viewOf(buf: Buffer): DataView {
  return new DataView(buf.buffer, buf.byteOffset, buf.length);
}

/** 0x80808080 as an int32, so the test stays in 32-bit integer operations. */
const HIGH_BITS = 0x80808080 | 0;

/** `byte` repeated in each of the four bytes of a word, for `fieldEnd`. */
export function repeated(byte: number): number {
  return Math.imul(byte, 0x01010101);
}

/**
 * The first index from `i` of the byte whose repetition is `pattern` (`repeated`), or `stop` if there is none
 * before it. A word holds that byte when the word XOR the pattern has a zero byte, which
 * `(x - 0x01010101) & ~x & 0x80808080` tells exactly.
 */
export function fieldEnd(
  buf: Buffer,
  view: DataView,
  i: number,
  stop: number,
  byte: number,
  pattern: number,
): number {
  for (let x; i + 4 <= stop; i += 4) {
    x = view.getInt32(i, true) ^ pattern;
    if (((x - 0x01010101) & ~x & HIGH_BITS) !== 0) break;
  }
  while (i < stop && buf[i] !== byte) i++;
  return i;
}

/** Whether `a[aAt, aAt + length)` and `b[bAt, bAt + length)` hold the same bytes. */
export function sameBytes(
  a: Buffer,
  aView: DataView,
  aAt: number,
  b: Buffer,
  bView: DataView,
  bAt: number,
  length: number,
): boolean {
  let i = 0;
  for (; i + 4 <= length; i += 4)
    if (aView.getInt32(aAt + i, true) !== bView.getInt32(bAt + i, true)) return false;
  for (; i < length; i++) if (a[aAt + i] !== b[bAt + i]) return false;
  return true;
}
