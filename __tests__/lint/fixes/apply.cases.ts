import { describe, expect, it } from '@jest/globals';
import { applyEdits } from '../../../src/lint/fixes/apply.js';
import type { TextEdit } from '../../../src/lint/types.js';

const edit = (line: number, column: number, endLine: number, endColumn: number, text: string): TextEdit => ({
  file: 'f.js',
  start: { line, column },
  end: { line: endLine, column: endColumn },
  text,
});

describe('applyEdits', () => {
  it('applies insertions and replacements, last first, whatever their order', () => {
    const source = 'a = 1;\nb = 2;\n';
    expect(applyEdits(source, [edit(1, 5, 1, 6, '10'), edit(2, 7, 2, 7, ' // two')])).toBe(
      'a = 10;\nb = 2; // two\n',
    );
    expect(applyEdits(source, [edit(2, 7, 2, 7, ' // two'), edit(1, 5, 1, 6, '10')])).toBe(
      'a = 10;\nb = 2; // two\n',
    );
  });

  it('appends after the last line', () => {
    expect(applyEdits('a\n', [edit(2, 1, 2, 1, 'b\n')])).toBe('a\nb\n');
    expect(applyEdits('a', [edit(2, 1, 2, 1, 'b')])).toBe('ab');
  });

  it('refuses edits that do not fit the text: out of range, overlapping, reversed', () => {
    expect(applyEdits('a\n', [edit(5, 1, 5, 1, 'x')])).toBeUndefined();
    expect(applyEdits('abc\n', [edit(1, 9, 1, 9, 'x')])).toBeUndefined();
    expect(applyEdits('abcdef\n', [edit(1, 1, 1, 4, 'x'), edit(1, 3, 1, 5, 'y')])).toBeUndefined();
    expect(applyEdits('abc\n', [edit(1, 3, 1, 2, 'x')])).toBeUndefined();
  });

  it('keeps the line endings of a CRLF file', () => {
    expect(applyEdits('a\r\nb\r\n', [edit(2, 2, 2, 2, '!\n')])).toBe('a\r\nb!\r\n\r\n');
  });
});
