/** How a stream's lines ended. */
export interface LinesRead {
  lines: number;
  /** Whether the last line ended with a newline: a raw stream whose last line has none was usually cut off. */
  endsWithNewline: boolean;
  /** The last line when it has no newline (Latin-1 text, as readers get it): whether it is whole says if it was cut. */
  cut?: string;
}

/**
 * The longest line passed whole to a reader: what a line goes on with past this is dropped (the reader then
 * sees the line cut short, and reads or reports it as such). A line longer than a chunk is gathered across
 * chunks; without a bound, one that never ends (a binary file, a JSON document on one line) would be gathered
 * whole, copied again with each chunk.
 */
export const MAX_LINE = 16 << 20;

/** The parts of a line cut by chunk boundaries, kept up to `MAX_LINE` in all, joined once its end comes. */
class LineParts<T extends string | Buffer> {
  private parts: T[] = [];
  length = 0;

  add(part: T): void {
    const room = MAX_LINE - this.length;
    if (room <= 0 || part.length === 0) return;
    this.parts.push((part.length > room ? part.slice(0, room) : part) as T);
    this.length += Math.min(part.length, room);
  }

  /** The line gathered, and no part kept after. */
  take(join: (parts: T[], length: number) => T): T {
    const line = join(this.parts, this.length);
    this.parts = [];
    this.length = 0;
    return line;
  }
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
  const rest = new LineParts<string>();
  const joined = (parts: string[]): string => parts.join('');
  let lineNo = 0;
  let first = true;
  for await (const chunk of input) {
    let start = 0;
    if (first && chunk.length > 0) {
      first = false;
      if (chunk.charCodeAt(0) === 0xfeff) start = 1;
    }
    if (rest.length > 0) {
      const nl = chunk.indexOf('\n', start);
      if (nl < 0) {
        rest.add(chunk.slice(start));
        continue;
      }
      rest.add(chunk.slice(start, nl));
      const line = rest.take(joined);
      onLine(line.endsWith('\r') ? line.slice(0, -1) : line, ++lineNo);
      start = nl + 1;
    }
    for (let nl = chunk.indexOf('\n', start); nl >= 0; nl = chunk.indexOf('\n', start)) {
      const end = nl > start && chunk.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      onLine(chunk.slice(start, end), ++lineNo);
      start = nl + 1;
    }
    rest.add(chunk.slice(start));
  }
  if (rest.length > 0) {
    const line = rest.take(joined);
    const cut = line.endsWith('\r') ? line.slice(0, -1) : line;
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
  const rest = new LineParts<Buffer>();
  const joined = (parts: Buffer[], length: number): Buffer => Buffer.concat(parts, length);
  let lineNo = 0;
  let first = true;
  for await (const chunk of input) {
    let start = 0;
    if (first && chunk.length > 0) {
      first = false;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) start = 3;
    }
    if (rest.length > 0) {
      // Only the line cut by the boundary is joined, not the whole chunk: copying every chunk cost more
      // than reading it. Its parts are copies: a lent chunk is read into again.
      const nl = chunk.indexOf(10, start);
      if (nl < 0) {
        rest.add(Buffer.from(chunk.subarray(start)));
        continue;
      }
      rest.add(chunk.subarray(start, nl));
      const line = rest.take(joined);
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
    if (start < chunk.length) rest.add(Buffer.from(chunk.subarray(start)));
  }
  if (rest.length > 0) {
    const line = rest.take(joined);
    const end = line[line.length - 1] === 13 ? line.length - 1 : line.length;
    onLine(line, 0, end, ++lineNo);
    return { lines: lineNo, endsWithNewline: false, cut: line.toString('latin1', 0, end) };
  }
  return { lines: lineNo, endsWithNewline: true };
}
