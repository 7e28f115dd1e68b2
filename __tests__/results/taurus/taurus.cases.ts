import { describe, expect, it } from '@jest/globals';
import { resolve } from 'node:path';
import { readResult } from '../../../src/results/readers.js';
import { corpusText, describeCorpus, fixtureText } from '../files.js';
import { readAll, tempFile } from '../raw/temp.js';

const fixture = (name: string): string => resolve(process.cwd(), '__tests__/fixtures/results/taurus', name);

describe('Taurus final-stats dumps', () => {
  it.each([
    ['final-stats.xml', 'taurus-final-stats-xml'],
    ['final-stats.csv', 'taurus-final-stats-csv'],
  ])('%s: the empty label is the run, times in seconds become milliseconds', (name, format) => {
    const result = readResult(fixtureText(`taurus/${name}`), name);
    expect(result.diagnostics).toEqual([]);
    expect(result.format).toBe(format);
    expect(result.run?.source.tool).toBe('taurus');
    expect(result.run?.overall).toMatchObject({
      count: 1500,
      errors: 12,
      quality: 'sketch',
      latencyKind: 'total',
      errorsByKind: { 'HTTP 500': 12 },
      latency: { min: 101, median: 231, p90: 352, p95: 401, p99: 612, max: 1203, mean: 251.33 },
    });
    expect(result.run?.endpoints.map((e) => [e.name, e.count, e.latency.p95])).toEqual([
      ['http://blazedemo.com/reserve.php', 1000, 431],
      ['http://blazedemo.com/', 500, 271],
    ]);
    expect(result.run?.profile.maxVUs).toBe(20);
  });

  it('takes the XML dump test duration for throughput', () => {
    const run = readResult(fixtureText('taurus/final-stats.xml'), 'final-stats.xml').run!;
    expect(run.profile.durationSec).toBe(60);
    expect(run.overall.throughput).toBe(25);
  });

  it('warns when the dump holds milliseconds where Taurus writes seconds', () => {
    const ms = [
      'label,avg_ct,avg_lt,avg_rt,bytes,concurrency,fail,stdev_rt,succ,throughput,perc_50.0,perc_95.0',
      ',4.12000,210.10000,251330.00000,100,20,0,81.11,10,10,231000.00000,401000.00000',
    ].join('\n');
    const result = readResult(ms, 'final-stats.csv');
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        line: 2,
        severity: 'warning',
        message: expect.stringMatching(/may hold milliseconds/),
      }),
    ]);
  });

  it('reports a malformed XML dump with its line', () => {
    const text = fixtureText('taurus/final-stats.xml');
    const cut = text.slice(0, text.indexOf('<Group label="http://blazedemo.com/"'));
    const result = readResult(cut, 'final-stats.xml');
    expect(result.run).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({
      file: 'final-stats.xml',
      message: expect.stringMatching(/^Not well-formed XML/),
    });
    expect(result.diagnostics[0]?.line).toBeGreaterThan(1);
  });

  it('adds the junit-xml pass/fail outcomes of the same run to the dump', async () => {
    const { run, diagnostics } = await readAll([fixture('final-stats.xml'), fixture('xunit-pass-fail.xml')]);
    expect(diagnostics).toEqual([]);
    expect(run?.overall.count).toBe(1500);
    expect(run?.thresholds).toEqual([
      { metric: 'pass-fail', expression: 'avg-rt of http://blazedemo.com/>250ms for 10s', ok: false },
      { metric: 'pass-fail', expression: 'fail>5% for 10s', ok: true },
    ]);
  });
});

describeCorpus('Taurus junit-xml report of the corpus', () => {
  it('reads its test cases as pass/fail outcomes, with no requests to compare', () => {
    const name = 'Blazemeter__taurus__xunit-report.xml';
    const result = readResult(corpusText('taurus', name), name);
    expect(result.diagnostics).toEqual([]);
    expect(result.format).toBe('taurus-junit-xml');
    expect(result.run?.thresholds.map((t) => [t.expression, t.ok])).toEqual([
      ['test_erroring', false],
      ['test_failing', false],
      ['test_passing', true],
      ['test_skipped', true],
    ]);
    expect(result.run?.checks).toEqual({ passes: 2, fails: 2 });
    expect(result.run?.overall.count).toBeUndefined();
  });

  it('is not a Taurus set without a final-stats dump', async () => {
    const junit = tempFile('xunit.xml', corpusText('taurus', 'Blazemeter__taurus__xunit-report.xml'));
    const { run, diagnostics } = await readAll([junit, fixture('xunit-pass-fail.xml')]);
    expect(run).toBeUndefined();
    expect(diagnostics[0]?.message).toMatch(/final-stats dump/);
  });
});

describe("Taurus's kpi.jtl", () => {
  it('is a JMeter JTL; the method column of its Locust wrapper names each endpoint', async () => {
    // Taurus's locustio wrapper writes a DictWriter row per request (timeStamp at the end, float elapsed).
    const text = [
      'timeStamp,label,method,elapsed,bytes,responseCode,responseMessage,success,allThreads,Latency',
      '1493304176110,/api/v3/items/,GET,350.2,4921,200,OK,true,12,0',
      '1493304176520,/api/v3/items/,POST,420.7,120,500,DENIED,false,12,0',
      '1493304177020,/api/v3/items/,GET,380.1,4921,200,OK,true,12,0',
    ].join('\n');
    const { run, diagnostics } = await readAll([tempFile('locust-kpi.jtl', text)]);
    expect(diagnostics).toEqual([]);
    expect(run?.source).toMatchObject({ tool: 'jmeter', format: 'jmeter-jtl-csv' });
    expect(run?.endpoints.map((e) => [e.method, e.name, e.count, e.errors])).toEqual([
      ['GET', '/api/v3/items/', 2, 0],
      ['POST', '/api/v3/items/', 1, 1],
    ]);
  });
});
