import { runCli } from '../helpers/cli.js';
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateReport } from '../helpers/schemas.js';
import { GOOD_K6, K6_WITHOUT_CRITERIA, workspaces } from '../helpers/workspace.js';

/**
 * The gate people can trust (issue #13): nothing examined is never a pass, a typed file name that is not
 * there is a usage error, results of two tools are never compared, and suppressions can be audited. Cases
 * as data: files, argv, the exit code and what stdout, stderr or the JSON report must say.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RESULTS = join(ROOT, '__tests__/fixtures/results');
const K6_BASELINE = readFileSync(join(RESULTS, 'k6-summary-baseline.json'), 'utf8');
const K6_CURRENT = readFileSync(join(RESULTS, 'k6-summary-current.json'), 'utf8');

/** A small Artillery 2 `--output` report. */
const ARTILLERY_REPORT = JSON.stringify({
  aggregate: {
    counters: { 'http.requests': 100, 'http.codes.200': 100, 'vusers.created': 10 },
    rates: { 'http.request_rate': 10 },
    firstMetricAt: 1700000000000,
    lastMetricAt: 1700000010000,
    summaries: {
      'http.response_time': { min: 1, max: 50, count: 100, mean: 12, median: 10, p95: 30, p99: 45 },
    },
  },
  intermediate: [],
});

/** K6_WITHOUT_CRITERIA with a comment above its `options` (line 4 becomes line 5). */
const suppressed = (comment: string) =>
  K6_WITHOUT_CRITERIA.replace('export const options', `${comment}\nexport const options`);

interface Json {
  verdict: string;
  summary: {
    files: number;
    findings: Record<string, number>;
    suppressed: number;
    diagnostics: number;
    unreadable: number;
    regressions: number;
  };
  files: {
    path: string;
    findings: { ruleId: string }[];
    diagnostics: { severity: string; message: string; line?: number }[];
    suppressed: { ruleId: string; line: number; reason: string | null; commentLine: number }[];
  }[];
  results: { path: string; diagnostics: { severity: string; message: string }[] }[];
  notCompared?: {
    reason: string;
    current?: { file: string; endpoints: { name: string; metrics: Record<string, { value: number }> }[] };
  };
}

interface Case {
  name: string;
  files: Record<string, string>;
  args: string[];
  exit: number;
  report?: (report: Json) => void;
  stdout?: RegExp;
  stderr?: RegExp;
}

const workspace = workspaces();

const cases: Case[] = [
  // Nothing examined is never a pass.
  {
    name: 'lint of a folder with no scenario exits 2 naming the folder',
    files: { 'empty/notes.txt': 'nothing here\n', 'load/api.js': GOOD_K6 },
    args: ['lint', 'empty'],
    exit: 2,
    stderr:
      /^loadgate: no k6, Artillery, JMeter, Locust, Gatling or Taurus scenario files found: searched empty\n$/,
  },
  {
    name: 'lint with no scenario anywhere exits 2',
    files: { 'README.md': '# hello\n', 'eslint.config.js': 'export default [];\n' },
    args: ['lint'],
    exit: 2,
    stderr:
      /^loadgate: no k6, Artillery, JMeter, Locust, Gatling or Taurus scenario files found: searched \.\n$/,
  },
  {
    name: 'an include typo is a config error on the include line, for lint and check',
    files: { '.loadgate.yml': "fail-on: error\ninclude: ['laod/**']\n", 'load/api.js': GOOD_K6 },
    args: ['check'],
    exit: 2,
    stderr:
      /^loadgate: .*\.loadgate\.yml:2: "include" \(laod\/\*\*\) matches no k6, Artillery, JMeter, Locust, Gatling or Taurus scenario file in \.;/,
  },
  {
    name: 'a glob that matches nothing, alone, exits 2 like ESLint',
    files: { 'load/api.js': GOOD_K6 },
    args: ['lint', 'laod/**/*.js'],
    exit: 2,
    stderr: /searched laod\/\*\*\/\*\.js \(matches no scenario file\)/,
  },
  {
    name: 'a path that does not exist, alone, exits 2',
    files: {},
    args: ['lint', 'missing.js'],
    exit: 2,
    stderr: /searched missing\.js \(does not exist\)/,
  },
  {
    name: 'a glob that matches nothing next to files that were linted stays a diagnostic (exit 1)',
    files: { 'load/api.js': GOOD_K6 },
    args: ['lint', 'load', 'laod/**/*.js', '--format', 'json'],
    exit: 1,
    report: (r) => expect(r.files.map((f) => f.path)).toEqual(['laod/**/*.js', 'load/api.js']),
  },
  {
    name: 'with exit 2, --format json prints nothing on stdout and one line on stderr',
    files: {},
    args: ['lint', '--format', 'json'],
    exit: 2,
    stdout: /^$/,
    stderr: /^loadgate: [^\n]+\n$/,
  },
  {
    name: 'check in a repository that only compares results is no error: nothing was asked to be linted',
    files: {
      'results/baseline.json': K6_BASELINE,
      'results/current.json': K6_BASELINE,
      '.loadgate.yml': 'baseline: results/baseline.json\nresults: results/current.json\n',
    },
    args: ['check', '--format', 'json'],
    exit: 0,
    report: (r) => {
      expect(r.verdict).toBe('pass');
      expect(r.summary.files).toBe(0);
    },
  },
  {
    name: 'check with nothing to lint and nothing to compare exits 2',
    files: { 'README.md': '# hello\n' },
    args: ['check'],
    exit: 2,
    stderr:
      /nothing to check: no k6, Artillery, JMeter, Locust, Gatling or Taurus scenario file in \. and no results to compare/,
  },

  {
    name: 'check whose results glob matches nothing says nothing was compared, and does not pass',
    files: {
      'load/api.js': GOOD_K6,
      'results/baseline.json': K6_BASELINE,
      '.loadgate.yml': 'baseline: results/baseline.json\nresults: ["out/*.json"]\n',
    },
    args: ['check', '--format', 'json'],
    exit: 0,
    report: (r) => {
      expect(r.verdict).toBe('inconclusive');
      expect(r.notCompared?.reason).toBe('"results" (out/*.json) matches no result file');
    },
  },
  {
    name: 'compare whose results glob matches nothing is a config error on the results line',
    files: {
      'results/baseline.json': K6_BASELINE,
      '.loadgate.yml': 'baseline: results/baseline.json\nresults: ["out/*.json"]\n',
    },
    args: ['compare'],
    exit: 2,
    stderr:
      /\.loadgate\.yml:2: "results" \(out\/\*\.json\) matches no result file, so there is nothing to compare\n$/,
  },

  // Files typed on the command line must exist; a first run's missing baseline stays a note.
  {
    name: 'a --baseline that does not exist is a usage error',
    files: { 'current.json': K6_CURRENT },
    args: ['compare', '--baseline', 'nope.json', '--current', 'current.json'],
    exit: 2,
    stderr: /^loadgate: --baseline nope\.json does not exist\n$/,
  },
  {
    name: 'a --current that does not exist is a usage error',
    files: { 'baseline.json': K6_BASELINE },
    args: ['compare', '--baseline', 'baseline.json', '--current', 'nope.json'],
    exit: 2,
    stderr: /^loadgate: --current nope\.json does not exist\n$/,
  },
  {
    name: 'a baseline from the config that is not there yet is a note; the first line says nothing was compared',
    files: {
      'load/api.js': GOOD_K6,
      'results/current.json': K6_CURRENT,
      '.loadgate.yml': 'baseline: baselines/main.json\nresults: results/current.json\n',
    },
    args: ['check'],
    exit: 0,
    stdout:
      /^nothing compared: no baseline yet: baselines\/main\.json does not exist[^\n]*\n[\s\S]*current run: results\/current\.json \(not compared\)\nendpoint +requests +p50 +p95 +p99 +errors +throughput\n\(all requests\) +\d+ /,
  },
  {
    name: 'the JSON report says why nothing was compared and carries the current numbers',
    files: {
      'results/current.json': K6_CURRENT,
      '.loadgate.yml': 'baseline: baselines/main.json\nresults: results/current.json\n',
    },
    args: ['check', '--format', 'json'],
    exit: 0,
    report: (r) => {
      expect(r.verdict).toBe('inconclusive');
      expect(r.notCompared?.reason).toMatch(/^no baseline yet: baselines\/main\.json does not exist/);
      expect(r.notCompared?.current?.file).toBe('results/current.json');
      const overall = r.notCompared?.current?.endpoints[0];
      expect(overall?.name).toBe('(all requests)');
      expect(overall?.metrics.p95?.value).toEqual(expect.any(Number));
    },
  },
  {
    name: 'the Markdown headline says first that nothing was compared',
    files: {
      'load/api.js': GOOD_K6,
      'results/current.json': K6_CURRENT,
      '.loadgate.yml': 'baseline: baselines/main.json\nresults: results/current.json\n',
    },
    args: ['check', '--format', 'markdown'],
    exit: 0,
    stdout:
      /^<!--[^\n]*-->\n### ⚠️ loadgate: nothing compared \(no baseline yet\)\n\n\*\*Nothing compared:\*\* no baseline yet[\s\S]*\| `\(all requests\)` \| \d+ \|/,
  },

  // Results of two tools.
  {
    name: 'k6 results compared with Artillery results is a configuration error naming both tools',
    files: { 'k6.json': K6_BASELINE, 'art.json': ARTILLERY_REPORT },
    args: ['compare', '--baseline', 'k6.json', '--current', 'art.json', '--format', 'json'],
    exit: 2,
    stdout: /^$/,
    stderr:
      /^loadgate: cannot compare results of two tools: the baseline k6\.json is a k6 result and the current art\.json an Artillery result; [^\n]*\n$/,
  },
  {
    name: 'two tools named in the config point at the config line',
    files: {
      'load/api.js': GOOD_K6,
      'k6.json': K6_BASELINE,
      'art.json': ARTILLERY_REPORT,
      '.loadgate.yml': 'include: ["load/**"]\nbaseline: k6.json\nresults: [art.json]\n',
    },
    args: ['check'],
    exit: 2,
    stderr: /\.loadgate\.yml:2: cannot compare results of two tools: .*k6.*Artillery/,
  },

  // The text report never says "no problems" above a file it could not read.
  {
    name: 'the text summary leads with the unreadable file, never "no problems"',
    files: {
      'load/api.js': GOOD_K6,
      'load/broken.js': "import http from 'k6/http';\nexport default function () {\n  http.get(;\n}\n",
    },
    args: ['lint'],
    exit: 1,
    stdout: /\n✖ 1 file could not be read; no findings in the others\n/,
  },
  {
    name: 'summary.diagnostics counts the diagnostics; summary.unreadable the files',
    files: {
      'load/broken.js': "import http from 'k6/http';\nexport default function () {\n  http.get(;\n}\n",
      'notes.yml': 'title: hello\n',
      'load/api.js': GOOD_K6,
    },
    args: ['lint', 'load', 'notes.yml', 'missing.js', '--format', 'json'],
    exit: 1,
    report: (r) => {
      const listed = r.files.reduce((n, f) => n + f.diagnostics.length, 0);
      expect(listed).toBe(3);
      expect(r.summary.diagnostics).toBe(listed);
      expect(r.summary.unreadable).toBe(2); // broken.js and missing.js; notes.yml is only a note
    },
  },

  // Suppressions people can audit.
  {
    name: 'a suppression with a reason is listed in suppressed[] with its reason and counted',
    files: {
      'load/api.js': suppressed(
        '// loadgate-disable-next-line no-pass-fail-criteria -- CI passes -c ci.json',
      ),
    },
    args: ['lint', '--format', 'json'],
    exit: 0,
    report: (r) => {
      const file = r.files[0]!;
      expect(file.findings.map((f) => f.ruleId)).not.toContain('no-pass-fail-criteria');
      expect(file.suppressed).toEqual([
        expect.objectContaining({
          ruleId: 'no-pass-fail-criteria',
          line: 5,
          commentLine: 4,
          reason: 'CI passes -c ci.json',
        }),
      ]);
      expect(file.diagnostics).toEqual([]);
      expect(r.summary.suppressed).toBe(1);
    },
  },
  {
    name: 'a suppression without a reason still silences its finding, and is a warning',
    files: { 'load/api.js': suppressed('// loadgate-disable-next-line no-pass-fail-criteria') },
    args: ['lint', '--format', 'json'],
    exit: 0,
    report: (r) => {
      const file = r.files[0]!;
      expect(file.suppressed).toEqual([expect.objectContaining({ reason: null })]);
      expect(file.diagnostics).toEqual([
        expect.objectContaining({
          severity: 'warning',
          line: 4,
          message: expect.stringMatching(/gives no reason/),
        }),
      ]);
    },
  },
  {
    name: 'a suppression without a reason fails under --fail-on warning',
    files: { 'load/api.js': suppressed('// loadgate-disable-next-line no-pass-fail-criteria') },
    args: ['lint', '--fail-on', 'warning'],
    exit: 1,
    stdout: /load\/api\.js:4:1: warning loadgate-disable-next-line no-pass-fail-criteria gives no reason/,
  },
  {
    name: 'an unknown rule id in a suppression is a warning naming the closest id, and silences nothing',
    files: { 'load/api.js': suppressed('// loadgate-disable-next-line no-pass-fail-criterion -- CI') },
    args: ['lint', '--format', 'json'],
    exit: 1,
    report: (r) => {
      const file = r.files[0]!;
      expect(file.findings.map((f) => f.ruleId)).toContain('no-pass-fail-criteria');
      expect(file.diagnostics[0]?.message).toMatch(
        /"no-pass-fail-criterion" is not a rule loadgate knows, so it silences nothing; did you mean "no-pass-fail-criteria"\?/,
      );
    },
  },
  {
    name: 'an override glob that matches no file is a warning naming the glob and its line',
    files: {
      'load/api.js': GOOD_K6,
      '.loadgate.yml': 'overrides:\n  - files: ["laod/**"]\n    rules:\n      no-pass-fail-criteria: off\n',
    },
    args: ['lint', '--format', 'json'],
    exit: 0,
    report: (r) => {
      const config = r.files.find((f) => f.path === '.loadgate.yml')!;
      expect(config.diagnostics).toEqual([
        expect.objectContaining({
          severity: 'warning',
          line: 2,
          message: expect.stringMatching(/^overrides\[0\]\.files "laod\/\*\*" matches no file/),
        }),
      ]);
    },
  },
  {
    name: 'the text summary counts suppressed findings',
    files: {
      'load/api.js': suppressed('// loadgate-disable-next-line no-pass-fail-criteria -- CI passes -c'),
    },
    args: ['lint'],
    exit: 0,
    stdout: /✔ no problems in 1 file; 1 suppressed/,
  },
  {
    name: 'SARIF lists a suppressed finding with its justification',
    files: {
      'load/api.js': suppressed('// loadgate-disable-next-line no-pass-fail-criteria -- CI passes -c'),
    },
    args: ['lint', '--format', 'sarif'],
    exit: 0,
    stdout:
      /"ruleId": "no-pass-fail-criteria"[\s\S]*"suppressions": \[\s*\{\s*"kind": "inSource",\s*"justification": "CI passes -c"/,
  },
];

async function run(files: Record<string, string>, args: string[]) {
  const cwd = workspace(files);
  return runCli(args, cwd);
}

describe('a gate people can trust', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { code, stdout, stderr } = await run(c.files, c.args);
    if (c.report) {
      const report = JSON.parse(stdout) as Json;
      expect(validateReport(report)).toBe(true);
      c.report(report);
    }
    if (c.stdout) expect(stdout).toMatch(c.stdout);
    if (c.stderr) expect(stderr).toMatch(c.stderr);
    expect(stderr).not.toMatch(/\n\s+at .*:\d+:\d+/); // never a stack trace
    expect(code).toBe(c.exit);
  });
});
