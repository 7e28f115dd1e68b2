import { describe, expect, it } from '@jest/globals';
import { describeEditRange, editsDiff } from '../../src/report/fix-diff.js';
import type { TextEdit } from '../../src/lint/types.js';

const source = ['export const options = {', '  vus: 50,', "  duration: '2m',", '};'].join('\n');
const edit = (sl: number, sc: number, el: number, ec: number, text: string): TextEdit => ({
  file: 'a.js',
  start: { line: sl, column: sc },
  end: { line: el, column: ec },
  text,
});

describe('fix diffs', () => {
  it('show replaced lines with context', () => {
    expect(editsDiff(source, [edit(2, 8, 2, 10, '10')])).toBe(
      ['@@ -2,1 +2,1 @@', '-  vus: 50,', '+  vus: 10,'].join('\n'),
    );
  });

  it('apply several edits and multi-line replacements', () => {
    const diff = editsDiff(source, [edit(3, 13, 3, 17, "'5m'"), edit(2, 1, 3, 1, '  stages: [],\n')]);
    expect(diff).toBe(
      ['@@ -2,2 +2,2 @@', '-  vus: 50,', "-  duration: '2m',", '+  stages: [],', "+  duration: '5m',"].join(
        '\n',
      ),
    );
  });

  it('refuse edits that do not fit the text or overlap', () => {
    expect(editsDiff(source, [edit(9, 1, 9, 1, 'x')])).toBeUndefined();
    expect(editsDiff(source, [edit(1, 200, 1, 200, 'x')])).toBeUndefined();
    expect(editsDiff(source, [edit(2, 1, 2, 5, 'a'), edit(2, 3, 2, 6, 'b')])).toBeUndefined();
    expect(editsDiff(source, [])).toBeUndefined();
  });

  it('describe a range in words when the text is not at hand', () => {
    expect(describeEditRange(edit(4, 3, 4, 3, 'x'))).toBe('Insert at line 4, column 3:');
    expect(describeEditRange(edit(4, 3, 4, 9, 'x'))).toBe('Replace line 4, columns 3–8 with:');
    expect(describeEditRange(edit(4, 1, 6, 1, 'x'))).toBe('Replace lines 4–6 with:');
  });
});
