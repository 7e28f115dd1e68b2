import { sameBytes, viewOf } from './words.js';

/**
 * Strings for byte ranges of a raw stream, made once per distinct range: a JTL label or a k6 tag value repeats
 * on every sample, and decoding it per sample, then hashing the new string in the run builder's maps, cost more
 * than the rest of reading the row. The bytes are hashed and compared in place, four at a time; only a range
 * never seen becomes a string. At most `capacity` ranges are kept: past that (request names with a new id each
 * time), new ranges are decoded each time and not kept, so memory stays bounded.
 */
export class ByteStrings {
  private readonly mask: number;
  private readonly hashes: Int32Array;
  private readonly starts: Int32Array;
  private readonly lengths: Int32Array;
  private readonly strings: (string | undefined)[];
  /** The bytes of every kept range, back to back. */
  private store: Buffer;
  private storeView: DataView;
  /** The buffer `view` is of: the chunk being read, nearly always. */
  private viewed: Buffer | undefined;
  private view = viewOf(Buffer.alloc(0));
  private used = 0;
  private size = 0;

  constructor(
    private readonly capacity = 1024,
    /** Applied once to each new string (k6's method is upper-cased). */
    private readonly transform?: (s: string) => string,
  ) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.mask = slots - 1;
    this.hashes = new Int32Array(slots);
    this.starts = new Int32Array(slots);
    this.lengths = new Int32Array(slots);
    this.strings = new Array<string | undefined>(slots).fill(undefined);
    this.store = Buffer.allocUnsafe(4096);
    this.storeView = viewOf(this.store);
  }

  /** The string of `buf[start, end)` read as Latin-1 (see latin1.ts). */
  get(buf: Buffer, start: number, end: number): string {
    if (buf !== this.viewed) {
      this.viewed = buf;
      this.view = viewOf(buf);
    }
    const view = this.view;
    const hash = hashBytes(buf, view, start, end);
    const length = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const s = this.strings[slot];
      if (s === undefined) return this.add(slot, buf, start, end, hash);
      if (
        this.hashes[slot] === hash &&
        this.lengths[slot] === length &&
        sameBytes(this.store, this.storeView, this.starts[slot]!, buf, view, start, length)
      )
        return s;
    }
  }

  private add(slot: number, buf: Buffer, start: number, end: number, hash: number): string {
    const raw = buf.toString('latin1', start, end);
    const s = this.transform ? this.transform(raw) : raw;
    if (this.size >= this.capacity) return s;
    const length = end - start;
    if (this.used + length > this.store.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.store.length * 2, this.used + length));
      this.store.copy(grown, 0, 0, this.used);
      this.store = grown;
      this.storeView = viewOf(grown);
    }
    buf.copy(this.store, this.used, start, end);
    this.hashes[slot] = hash;
    this.starts[slot] = this.used;
    this.lengths[slot] = length;
    this.strings[slot] = s;
    this.used += length;
    this.size++;
    return s;
  }
}

/** FNV-1a's offset basis and prime. */
const HASH_START = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;

/**
 * FNV-1a over the range's words (then its last bytes), mixed at the end as MurmurHash3 does: a product carries
 * a word's high bytes only upwards, and the table indexes by the low bits.
 */
function hashBytes(buf: Buffer, view: DataView, start: number, end: number): number {
  let h = HASH_START;
  let i = start;
  for (; i + 4 <= end; i += 4) h = Math.imul(h ^ view.getInt32(i, true), HASH_PRIME);
  for (; i < end; i++) h = Math.imul(h ^ buf[i]!, HASH_PRIME);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
