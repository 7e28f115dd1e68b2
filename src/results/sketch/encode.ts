import { DDSketch, type SketchJson } from './ddsketch.js';

/**
 * The compact form of a DDSketch in a `loadgate/run@2` file: base64 of
 *
 *   u8 version (1) · u8 flags · f64 alpha · f64 sum · f64 min · f64 max · zeros · first key · bins · (gap, count)…
 *
 * Floats are little-endian IEEE 754 doubles, so they come back bit for bit; keys and counts are LEB128 varints
 * (the first key zigzag-encoded, then each non-empty bucket as the gap to the previous key and its count).
 * Latency buckets sit next to each other, so a bucket costs two or three bytes where the JSON form costs the
 * digits of every empty neighbour too. `count` is not stored: it is `zeros` plus the bucket counts, which the
 * decoder adds up. Counts that are not whole numbers (a reader weighting samples by a fraction) set flag bit 0
 * and are stored as doubles, so the round trip is exact in every case.
 */
const VERSION = 1;
const FLAG_FLOAT_COUNTS = 1;

export class SketchDecodeError extends Error {}

export function encodeSketch(sketch: DDSketch): string {
  const json = sketch.toJSON();
  const keys: number[] = [];
  const counts: number[] = [];
  json.bins.forEach((c, i) => {
    if (c !== 0) {
      keys.push(json.offset + i);
      counts.push(c);
    }
  });
  const floatCounts = ![json.zeros, ...counts].every((c) => Number.isSafeInteger(c) && c >= 0);
  const out = new Writer();
  out.byte(VERSION);
  out.byte(floatCounts ? FLAG_FLOAT_COUNTS : 0);
  out.f64(json.alpha);
  out.f64(json.sum);
  out.f64(json.min);
  out.f64(json.max);
  const count = (c: number) => (floatCounts ? out.f64(c) : out.varint(c));
  count(json.zeros);
  out.varint(zigzag(keys[0] ?? 0));
  out.varint(keys.length);
  let previous = keys[0] ?? 0;
  keys.forEach((key, i) => {
    out.varint(key - previous);
    previous = key;
    count(counts[i]!);
  });
  return Buffer.from(out.bytes()).toString('base64');
}

/** Decodes `encodeSketch`'s text. Throws SketchDecodeError saying what is wrong; never returns a bad sketch. */
export function decodeSketch(text: string): DDSketch {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) throw new SketchDecodeError('is not base64');
  const input = new Reader(Buffer.from(text, 'base64'));
  const version = input.byte();
  if (version !== VERSION)
    throw new SketchDecodeError(`is sketch encoding ${version}; this loadgate reads ${VERSION}`);
  const flags = input.byte();
  const alpha = input.f64();
  if (!(alpha > 0 && alpha < 1)) throw new SketchDecodeError(`has relative accuracy ${alpha}, not in (0, 1)`);
  const sum = input.f64();
  const min = input.f64();
  const max = input.f64();
  const count = () => (flags & FLAG_FLOAT_COUNTS ? input.f64() : input.varint());
  const zeros = count();
  let key = unzigzag(input.varint());
  const n = input.varint();
  if (n > input.remaining()) throw new SketchDecodeError('is truncated');
  const keys: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < n; i++) {
    key += input.varint();
    keys.push(key);
    counts.push(count());
  }
  if (input.remaining() !== 0) throw new SketchDecodeError('has bytes after its last bucket');
  const offset = keys[0] ?? 0;
  const span = (keys.at(-1) ?? offset) - offset + 1;
  // Keys grow by ≥ 0 per step; a gap of 0 after the first would be two counts for one bucket.
  if (keys.some((k, i) => i > 0 && k === keys[i - 1])) throw new SketchDecodeError('repeats a bucket');
  if (span > 1_000_000) throw new SketchDecodeError(`spans ${span} buckets, more than a latency sketch can`);
  const bins = new Array<number>(keys.length === 0 ? 0 : span).fill(0);
  keys.forEach((k, i) => (bins[k - offset] = counts[i]!));
  const total = counts.reduce((a, b) => a + b, zeros);
  if (![sum, min, max, total].every(Number.isFinite) || (total > 0 && min > max))
    throw new SketchDecodeError('has inconsistent totals');
  const json: SketchJson = { alpha, count: total, sum, min, max, zeros, offset, bins };
  return DDSketch.fromJSON(json);
}

function zigzag(n: number): number {
  return n < 0 ? -2 * n - 1 : 2 * n;
}

function unzigzag(n: number): number {
  return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
}

class Writer {
  private buffer = new Uint8Array(256);
  private length = 0;
  private readonly scratch = new DataView(new ArrayBuffer(8));

  byte(b: number): void {
    if (this.length === this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = b;
  }

  f64(v: number): void {
    this.scratch.setFloat64(0, v, true);
    for (let i = 0; i < 8; i++) this.byte(this.scratch.getUint8(i));
  }

  /** LEB128 with arithmetic rather than bit operators, which would cut values above 2^31. */
  varint(v: number): void {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`cannot encode ${v} as a varint`);
    while (v >= 0x80) {
      this.byte((v % 0x80) + 0x80);
      v = Math.floor(v / 0x80);
    }
    this.byte(v);
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

class Reader {
  private position = 0;
  private readonly view: DataView;

  constructor(private readonly data: Uint8Array) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  remaining(): number {
    return this.data.length - this.position;
  }

  byte(): number {
    if (this.position >= this.data.length) throw new SketchDecodeError('is truncated');
    return this.data[this.position++]!;
  }

  f64(): number {
    if (this.position + 8 > this.data.length) throw new SketchDecodeError('is truncated');
    const v = this.view.getFloat64(this.position, true);
    this.position += 8;
    return v;
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      value += (b & 0x7f) * scale;
      if (b < 0x80) break;
      scale *= 0x80;
      if (scale > 2 ** 53) throw new SketchDecodeError('has a number too large');
    }
    return value;
  }
}
