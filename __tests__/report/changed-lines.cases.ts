import { describe, expect, it } from '@jest/globals';
import { changedLines, changedLinesOf, diffLines, isChangedLine } from '../../src/report/changed-lines.js';

// A patch as the pull request files API returns it: hunks only, no file header.
const PATCH = [
  '@@ -1,4 +1,5 @@',
  " import http from 'k6/http';",
  '-export const options = { vus: 10 };',
  '+export const options = {',
  '+  vus: 10,',
  ' ',
  ' export default function () {',
  '@@ -20,2 +21,3 @@ export default function () {',
  '   http.get(url);',
  '+  sleep(1);',
  ' }',
  '\\ No newline at end of file',
].join('\n');

describe('changedLines', () => {
  it('gives the added and modified lines in the new file, merged into ranges', () => {
    expect(changedLines(PATCH)).toEqual([
      { start: 2, end: 3 },
      { start: 22, end: 22 },
    ]);
  });

  it('marks nothing for a pure deletion and nothing outside hunks', () => {
    expect(changedLines('@@ -3,2 +2,0 @@\n-a\n-b')).toEqual([]);
    expect(changedLines('+not in a hunk')).toEqual([]);
  });

  it('gives the lines a review comment may be placed on: added and context lines', () => {
    expect(diffLines(PATCH)).toEqual([
      { start: 1, end: 5 },
      { start: 21, end: 23 },
    ]);
  });

  it('counts a new file throughout', () => {
    expect(changedLines('@@ -0,0 +1,3 @@\n+a\n+b\n+c')).toEqual([{ start: 1, end: 3 }]);
  });
});

describe('changedLinesOf', () => {
  const changed = changedLinesOf([
    { filename: 'load/a.js', status: 'modified', patch: PATCH },
    { filename: 'load/big.js', status: 'modified' },
    { filename: 'load/gone.js', status: 'removed', patch: '@@ -1,1 +0,0 @@\n-x' },
  ]);

  it('finds a finding whose range touches a changed line', () => {
    expect(isChangedLine(changed, 'load/a.js', 3)).toBe(true);
    expect(isChangedLine(changed, 'load/a.js', 1, 2)).toBe(true);
    expect(isChangedLine(changed, 'load/a.js', 5)).toBe(false);
    expect(isChangedLine(changed, 'load/other.js', 3)).toBe(false);
  });

  it('counts a file without a patch (binary, too large) as changed throughout, and leaves out removed files', () => {
    expect(isChangedLine(changed, 'load/big.js', 999)).toBe(true);
    expect(changed.has('load/gone.js')).toBe(false);
  });
});
