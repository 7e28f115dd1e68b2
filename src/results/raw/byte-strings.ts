/**
 * Strings for byte ranges of a raw stream, made once per distinct range: a JTL label or a k6 tag value repeats
 * on every sample, and decoding it per sample, then hashing the new string in the run builder's maps, cost more
 * than the rest of reading the row. The bytes are hashed (FNV-1a, which a reader may compute while it scans
 * the field) and compared in place; only a range never seen becomes a string. At most `capacity` ranges are
 * kept: past that (request names with a new id each time), new ranges are decoded each time and not kept, so
 * memory stays bounded.
 */
export class ByteStrings {
  private readonly mask: number;
  private readonly hashes: Int32Array;
  private readonly starts: Int32Array;
  private readonly lengths: Int32Array;
  private readonly strings: (string | undefined)[];
  /** The bytes of every kept range, back to back. */
  private store: Buffer;
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
  }

  /** The string of `buf[start, end)` read as Latin-1 (see latin1.ts), hashed here. */
  get(buf: Buffer, start: number, end: number): string {
    return this.getHashed(buf, start, end, hashBytes(buf, start, end));
  }

  /** `get` with the FNV-1a hash of the range (`hashBytes`) already computed. */
  getHashed(buf: Buffer, start: number, end: number, hash: number): string {
    const length = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const s = this.strings[slot];
      if (s === undefined) return this.add(slot, buf, start, end, hash);
      if (this.hashes[slot] === hash && this.lengths[slot] === length && this.same(slot, buf, start, length))
        return s;
    }
  }

  private same(slot: number, buf: Buffer, start: number, length: number): boolean {
    const store = this.store;
    const at = this.starts[slot]!;
    for (let i = 0; i < length; i++) if (store[at + i] !== buf[start + i]) return false;
    return true;
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

/** FNV-1a offset basis. */
const HASH_START = 0x811c9dc5 | 0;

export function hashBytes(buf: Buffer, start: number, end: number): number {
  let h = HASH_START;
  for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
  return h;
}
