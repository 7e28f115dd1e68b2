import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readRunFile } from '../../src/results/run-file.js';
import { runCli } from '../helpers/cli.js';
import { describeCorpus } from '../helpers/corpus.js';
import { workspaces } from '../helpers/workspace.js';
import { corpusPath, fixtureText } from '../results/files.js';

const workspace = workspaces();
const NDJSON = () =>
  readFileSync(corpusPath('k6-json', 'KirillY__k6-load-template__k6-results.ndjson'), 'utf8');
const GITHUB = {
  GITHUB_SHA: 'abc1234def5678900000000000000000000000000',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_WORKFLOW: 'load',
  GITHUB_REPOSITORY: 'acme/shop',
};

/** The run file at `path` in `root`, read back through the run reader (schema-validated). */
function runAt(root: string, path: string) {
  const result = readRunFile(readFileSync(join(root, path), 'utf8'), path);
  expect(result.diagnostics).toEqual([]);
  return result.run!;
}

/** A run file written two days and an hour ago on main. */
async function oldBaseline(root: string): Promise<void> {
  const made = await runCli(['ingest', 'k6.ndjson', '--out', 'base.json'], root, { env: GITHUB });
  expect(made.code).toBe(0);
  const file = join(root, 'base.json');
  const run = JSON.parse(readFileSync(file, 'utf8')) as { provenance: { createdAt: string } };
  run.provenance.createdAt = new Date(Date.now() - (2 * 24 + 1) * 3_600_000).toISOString();
  writeFileSync(file, JSON.stringify(run));
}

describeCorpus('loadgate ingest', () => {
  it('writes a run@2 file from a real k6 NDJSON, one summary line on stderr, exit 0', async () => {
    const root = workspace({ 'k6.ndjson': NDJSON() });
    const result = await runCli(['ingest', 'k6.ndjson', '--out', 'runs/run.json'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^loadgate: wrote runs\/run\.json \(loadgate\/run@2, 3\.\d kB\): k6 k6-ndjson, 1 file, 61 requests, 2 endpoints, 5 windows\n$/,
    );
    const run = runAt(root, 'runs/run.json');
    expect(run.schema).toBe('loadgate/run@2');
    expect(run.overall.sketch?.count).toBe(61);
    expect(run.provenance).toMatchObject({
      sources: [{ file: 'k6.ndjson', format: 'k6-ndjson' }],
      tool: { name: 'k6' },
    });
    expect(run.provenance?.commit).toBeUndefined();
  });

  it('--format json prints a summary with the provenance from GITHUB_*', async () => {
    const root = workspace({ 'k6.ndjson': NDJSON() });
    const result = await runCli(['ingest', 'k6.ndjson', '--out', 'run.json', '--format', 'json'], root, {
      env: { ...GITHUB, GITHUB_HEAD_REF: 'feature/cart' },
    });
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({
      out: 'run.json',
      schema: 'loadgate/run@2',
      tool: 'k6',
      format: 'k6-ndjson',
      requests: 61,
      endpoints: 2,
      windows: 5,
      sketches: 3,
      provenance: {
        commit: GITHUB.GITHUB_SHA,
        ref: 'feature/cart',
        runId: '4242',
        runAttempt: '2',
        workflow: 'load',
        repository: 'acme/shop',
        loadgate: expect.any(String),
      },
    });
    expect(summary.bytes).toBe(readFileSync(join(root, 'run.json')).length);
  });

  it('merges the files of one run (two load generators) into one run, exactly', async () => {
    const lines = NDJSON().split('\n');
    const half = Math.floor(lines.length / 2);
    const root = workspace({
      'gen/a.ndjson': lines.slice(0, half).join('\n') + '\n',
      'gen/b.ndjson': lines.slice(half).join('\n'),
      'all.ndjson': NDJSON(),
    });
    expect((await runCli(['ingest', 'gen/*.ndjson', '--out', 'merged.json'], root)).code).toBe(0);
    expect((await runCli(['ingest', 'all.ndjson', '--out', 'whole.json'], root)).code).toBe(0);
    const merged = runAt(root, 'merged.json');
    const whole = runAt(root, 'whole.json');
    expect(merged.provenance?.sources.map((s) => s.file)).toEqual(['gen/a.ndjson', 'gen/b.ndjson']);
    expect(merged.overall.count).toBe(61);
    expect(merged.overall.latency).toEqual(whole.overall.latency);
    const { sum, ...buckets } = merged.overall.sketch!.toJSON();
    const { sum: wholeSum, ...wholeBuckets } = whole.overall.sketch!.toJSON();
    expect(buckets).toEqual(wholeBuckets);
    expect(sum).toBeCloseTo(wholeSum, 6);
  });

  it('merges run@2 files of one run (each generator ingested its own) exactly as their raw files', async () => {
    const lines = NDJSON().split('\n');
    const half = Math.floor(lines.length / 2);
    const root = workspace({
      'gen/a.ndjson': lines.slice(0, half).join('\n') + '\n',
      'gen/b.ndjson': lines.slice(half).join('\n'),
    });
    for (const g of ['a', 'b'])
      expect((await runCli(['ingest', `gen/${g}.ndjson`, '--out', `runs/${g}.json`], root)).code).toBe(0);
    expect((await runCli(['ingest', 'runs/*.json', '--out', 'from-runs.json'], root)).code).toBe(0);
    expect((await runCli(['ingest', 'gen/*.ndjson', '--out', 'from-raw.json'], root)).code).toBe(0);
    const fromRuns = runAt(root, 'from-runs.json');
    const fromRaw = runAt(root, 'from-raw.json');
    const numbers = (run: typeof fromRaw) => ({
      profile: run.profile,
      span: run.span,
      // Means (latency, request phases) are sums over counts: equal to rounding, not bit for bit.
      rows: [run.overall, ...run.endpoints].map(({ sketch, phases: _phases, ...row }) => ({
        ...row,
        latency: { ...row.latency, mean: undefined },
        buckets: { ...sketch!.toJSON(), sum: undefined },
      })),
      series: run.series?.map(({ sketch, ...w }) => ({
        ...w,
        buckets: { ...sketch?.toJSON(), sum: undefined },
      })),
    });
    expect(numbers(fromRuns)).toEqual(numbers(fromRaw));
    // Phase means merge weighted by each file's requests; a file cut mid-request weighs its phases a little off.
    for (const [phase, mean] of Object.entries(fromRaw.overall.phases ?? {})) {
      const merged = fromRuns.overall.phases?.[phase as keyof typeof fromRaw.overall.phases] ?? NaN;
      expect(Math.abs(merged - mean)).toBeLessThanOrEqual(0.01 * mean + 0.01);
    }
    expect(fromRuns.overall.latency.mean).toBeCloseTo(fromRaw.overall.latency.mean!, 2);
  });

  it('refuses to merge summaries, whose percentiles cannot be combined', async () => {
    const root = workspace({
      'a.json': fixtureText('k6-summary-baseline.json'),
      'b.json': fixtureText('k6-summary-current.json'),
    });
    const result = await runCli(['ingest', 'a.json', 'b.json', '--out', 'x.json'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/only raw-sample files .* of one run can be merged/);
  });

  it('reads standard input, gzipped or not', async () => {
    const root = workspace({});
    for (const stdin of [NDJSON(), gzipSync(NDJSON())]) {
      const result = await runCli(['ingest', '-', '--out', 'stdin.json'], root, { stdin });
      expect(result.code).toBe(0);
      expect(runAt(root, 'stdin.json').provenance?.sources).toEqual([{ file: '-', format: 'k6-ndjson' }]);
    }
  });

  it('exit 2 when nothing is readable, naming the file and the formats tried; nothing written', async () => {
    const root = workspace({ 'notes.json': '{"hello": 1}\n' });
    const result = await runCli(['ingest', 'notes.json', 'missing.json', '--out', 'run.json'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('loadgate: missing.json: error does not exist\n');
    expect(result.stderr).toMatch(
      /loadgate: notes\.json: error Not a result format loadgate knows: found top-level keys "hello"\..* Formats tried: loadgate-run, .*k6-ndjson, .*jmeter-jtl-csv/,
    );
    expect(result.stderr).toContain('no run file was written');
    expect(() => readFileSync(join(root, 'run.json'))).toThrow();
  });

  it('usage errors exit 2', async () => {
    const root = workspace({ 'k6.ndjson': NDJSON() });
    expect((await runCli(['ingest', 'k6.ndjson'], root)).stderr).toBe(
      'loadgate: ingest needs --out FILE: where to write the run file (see "loadgate --help")\n',
    );
    expect((await runCli(['ingest', '--out', 'x.json'], root)).code).toBe(2);
    expect((await runCli(['ingest', 'k6.ndjson', '--out', 'x.json', '-f', 'sarif'], root)).code).toBe(2);
  });
});

describeCorpus('run@2 baselines in comparisons', () => {
  it('--save-run writes run@2 with provenance; the report names the baseline "main@abc1234, 2 days old"', async () => {
    const root = workspace({ 'k6.ndjson': NDJSON() });
    const saved = await runCli(
      ['compare', '--baseline', 'k6.ndjson', '--current', 'k6.ndjson', '--save-run', 'saved.json'],
      root,
      { env: GITHUB },
    );
    expect(saved.code).toBe(0);
    expect(runAt(root, 'saved.json').provenance).toMatchObject({ commit: GITHUB.GITHUB_SHA, ref: 'main' });
    await oldBaseline(root);
    const args = ['compare', '--baseline', 'base.json', '--current', 'k6.ndjson'];
    const text = await runCli(args, root);
    expect(text.stdout).toContain(
      'comparison: base.json → k6.ndjson: pass\nbaseline = main@abc1234, 2 days old\n',
    );
    const markdown = await runCli([...args, '-f', 'markdown'], root);
    expect(markdown.stdout).toContain('baseline = `main@abc1234`, 2 days old');
    const json = JSON.parse((await runCli([...args, '-f', 'json'], root)).stdout) as {
      comparison: { baseline: Record<string, unknown> };
    };
    expect(json.comparison.baseline).toMatchObject({
      commit: GITHUB.GITHUB_SHA,
      ref: 'main',
      origin: 'main@abc1234, 2 days old',
    });
  });

  it('--current - compares what standard input holds', async () => {
    const root = workspace({ 'k6.ndjson': NDJSON() });
    await oldBaseline(root);
    const result = await runCli(
      ['compare', '--baseline', 'base.json', '--current', '-', '-f', 'json'],
      root,
      {
        stdin: gzipSync(NDJSON()),
      },
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      verdict: string;
      results: { path: string; format: string }[];
    };
    expect(report.verdict).toBe('pass');
    expect(report.results).toContainEqual(expect.objectContaining({ path: '-', format: 'k6-ndjson' }));
  });

  it('a run@1 baseline (an earlier loadgate --save-run) still compares', async () => {
    const root = workspace({ 'k6.ndjson': NDJSON(), 'v1.json': fixtureText('k6-ndjson.run-v1.json') });
    const result = await runCli(['compare', '--baseline', 'v1.json', '--current', 'k6.ndjson'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('comparison: v1.json → k6.ndjson: pass\n');
    expect(result.stdout).not.toContain('baseline =');
  });

  it('a quoted --current glob matches the files of one run; one matching nothing is a usage error', async () => {
    const lines = NDJSON().split('\n');
    const root = workspace({
      'gen/a.ndjson': lines.slice(0, 300).join('\n') + '\n',
      'gen/b.ndjson': lines.slice(300).join('\n'),
      'k6.ndjson': NDJSON(),
    });
    const result = await runCli(
      ['compare', '--baseline', 'k6.ndjson', '--current', 'gen/*.ndjson', '-f', 'json'],
      root,
    );
    const report = JSON.parse(result.stdout) as {
      verdict: string;
      comparison: { current: { file: string } };
    };
    expect(report.comparison.current.file).toBe('gen/a.ndjson, gen/b.ndjson');
    expect(report.verdict).toBe('pass');
    const none = await runCli(['compare', '--baseline', 'k6.ndjson', '--current', 'gen/*.csv'], root);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('loadgate: --current gen/*.csv matches no file\n');
  });

  it('a results glob in .loadgate.yml merges what it matches', async () => {
    const lines = NDJSON().split('\n');
    const root = workspace({
      '.loadgate.yml': 'baseline: k6.ndjson\nresults: gen/*.ndjson\n',
      'gen/a.ndjson': lines.slice(0, 300).join('\n') + '\n',
      'gen/b.ndjson': lines.slice(300).join('\n'),
      'k6.ndjson': NDJSON(),
    });
    const report = JSON.parse((await runCli(['compare', '-f', 'json'], root)).stdout) as {
      comparison: { current: { file: string }; verdict: string };
    };
    expect(report.comparison).toMatchObject({
      current: { file: 'gen/a.ndjson, gen/b.ndjson' },
      verdict: 'pass',
    });
  });

  it('a k6 NDJSON cut mid-line (the run was killed) still compares, with a warning naming the line', async () => {
    const text = NDJSON();
    const cut = text.slice(0, text.lastIndexOf('\n', text.length - 2) + 40);
    const line = cut.split('\n').length;
    const root = workspace({ 'k6.ndjson': text, 'killed.ndjson': cut });
    const result = await runCli(
      ['compare', '--baseline', 'k6.ndjson', '--current', 'killed.ndjson', '-f', 'json'],
      root,
    );
    const report = JSON.parse(result.stdout) as {
      verdict: string;
      comparison: { verdict: string };
      results: { path: string; diagnostics: { severity: string; line?: number; message: string }[] }[];
    };
    expect(report.comparison.verdict).toBe('pass');
    expect(result.code).toBe(0);
    const killed = report.results.find((r) => r.path === 'killed.ndjson')!;
    expect(killed.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', line })]);
  });

  it('latencies 1000x apart in every statistic are reported as different units, not a regression', async () => {
    const root = workspace({ 'k6.ndjson': NDJSON() });
    expect((await runCli(['ingest', 'k6.ndjson', '--out', 'ms.json'], root)).code).toBe(0);
    // The same run with its latencies in seconds, as a tool writing seconds would give.
    const run = JSON.parse(readFileSync(join(root, 'ms.json'), 'utf8')) as {
      overall: { latency: Record<string, number>; sketch?: string };
      endpoints: { latency: Record<string, number>; sketch?: string }[];
    };
    for (const row of [run.overall, ...run.endpoints]) {
      delete row.sketch;
      for (const k of Object.keys(row.latency)) row.latency[k] = row.latency[k]! / 1000;
    }
    writeFileSync(join(root, 'seconds.json'), JSON.stringify(run));
    const result = await runCli(['compare', '--baseline', 'ms.json', '--current', 'seconds.json'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('comparison: ms.json → seconds.json: not-comparable\n');
    expect(result.stdout).toContain('not comparable: the latencies look like different units\n');
    expect(result.stdout).toContain(
      "the baseline's latencies are about 1000x the current's in every statistic (p50 9999 ms vs 9.999 ms): one file is probably in seconds and the other in milliseconds",
    );
    expect(result.stdout).not.toContain('regressed');
  });
});

describeCorpus('format: in .loadgate.yml', () => {
  it('an explicit format wins over sniffing', async () => {
    // k6 output piped with a log line first: sniffing refuses it, the named format reads it.
    const logged = 'time="2024-08-22T04:13:59Z" level=info msg="k6 run started"\n' + NDJSON();
    const root = workspace({
      'out/run.log': logged,
      '.loadgate.yml': 'results:\n  - path: out/*.log\n    format: k6-ndjson\n',
    });
    const report = JSON.parse((await runCli(['check', '-f', 'json'], root)).stdout) as {
      results: { path: string; format: string }[];
      notCompared: { current: { endpoints: { requests: number }[] } };
    };
    expect(report.results[0]).toMatchObject({ path: 'out/run.log', format: 'k6-ndjson' });
    expect(report.notCompared.current.endpoints[0]?.requests).toBe(61);
    const sniffed = workspace({ 'out/run.log': logged, '.loadgate.yml': 'results: out/*.log\n' });
    const unread = JSON.parse((await runCli(['check', '-f', 'json'], sniffed)).stdout) as {
      results: { diagnostics: { message: string }[] }[];
    };
    expect(unread.results[0]?.diagnostics[0]?.message).toMatch(/^Not a result format loadgate knows/);
  });
});

describe('format: in .loadgate.yml, validated', () => {
  it('an unknown format name is a config error with its path and line', async () => {
    const root = workspace({
      '.loadgate.yml': 'fail-on: error\nresults:\n  - path: out/*.csv\n    format: k6-cvs\n',
    });
    const result = await runCli(['check'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^loadgate: \.loadgate\.yml:4: "results\[0\]\.format" must be one of .*"k6-csv"/,
    );
  });
});
