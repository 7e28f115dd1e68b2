import { describe, expect, it } from '@jest/globals';
import { commentable, parsePatch } from '../../src/action/publish/diff-hunks.js';
import { pullRequestOf } from '../../src/action/publish/event.js';
import { planReview, readReviewMarker } from '../../src/action/publish/review-plan.js';
import { suggestionBlock, suggestionFor } from '../../src/action/publish/suggestion.js';
import { applyEdits } from '../../src/lint/fixes/apply.js';
import type { TextEdit } from '../../src/lint/types.js';
import { file, finding, report } from '../report/build.js';

const edit = (line: number, column: number, text: string, endLine = line, endColumn = column): TextEdit => ({
  file: 'a.js',
  start: { line, column },
  end: { line: endLine, column: endColumn },
  text,
});

describe('changed lines from a patch', () => {
  it('numbers added lines on the new side and keeps hunks for multi-line comments', () => {
    const patch = [
      '@@ -1,3 +1,4 @@',
      ' a',
      '-b',
      '+B',
      '+B2',
      ' c',
      '@@ -10,2 +11,3 @@ function f() {',
      ' x',
      '+y',
      ' z',
      '\\ No newline at end of file',
    ].join('\n');
    const lines = parsePatch(patch);
    expect([...lines.added]).toEqual([2, 3, 12]);
    expect(lines.hunks).toEqual([
      { start: 1, end: 4 },
      { start: 11, end: 13 },
    ]);
    expect(commentable(lines, 2, 4)).toBe(true);
    expect(commentable(lines, 4, 11)).toBe(false);
  });

  it('reads a deleted-only hunk as no lines', () => {
    expect(parsePatch('@@ -3,2 +2,0 @@\n-a\n-b')).toEqual({ added: new Set(), hunks: [] });
  });
});

describe('suggestions', () => {
  const source = 'const options = {\n  vus: 1,\n};\n';

  it('replace the touched lines with exactly what the fix writes', () => {
    const edits = [edit(2, 10, '\n  thresholds: {},')];
    const s = suggestionFor(source, edits)!;
    expect(s).toEqual({ startLine: 2, endLine: 2, text: '  vus: 1,\n  thresholds: {},' });
    const lines = source.split('\n');
    lines.splice(s.startLine - 1, s.endLine - s.startLine + 1, ...s.text.split('\n'));
    expect(lines.join('\n')).toBe(applyEdits(source, edits));
  });

  it('fence the text longer than any backtick run in it, and keep tabs and spaces', () => {
    expect(suggestionBlock('\tx = ```;  ')).toBe('````suggestion\n\tx = ```;  \n````');
    expect(suggestionBlock('a\u202Eb')).toBeUndefined();
    expect(suggestionBlock('<!-- loadgate:sticky job=x -->')).toBeUndefined();
  });
});

describe('planning the review', () => {
  const source = 'export const options = {\n  vus: 1,\n};\nexport default function () {}\n';
  const withFix = finding('a.js', 1, {
    ruleId: 'no-pass-fail-criteria',
    severity: 'error',
    fix: { description: 'Add thresholds.', edits: [edit(2, 10, '\n  thresholds: {},')] },
  });

  it('suggests on changed lines, leaves the rest and info to the sticky comment', () => {
    const r = report([
      file('a.js', [
        withFix,
        finding('a.js', 4, { ruleId: 'x', severity: 'warning' }),
        finding('a.js', 2, { ruleId: 'y', severity: 'info' }),
      ]),
    ]);
    const changed = new Map([
      ['a.js', parsePatch('@@ -1,2 +1,3 @@\n+export const options = {\n+  vus: 1,\n+};')],
    ]);
    const planned = planReview(r, new Map([['a.js', source]]), changed, 'load');
    expect(planned).toHaveLength(1);
    expect(planned[0]).toMatchObject({ path: 'a.js', line: 2 });
    expect(planned[0]!.body).toContain('```suggestion\n  vus: 1,\n  thresholds: {},\n```');
    expect(readReviewMarker(planned[0]!.body)).toEqual({
      job: 'load',
      key: planned[0]!.key,
      resolved: false,
    });
    // The same finding in the same place has the same key on the next run.
    expect(planReview(r, new Map([['a.js', source]]), changed, 'load')[0]!.key).toBe(planned[0]!.key);
  });

  it('posts the finding without a suggestion when the fix falls outside the diff', () => {
    const r = report([file('a.js', [withFix])]);
    const changed = new Map([['a.js', parsePatch('@@ -1,1 +1,1 @@\n+export const options = {')]]);
    const [planned] = planReview(r, new Map([['a.js', source]]), changed, 'load');
    expect(planned).toMatchObject({ line: 1 });
    expect(planned!.body).not.toContain('```suggestion');
    expect(planned!.body).toContain('**Fix:** Add thresholds.');
  });
});

describe('workflow_run events', () => {
  const run = (overrides: Record<string, unknown>) => ({
    workflow_run: {
      event: 'pull_request',
      head_sha: 'a'.repeat(40),
      head_branch: 'feature',
      head_repository: { full_name: 'someone/app', owner: { login: 'someone' } },
      repository: { full_name: 'octo/app' },
      pull_requests: [],
      ...overrides,
    },
  });

  it('names the pull request when GitHub lists it, and asks for a lookup for forks', () => {
    expect(
      pullRequestOf(
        'workflow_run',
        run({
          head_repository: { full_name: 'octo/app', owner: { login: 'octo' } },
          pull_requests: [{ number: 5, head: { sha: 'a'.repeat(40) }, base: { sha: 'b'.repeat(40) } }],
        }),
      ),
    ).toEqual({ number: 5, fromFork: false, baseSha: 'b'.repeat(40), headSha: 'a'.repeat(40) });
    expect(pullRequestOf('workflow_run', run({}))).toEqual({
      lookup: { headOwner: 'someone', headBranch: 'feature', headSha: 'a'.repeat(40) },
      fromFork: true,
    });
  });

  it('ignores runs that were not for a pull request', () => {
    expect(pullRequestOf('workflow_run', run({ event: 'push' }))).toBeUndefined();
  });
});
