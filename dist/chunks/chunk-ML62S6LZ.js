import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);

// src/results/raw/byte-strings.ts
var ByteStrings = class {
  constructor(capacity = 1024, transform) {
    this.capacity = capacity;
    this.transform = transform;
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.mask = slots - 1;
    this.hashes = new Int32Array(slots);
    this.starts = new Int32Array(slots);
    this.lengths = new Int32Array(slots);
    this.strings = new Array(slots).fill(void 0);
    this.store = Buffer.allocUnsafe(4096);
  }
  capacity;
  transform;
  mask;
  hashes;
  starts;
  lengths;
  strings;
  /** The bytes of every kept range, back to back. */
  store;
  used = 0;
  size = 0;
  /** The string of `buf[start, end)` read as Latin-1 (see latin1.ts), hashed here. */
  get(buf, start, end) {
    return this.getHashed(buf, start, end, hashBytes(buf, start, end));
  }
  /** `get` with the FNV-1a hash of the range (`hashBytes`) already computed. */
  getHashed(buf, start, end, hash) {
    const length = end - start;
    for (let slot = hash & this.mask; ; slot = slot + 1 & this.mask) {
      const s = this.strings[slot];
      if (s === void 0) return this.add(slot, buf, start, end, hash);
      if (this.hashes[slot] === hash && this.lengths[slot] === length && this.same(slot, buf, start, length))
        return s;
    }
  }
  same(slot, buf, start, length) {
    const store = this.store;
    const at = this.starts[slot];
    for (let i = 0; i < length; i++) if (store[at + i] !== buf[start + i]) return false;
    return true;
  }
  add(slot, buf, start, end, hash) {
    const raw = buf.toString("latin1", start, end);
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
};
var HASH_START = 2166136261 | 0;
function hashStep(hash, byte) {
  return Math.imul(hash ^ byte, 16777619);
}
function hashBytes(buf, start, end) {
  let h = HASH_START;
  for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i], 16777619);
  return h;
}

export {
  ByteStrings,
  HASH_START,
  hashStep
};
