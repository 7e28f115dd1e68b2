import { describe, expect, it } from '@jest/globals';
import { NUMBERS, RowSplitter, STRIDE } from '../../../src/results/raw/split-rows.js';

/** The first `width` fields of each row split, as text, and the row's numbers. */
function rowsOf(splitter: RowSplitter, text: string, rows: number, width: number) {
  return Array.from({ length: rows }, (_, r) => ({
    fields: Array.from({ length: width }, (_, k) =>
      text.slice(splitter.bounds[r * STRIDE + k]! + 1, splitter.bounds[r * STRIDE + k + 1]!),
    ),
    numbers: Array.from(splitter.numbers.subarray(r * NUMBERS, r * NUMBERS + NUMBERS)),
  }));
}

function splitterOf(width: number, numbers: number[], label = 0, success = -1): RowSplitter {
  const splitter = new RowSplitter();
  splitter.configure({ delimiter: 44, width, label, success, numbers });
  return splitter;
}

function split(text: string, width: number, columns: number[], start = 0) {
  const splitter = splitterOf(width, columns);
  splitter.load(Buffer.from(text, 'latin1'));
  const rows = splitter.split(start);
  return { rows, read: rowsOf(splitter, text, rows, width), splitter };
}

describe('RowSplitter', () => {
  it('splits plain rows into their fields and reads their whole numbers', () => {
    const text = '1700000000123,45,GET /a,x\n7,0,b,\r\n';
    const { rows, read, splitter } = split(text, 4, [0, 1, 3, -1, 2]);
    expect(rows).toBe(2);
    expect(read[0]).toEqual({
      fields: ['1700000000123', '45', 'GET /a', 'x'],
      numbers: [1700000000123, 45, -1, -1, -1],
    });
    // A CRLF row's last field stops before the `\r`; an empty field has no number.
    expect(read[1]!.fields).toEqual(['7', '0', 'b', '']);
    expect(read[1]!.numbers).toEqual([7, 0, -1, -1, -1]);
    expect([splitter.ends[0], splitter.ends[1]]).toEqual([text.indexOf('\n'), text.length - 1]);
  });

  it('finds fields and newlines across its 16-byte blocks, in rows of any length', () => {
    const fields = ['x'.repeat(15), 'y'.repeat(16), '1234567890', '', 'z'.repeat(33)];
    const row = fields.join(',');
    const text = `${row}\n${row}\n${row}\n`;
    const { rows, read } = split(text, 5, [2, -1, -1, -1, -1], row.length + 1);
    expect(rows).toBe(2);
    expect(read.map((r) => r.fields)).toEqual([fields, fields]);
    expect(read[0]!.numbers[0]).toBe(1234567890);
  });

  it('stops before a row that is not plain: a quote, too few fields, no newline in the chunk', () => {
    expect(split('1,2\n"a",2\n1,2\n', 2, [0, -1, -1, -1, -1]).rows).toBe(1);
    expect(split('1,2\n1\n1,2\n', 2, [0, -1, -1, -1, -1]).rows).toBe(1);
    expect(split('1,2\n1,2', 2, [0, -1, -1, -1, -1]).rows).toBe(1);
    // More fields than the header's (sample variables) are fine.
    expect(split('1,2,3\n', 2, [0, -1, -1, -1, -1]).rows).toBe(1);
  });

  it('reads -1 for a number that is not whole or has more than 15 digits', () => {
    const text = '1.5,-2,1234567890123456,123456789012345,0012\n';
    const { read } = split(text, 5, [0, 1, 2, 3, 4]);
    expect(read[0]!.numbers).toEqual([-1, -1, -1, 123456789012345, 12]);
  });

  it('takes a chunk larger than its memory and a smaller one after it', () => {
    const row = '1,2\n';
    const big = row.repeat(600_000);
    const splitter = splitterOf(2, [0, 1, -1, -1, -1]);
    splitter.load(Buffer.from(big, 'latin1'));
    expect(splitter.split(big.length - 4 * row.length)).toBe(4);
    splitter.load(Buffer.from('5,6\n', 'latin1'));
    expect(splitter.split(0)).toBe(1);
    expect(Array.from(splitter.numbers.subarray(0, 2))).toEqual([5, 6]);
  });

  it("tells whether a row's success column is true", () => {
    const splitter = splitterOf(2, [-1, -1, -1, -1, -1], 0, 1);
    splitter.load(Buffer.from('a,true\nb,false\nc,truE\nd,trues\n', 'latin1'));
    expect(splitter.split(0)).toBe(4);
    expect(Array.from(splitter.successes.subarray(0, 4))).toEqual([1, 0, 0, 0]);
  });

  it('gives the slot of a label it keeps, to rows split after it was kept', () => {
    const long = `/api/${'x'.repeat(40)}`;
    const text = `GET /a,1\n${long},2\nGET /b,3\nGET /a,4\n${long.slice(0, -1)}y,5\n`;
    const splitter = splitterOf(2, [1, -1, -1, -1, -1]);
    splitter.load(Buffer.from(text, 'latin1'));
    expect(splitter.split(0)).toBe(5);
    expect(Array.from(splitter.labels.subarray(0, 5))).toEqual([-1, -1, -1, -1, -1]);
    const a = splitter.keep(0, 6);
    const l = splitter.keep(9, 9 + long.length);
    expect(a).toBeGreaterThanOrEqual(0);
    expect(l).toBeGreaterThanOrEqual(0);
    splitter.split(0);
    // The same bytes are the kept label; one byte apart (at the end of a long one, or a neighbour) is not.
    expect(splitter.labels[0]).toBe(a);
    expect(splitter.labels[1]).toBe(l);
    expect(splitter.labels[2]).not.toBe(a);
    expect(splitter.labels[3]).toBe(a);
    expect(splitter.labels[4]).toBe(-1);
    expect(splitter.keep(0, 0)).toBe(-1);
  });

  it('splits a chunk read into a buffer it lent, where it lies, as a copied one', () => {
    const splitter = splitterOf(2, [0, 1, -1, -1, -1]);
    const [a, b] = splitter.lend(64);
    a.write('1,2\n3,4\n', 'latin1');
    b.write('5,6\n', 'latin1');
    splitter.load(a.subarray(0, 8));
    expect(splitter.split(0)).toBe(2);
    expect(Array.from(splitter.numbers.subarray(NUMBERS, NUMBERS + 2))).toEqual([3, 4]);
    splitter.load(b.subarray(0, 4));
    expect(splitter.split(0)).toBe(1);
    expect(Array.from(splitter.numbers.subarray(0, 2))).toEqual([5, 6]);
    // The buffers lent are the splitter's memory: what the engine reads into them needs no copy.
    expect(a.buffer).toBe(b.buffer);
  });
});
