import { runCli } from '../helpers/cli.js';
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateReport, validateRun } from '../helpers/schemas.js';
import { GOOD_K6, K6_WITHOUT_CRITERIA, workspaces } from '../helpers/workspace.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RESULTS = join(ROOT, '__tests__/fixtures/results');

const ARTILLERY_GOOD = `config:
  target: "{{ $processEnvironment.TARGET }}"
  plugins:
    expect: {}
    ensure: {}
  phases:
    - { duration: 60, arrivalRate: 1, rampTo: 10, name: warm-up }
    - { duration: 300, arrivalRate: 10, name: sustained }
    - { duration: 60, arrivalRate: 1, name: cool-down }
  ensure:
    thresholds:
      - http.response_time.p95: 500
    maxErrorRate: 1
scenarios:
  - flow:
      - get:
          url: /api/health
          expect:
            - statusCode: 200
      - think: 1
`;

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  fix?: { safety?: string };
}
interface JsonFile {
  path: string;
  tool: string | null;
  findings: JsonFinding[];
  diagnostics: { message: string; severity: string; line?: number }[];
}
interface JsonReport {
  command: string;
  verdict: string;
  failOn: string;
  summary: { diagnostics: number };
  files: JsonFile[];
  results: { path: string; diagnostics: { message: string }[] }[];
  comparison: { endpoints: { name: string; verdict: string; metrics: Record<string, unknown> }[] };
}

interface Case {
  name: string;
  files: Record<string, string>;
  args: string[];
  exit: number;
  /** Expectations on the JSON report (the case runs with --format json unless args name a format). */
  report?: (report: JsonReport) => void;
  stdout?: RegExp;
  stderr?: RegExp;
}

const workspace = workspaces();

/** `loadgate compare` of two fixture results, as JSON. */
const compareJson = (baseline: string, current: string) => [
  'compare',
  '--baseline',
  join(RESULTS, baseline),
  '--current',
  join(RESULTS, current),
  '--format',
  'json',
];

async function run(files: Record<string, string>, args: string[]) {
  const cwd = workspace(files);
  return { ...(await runCli(args, cwd)), cwd };
}

// The documented contract of docs/cli.md, one row per promise.
const cases: Case[] = [
  {
    name: 'a clean k6 script and a clean Artillery script pass with exit 0',
    files: { 'load/api.js': GOOD_K6, 'load/api.yml': ARTILLERY_GOOD },
    args: ['lint', '--format', 'json'],
    exit: 0,
    report: (r) => {
      expect(r.verdict).toBe('pass');
      expect(r.files.map((f) => [f.path, f.tool])).toEqual([
        ['load/api.js', 'k6'],
        ['load/api.yml', 'artillery'],
      ]);
      expect(r.files.flatMap((f) => f.findings)).toEqual([]);
    },
  },
  {
    name: 'a script without pass/fail criteria fails with exit 1 and a located finding',
    files: { 'load/api.js': K6_WITHOUT_CRITERIA },
    args: ['lint', '--format', 'json'],
    exit: 1,
    report: (r) => {
      expect(r.verdict).toBe('fail');
      const finding = r.files[0]!.findings.find((f) => f.ruleId === 'no-pass-fail-criteria')!;
      expect(finding).toMatchObject({ severity: 'error', line: 4, column: expect.any(Number) });
      expect(finding.message).toMatch(/threshold/i);
    },
  },
  {
    name: 'files are discovered by content: JS and YAML that are not scenarios are skipped',
    files: {
      'load/api.js': GOOD_K6,
      'eslint.config.js': 'export default [];\n',
      '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
      'node_modules/k6-thing/index.js': K6_WITHOUT_CRITERIA,
      'docker-compose.yml': 'services:\n  api:\n    image: nginx\n',
    },
    args: ['lint', '--format', 'json'],
    exit: 0,
    report: (r) => expect(r.files.map((f) => f.path)).toEqual(['load/api.js']),
  },
  {
    name: 'a file named on the command line that is no scenario is reported, not dropped',
    files: { 'notes.yml': 'title: hello\n', 'load/api.js': GOOD_K6 },
    args: ['lint', 'notes.yml', 'load', '--format', 'json'],
    exit: 0,
    report: (r) => {
      expect(r.files).toHaveLength(2);
      expect(r.files[1]).toMatchObject({ path: 'notes.yml', tool: null });
      expect(r.files[1]?.diagnostics[0]?.message).toMatch(/not a scenario/);
    },
  },
  {
    name: 'a file named on the command line that is no scenario, alone, lints nothing: exit 2',
    files: { 'notes.yml': 'title: hello\n' },
    args: ['lint', 'notes.yml', '--format', 'json'],
    exit: 2,
    stderr:
      /^loadgate: no k6, Artillery, JMeter, Locust, Gatling or Taurus scenario files found: searched notes\.yml \(not a k6, Artillery, JMeter, Locust, Gatling or Taurus scenario\)\n$/,
  },
  {
    name: 'a malformed file is reported with its line, and the other files are still linted',
    files: {
      'load/broken.js': "import http from 'k6/http';\nexport default function () {\n  http.get(;\n}\n",
      'load/api.js': K6_WITHOUT_CRITERIA,
    },
    args: ['lint', '--format', 'json'],
    exit: 1,
    report: (r) => {
      const broken = r.files.find((f) => f.path === 'load/broken.js')!;
      expect(broken.diagnostics[0]).toMatchObject({ severity: 'error', line: 3 });
      const ok = r.files.find((f) => f.path === 'load/api.js')!;
      expect(ok.findings.some((f) => f.ruleId === 'no-pass-fail-criteria')).toBe(true);
      expect(r.summary.diagnostics).toBe(1);
    },
  },
  {
    name: 'a path that does not exist is a diagnostic and fails the run',
    files: { 'load/api.js': GOOD_K6 },
    args: ['lint', 'load', 'missing.js', '--format', 'json'],
    exit: 1,
    report: (r) =>
      expect(r.files.find((f) => f.path === 'missing.js')?.diagnostics[0]?.message).toBe('does not exist'),
  },
  {
    name: '--fail-on never reports errors but exits 0',
    files: { 'load/api.js': K6_WITHOUT_CRITERIA },
    args: ['lint', '--fail-on', 'never', '--format', 'json'],
    exit: 0,
    report: (r) => expect(r.failOn).toBe('never'),
  },
  {
    name: 'fail-on from .loadgate.yml is used, and the flag overrides it',
    files: { 'load/api.js': K6_WITHOUT_CRITERIA, '.loadgate.yml': 'fail-on: regression\n' },
    args: ['lint', '--format', 'json'],
    exit: 0,
    report: (r) => expect([r.failOn, r.verdict]).toEqual(['regression', 'pass']),
  },
  {
    name: 'a rule switched off in .loadgate.yml is silent; an inline suppression silences one line',
    files: {
      'load/api.js': `// loadgate-disable-next-line no-pass-fail-criteria -- thresholds come from the k6 config in CI\n${K6_WITHOUT_CRITERIA.replace('export const options', '// loadgate-disable-next-line no-pass-fail-criteria -- thresholds come from -c ci.json\nexport const options')}`,
    },
    args: ['lint', '--format', 'json'],
    exit: 0,
    report: (r) =>
      expect(r.files[0]?.findings.filter((f) => f.ruleId === 'no-pass-fail-criteria')).toEqual([]),
  },
  {
    name: 'compare judges a regression per endpoint and exits 1',
    files: {},
    args: compareJson('k6-summary-baseline.json', 'k6-summary-current.json'),
    exit: 1,
    report: (r) => {
      expect(r.verdict).toBe('regressed');
      const checkout = r.comparison.endpoints.find((e) => e.name === 'checkout')!;
      expect(checkout.verdict).toBe('regressed');
      expect(checkout.metrics.p95).toMatchObject({
        baseline: expect.any(Number),
        current: expect.any(Number),
        verdict: 'regressed',
      });
      expect(r.files).toEqual([]);
    },
  },
  {
    name: 'comparing a run with itself passes',
    files: {},
    args: compareJson('k6-summary-baseline.json', 'k6-summary-baseline.json'),
    exit: 0,
    report: (r) => expect(r.verdict).toBe('pass'),
  },
  {
    name: 'a truncated result file is an error with its line, and fails the build instead of passing it',
    files: { 'current.json': '{"metrics": ' },
    args: [
      'compare',
      '--baseline',
      join(RESULTS, 'k6-summary-baseline.json'),
      '--current',
      'current.json',
      '--format',
      'json',
    ],
    exit: 1,
    report: (r) => {
      expect(r.verdict).toBe('fail');
      expect(r.results.find((x) => x.path === 'current.json')?.diagnostics[0]).toMatchObject({
        severity: 'error',
        line: 1,
      });
    },
  },
  {
    name: 'check lints and compares from .loadgate.yml',
    files: {
      'load/api.js': GOOD_K6,
      'results/baseline.json': readFileSync(join(RESULTS, 'k6-summary-baseline.json'), 'utf8'),
      'results/current.json': readFileSync(join(RESULTS, 'k6-summary-current.json'), 'utf8'),
      '.loadgate.yml': 'include: ["load/**"]\nbaseline: results/baseline.json\nresults: ["results/*.json"]\n',
    },
    args: ['check', '--format', 'json'],
    exit: 1,
    report: (r) => {
      expect(r.command).toBe('check');
      expect(r.files.map((f) => f.path)).toEqual(['load/api.js']);
      expect(r.verdict).toBe('regressed');
    },
  },
  {
    name: 'an unknown command is a usage error',
    files: {},
    args: ['deploy'],
    exit: 2,
    stderr: /unknown command "deploy"/,
  },
  {
    name: 'an unknown format is a usage error',
    files: {},
    args: ['lint', '--format', 'xml'],
    exit: 2,
    stderr: /unknown format "xml"; expected text, json, sarif, markdown/,
  },
  {
    name: 'an unknown option is a usage error',
    files: {},
    args: ['lint', '--frmat', 'json'],
    exit: 2,
    stderr: /--frmat/,
  },
  {
    name: 'compare without a baseline is a usage error',
    files: {},
    args: ['compare', '--current', 'x.json'],
    exit: 2,
    stderr: /needs a baseline/,
  },
  {
    name: 'a bad .loadgate.yml is a config error naming the file, line and key',
    files: { '.loadgate.yml': 'include: ["**/*.js"]\nfail_on: never\n' },
    args: ['lint'],
    exit: 2,
    stderr: /\.loadgate\.yml:2: unknown key "fail_on"; did you mean "fail-on"\?/,
  },
  {
    name: 'a .loadgate.yml with several errors reports every one, a line each, in line order',
    files: { '.loadgate.yml': 'comment: loud\nrules:\n  k6/nope: error\nfail_on: never\n' },
    args: ['lint'],
    exit: 2,
    stderr:
      /^loadgate: \S*\.loadgate\.yml:1: "comment" [^\n]*\nloadgate: \S*\.loadgate\.yml:3: "k6\/nope" is not a rule [^\n]*\nloadgate: \S*\.loadgate\.yml:4: unknown key "fail_on"[^\n]*\n$/,
  },
  {
    name: 'an --output that cannot be written is a usage error, not a crash',
    files: { 'load/api.js': GOOD_K6, taken: 'a file, not a folder\n' },
    args: ['lint', '--output', 'taken/report.txt'],
    exit: 2,
    stderr: /cannot write the report to taken\/report\.txt \(E[A-Z]+\)/,
  },
  {
    name: '--version prints the version',
    files: {},
    args: ['--version'],
    exit: 0,
    stdout: /^\d+\.\d+\.\d+\n$/,
  },
  {
    name: '--help lists the commands and exit codes',
    files: {},
    args: ['--help'],
    exit: 0,
    stdout: /lint \[path\.\.\.\][\s\S]*Exit codes/,
  },
  {
    name: 'text is the default format: one line per finding, path:line:col',
    files: { 'load/api.js': K6_WITHOUT_CRITERIA },
    args: ['lint'],
    exit: 1,
    stdout: /^load\/api\.js:4:\d+: error .* \[no-pass-fail-criteria\]$/m,
  },
  {
    name: 'sarif is SARIF 2.1.0 with the rule and the location',
    files: { 'load/api.js': K6_WITHOUT_CRITERIA },
    args: ['lint', '--format', 'sarif'],
    exit: 1,
    stdout: /"version": "2\.1\.0"[\s\S]*"ruleId": "no-pass-fail-criteria"[\s\S]*"uri": "load\/api\.js"/,
  },
  {
    name: 'markdown is the PR comment body',
    files: { 'load/api.js': K6_WITHOUT_CRITERIA },
    args: ['lint', '--format', 'markdown'],
    exit: 1,
    stdout: /loadgate[\s\S]*no-pass-fail-criteria/,
  },
];

describe('loadgate CLI contract', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { code, stdout, stderr } = await run(c.files, c.args);
    if (c.report) {
      const report = JSON.parse(stdout) as JsonReport;
      expect(validateReport(report)).toBe(true);
      c.report(report);
    }
    if (c.stdout) expect(stdout).toMatch(c.stdout);
    if (c.stderr) expect(stderr).toMatch(c.stderr);
    expect(stderr).not.toMatch(/\n\s+at .*:\d+:\d+/); // never a stack trace
    expect(code).toBe(c.exit);
  });

  it('--output writes the report to a file and nothing to stdout', async () => {
    const { code, stdout, cwd } = await run({ 'load/api.js': K6_WITHOUT_CRITERIA }, [
      'lint',
      '--format',
      'json',
      '--output',
      'out/report.json',
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(join(cwd, 'out/report.json'), 'utf8')).verdict).toBe('fail');
  });
});

describe('loadgate lint --fix', () => {
  const yaml =
    'config:\n  target: "{{ $processEnvironment.TARGET }}"\n  phases:\n    - { duration: 60, arrivalRate: 1, rampTo: 5 }\nscenarios:\n  - flow:\n      - get: { url: / }\n';

  it('writes in a second pass a fix the first kept out, as ESLint does: two fixes that each add a plugins key', async () => {
    const config =
      'config:\n  target: "{{ $processEnvironment.TARGET }}"\n  phases:\n    - { duration: 60, arrivalRate: 1, rampTo: 5 }\n  ensure:\n    maxErrorRate: 1\nscenarios:\n  - flow:\n      - get:\n          url: /\n          expect:\n            - statusCode: 200\n';
    const { stdout, stderr, cwd } = await run({ 'load/cart.yml': config }, [
      'lint',
      '--fix-suggestions',
      '--format',
      'json',
    ]);
    // Both would add `plugins:` to config: the second is written into the mapping the first wrote.
    expect(stderr).toBe(
      'loadgate: load/cart.yml:5: fixed [artillery/ensure-plugin-not-loaded]\nloadgate: load/cart.yml:13: fixed [artillery/expect-without-plugin]\n',
    );
    expect(readFileSync(join(cwd, 'load/cart.yml'), 'utf8')).toContain(
      '  plugins:\n    ensure: {}\n    expect: {}\n',
    );
    const left = (JSON.parse(stdout) as JsonReport).files.flatMap((f) => f.findings.map((x) => x.ruleId));
    expect(left).not.toContain('artillery/ensure-plugin-not-loaded');
    expect(left).not.toContain('artillery/expect-without-plugin');
  });

  it('writes safe fixes only, and says which suggestions --fix-suggestions would write', async () => {
    // Proposed thresholds change what the test checks: a suggestion. A renamed import changes nothing: safe.
    const script =
      "import http from 'k6/http';\nimport ws from 'k6/experimental/websockets';\nexport const options = { vus: 1 };\nexport default function () { http.get('https://x.test/'); }\n";
    const { stdout, stderr, cwd } = await run({ 'load/api.js': script, 'load/api.yml': yaml }, [
      'lint',
      '--fix',
      '--format',
      'json',
    ]);
    const report = JSON.parse(stdout) as JsonReport;
    const left = report.files.flatMap((f) => f.findings.map((x) => x.ruleId));
    expect(left).not.toContain('k6/deprecated-api');
    expect(left.filter((id) => id === 'no-pass-fail-criteria')).toHaveLength(2);
    expect(readFileSync(join(cwd, 'load/api.js'), 'utf8')).toBe(
      script.replace('k6/experimental/websockets', 'k6/websockets'),
    );
    expect(readFileSync(join(cwd, 'load/api.yml'), 'utf8')).toBe(yaml);
    expect(stderr).toContain('loadgate: load/api.js:2: fixed [k6/deprecated-api]');
    expect(stderr).toContain(
      'loadgate: load/api.yml:1: not fixed: a suggestion (it changes what the test checks or loads); apply it with --fix-suggestions [no-pass-fail-criteria]',
    );
    const criteria = report.files
      .flatMap((f) => f.findings)
      .find((f) => f.ruleId === 'no-pass-fail-criteria');
    expect(criteria?.fix?.safety).toBe('suggestion');
  });

  it('--fix-suggestions writes the suggested fixes too and reports what is left', async () => {
    const script = K6_WITHOUT_CRITERIA;
    const { code, stdout, stderr, cwd } = await run({ 'load/api.js': script, 'load/api.yml': yaml }, [
      'lint',
      '--fix-suggestions',
      '--format',
      'json',
    ]);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.files.flatMap((f) => f.findings.map((x) => x.ruleId))).not.toContain(
      'no-pass-fail-criteria',
    );
    expect(code).toBe(0);
    const fixedScript = readFileSync(join(cwd, 'load/api.js'), 'utf8');
    // Laid out like the options around it: one entry a line, trailing commas, the file's quotes.
    const added =
      "  thresholds: {\n    http_req_failed: ['rate<0.01'],\n    http_req_duration: ['p(95)<500'],\n    checks: ['rate>0.99'],\n  },\n";
    expect(fixedScript).toContain(added);
    expect(fixedScript.replace(added, '')).toBe(script);
    // What was changed, on stderr: file, line, rule.
    expect(stderr).toContain('loadgate: load/api.js:4: fixed [no-pass-fail-criteria]');
    expect(stderr).toContain('loadgate: load/api.yml:1: fixed [no-pass-fail-criteria]');
    expect(readFileSync(join(cwd, 'load/api.yml'), 'utf8')).toContain(
      '  plugins:\n    ensure:\n      thresholds:\n        - http.response_time.p95: 500\n      conditions:\n        - expression: "((http.codes.500 or 0) + (http.codes.502 or 0) + (http.codes.503 or 0) + (http.codes.504 or 0)) / http.requests < 0.01"\n      maxErrorRate: 1\nscenarios:',
    );
  });

  it('is refused outside lint', async () => {
    expect((await run({}, ['check', '--fix'])).code).toBe(2);
    expect((await run({}, ['check', '--fix-suggestions'])).code).toBe(2);
  });
});

describe('loadgate compare --save-run', () => {
  it('writes the current result as a run file that validates and serves as the next baseline', async () => {
    const current = readFileSync(join(RESULTS, 'k6-summary-current.json'), 'utf8');
    const first = await run({ 'current.json': current }, [
      ...compareJson('k6-summary-baseline.json', 'k6-summary-current.json').slice(0, 3),
      '--current',
      'current.json',
      '--save-run',
      'baselines/run.json',
      '--format',
      'json',
    ]);
    expect(first.code).toBe(1);
    const saved = JSON.parse(readFileSync(join(first.cwd, 'baselines/run.json'), 'utf8')) as {
      schema: string;
    };
    expect(saved.schema).toBe('loadgate/run@2');
    expect(validateRun(saved)).toBe(true);

    const second = await run({ 'run.json': JSON.stringify(saved), 'current.json': current }, [
      'compare',
      '--baseline',
      'run.json',
      '--current',
      'current.json',
      '--format',
      'json',
    ]);
    const report = JSON.parse(second.stdout) as JsonReport & { comparison: { verdict: string } };
    expect(report.comparison.verdict).toBe('pass');
    expect(second.code).toBe(0);
  });

  it('warns, and writes nothing, when no current result could be read', async () => {
    const { code, stderr, cwd } = await run({ 'current.json': '{ "not": "a result" }' }, [
      'compare',
      '--baseline',
      join(RESULTS, 'k6-summary-baseline.json'),
      '--current',
      'current.json',
      '--save-run',
      'run.json',
    ]);
    expect(code).toBe(1); // the unreadable current result itself fails the build
    expect(stderr).toMatch(/--save-run: no current result could be read, so run\.json was not written/);
    expect(existsSync(join(cwd, 'run.json'))).toBe(false);
  });

  it('is refused with lint', async () => {
    expect((await run({}, ['lint', '--save-run', 'run.json'])).code).toBe(2);
  });
});
