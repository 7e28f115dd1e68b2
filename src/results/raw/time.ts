/**
 * Epoch milliseconds of an RFC 3339 timestamp with any number of fraction digits and a zone
 * (`2023-09-08T21:03:10.549397854+02:00`, k6 NDJSON). The whole-second part is parsed once per distinct
 * second and zone, the fraction by hand: `Date.parse` on every sample of a stream costs more than the rest.
 */
export class Rfc3339Parser {
  private lastKey = '';
  private lastMs = NaN;
  /** `lastKey` as bytes, for `parseBytes`; a length of -1 when the last key came from `parse`. */
  private keyBytes = Buffer.alloc(64);
  private keyLength = -1;

  /** Epoch milliseconds of the whole second (and zone) read last. */
  get second(): number {
    return this.lastMs;
  }

  parse(s: string): number {
    this.keyLength = -1;
    // YYYY-MM-DDTHH:MM:SS is 19 characters; then an optional fraction, then Z or ±HH:MM.
    let i = 19;
    let fraction = 0;
    if (s.charCodeAt(i) === 46 /* . */) {
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
  parseBytes(buf: Buffer, start: number, end: number): number {
    if (end - start < 20 || end - start > 60) return this.parse(buf.toString('latin1', start, end));
    let i = start + 19;
    let fraction = 0;
    if (buf[i] === 46 /* . */) {
      let scale = 100;
      i++;
      for (; i < end; i++) {
        const d = buf[i]! - 48;
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
      this.lastKey = buf.toString('latin1', start, start + 19) + buf.toString('latin1', i, end);
      this.lastMs = Date.parse(this.lastKey);
      buf.copy(key, 0, start, start + 19);
      buf.copy(key, 19, i, end);
      this.keyLength = 19 + zone;
    }
    return this.lastMs + fraction;
  }
}
