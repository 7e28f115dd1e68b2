import { describe, expect, it } from '@jest/globals';
import {
  COMMENT_BUDGET,
  isStickyComment,
  readStickyMarker,
  renderMarkdown,
  stickyMarker,
} from '../../src/report/markdown.js';
import { countOutputs } from '../../src/action/outputs.js';
import { failureMessage } from '../../src/action/verdict-message.js';
import { countRegressions } from '../../src/engine/verdict.js';
import type { Report } from '../../src/report/model.js';
import {
  comparison,
  endpoint,
  file,
  finding,
  metric,
  regressedComparison,
  report,
  tableCells,
} from './build.js';
import { outsideCode } from './inert.js';

/** Fences and <details> must pair up, or everything after them renders wrong. */
function assertBalanced(markdown: string): void {
  let open: string | undefined;
  for (const line of markdown.split('\n')) {
    const fence = /^\s*(`{3,})(.*)$/.exec(line);
    if (!fence) continue;
    if (open === undefined) open = fence[1];
    else if (fence[1]!.length >= open.length && fence[2]!.trim() === '') open = undefined;
  }
  expect(open).toBeUndefined();
  const outsideFences = markdown.replace(/^(\s*)(`{3,})[^\n]*\n[\s\S]*?^\1?\s*\2\s*$/gm, '');
  expect((outsideFences.match(/<details>/g) ?? []).length).toBe(
    (outsideFences.match(/<\/details>/g) ?? []).length,
  );
}

function tableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map(tableCells);
}

const checkoutSource =
  "import http from 'k6/http';\nexport const options = {\n  vus: 50,\n  duration: '2m',\n};\n";

function mockupReport(): Report {
  const r = report(
    [
      file('load/checkout.js', [
        finding('load/checkout.js', 2, {
          fix: {
            description: 'Add thresholds to options.',
            edits: [
              {
                file: 'load/checkout.js',
                start: { line: 4, column: 18 },
                end: { line: 4, column: 18 },
                text: "\n  thresholds: { http_req_failed: ['rate<0.01'] },",
              },
            ],
          },
        }),
        finding('load/checkout.js', 4, {
          ruleId: 'no-ramp-up',
          severity: 'warning',
          message: 'Peak load is reached at once.',
        }),
      ]),
      file('load/soak.js', [
        finding('load/soak.js', 12, {
          ruleId: 'soak-too-short',
          severity: 'info',
          message: 'a soak test of 10 min finds no leaks',
        }),
      ]),
    ],
    { command: 'check', verdict: 'regressed', comparison: regressedComparison() },
  );
  r.summary.regressions = countRegressions(r.comparison);
  return r;
}

describe('sticky marker', () => {
  it('is the first line and names the job', () => {
    const body = renderMarkdown(report(), { job: 'load' });
    expect(body.split('\n')[0]).toBe('<!-- loadgate:sticky job=load -->');
    expect(readStickyMarker(body)).toBe('load');
    expect(isStickyComment(body, 'load')).toBe(true);
    expect(isStickyComment(body, 'other')).toBe(false);
  });

  it('keeps job ids from ending the HTML comment', () => {
    expect(stickyMarker('a --> <b>')).toBe('<!-- loadgate:sticky job=a_--___b_ -->');
    expect(stickyMarker(undefined)).toBe('<!-- loadgate:sticky job=default -->');
  });

  it('is recognised on the first line only', () => {
    expect(readStickyMarker('hello\n<!-- loadgate:sticky job=load -->')).toBeUndefined();
    expect(readStickyMarker('<!-- loadgate:sticky job=load -->\r\nbody')).toBe('load');
  });

  it('cannot be faked by content from scenario files', () => {
    const fake = '<!-- loadgate:sticky job=load -->';
    const r = report(
      [
        file(`load/${fake}.js`, [
          finding('x.js', 1, {
            message: fake,
            ruleId: fake,
            fix: {
              description: fake,
              edits: [
                {
                  file: 'x.js',
                  start: { line: 1, column: 1 },
                  end: { line: 1, column: 1 },
                  text: `${fake}\n`,
                },
              ],
            },
          }),
        ]),
      ],
      {
        comparison: comparison([
          endpoint(fake, [metric({ metric: 'p95', decision: 'regressed', why: fake })]),
        ]),
      },
    );
    const body = renderMarkdown(r, { job: 'other' });
    expect(body.split('\n').filter((l) => /loadgate:sticky/.test(l))).toEqual([
      '<!-- loadgate:sticky job=other -->',
    ]);
    expect(readStickyMarker(body)).toBe('other');
  });
});

describe('title', () => {
  it('puts the worst regression first, with its size', () => {
    const title = renderMarkdown(mockupReport()).split('\n')[1]!;
    // Two metrics of one endpoint are one regression, as the action's outputs count them.
    expect(title).toMatch(
      /^### ❌ loadgate: `POST \/api\/checkout` errors regressed 1\.7 pp, 1 scenario error/,
    );
    expect(title).toContain('1 scenario error');
  });

  it('counts regressions as the outputs and the failure line do', () => {
    const r = mockupReport();
    const search = r.comparison!.endpoints.find((e) => e.name === 'search')!;
    search.metrics[0]!.decision = 'regressed';
    search.decision = 'regressed';
    r.summary.regressions = countRegressions(r.comparison);
    const title = renderMarkdown(r).split('\n')[1]!;
    expect(title).toContain('regressed 1.7 pp (2 regressions)');
    expect(countOutputs(r).regressions).toBe(2);
    expect(failureMessage(r)).toBe(
      'loadgate found 2 regressions against the baseline and 1 error in the scenario files (fail-on: error).',
    );
  });

  it('says what is fine when all is well', () => {
    const r = report([file('a.js')], {
      command: 'check',
      comparison: comparison([
        endpoint('a', [metric({ metric: 'p95' })]),
        endpoint('b', [metric({ metric: 'p95' })]),
      ]),
    });
    expect(renderMarkdown(r).split('\n')[1]).toBe(
      '### ✅ loadgate: no regressions across 2 endpoints; 1 scenario file, no problems found',
    );
  });

  it('warns for warnings only', () => {
    const r = report([file('a.js', [finding('a.js', 1, { severity: 'warning' })])]);
    expect(renderMarkdown(r).split('\n')[1]).toBe('### ⚠️ loadgate: 1 scenario warning');
  });

  it('counts unreadable files', () => {
    const r = report([
      file('a.yml', [], { diagnostics: [{ file: 'a.yml', message: 'bad', line: 2, severity: 'error' }] }),
    ]);
    expect(renderMarkdown(r).split('\n')[1]).toBe('### ⚠️ loadgate: 1 file could not be read');
  });

  it('fails only when the step fails: lint errors under fail-on: regression are shown as not failing', () => {
    const r = report([file('a.js', [finding('a.js', 1)])], { failOn: 'regression', verdict: 'pass' });
    expect(renderMarkdown(r).split('\n')[1]).toBe(
      '### ⚠️ loadgate: 1 scenario error (not failing: fail-on is regression)',
    );
    const never = report([file('a.js', [finding('a.js', 1)])], { failOn: 'never', verdict: 'fail' });
    expect(renderMarkdown(never).split('\n')[1]).toBe(
      '### ⚠️ loadgate: 1 scenario error (not failing: fail-on is never)',
    );
  });

  it('names the metric whose budget the user set, not a bigger overshoot on a default budget', () => {
    const r = report([], {
      verdict: 'regressed',
      comparison: comparison([
        endpoint('checkout', [
          metric({
            metric: 'p95',
            decision: 'regressed',
            changePct: 50,
            change: 107,
            budget: { relative: 10, absolute: 20, direction: 'lower-is-better', configured: true },
          }),
          metric({
            metric: 'p99',
            decision: 'regressed',
            changePct: 40,
            change: 115,
            budget: { relative: 10, absolute: 5, direction: 'lower-is-better' },
          }),
        ]),
      ]),
    });
    r.summary.regressions = countRegressions(r.comparison);
    expect(renderMarkdown(r).split('\n')[1]).toBe('### ❌ loadgate: `checkout` p95 regressed 50%');
  });
});

describe('regression table', () => {
  const body = renderMarkdown(mockupReport(), { job: 'load', currentLabel: 'this PR' });
  const [open, folded] = body.split('<details>');

  it('shows decided rows open with baseline, current, change, interval and budget', () => {
    expect(open).toContain(
      '| | endpoint | metric | base `a1b2c3d` | this PR `9f8e7d6` | change (95% CI) | budget |',
    );
    expect(open).toContain(
      '| ❌ | `POST /api/checkout` | p95 | 64 ms | 79 ms | **+23%** (+18 … +28) | +10% |',
    );
    // Grouped by endpoint: the name on the group's first row, metrics in their usual order.
    expect(open).toContain('| ❌ | | errors | 0.4% | 2.1% | **+1.7 pp** (+1.1 … +2.4) | +0.5 pp |');
    expect(open).not.toContain('/api/search');
  });

  it('folds unchanged and inconclusive rows, saying what would decide', () => {
    expect(folded).toContain(
      '<summary>2 metrics unchanged, 1 inconclusive · throughput 41.2 → 40.8 req/s (−1%)</summary>',
    );
    expect(folded).toContain('| ➖ | `GET /api/search` | p95 | 86 ms | 88 ms | +2.3% (−3 … +6) | |');
    expect(folded).toContain('baseline has 1 run; 3 more make a noise band');
  });

  it('leaves out metrics neither run reports', () => {
    const r = report([], {
      comparison: comparison([
        endpoint('all requests', [metric({ metric: 'p95' })]),
        endpoint('list', [
          metric({ metric: 'p95' }),
          metric({
            metric: 'error-rate',
            unit: 'ratio',
            baseline: undefined,
            current: undefined,
            change: undefined,
            changePct: undefined,
            decision: 'inconclusive',
            why: 'Neither run reports error rate here, so there is nothing to compare.',
          }),
        ]),
      ]),
    });
    const out = renderMarkdown(r);
    expect(out).not.toContain('Neither run reports');
    expect(out).toContain('<summary>2 metrics unchanged</summary>');
  });

  it('orders decided rows worst endpoint first, the overall row last, each endpoint as one block', () => {
    const regressed = (m: 'p50' | 'p95' | 'p99', changePct: number) =>
      metric({ metric: m, decision: 'regressed', changePct, change: changePct });
    const r = report([], {
      verdict: 'regressed',
      comparison: comparison([
        endpoint('all requests', [regressed('p99', 30), regressed('p95', 31)]),
        endpoint('search', [regressed('p95', 15)]),
        endpoint('checkout', [regressed('p99', 40), regressed('p50', 40), regressed('p95', 50)]),
      ]),
    });
    const rows = tableRows(renderMarkdown(r))
      .slice(2)
      .map((cells) => `${cells[1]!.trim()} ${cells[2]!.trim()}`.trim());
    expect(rows).toEqual(['`checkout` p50', 'p95', 'p99', '`search` p95', '`all requests` p95', 'p99']);
  });

  it('keeps every row as wide as its header, whatever the endpoint names', () => {
    const r = report([], {
      comparison: comparison([
        endpoint('a|b', [metric({ metric: 'p95', decision: 'regressed', changePct: 50 })], {
          method: 'GET',
          path: '/x|y\n| z',
        }),
        endpoint('c', [metric({ metric: 'p95', decision: 'inconclusive', why: 'a | b\nc' })]),
      ]),
    });
    const rows = tableRows(renderMarkdown(r));
    expect(rows.length).toBeGreaterThan(4);
    for (const row of rows) expect(row).toHaveLength(7);
  });

  it('is replaced by the reason when the runs are not comparable', () => {
    const r = report([], {
      verdict: 'not-comparable',
      comparison: comparison([endpoint('a', [metric({ metric: 'p95', decision: 'regressed' })])], {
        comparable: false,
        verdict: 'not-comparable',
        reasons: ['baseline ran 20 VUs, current 50 VUs'],
        profile: { baseline: { maxVUs: 20, durationSec: 120 }, current: { maxVUs: 50, durationSec: 120 } },
      }),
    });
    const out = renderMarkdown(r, { currentLabel: 'this PR' });
    expect(out).toContain(
      '**Not comparable:** baseline ran 20 VUs, 2 min, this PR 50 VUs, 2 min; the numbers are not judged.',
    );
    expect(out).toContain('- baseline ran 20 VUs, current 50 VUs');
    expect(out).not.toContain('| endpoint |');
    expect(out.split('\n')[1]).toBe('### ⚠️ loadgate: runs not comparable');
    expect(out).toContain('load profiles differ');
  });

  it('names endpoints present on one side only', () => {
    const r = report([], {
      comparison: comparison([
        endpoint('gone', [], { presence: 'baseline-only', method: 'GET', path: '/gone' }),
        endpoint('new', [], { presence: 'current-only' }),
      ]),
    });
    expect(renderMarkdown(r, { currentLabel: 'this PR' })).toContain('Only in this PR: `new`.');
    // On a push or locally there is no pull request to name.
    const out = renderMarkdown(r);
    expect(out).toContain('Only in the baseline: `GET /gone`.');
    expect(out).toContain('Only in current: `new`.');
    expect(out).not.toContain('this PR');
  });
});

describe('findings', () => {
  it('lists findings in changed files open with the fix as a diff, the others folded', () => {
    const body = renderMarkdown(mockupReport(), {
      changedFiles: new Set(['load/checkout.js']),
      sources: new Map([['load/checkout.js', checkoutSource]]),
    });
    const changed = body.slice(body.indexOf('**Scenario findings in changed files** · 1 error, 1 warning'));
    expect(changed).toContain(
      '**`load/checkout.js`** · 1 error, 1 warning\n\n- line 2 · error · `k6/no-thresholds`: ',
    );
    expect(changed).toContain(
      [
        '  ```diff',
        '  @@ -4,1 +4,2 @@',
        "     duration: '2m',",
        "  +  thresholds: { http_req_failed: ['rate<0.01'] },",
        '  ```',
      ].join('\n'),
    );
    expect(body).toContain(
      '<details><summary>1 finding in unchanged files · 1 info</summary>\n\n**`load/soak.js`** · 1 info\n\n- line 12 · info',
    );
    expect(body.indexOf('load/soak.js')).toBeGreaterThan(body.indexOf('- line 4'));
    assertBalanced(body);
  });

  it('lists every finding open when the changed files are not known', () => {
    const body = renderMarkdown(mockupReport());
    expect(body).toContain('**Scenario findings** · 1 error, 1 warning, 1 info');
    expect(body).not.toContain('unchanged files');
  });

  it('shows the new text when the file text is not at hand', () => {
    const body = renderMarkdown(mockupReport());
    // "Add thresholds to options" is what the message already says: only the edit is shown.
    expect(body).not.toContain('Fix: Add thresholds to options.');
    expect(body).toContain('\n  Insert at line 4, column 18:\n  ```\n');
  });

  it('lists unreadable files with path and line', () => {
    const r = report(
      [
        file('load/broken.yml', [], {
          diagnostics: [
            { file: 'load/broken.yml', message: 'is not valid YAML', line: 3, severity: 'error' },
          ],
        }),
      ],
      {
        results: [
          {
            path: 'current.json',
            role: 'current',
            diagnostics: [{ message: 'not JSON', line: 1, severity: 'error' }],
          },
        ],
      },
    );
    const body = renderMarkdown(r);
    expect(body).toContain('**Files loadgate could not read** · 2');
    expect(body).toContain('- `load/broken.yml:3` · error · is not valid YAML');
    expect(body).toContain('- `current.json:1` · error · current results: not JSON');
  });

  it('escapes hostile messages and keeps the folded block closed', () => {
    const r = report([
      file('a.js', [
        finding('a.js', 1, {
          message: '</details><img src=x onerror=alert(1)> @org/team [x](javascript:alert(1))',
        }),
      ]),
    ]);
    const body = renderMarkdown(r, { changedFiles: new Set() });
    expect(body).not.toMatch(/<img|<\/details><img/);
    expect(outsideCode(body)).not.toMatch(/@org/);
    expect(outsideCode(body)).not.toMatch(/\]\(javascript/);
    assertBalanced(body);
  });
});

describe('sections with nothing to say', () => {
  it('are left out', () => {
    const body = renderMarkdown(report([file('a.js')]));
    expect(body).not.toContain('<details>');
    expect(body).not.toContain('|');
    expect(body).not.toContain('Scenario findings');
    expect(body).not.toContain('could not read');
    expect(body).not.toContain('silence a finding');
    expect(body.trim().split('\n')).toHaveLength(4);
  });
});

describe('size', () => {
  const many = (n: number, path: (i: number) => string, withFix: boolean) =>
    Array.from({ length: n }, (_, i) =>
      finding(path(i), i + 1, {
        message: `Finding number ${i} with a message long enough to matter ${'x'.repeat(60)}`,
        fix: withFix
          ? {
              description: 'Add it.',
              edits: [
                {
                  file: path(i),
                  start: { line: 1, column: 1 },
                  end: { line: 1, column: 1 },
                  text: 'a\nb\nc\n',
                },
              ],
            }
          : undefined,
      }),
    );

  it('keeps 5,000 findings under the budget, cut between items with a count', () => {
    const r = report(
      [
        file(
          'load/big.js',
          many(5000, () => 'load/big.js', true),
        ),
      ],
      { comparison: regressedComparison() },
    );
    const body = renderMarkdown(r);
    expect(body.length).toBeLessThanOrEqual(COMMENT_BUDGET);
    expect(body.length).toBeGreaterThan(COMMENT_BUDGET * 0.8);
    expect(body).toMatch(/_… and \d+ more findings, left out to keep this comment under GitHub's size limit/);
    expect(body).toContain('| ❌ | `POST /api/checkout` | p95');
    expect(body).toContain('<sub>loadgate 0.1.0');
    assertBalanced(body);
  });

  it('shrinks the unchanged-files list first, keeping the changed files and the metrics', () => {
    const changed = many(50, () => 'load/changed.js', false);
    const unchanged = many(5000, (i) => `load/other-${i}.js`, false);
    const r = report([file('load/changed.js', changed), ...unchanged.map((f) => file(f.loc.file, [f]))], {
      comparison: regressedComparison(),
    });
    const body = renderMarkdown(r, { changedFiles: new Set(['load/changed.js']) });
    expect(body.length).toBeLessThanOrEqual(COMMENT_BUDGET);
    expect(body).toContain('<details><summary>5000 findings in unchanged files · 5000 errors</summary>');
    expect(body).toMatch(/_… and \d+ more findings, left out/);
    expect(body).toContain('Finding number 49 ');
    expect(body).toContain('<details><summary>2 metrics unchanged');
    assertBalanced(body);
  });

  it('honours a smaller budget and links the full report', () => {
    const r = report([
      file(
        'a.js',
        many(200, () => 'a.js', false),
      ),
    ]);
    const body = renderMarkdown(r, { maxLength: 5000, reportUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(body.length).toBeLessThanOrEqual(5000);
    expect(body).toContain('see the [job summary](https://github.com/o/r/actions/runs/1)');
    expect(body).toContain('[full report](https://github.com/o/r/actions/runs/1)');
  });

  it('does not link URLs that could break out of the link', () => {
    const body = renderMarkdown(report([file('a.js', [finding('a.js', 1)])]), {
      reportUrl: 'javascript:alert(1)',
    });
    expect(body).not.toContain('javascript');
  });
});

describe('links', () => {
  const links = { serverUrl: 'https://github.example.com/', repository: 'acme/shop', sha: 'f'.repeat(40) };

  it('link path:line to the file at the head commit and built-in rules to their docs at this version', () => {
    const r = report([
      file('load/my checkout.js', [
        finding('load/my checkout.js', 4, { ruleId: 'no-ramp-up', severity: 'warning', message: 'Ramp up.' }),
        finding('load/my checkout.js', 7, {
          ruleId: 'acme/custom-rule',
          severity: 'warning',
          message: 'Ours.',
        }),
      ]),
    ]);
    const body = renderMarkdown(r, { links });
    const blob = `https://github.example.com/acme/shop/blob/${'f'.repeat(40)}/load/my%20checkout.js`;
    expect(body).toContain(`**[\`load/my checkout.js\`](${blob})** · 2 warnings`);
    expect(body).toContain(
      `- [line 4](${blob}#L4) · warning · [\`no-ramp-up\`](https://github.com/loadgate/loadgate/blob/v0.1.0/docs/rules/no-ramp-up.md): Ramp up.`,
    );
    // A repository's own rule has no page in loadgate's docs.
    expect(body).toContain(`- [line 7](${blob}#L7) · warning · \`acme/custom-rule\`: Ours.`);
  });

  it('make none from a context that could inject one', () => {
    const r = report([file('a.js', [finding('a.js', 1)])]);
    for (const bad of [
      { ...links, repository: 'acme/shop) [x](https://evil' },
      { ...links, serverUrl: 'javascript:alert(1)' },
      { ...links, sha: 'main' },
    ]) {
      expect(renderMarkdown(r, { links: bad })).not.toContain('](https://github.example.com');
      expect(renderMarkdown(r, { links: bad })).not.toMatch(/evil|javascript/);
    }
  });
});

describe('job summary', () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      finding(`load/f${i}.js`, 1, {
        message: `Finding ${i} ${'y'.repeat(80)}`,
        severity: i % 2 ? 'warning' : 'error',
      }),
    );

  it('lists every finding in unchanged files when they fit, and never links to itself', () => {
    const findings = many(1654);
    const r = report(findings.map((f) => file(f.loc.file, [f])));
    const body = renderMarkdown(r, {
      target: 'summary',
      changedFiles: new Set(['load/f0.js']),
      reportUrl: 'https://github.com/o/r/actions/runs/1',
      reportFiles: ['loadgate-report.json'],
    });
    expect(body).toContain('<details><summary>1653 findings in unchanged files');
    expect(body).toContain('Finding 1653 ');
    expect(body).not.toContain('not listed');
    expect(body).not.toContain('actions/runs/1');
  });

  it('fills its 1 MB worst first, and names the report file for the rest', () => {
    const findings = many(12_000);
    const r = report(findings.map((f) => file(f.loc.file, [f])));
    const body = renderMarkdown(r, { target: 'summary', reportFiles: ['loadgate-report.json'] });
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(1_000_000);
    expect(Buffer.byteLength(body)).toBeGreaterThan(900_000);
    expect(body).toMatch(
      /_… and \d+ more findings, left out to keep this summary under GitHub's size limit; the full list is in the report file `loadgate-report.json`\._/,
    );
    // Errors come before warnings: the 6,000 errors fill the summary and no warning gets in.
    const listed = body.split('\n').filter((l) => l.startsWith('- line'));
    expect(listed.length).toBeGreaterThan(5000);
    expect(listed.every((l) => l.includes('· error ·'))).toBe(true);
  });
});

describe('changed lines', () => {
  it('list the findings on lines the pull request changes first in their file, and say so', () => {
    const r = report([
      file('load/checkout.js', [
        finding('load/checkout.js', 2, { message: 'Old error.' }),
        finding('load/checkout.js', 9, {
          severity: 'warning',
          ruleId: 'no-ramp-up',
          message: 'New warning.',
        }),
      ]),
    ]);
    const body = renderMarkdown(r, {
      changedLines: new Map([['load/checkout.js', [{ start: 8, end: 10 }]]]),
    });
    expect(body).toContain('**`load/checkout.js`** · 1 error, 1 warning (1 on changed lines)');
    expect(body.indexOf('- line 9 · changed line · warning')).toBeGreaterThan(-1);
    expect(body.indexOf('- line 9')).toBeLessThan(body.indexOf('- line 2 · error'));
  });
});
