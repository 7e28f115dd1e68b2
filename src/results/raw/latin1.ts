/**
 * Raw streams are decoded as Latin-1, one char per byte, which is several times faster than UTF-8 decoding and
 * safe for parsing: every delimiter, quote and newline is ASCII, and UTF-8 multi-byte sequences never contain
 * an ASCII byte. Text that is kept (request names, error kinds) is turned back into UTF-8 here, once per
 * distinct string, not per sample.
 */
export function fromLatin1(s: string): string {
  let high = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A char past one byte was never decoded as Latin-1 (a reader's own words, an ellipsis): the text is
    // already Unicode, and re-encoding it would cut that char to its low byte.
    if (c > 0xff) return s;
    if (c > 0x7f) high = true;
  }
  return high ? Buffer.from(s, 'latin1').toString('utf8') : s;
}
