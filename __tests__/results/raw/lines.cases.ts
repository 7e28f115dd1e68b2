import { describe, expect, it } from '@jest/globals';
import { forEachLine, forEachLineBytes, MAX_LINE } from '../../../src/results/raw/lines.js';

async function* chunks<T>(parts: T[]): AsyncIterable<T> {
  yield* parts;
}

describe('line splitting of raw result streams', () => {
  it('passes a line longer than 16 MiB cut at 16 MiB, and the lines after it whole (bytes and text)', async () => {
    expect.hasAssertions();
    // A line of 20 MiB across twenty 1-MiB chunks, then two short lines, the last without its newline.
    const long = Buffer.alloc(20 << 20, 'x');
    const bytes = Buffer.concat([Buffer.from('first\n'), long, Buffer.from('\r\nafter\nlast')]);
    const parts: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 1 << 20) parts.push(bytes.subarray(i, i + (1 << 20)));

    const fromBytes: [number, number][] = [];
    const readBytes = await forEachLineBytes(chunks(parts), (buf, start, end, lineNo) => {
      fromBytes.push([lineNo, end - start]);
      if (lineNo === 3) expect(buf.toString('latin1', start, end)).toBe('after');
    });
    expect(fromBytes).toEqual([
      [1, 5],
      [2, MAX_LINE],
      [3, 5],
      [4, 4],
    ]);
    expect(readBytes).toEqual({ lines: 4, endsWithNewline: false, cut: 'last' });

    const fromText: [number, number][] = [];
    const readText = await forEachLine(chunks(parts.map((p) => p.toString('latin1'))), (line, lineNo) =>
      fromText.push([lineNo, line.length]),
    );
    expect(fromText).toEqual(fromBytes);
    expect(readText).toEqual(readBytes);
  });

  it('joins a line cut by chunk boundaries, its CR dropped even when the CR and LF are in different chunks', async () => {
    expect.hasAssertions();
    const parts = ['\ufeffa,b', 'c\r', '\nd', 'e\r\n', 'f'];
    const lines: string[] = [];
    const read = await forEachLine(chunks(parts), (line) => lines.push(line));
    expect(lines).toEqual(['a,bc', 'de', 'f']);
    expect(read).toEqual({ lines: 3, endsWithNewline: false, cut: 'f' });
    const fromBytes: string[] = [];
    await forEachLineBytes(chunks(parts.map((p) => Buffer.from(p, 'utf8'))), (buf, start, end) =>
      fromBytes.push(buf.toString('utf8', start, end)),
    );
    expect(fromBytes).toEqual(lines);
  });
});
