import { describe, expect, it } from '@jest/globals';
import { renderTerminal } from '../../src/report/terminal.js';
import { comparison, endpoint, file, finding, metric, regressedComparison, report } from './build.js';

const source =
  "import http from 'k6/http';\nexport const options = { vus: 50 };\nexport default function () {}\n";

function sample() {
  return report([
    file('z.js', [
      finding('z.js', 3, { severity: 'warning', ruleId: 'no-ramp-up', message: 'Peak at once.' }),
    ]),
    file('a.js', [
      finding('a.js', 2, {
        loc: { file: 'a.js', line: 2, column: 8, endLine: 2, endColumn: 13 },
        message: 'No thresholds.',
      }),
      finding('a.js', 1, { severity: 'info', ruleId: 'soak-too-short', message: 'Short.' }),
    ]),
    file('ok.js'),
  ]);
}

describe('terminal output', () => {
  it('prints one stable line per finding, grouped per file, rule id last', () => {
    const out = renderTerminal(sample());
    expect(out).toContain(
      [
        'a.js:1:1: info Short. [soak-too-short]',
        'a.js:2:8: error No thresholds. [k6/no-thresholds]',
        '',
        'z.js:3:1: warning Peak at once. [no-ramp-up]',
      ].join('\n'),
    );
    expect(out).toContain('✖ 3 problems (1 error, 1 warning, 1 info) in 2 of 3 files');
    expect(out).not.toContain('\u001b');
  });

  it('colours and frames code only when asked', () => {
    const out = renderTerminal(sample(), { color: true, sources: new Map([['a.js', source]]) });
    expect(out).toContain('\u001b[31merror\u001b[0m');
    expect(out).toContain('export const options = { vus: 50 };');
    const underline = out.split('\n').filter((l) => l.includes('^'))[1]!;
    // eslint-disable-next-line no-control-regex
    const plainUnderline = underline.replace(/\u001b\[[0-9;]*m/g, '');
    expect(plainUnderline).toBe('    |        ^^^^^');
    expect(renderTerminal(sample(), { color: false, sources: new Map([['a.js', source]]) })).not.toContain(
      '^',
    );
  });

  it('keeps indentation in code frames so the caret points at the column, and never prints a secret', () => {
    const text =
      "import http from 'k6/http';\nexport default function () {\n\theaders = { Authorization: 'Bearer 9f8a7s6d5f4g3h2j1k0l' };\n}\n";
    const secret = finding('s.js', 3, {
      ruleId: 'hardcoded-secret',
      category: 'security',
      loc: { file: 's.js', line: 3, column: 29, endLine: 3, endColumn: 59 },
    });
    const out = renderTerminal(report([file('s.js', [secret])]), {
      color: true,
      sources: new Map([['s.js', text]]),
    })
      // eslint-disable-next-line no-control-regex
      .replace(/\u001b\[[0-9;]*m/g, '');
    expect(out).not.toContain('9f8a7s6d5f4g3h2j1k0l');
    const lines = out.split('\n');
    const code = lines.find((l) => l.startsWith('> 3 | '))!;
    const caret = lines[lines.indexOf(code) + 1]!;
    expect(code.slice(caret.indexOf('^'), caret.lastIndexOf('^') + 1)).toBe('•'.repeat(30));
  });

  it('cannot be made to write escape sequences by a file', () => {
    const r = report([file('a.js', [finding('a.js', 1, { message: 'x\u001b]0;pwned\u0007\u001b[2J' })])]);
    expect(renderTerminal(r, { color: false })).not.toContain('\u001b');
  });

  it('says so when all is clean', () => {
    expect(renderTerminal(report([file('a.js')]))).toContain('✔ no problems in 1 file');
  });

  it('lists unreadable files with a bracketed id', () => {
    const r = report([
      file('b.yml', [], {
        diagnostics: [{ file: 'b.yml', message: 'bad YAML', line: 4, column: 2, severity: 'error' }],
      }),
    ]);
    const out = renderTerminal(r);
    expect(out).toContain('b.yml:4:2: error bad YAML [diagnostic]');
    expect(out).toContain('1 file could not be read');
  });

  it('prints the comparison as an aligned table', () => {
    const out = renderTerminal(report([], { comparison: regressedComparison(), verdict: 'regressed' }));
    const lines = out.split('\n');
    const header = lines.find((l) => l.startsWith('endpoint'))!;
    const row = lines.find((l) => l.startsWith('POST /api/checkout  p95'))!;
    expect(row).toContain('64 ms');
    expect(row).toContain('+23%');
    expect(row).toContain('+18 … +28');
    expect(row.indexOf('regressed')).toBe(header.indexOf('decision'));
    expect(out).toContain('verdict: regressed (fail-on: error)');
  });

  it('says why runs are not comparable', () => {
    const c = comparison([endpoint('a', [metric({ metric: 'p95' })])], {
      comparable: false,
      verdict: 'not-comparable',
      profile: { baseline: { maxVUs: 20 }, current: { maxVUs: 50 } },
    });
    expect(renderTerminal(report([], { comparison: c }))).toContain(
      'not comparable: baseline ran 20 VUs, this run 50 VUs',
    );
  });
});
