import { describe, expect, it } from '@jest/globals';
import { emitAnnotations, type AnnotationLevel } from '../../src/action/annotations.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/model.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { comparison, endpoint, file, finding, metric, report } from './build.js';
import { expectInert } from './inert.js';

/**
 * Names and messages as a hostile pull request could write them into a scenario or a result file: every
 * one of them reaches the comment as a request name, a URL, a rule message, a file path or a fix. The
 * rendered Markdown must stay inert: no ping, no link, no HTML, no new block, no broken table or fence.
 */
const HOSTILE = [
  '@octocat please look',
  '@github/security-team',
  'cc me@example.com',
  'fixes #1',
  'octo-org/octo-repo#42',
  'GH-12',
  'JIRA-1234',
  'reverts a1b2c3d4e5f6a7b8c9d0',
  'https://evil.example/phish',
  'www.evil.example',
  '<https://evil.example/autolink>',
  '[click](https://evil.example)',
  '[x](javascript:alert(1))',
  '![pixel](https://evil.example/track.png)',
  '[ref][1]\n\n[1]: https://evil.example',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '</details><details open><summary>fake',
  '</summary></details>',
  '<!-- loadgate:sticky job=default -->',
  '<!--',
  '`code` ``` fenced',
  '```\n# not a heading\n```',
  '~~~\nbreak\n~~~',
  'a | b | c',
  '\\| escaped pipe',
  '| x |\n|---|\n| y |',
  '# Heading\n## another',
  '> quote\n- list item\n1. ordered',
  '**bold** _it_ ~~strike~~',
  '$\\LaTeX$ and $$x$$',
  '&lt;b&gt; &#64;octocat &amp;',
  'line\r\nbreak\u2028sep',
  'bidi \u202Eevil\u202C and \u001b[31mansi\u001b[0m',
  ':+1: :shipit:',
  '{{ $processEnvironment.TARGET }} ${__ENV.HOST}',
  '\\',
  ' '.repeat(20),
];

function hostileReport(text: string): Report {
  const path = `load/${text.replace(/[\s/]/g, '_').slice(0, 60) || 'x'}.js`;
  const r = report(
    [
      file(path, [
        finding(path, 2, {
          message: `Message: ${text}`,
          ruleId: 'no-ramp-up',
          fix: {
            description: `Fix ${text}`,
            edits: [
              { file: path, start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, text: `${text}\n` },
            ],
          },
        }),
      ]),
      file('load/other.js', [finding('load/other.js', 1, { message: text, severity: 'warning' })], {
        diagnostics: [{ file: 'load/other.js', message: text, line: 3, severity: 'error' }],
        suppressed: [
          { ...finding('load/other.js', 4), suppression: { line: 3, reason: text } },
        ] as Report['files'][number]['suppressed'],
      }),
    ],
    {
      command: 'check',
      verdict: 'regressed',
      comparison: comparison([
        endpoint(`all ${text}`, [metric({ metric: 'p95' })]),
        endpoint(
          text,
          [
            metric({ metric: 'p95', decision: 'regressed', changePct: 40, change: 20, why: text }),
            metric({ metric: 'p99', decision: 'inconclusive', why: text }),
          ],
          { method: 'GET', path: `/api/${text}?q=${text}` },
        ),
        endpoint(`${text} gone`, [], { presence: 'baseline-only' }),
      ]),
      results: [
        {
          path: `results/${text}.json`,
          role: 'current',
          diagnostics: [{ message: text, severity: 'warning' }],
        },
      ],
    },
  );
  r.summary.regressions = 1;
  return r;
}

const LINKS = {
  serverUrl: 'https://github.com',
  repository: 'o/r',
  sha: 'a'.repeat(40),
};
const ALLOWED = [
  'https://github.com/o/r/blob/',
  'https://github.com/loadgate/loadgate/blob/',
  'https://github.com/o/r/actions/runs/1',
];

describe('hostile names from scenario and result files', () => {
  it('holds at least 30 of them', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
  });

  it('are judged by an oracle that does catch a ping, a link, HTML and a broken row', () => {
    const head = '<!-- loadgate:sticky job=x -->\n### title\n';
    for (const bad of [
      'hi @octocat',
      'see [x](https://evil.example)',
      '<img src=x>',
      'fixes #12',
      'https://evil.example',
      '## heading',
      '| a | b |\n|---|---|\n| a | b | c |',
      '```\nunclosed',
    ]) {
      expect(() => expectInert(head + bad, ALLOWED)).toThrow();
    }
    expect(() =>
      expectInert(head + 'fine `@octocat` [x](https://github.com/o/r/blob/a)', ALLOWED),
    ).not.toThrow();
  });

  it.each(HOSTILE.map((text) => [JSON.stringify(text), text]))(
    'render inert in the comment: %s',
    (_label, text) => {
      const r = hostileReport(text);
      const sources = new Map([[r.files[0]!.path, 'line one\nline two\n']]);
      for (const changed of [undefined, new Set([r.files[0]!.path])]) {
        const body = renderMarkdown(r, {
          job: 'default',
          changedFiles: changed,
          sources,
          links: LINKS,
          currentLabel: 'this PR',
          reportUrl: 'https://github.com/o/r/actions/runs/1',
        });
        expectInert(body, ALLOWED);
        const summary = renderMarkdown(r, { job: 'default', target: 'summary', links: LINKS });
        expectInert(summary, ALLOWED);
      }
    },
  );

  it.each(HOSTILE.map((text) => [JSON.stringify(text), text]))(
    'leave annotations and the terminal one line without escapes: %s',
    (_label, text) => {
      const r = hostileReport(text);
      const messages: string[] = [];
      emitAnnotations(r, (_level: AnnotationLevel, message: string) => void messages.push(message));
      for (const message of messages) {
        // Newlines are escaped by @actions/core (%0A); other controls and bidi overrides must be gone.
        // eslint-disable-next-line no-control-regex -- looking for control characters is the point
        expect(message).not.toMatch(/[\u0000-\u0009\u000B\u000C\u000E-\u001F\u202A-\u202E]/);
      }
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      expect(renderTerminal(r)).not.toMatch(/\u001b|\u202E/);
    },
  );
});
