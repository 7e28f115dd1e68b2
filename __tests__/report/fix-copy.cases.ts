import { describe, expect, it } from '@jest/globals';
import { readSources } from '../../src/engine/artifacts.js';
import { runEngine } from '../../src/engine/run.js';
import { applyEdits } from '../../src/lint/fixes/apply.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { applySuggestion, suggestionBlock, suggestionFor } from '../../src/action/publish/suggestion.js';
import { K6_WITHOUT_CRITERIA, workspaces } from '../helpers/workspace.js';

const workspace = workspaces();

/** The ```diff blocks of a Markdown text, their list indentation removed. */
function diffBlocks(markdown: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] | undefined;
  let indent = '';
  for (const line of markdown.split('\n')) {
    const open = /^(\s*)```diff$/.exec(line);
    if (!current && open) {
      current = [];
      indent = open[1]!;
    } else if (current && line.trim() === '```') {
      blocks.push(current);
      current = undefined;
    } else if (current) {
      current.push(line.startsWith(indent) ? line.slice(indent.length) : line);
    }
  }
  return blocks;
}

/** What a reviewer gets by applying the hunk by hand: the old lines replaced by context and `+` lines. */
function applyHunk(source: string, hunk: string[]): string {
  const header = /^@@ -(\d+),(\d+) \+\d+,\d+ @@$/.exec(hunk[0]!);
  expect(header).not.toBeNull();
  const start = Number(header![1]);
  const length = Number(header![2]);
  const body = hunk.slice(1);
  const oldLines = body.filter((l) => !l.startsWith('+')).map((l) => l.slice(1));
  const newLines = body.filter((l) => !l.startsWith('-')).map((l) => l.slice(1));
  const lines = source.split('\n');
  expect(lines.slice(start - 1, start - 1 + length)).toEqual(oldLines);
  lines.splice(start - 1, length, ...newLines);
  return lines.join('\n');
}

describe('a fix copied from the comment', () => {
  it('is byte for byte what `loadgate lint --fix` writes', async () => {
    const cwd = workspace({ 'load/api.js': K6_WITHOUT_CRITERIA });
    const { report } = await runEngine({ command: 'lint', cwd });
    const sources = await readSources(report, cwd);
    const fixed = report.files[0]!.findings.filter((f) => f.fix?.edits?.length);
    expect(fixed.length).toBeGreaterThan(0);

    const body = renderMarkdown(report, { sources, changedFiles: new Set(['load/api.js']) });
    const blocks = diffBlocks(body);
    expect(blocks).toHaveLength(fixed.length);
    const source = sources.get('load/api.js')!;
    fixed.forEach((finding, i) => {
      expect(applyHunk(source, blocks[i]!)).toBe(applyEdits(source, finding.fix!.edits!));
    });
    expect(body).not.toContain('\u200D');
  });
});

describe('a review suggestion of a fix', () => {
  it('commits byte for byte what `loadgate lint --fix` writes, on real k6 and Artillery fixes', async () => {
    const cwd = workspace({
      'load/api.js': K6_WITHOUT_CRITERIA,
      'load/crlf.js': K6_WITHOUT_CRITERIA.replace(/\n/g, '\r\n'),
      'load/cart.yml': [
        'config:',
        '  target: "{{ $processEnvironment.TARGET }}"',
        '  phases:',
        '    - duration: 60',
        '      arrivalRate: 5',
        'scenarios:',
        '  - flow:',
        '      - get:',
        '          url: "/cart"',
        '',
      ].join('\n'),
    });
    const { report } = await runEngine({ command: 'lint', cwd });
    const sources = await readSources(report, cwd);
    let checked = 0;
    for (const file of report.files) {
      const source = sources.get(file.path)!;
      for (const finding of file.findings) {
        const edits = finding.fix?.edits;
        if (!edits?.length) continue;
        const suggestion = suggestionFor(source, edits)!;
        const body = suggestionBlock(suggestion.text)!;
        expect(body.startsWith('```suggestion\n')).toBe(true);
        expect(body).not.toContain('\u200D');
        expect(applySuggestion(source, suggestion)).toBe(applyEdits(source, edits));
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  it('keeps a fence the code cannot close', () => {
    const source = 'a\nb\n';
    const s = suggestionFor(source, [
      { file: 'x', start: { line: 2, column: 1 }, end: { line: 2, column: 2 }, text: '```js\nx\n```' },
    ])!;
    expect(suggestionBlock(s.text)).toBe('````suggestion\n```js\nx\n```\n````');
    expect(applySuggestion(source, s)).toBe('a\n```js\nx\n```\n');
  });
});
