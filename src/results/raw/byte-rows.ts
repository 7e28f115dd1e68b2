import type { EndpointRowHandle } from '../model.js';
import { sameBytes, viewOf } from './words.js';

const SLOTS = 256;
/** Longer names are not kept: a name this long is rarely one that repeats. */
const MAX_LENGTH = 256;

/**
 * The endpoint row of a request name read from bytes, for the names a reader has seen before: a JTL label
 * repeats on every sample of its sampler. Direct-mapped by the name's length and three of its bytes, so a hit
 * costs one comparison of the name's bytes and neither a hash of all of them, a string nor a map lookup. A name
 * with a new id on every request only ever misses (its slot is overwritten), and the reader takes the string
 * path for it as before. Memory is fixed: 256 slots of at most 256 bytes.
 */
export class ByteRows {
  private readonly store = Buffer.alloc(SLOTS * MAX_LENGTH);
  private readonly storeView = viewOf(this.store);
  private readonly lengths = new Int32Array(SLOTS).fill(-1);
  private readonly rows: (EndpointRowHandle | undefined)[] = new Array<EndpointRowHandle | undefined>(
    SLOTS,
  ).fill(undefined);

  /** The row kept for `buf[start, end)` (`view`: `viewOf(buf)`), or undefined. */
  get(buf: Buffer, view: DataView, start: number, end: number): EndpointRowHandle | undefined {
    const length = end - start;
    if (length <= 0 || length > MAX_LENGTH) return undefined;
    const slot = slotOf(buf, start, length);
    if (this.lengths[slot] !== length) return undefined;
    return sameBytes(this.store, this.storeView, slot * MAX_LENGTH, buf, view, start, length)
      ? this.rows[slot]
      : undefined;
  }

  set(buf: Buffer, start: number, end: number, row: EndpointRowHandle): void {
    const length = end - start;
    if (length <= 0 || length > MAX_LENGTH) return;
    const slot = slotOf(buf, start, length);
    const store = this.store;
    const at = slot * MAX_LENGTH;
    for (let i = 0; i < length; i++) store[at + i] = buf[start + i]!;
    this.lengths[slot] = length;
    this.rows[slot] = row;
  }
}

function slotOf(buf: Buffer, start: number, length: number): number {
  return (
    (length * 97 +
      buf[start + length - 1]! * 31 +
      buf[start + (length >> 1)]! * 7 +
      buf[start + (length >> 2)]!) &
    (SLOTS - 1)
  );
}
