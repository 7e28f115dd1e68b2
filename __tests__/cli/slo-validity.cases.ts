import { expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { runCli } from '../helpers/cli.js';
import { describeCorpus } from '../helpers/corpus.js';
import { workspaces } from '../helpers/workspace.js';
import { corpusPath } from '../results/files.js';

const workspace = workspaces();
const real = (folder: string, name: string) => readFileSync(corpusPath(folder, name), 'utf8');
/** A real Artillery run of a healthy server: 6000 requests, p95 1466 ms, no errors, 99 req/s. */
const SCRAPER = () => real('artillery', 'ltphuoc__media-scraper__artillery-report.json');
/** A real Artillery run whose load generator gave out: 938125 of 954183 virtual users failed, ETIMEDOUT. */
const SATURATED = () => real('artillery', 'AbdulKhaliq59__task_manager_api__artillery-report.json');
const K6_SUMMARY = () => real('k6-summary', 'grafana__k6-example-circleci-orb__summary.json');
const K6_NDJSON = () => real('k6-json', 'KirillY__k6-load-template__k6-results.ndjson');

/** The real scraper report with every latency statistic scaled: another run of the same scenario. */
function scaled(factor: number): string {
  const report = JSON.parse(SCRAPER()) as {
    aggregate: { summaries: Record<string, Record<string, number>> };
  };
  for (const summary of Object.values(report.aggregate.summaries))
    for (const key of Object.keys(summary)) if (key !== 'count') summary[key]! *= factor;
  return JSON.stringify(report);
}

interface JsonReport {
  verdict: string;
  invalid?: { reasons: string[] };
  notCompared?: { reason: string };
  slo?: {
    endpoint: string;
    metric: string;
    written: string;
    measured?: number;
    status: string;
    line?: number;
  }[];
  comparison?: {
    runs?: { baseline: number; current: number };
    endpoints: { name: string; metrics: Record<string, { current?: number; spread?: unknown }> }[];
  };
  results: { path: string; diagnostics: { message: string }[] }[];
}

const SLO_CONFIG = `slo:
  - p95: 400ms
    error-rate: 1%
    throughput: '>= 50/s'
  - endpoint: '/api/**'
    p99: 2s
`;

describeCorpus('slo: absolute targets judged on the current run', () => {
  it('fails a first run (no baseline) that misses its p95 target, and lists every target', async () => {
    const root = workspace({ '.loadgate.yml': SLO_CONFIG, 'run.json': SCRAPER() });
    const json = await runCli(['check', '--current', 'run.json', '--format', 'json'], root);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as JsonReport;
    expect(report.verdict).toBe('fail');
    expect(report.notCompared?.reason).toMatch(/^no baseline is configured/);
    expect(report.slo?.map((s) => [s.endpoint, s.metric, s.written, s.status, s.line])).toEqual([
      ['(all requests)', 'p95', '400ms', 'violated', 2],
      ['(all requests)', 'error-rate', '1%', 'met', 2],
      ['(all requests)', 'throughput', '>= 50/s', 'met', 2],
      ['/api/scrape', 'p99', '2s', 'met', 5],
    ]);
    expect(report.slo?.[0]?.measured).toBeCloseTo(1465.9, 1);

    const text = await runCli(['check', '--current', 'run.json'], root);
    expect(text.stdout).toContain('SLOs:');
    expect(text.stdout).toMatch(/\(all requests\)\s+p95\s+<= 400 ms\s+1466 ms\s+MISSED/);
    expect(text.stdout).toMatch(/verdict: fail \(fail-on: error\)/);

    const md = await runCli(['check', '--current', 'run.json', '--format', 'markdown'], root);
    expect(md.stdout).toContain('**SLOs** · 1 of 4 missed');
    expect(md.stdout).toContain('| `(all requests)` | p95 | ≤ 400 ms | 1466 ms | ❌ |');
    expect(md.stdout).toMatch(/❌ loadgate: .*p95 missed its SLO \(1466 ms, target ≤ 400 ms\)/);
  });

  it('passes the targets a run meets, and fail-on never reports a miss without failing', async () => {
    const root = workspace({
      '.loadgate.yml': 'slo:\n  - p95: 2s\n    error-rate: 0.5%\n',
      'base.json': SCRAPER(),
      'run.json': SCRAPER(),
    });
    const met = await runCli(
      ['compare', '--baseline', 'base.json', '--current', 'run.json', '-f', 'json'],
      root,
    );
    expect(met.code).toBe(0);
    expect((JSON.parse(met.stdout) as JsonReport).verdict).toBe('pass');
    const strict = workspace({
      '.loadgate.yml': 'fail-on: never\nslo:\n  - p50: 1ms\n',
      'run.json': SCRAPER(),
    });
    const never = await runCli(['check', '--current', 'run.json', '-f', 'json'], strict);
    expect(never.code).toBe(0);
    expect((JSON.parse(never.stdout) as JsonReport).verdict).toBe('fail');
  });

  it('refuses targets without units or pointing the wrong way, each on its line (exit 2)', async () => {
    const root = workspace({
      '.loadgate.yml': "slo:\n  - p95: 400\n    throughput: '<= 5/s'\n  - endpoint: 'GET /x'\n",
      'run.json': SCRAPER(),
    });
    const run = await runCli(['check', '--current', 'run.json'], root);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      'loadgate: .loadgate.yml:2: slo[0].p95: "400" needs a unit: 400ms or 400s',
      'loadgate: .loadgate.yml:3: slo[0].throughput: "<= 5/s" points the wrong way; throughput is a floor (">= 50/s")',
      'loadgate: .loadgate.yml:4: slo[1] names no metric; give at least one of p50, p90, p95, p99, mean, error-rate, throughput',
    ]);
  });
});

describeCorpus('run validity: a run that missed its intended load is invalid', () => {
  it('calls a real Artillery run whose virtual users failed on ETIMEDOUT invalid, and never compares it', async () => {
    const root = workspace({ 'base.json': SCRAPER(), 'sat.json': SATURATED() });
    // Not comparable either way (different endpoints); invalid wins, with the reason.
    const run = await runCli(
      ['compare', '--baseline', 'base.json', '--current', 'sat.json', '-f', 'json'],
      root,
    );
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.verdict).toBe('invalid');
    expect(report.comparison).toBeUndefined();
    expect(report.invalid?.reasons).toEqual([
      '938125 of 954183 Artillery virtual users failed (vusers.failed), mostly with ETIMEDOUT and EADDRNOTAVAIL: the virtual users could not open a connection (EADDRNOTAVAIL: the load generator ran out of ports) or got no response in time, so the run did not deliver its load',
    ]);
    const text = await runCli(['compare', '--baseline', 'base.json', '--current', 'sat.json'], root);
    expect(text.stdout.split('\n')[0]).toMatch(
      /^nothing compared: the current run is invalid: 938125 of 954183/,
    );
    expect(text.stdout).toContain('verdict: invalid (fail-on: error)');
  });

  it('calls a k6 summary with dropped_iterations invalid', async () => {
    const summary = JSON.parse(K6_SUMMARY()) as { metrics: Record<string, unknown> };
    summary.metrics.dropped_iterations = {
      type: 'counter',
      contains: 'default',
      values: { count: 37, rate: 4.47 },
    };
    const root = workspace({ 'base.json': K6_SUMMARY(), 'summary.json': JSON.stringify(summary) });
    const run = await runCli(
      ['compare', '--baseline', 'base.json', '--current', 'summary.json', '-f', 'json'],
      root,
    );
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.verdict).toBe('invalid');
    expect(report.invalid?.reasons[0]).toMatch(/^k6 dropped 37 iterations \(dropped_iterations\)/);
  });

  it('calls a k6 NDJSON stream with dropped_iterations points invalid', async () => {
    const dropped = [1, 2, 3]
      .map(
        (i) =>
          `{"metric":"dropped_iterations","type":"Point","data":{"time":"2024-08-22T01:14:0${i}.000000000-03:00","value":1,"tags":{"scenario":"default"}}}`,
      )
      .join('\n');
    const root = workspace({ 'k6.ndjson': `${K6_NDJSON().trimEnd()}\n${dropped}\n` });
    const run = await runCli(['check', '--current', 'k6.ndjson', '-f', 'json'], root);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.verdict).toBe('invalid');
    expect(report.invalid?.reasons[0]).toMatch(/^k6 dropped 3 iterations/);
    expect(run.code).toBe(1);
  });

  it('calls a run whose checks threshold got no check at all invalid (k6 passes it vacuously)', async () => {
    const summary = JSON.parse(K6_SUMMARY()) as { metrics: Record<string, unknown> };
    summary.metrics.checks = {
      type: 'rate',
      contains: 'default',
      values: { rate: 0, passes: 0, fails: 0 },
      thresholds: { 'rate>0.99': { ok: true } },
    };
    const root = workspace({ 'summary.json': JSON.stringify(summary) });
    const report = JSON.parse(
      (await runCli(['check', '--current', 'summary.json', '-f', 'json'], root)).stdout,
    ) as JsonReport;
    expect(report.verdict).toBe('invalid');
    expect(report.invalid?.reasons).toEqual([
      'the thresholds on checks (rate>0.99) received no samples: no check ran, so k6 passes them without testing anything',
    ]);
  });

  it('leaves the real runs that delivered their load valid', async () => {
    const root = workspace({ 'a.json': SCRAPER(), 'k6.json': K6_SUMMARY() });
    for (const file of ['a.json', 'k6.json']) {
      const report = JSON.parse(
        (await runCli(['check', '--current', file, '-f', 'json'], root)).stdout,
      ) as JsonReport;
      expect(report.invalid).toBeUndefined();
      expect(report.verdict).toBe('inconclusive');
    }
  });

  it('does not compare against an invalid baseline', async () => {
    const root = workspace({ 'base.json': SATURATED(), 'run.json': SCRAPER() });
    const report = JSON.parse(
      (await runCli(['compare', '--baseline', 'base.json', '--current', 'run.json', '-f', 'json'], root))
        .stdout,
    ) as JsonReport;
    expect(report.comparison).toBeUndefined();
    expect(report.notCompared?.reason).toMatch(/^the baseline base\.json is invalid: 938125 of 954183/);
    expect(report.verdict).toBe('inconclusive');
  });
});

describeCorpus('repeated runs: several current runs are one sample', () => {
  it('compares the median of three Artillery runs and reports their spread', async () => {
    const root = workspace({
      'base.json': SCRAPER(),
      'runs/1.json': scaled(1.0),
      'runs/2.json': scaled(1.2),
      'runs/3.json': scaled(1.1),
    });
    const run = await runCli(
      ['compare', '--baseline', 'base.json', '--current', 'runs/*.json', '-f', 'json'],
      root,
    );
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.comparison?.runs).toEqual({ baseline: 1, current: 3 });
    const p95 = report.comparison?.endpoints[0]?.metrics.p95;
    expect(p95?.current).toBeCloseTo(1465.9 * 1.1, 1);
    expect(p95?.spread).toEqual({
      current: { min: expect.closeTo(1465.9, 1), max: expect.closeTo(1465.9 * 1.2, 1), runs: 3 },
    });
    // Every file is part of the sample: none is "not compared".
    const notes = report.results.flatMap((r) => r.diagnostics.map((d) => d.message));
    expect(notes.some((m) => m.includes('not compared'))).toBe(false);
    expect(notes.filter((m) => m.startsWith('is one of 3 repeated runs'))).toHaveLength(3);
    expect(report.verdict).toBe('regressed');
    const md = await runCli(
      ['compare', '--baseline', 'base.json', '--current', 'runs/*.json', '-f', 'markdown'],
      root,
    );
    expect(md.stdout).toContain('_Repeated runs: medians of 1 baseline run and 3 current runs;');
    const text = await runCli(['compare', '--baseline', 'base.json', '--current', 'runs/*.json'], root);
    expect(text.stdout).toContain('repeated runs: medians of 1 baseline and 3 current runs');
  });

  it('merges run files whose sample times overlap: the load generators of one run', async () => {
    const root = workspace({ 'k6.ndjson': K6_NDJSON() });
    expect((await runCli(['ingest', 'k6.ndjson', '--out', 'a.json'], root)).code).toBe(0);
    expect((await runCli(['ingest', 'k6.ndjson', '--out', 'b.json'], root)).code).toBe(0);
    const one = JSON.parse(
      (await runCli(['compare', '--baseline', 'a.json', '--current', 'a.json', '-f', 'json'], root)).stdout,
    ) as { comparison: { endpoints: { metrics: { throughput: { current: number } } }[] } };
    const both = await runCli(
      ['compare', '--baseline', 'a.json', '--current', 'a.json', '--current', 'b.json', '-f', 'json'],
      root,
    );
    const report = JSON.parse(both.stdout) as JsonReport & typeof one;
    expect(report.comparison?.runs).toBeUndefined();
    expect(
      report.results.some((r) => r.diagnostics.some((d) => d.message.includes('load generators of one run'))),
    ).toBe(true);
    // Two generators side by side offer twice the throughput of one.
    expect(report.comparison!.endpoints[0]!.metrics.throughput!.current).toBeCloseTo(
      2 * one.comparison.endpoints[0]!.metrics.throughput.current,
      5,
    );
  });
});

describeCorpus('repeated runs: several baselines are one sample too', () => {
  it('takes the median of the baselines a glob matches, with their spread', async () => {
    const root = workspace({
      'baselines/1.json': scaled(1.0),
      'baselines/2.json': scaled(1.04),
      'baselines/3.json': scaled(0.98),
      'run.json': scaled(1.02),
    });
    const run = await runCli(
      ['compare', '--baseline', 'baselines/*.json', '--current', 'run.json', '-f', 'json'],
      root,
    );
    const report = JSON.parse(run.stdout) as JsonReport & {
      comparison: {
        baseline: { file: string };
        endpoints: { metrics: Record<string, { baseline?: number; spread?: unknown }> }[];
      };
    };
    expect(report.comparison.runs).toEqual({ baseline: 3, current: 1 });
    expect(report.comparison.baseline.file).toBe('baselines/1.json, baselines/2.json, baselines/3.json');
    const p95 = report.comparison.endpoints[0]!.metrics.p95!;
    expect(p95.baseline).toBeCloseTo(1465.9, 1);
    expect(p95.spread).toEqual({
      baseline: { min: expect.closeTo(1465.9 * 0.98, 1), max: expect.closeTo(1465.9 * 1.04, 1), runs: 3 },
    });
    expect(report.results.filter((r) => r.path.startsWith('baselines/'))).toHaveLength(3);
    expect(report.verdict).toBe('pass');
    expect(run.code).toBe(0);
  });
});
