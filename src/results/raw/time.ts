/**
 * Epoch milliseconds of an RFC 3339 timestamp with any number of fraction digits and a zone
 * (`2023-09-08T21:03:10.549397854+02:00`, k6 NDJSON). The whole-second part is parsed once per distinct
 * second and zone, the fraction by hand: `Date.parse` on every sample of a stream costs more than the rest.
 */
export class Rfc3339Parser {
  private lastKey = '';
  private lastMs = NaN;

  parse(s: string): number {
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
}
