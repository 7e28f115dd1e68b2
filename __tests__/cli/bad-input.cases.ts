import { afterAll, describe, expect, it } from '@jest/globals';
import { runCli } from '../helpers/cli.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Bad input, each next to one good k6 script and one good Artillery script, through the real CLI: every case
 * ends in one line naming the file and the line, no stack trace, the exit code docs/cli.md gives, and the
 * good files still linted (their findings reported). The good files have one info finding each, so a bad
 * file that only warns leaves the run at exit 0 and one that cannot be read takes it to 1.
 */
const GOOD_K6 = `import http from 'k6/http';
import { check, sleep } from 'k6';

export const options = {
  stages: [
    { duration: '1m', target: 20 },
    { duration: '5m', target: 20 },
    { duration: '1m', target: 0 },
  ],
  thresholds: { http_req_failed: ['rate<0.01'], http_req_duration: ['p(95)<500'], checks: ['rate>0.99'] },
};

export default function () {
  const res = http.get('https://api.example.com/health', { tags: { name: 'health' } });
  check(res, { 'status is 200': (r) => r.status === 200 });
  sleep(1);
}
`;
/** Where the good k6 script's one finding is: the host it hard-codes. */
const K6_FINDING = ':14:24: info The request URL https://api.example.com/health hard-codes the host';

const GOOD_ARTILLERY = `config:
  target: https://api.example.com/v1
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
          url: /health
          expect:
            - statusCode: 200
      - think: 1
      - get:
          url: https://auth.example.com/token
          expect:
            - statusCode: 200
`;
const ARTILLERY_FINDINGS = [
  ':2:11: info The target https://api.example.com/v1 is hard-coded',
  ':22:16: info The request URL https://auth.example.com/token hard-codes the host',
];

const GOOD_JSON = JSON.stringify(
  {
    config: {
      target: '{{ $processEnvironment.TARGET }}',
      plugins: { expect: {}, ensure: {} },
      phases: [{ duration: 60, arrivalRate: 1, rampTo: 5 }],
      ensure: { maxErrorRate: 1 },
    },
    scenarios: [{ flow: [{ get: { url: '/', expect: [{ statusCode: 200 }] } }, { think: 1 }] }],
  },
  null,
  2,
);

function utf16(text: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (order === 'le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const be = Buffer.from(le);
  for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

/** An alias bomb: ten levels of ten aliases each, 10^10 values once expanded. */
function aliasBomb(): string {
  let text =
    'config:\n  target: http://localhost\n  phases:\n    - duration: 60\n      arrivalRate: 1\n  variables:\n    a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i <= 10; i++) {
    const p = `*a${i - 1}`;
    text += `    a${i}: &a${i} [${Array(10).fill(p).join(', ')}]\n`;
  }
  return `${text}scenarios:\n  - flow:\n      - get:\n          url: /\n`;
}

interface Case {
  name: string;
  /** The bad file (named on the command line) and any other file the case needs. */
  files: Record<string, string | Buffer>;
  exit: number;
  /**
   * The one line that names the bad file: `bad/x.js:LINE:` and a fragment of what it says. For a config
   * error, the one line on stderr. None for a file that is read (decoded, CRLF): `findings` then.
   */
  line?: RegExp;
  /** Findings the bad file must get at their lines when it is read (decoded files, CRLF). */
  findings?: string[];
}

const cases: Case[] = [
  {
    name: 'an empty .js file',
    files: { 'bad/empty.js': '' },
    exit: 0,
    line: /^bad\/empty\.js:1:1: warning is not a scenario of any tool loadgate reads/,
  },
  {
    name: 'an empty .yml file',
    files: { 'bad/empty.yml': '' },
    exit: 0,
    line: /^bad\/empty\.yml:1:1: warning is not a scenario of any tool loadgate reads/,
  },
  {
    name: 'a binary file with a .js name',
    files: { 'bad/binary.js': Buffer.from(Array.from({ length: 1024 }, (_, i) => i % 256)) },
    exit: 0,
    line: /^bad\/binary\.js:1:1: warning is a binary file, not a scenario/,
  },
  {
    name: 'a truncated YAML file',
    files: { 'bad/truncated.yml': GOOD_ARTILLERY.slice(0, GOOD_ARTILLERY.indexOf('sustained')) },
    exit: 1,
    line: /^bad\/truncated\.yml:8:\d+: error YAML: /,
  },
  {
    name: 'a YAML file indented with a tab',
    files: { 'bad/tab.yml': GOOD_ARTILLERY.replace('  phases:', '\tphases:') },
    exit: 1,
    line: /^bad\/tab\.yml:6:1: error YAML: Tabs are not allowed as indentation/,
  },
  {
    name: 'a JavaScript syntax error',
    files: { 'bad/syntax.js': GOOD_K6.replace('sleep(1);', 'sleep(1;') },
    exit: 1,
    line: /^bad\/syntax\.js:16:\d+: error syntax error: /,
  },
  {
    name: 'a JSON Artillery script with a trailing comma (Artillery reads it as YAML: linted, with a warning)',
    files: { 'bad/trailing.json': GOOD_JSON.replace('"maxErrorRate": 1\n', '"maxErrorRate": 1,\n') },
    exit: 0,
    line: /^bad\/trailing\.json:17:5: warning is not valid JSON \(.*\): Artillery reads it as YAML/,
  },
  {
    name: 'a k6 script in UTF-16 LE with a byte-order mark',
    files: { 'bad/utf16le.js': utf16(GOOD_K6, 'le') },
    exit: 0,
    findings: [K6_FINDING],
  },
  {
    name: 'an Artillery script in UTF-16 BE with a byte-order mark',
    files: { 'bad/utf16be.yml': utf16(GOOD_ARTILLERY, 'be') },
    exit: 0,
    findings: ARTILLERY_FINDINGS,
  },
  {
    name: 'a k6 script with CRLF line endings',
    files: { 'bad/crlf.js': GOOD_K6.replace(/\n/g, '\r\n') },
    exit: 0,
    findings: [K6_FINDING],
  },
  {
    name: 'a 2 MB single line',
    files: {
      'bad/long.js': `import http from 'k6/http'; export default function () { http.get('http://localhost/${'a'.repeat(2 * 1024 * 1024)}'); }\n`,
    },
    exit: 0,
    line: /^bad\/long\.js:1:1: warning is 2\.0 MB, over the 2 MB loadgate reads for a k6 script/,
  },
  {
    name: 'JavaScript nested deeper than the parser goes',
    files: {
      'bad/deep.js': `import http from 'k6/http';\nexport const options = ${'['.repeat(20_000)}${']'.repeat(20_000)};\nexport default function () { http.get('http://localhost/'); }\n`,
    },
    exit: 1,
    line: /^bad\/deep\.js:2:1: error is nested too deeply to analyse statically/,
  },
  {
    name: 'YAML nested deeper than the parser goes',
    files: {
      'bad/deep.yml': `config:\n  target: http://localhost\n  phases: ${'['.repeat(20_000)}${']'.repeat(20_000)}\nscenarios:\n  - flow:\n      - get:\n          url: /\n`,
    },
    exit: 1,
    line: /^bad\/deep\.yml:3:\d+: error is nested too deeply to read as YAML/,
  },
  {
    name: 'a YAML alias bomb',
    files: { 'bad/bomb.yml': aliasBomb() },
    exit: 1,
    line: /^bad\/bomb\.yml:\d+:\d+: error expands YAML aliases into more than 50000 values/,
  },
  {
    name: 'a suppression comment for a rule loadgate does not know',
    files: {
      'bad/suppress.js': GOOD_K6.replace(
        '  const res',
        '  // loadgate-disable-next-line no-such-rule -- flaky host\n  const res',
      ),
    },
    exit: 0,
    line: /^bad\/suppress\.js:14:1: warning .*"no-such-rule" is not a rule loadgate knows, so it silences nothing/,
  },
  {
    name: 'a .loadgate.yml with a key it does not know',
    files: { '.loadgate.yml': 'fail_on: error\n' },
    exit: 2,
    line: /^loadgate: \.loadgate\.yml:1: unknown key "fail_on"; did you mean "fail-on"\?$/,
  },
  {
    name: 'a .loadgate.yml that is not valid YAML',
    files: { '.loadgate.yml': 'fail-on: error\nrules:\n  no-ramp-up: [off\n' },
    exit: 2,
    line: /^loadgate: \.loadgate\.yml:\d+: is not valid YAML: /,
  },
];

const made: string[] = [];
afterAll(() => made.forEach((root) => rmSync(root, { recursive: true, force: true })));

async function lint(files: Record<string, string | Buffer>, paths: string[]) {
  const cwd = mkdtempSync(join(tmpdir(), 'loadgate-bad-input-'));
  made.push(cwd);
  mkdirSync(join(cwd, '.git'));
  const all = { 'good/api.js': GOOD_K6, 'good/api.yml': GOOD_ARTILLERY, ...files };
  for (const [path, content] of Object.entries(all)) {
    mkdirSync(dirname(join(cwd, path)), { recursive: true });
    writeFileSync(join(cwd, path), content);
  }
  return runCli(['lint', 'good/api.js', 'good/api.yml', ...paths], cwd);
}

/** A line of a JavaScript stack trace (`    at parse (file.js:1:2)`), or the name of an uncaught error. */
const STACK = /^\s+at .+[(:]\d+|\b(?:RangeError|TypeError|SyntaxError|ReferenceError)\b/m;

describe('bad input: one line naming file and line, no stack trace, the documented exit, the rest still linted', () => {
  it.each(cases)('$name', async ({ files, exit, line, findings }) => {
    const bad = Object.keys(files).filter((p) => p.startsWith('bad/'));
    const { code, stdout, stderr } = await lint(files, bad);
    expect(`${stdout}${stderr}`).not.toMatch(STACK);
    expect(code).toBe(exit);
    if (exit === 2) {
      // A config error: nothing is reported, one line on stderr says why.
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(line!)]);
      return;
    }
    const lines = stdout.split('\n');
    const aboutBad = lines.filter((l) => l.startsWith('bad/') && l.includes('[diagnostic]'));
    expect(aboutBad).toEqual(line ? [expect.stringMatching(line)] : []);
    for (const finding of findings ?? [])
      expect(lines.filter((l) => l.startsWith(`${bad[0]}${finding}`))).toHaveLength(1);
    // The good files are still linted: their findings are there, on their lines.
    expect(lines.filter((l) => l.startsWith('good/'))).toEqual([
      expect.stringContaining(`good/api.js${K6_FINDING}`),
      ...ARTILLERY_FINDINGS.map((f) => expect.stringContaining(`good/api.yml${f}`)),
    ]);
    // The JSON report gives the same line, as a number, for every diagnostic of the bad file.
    if (!line) return;
    const json = await lint(files, [...bad, '--format', 'json']);
    const report = JSON.parse(json.stdout) as {
      files: { path: string; diagnostics: { line?: number }[] }[];
    };
    const diagnostics = report.files.find((f) => f.path === bad[0])?.diagnostics ?? [];
    expect(diagnostics.map((d) => d.line)).toEqual([Number(/^bad\/[^:]+:(\d+)/.exec(aboutBad[0]!)?.[1])]);
  });

  it('reads each case from its own files and tests every kind the audit lists', () => {
    expect(cases).toHaveLength(17);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });
});
