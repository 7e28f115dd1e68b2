import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);

// src/results/raw/time.ts
var Rfc3339Parser = class {
  lastKey = "";
  lastMs = NaN;
  /** `lastKey` as bytes, for `parseBytes`; a length of -1 when the last key came from `parse`. */
  keyBytes = Buffer.alloc(64);
  keyLength = -1;
  parse(s) {
    this.keyLength = -1;
    let i = 19;
    let fraction = 0;
    if (s.charCodeAt(i) === 46) {
      let scale = 100;
      i++;
      for (; i < s.length; i++) {
        const d = s.charCodeAt(i) - 48;
        if (d < 0 || d > 9) break;
        fraction += d * scale;
        scale /= 10;
      }
    }
    const key = s.slice(0, 19) + s.slice(i);
    if (key !== this.lastKey) {
      this.lastKey = key;
      this.lastMs = Date.parse(key);
    }
    return this.lastMs + fraction;
  }
  /**
   * `parse` of the Latin-1 text of `buf[start, end)`, the same number; the whole-second part and the zone are
   * compared in place with the last ones, so a time stamp of the same second costs no string.
   */
  parseBytes(buf, start, end) {
    if (end - start < 20 || end - start > 60) return this.parse(buf.toString("latin1", start, end));
    let i = start + 19;
    let fraction = 0;
    if (buf[i] === 46) {
      let scale = 100;
      i++;
      for (; i < end; i++) {
        const d = buf[i] - 48;
        if (d < 0 || d > 9) break;
        fraction += d * scale;
        scale /= 10;
      }
    }
    const zone = end - i;
    const key = this.keyBytes;
    let same = this.keyLength === 19 + zone;
    for (let j = 18; same && j >= 0; j--) same = key[j] === buf[start + j];
    for (let j = 0; same && j < zone; j++) same = key[19 + j] === buf[i + j];
    if (!same) {
      this.lastKey = buf.toString("latin1", start, start + 19) + buf.toString("latin1", i, end);
      this.lastMs = Date.parse(this.lastKey);
      buf.copy(key, 0, start, start + 19);
      buf.copy(key, 19, i, end);
      this.keyLength = 19 + zone;
    }
    return this.lastMs + fraction;
  }
};

export {
  Rfc3339Parser
};
