/** How a stream's lines ended. */
export interface LinesRead {
  lines: number;
  /** Whether the last line ended with a newline: a raw stream whose last line has none was usually cut off. */
  endsWithNewline: boolean;
  /** The last line when it has no newline (Latin-1 text, as readers get it): whether it is whole says if it was cut. */
  cut?: string;
}

/**
 * Calls `onLine` for every line of a chunked text stream, with its 1-based number, without an async step per
 * line (an async generator costs a promise per line, several times the parse itself). A trailing `\r` is
 * removed. Returns whether the last line ended with a newline: a raw stream whose last line has none was
 * usually cut off (the run was killed while writing).
 */
export async function forEachLine(
  input: AsyncIterable<string>,
  onLine: (line: string, lineNo: number) => void,
): Promise<LinesRead> {
  let rest = '';
  let lineNo = 0;
  let first = true;
  for await (const chunk of input) {
    let text = rest + chunk;
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      onLine(text.slice(start, end), ++lineNo);
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  if (rest.length > 0) {
    const cut = rest.endsWith('\r') ? rest.slice(0, -1) : rest;
    onLine(cut, ++lineNo);
    return { lines: lineNo, endsWithNewline: false, cut };
  }
  return { lines: lineNo, endsWithNewline: true };
}

/** How a reader reads lines in place, many at a time (`forEachLineBytes`). */
export interface FastLines {
  /** A new chunk begins: the lines offered next are its. */
  chunk?(buf: Buffer): void;
  /**
   * Reads the lines of the chunk from `start` that it can read in place, in one call, and returns how many,
   * `end` being then where the newline of the last one is; 0 leaves the line at `start` to `onLine` (a line
   * it cannot read in place, or one that goes past `limit`, the chunk's end).
   */
  read(buf: Buffer, start: number, limit: number): number;
  end: number;
}

/**
 * `forEachLine` over bytes: `onLine` gets the chunk and the line's bounds (`\r` and `\n` excluded), so a reader
 * can skip a line or pick fields out of it without decoding it; only what it keeps becomes a string. A line cut
 * by a chunk boundary is joined with the next chunk first. A UTF-8 byte-order mark is skipped.
 *
 * `fast`, when given, is offered the lines of a chunk first, from its start (`FastLines`). A chunk is only
 * valid during the call: the reader copies what it keeps.
 */
export async function forEachLineBytes(
  input: AsyncIterable<Buffer>,
  onLine: (buf: Buffer, start: number, end: number, lineNo: number) => void,
  fast?: FastLines,
): Promise<LinesRead> {
  let rest: Buffer | undefined;
  let lineNo = 0;
  let first = true;
  for await (const chunk of input) {
    let start = 0;
    if (first && chunk.length > 0) {
      first = false;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) start = 3;
    }
    if (rest) {
      // Only the line cut by the boundary is joined, not the whole chunk: copying every chunk cost more
      // than reading it.
      const nl = chunk.indexOf(10);
      if (nl < 0) {
        rest = Buffer.concat([rest, chunk]);
        continue;
      }
      const line = Buffer.concat([rest, chunk.subarray(0, nl)]);
      rest = undefined;
      onLine(
        line,
        0,
        line.length > 0 && line[line.length - 1] === 13 ? line.length - 1 : line.length,
        ++lineNo,
      );
      start = nl + 1;
    }
    const limit = chunk.length;
    fast?.chunk?.(chunk);
    for (;;) {
      if (fast) {
        const lines = fast.read(chunk, start, limit);
        if (lines > 0) {
          lineNo += lines;
          start = fast.end + 1;
          continue;
        }
      }
      const nl = chunk.indexOf(10, start);
      if (nl < 0) break;
      onLine(chunk, start, nl > start && chunk[nl - 1] === 13 ? nl - 1 : nl, ++lineNo);
      start = nl + 1;
    }
    // A copy: a slice would keep the whole chunk alive until the next one arrives.
    if (start < chunk.length) rest = Buffer.from(chunk.subarray(start));
  }
  if (rest && rest.length > 0) {
    const end = rest[rest.length - 1] === 13 ? rest.length - 1 : rest.length;
    onLine(rest, 0, end, ++lineNo);
    return { lines: lineNo, endsWithNewline: false, cut: rest.toString('latin1', 0, end) };
  }
  return { lines: lineNo, endsWithNewline: true };
}
