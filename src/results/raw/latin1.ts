/**
 * Raw streams are decoded as Latin-1, one char per byte, which is several times faster than UTF-8 decoding and
 * safe for parsing: every delimiter, quote and newline is ASCII, and UTF-8 multi-byte sequences never contain
 * an ASCII byte. Text that is kept (request names, error kinds) is turned back into UTF-8 here, once per
 * distinct string, not per sample.
 */
export function fromLatin1(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7f) return Buffer.from(s, 'latin1').toString('utf8');
  }
  return s;
}
