import { ByteStrings } from './byte-strings.js';

/**
 * `templateName` of a request name read from its bytes, for the names it certainly folds the same way: a URL
 * or path of printable ASCII, without a query, a fragment or a placeholder, whose id segments are numbers,
 * UUIDs or hex hashes. The folded bytes are written to a scratch buffer and looked up as bytes, so a URL with a
 * new id on every request costs neither a string nor a hash of one. Anything else (an opaque token, a word, a
 * name that folds to itself) is left to `templateName` (`fold` returns undefined).
 */
export class ByteFolder {
  private scratch = Buffer.allocUnsafe(512);
  private readonly folded = new ByteStrings(1024);

  fold(buf: Buffer, start: number, end: number): string | undefined {
    const length = end - start;
    if (length < 2 || length > 2048) return undefined;
    let i = start;
    if (buf[start] !== 47 /* / */) {
      // scheme://host, as templateName's schemeEnd reads it.
      const c0 = buf[start]! | 32;
      if (c0 < 97 || c0 > 122) return undefined;
      i++;
      for (let c; i < end; i++) {
        c = buf[i]!;
        const l = c | 32;
        if (!((l >= 97 && l <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) break;
      }
      if (buf[i] !== 58 || buf[i + 1] !== 47 || buf[i + 2] !== 47) return undefined;
      i += 3;
      while (i < end && buf[i] !== 47) {
        if (!plain(buf[i]!)) return undefined;
        i++;
      }
      if (i === end) return undefined;
    }
    // `/1` becomes `/{id}`: at most 2.5 bytes out per byte in.
    if (this.scratch.length < length * 3) this.scratch = Buffer.allocUnsafe(length * 3);
    const out = this.scratch;
    // Byte loops, not `buf.copy`: a call into the engine per segment cost more than the few bytes it moves.
    let o = 0;
    for (let k = start; k < i; k++) out[o++] = buf[k]!;
    let ids = 0;
    // `i` is at a slash: each segment after it is copied, or replaced by `{id}`.
    while (i < end) {
      out[o++] = 47;
      const from = ++i;
      let digit = false;
      let allHex = true;
      let token = true;
      for (let c; i < end && (c = buf[i]!) !== 47; i++) {
        if (!plain(c)) return undefined;
        if (c >= 48 && c <= 57) digit = true;
        else if (!((c >= 97 && c <= 102) || (c >= 65 && c <= 70))) {
          allHex = false;
          if (!(((c | 32) >= 97 && (c | 32) <= 122) || c === 95 || c === 45)) token = false;
        }
      }
      const n = i - from;
      let id = false;
      if (n > 0) {
        if (!digit) id = n === 36 && isUuid(buf, from);
        else if (isNumber(buf, from, i) || (allHex && n >= 8) || (n === 36 && isUuid(buf, from))) id = true;
        // A long run of letters, digits, `_` and `-` may be an opaque token: templateName decides.
        else if (token && n >= 16) return undefined;
      }
      if (id) {
        out[o++] = 123; // {
        out[o++] = 105; // i
        out[o++] = 100; // d
        out[o++] = 125; // }
        ids++;
      } else {
        for (let k = from; k < i; k++) out[o++] = buf[k]!;
      }
    }
    return ids === 0 ? undefined : this.folded.get(out, 0, o);
  }
}

/** Printable ASCII that is neither a query, a fragment nor a placeholder's start. */
function plain(c: number): boolean {
  return c > 32 && c < 127 && c !== 63 /* ? */ && c !== 35 /* # */ && c !== 123 /* { */ && c !== 125; /* } */
}

/** `1007`, `-3`, `12.5`, as templateName's isNumber. */
function isNumber(buf: Buffer, from: number, to: number): boolean {
  let i = from;
  if (buf[i] === 45) i++;
  const intStart = i;
  while (i < to && buf[i]! >= 48 && buf[i]! <= 57) i++;
  if (i === intStart) return false;
  if (i === to) return true;
  if (buf[i] !== 46) return false;
  const fracStart = ++i;
  while (i < to && buf[i]! >= 48 && buf[i]! <= 57) i++;
  return i > fracStart && i === to;
}

/** 36 bytes at `from` in the 8-4-4-4-12 hex layout of a UUID, either case. */
function isUuid(buf: Buffer, from: number): boolean {
  for (let k = 0; k < 36; k++) {
    const c = buf[from + k]!;
    if (k === 8 || k === 13 || k === 18 || k === 23) {
      if (c !== 45) return false;
    } else if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70))) return false;
  }
  return true;
}
