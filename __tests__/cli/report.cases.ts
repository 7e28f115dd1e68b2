import { describe, expect, it } from '@jest/globals';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { CORPUS, itCorpus, REPO } from '../helpers/corpus.js';

const FIXTURES = join(REPO, '__tests__/fixtures/results');

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'loadgate-report-'));
  for (const f of ['k6-summary-baseline.json', 'k6-summary-current.json'])
    copyFileSync(join(FIXTURES, f), join(dir, f));
  return dir;
}

/** The data the page's charts are drawn from. */
function pageData(html: string): {
  runs: { label: string }[];
  charts: { metric: string; series: { name: string; values: (number | null)[] }[] }[];
} {
  return JSON.parse(/<script type="application\/json" id="loadgate-data">([^<]*)<\/script>/.exec(html)![1]!);
}

describe('loadgate report --html', () => {
  it('writes one HTML file from result files, oldest first, comparing the last with the one before', async () => {
    const dir = workdir();
    const run = await runCli(
      ['report', '--html', '--out', 'out/trend.html', 'k6-summary-baseline.json', 'k6-summary-current.json'],
      dir,
    );
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.stderr).toMatch(
      /^loadgate: wrote out\/trend\.html \(\d+ kB\): 2 runs, latest comparison \w+, \d+ analysis findings?\n$/,
    );
    const html = readFileSync(join(dir, 'out/trend.html'), 'utf8');
    expect(pageData(html).runs.map((r) => r.label)).toEqual([
      'k6-summary-baseline.json',
      'k6-summary-current.json',
    ]);
    expect(html).toContain('k6-summary-current.json against k6-summary-baseline.json');
  });

  it('reads the history store, and runs after it', async () => {
    const dir = workdir();
    expect(
      (await runCli(['history', 'append', '--history', 'h.jsonl', 'k6-summary-baseline.json'], dir)).code,
    ).toBe(0);
    const run = await runCli(
      ['report', '--html', '--out', 'd.html', '--history', 'h.jsonl', 'k6-summary-current.json'],
      dir,
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('2 runs, no comparison');
    const data = pageData(readFileSync(join(dir, 'd.html'), 'utf8'));
    expect(data.runs.at(-1)!.label).toBe('k6-summary-current.json');
    expect(data.charts[0]!.series[0]!.values).toHaveLength(2);
  });

  it('names a file it cannot read and draws the rest; with nothing readable it writes nothing (exit 2)', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'junk.json'), '{"not": "a result"}');
    const some = await runCli(
      ['report', '--html', '--out', 'd.html', 'junk.json', 'k6-summary-current.json'],
      dir,
    );
    expect(some.code).toBe(0);
    expect(some.stderr.split('\n')[0]).toMatch(/^loadgate: junk\.json: error .*Formats tried/);
    const none = await runCli(['report', '--html', '--out', 'none.html', 'junk.json', 'missing.json'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('loadgate: missing.json: error does not exist');
    expect(none.stderr).toContain('loadgate: report: no run could be read, so no dashboard was written');
    expect(existsSync(join(dir, 'none.html'))).toBe(false);
  });

  it.each([
    [['--out', 'd.html', 'a.json'], 'report needs --html'],
    [['--html', 'a.json'], 'report needs --out FILE'],
    [['--html', '--out', 'd.html'], 'report needs runs'],
    [
      ['--html', '--out', 'd.html', '--maturity', 'k6-summary-current.json', 'k6-summary-current.json'],
      'not the output of "loadgate maturity --format json"',
    ],
    [['--html', '--out', 'd.html', '--bogus'], "report: Unknown option '--bogus'"],
  ])('is a usage error (exit 2, one line): %j', async (args, message) => {
    const run = await runCli(['report', ...args], workdir());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  itCorpus('draws real runs of Artillery, each a report of its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loadgate-report-'));
    const files = [
      'artillery/artilleryio__artillery__test-scripts-report.v1.json',
      'artillery/Gummybearr__cpu-bound-application__report.v1.json',
    ].map((f) => join(CORPUS, 'results', f));
    const run = await runCli(['report', '--html', '--out', 'd.html', ...files], dir);
    expect(run.code).toBe(0);
    const data = pageData(readFileSync(join(dir, 'd.html'), 'utf8'));
    expect(data.runs).toHaveLength(2);
    expect(
      data.charts.find((c) => c.metric === 'throughput')!.series[0]!.values.every((v) => v !== null && v > 0),
    ).toBe(true);
  });
});
