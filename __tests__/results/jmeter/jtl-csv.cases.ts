import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { corpusPath, describeCorpus } from '../files.js';
import { read, tempFile } from '../raw/temp.js';

const HEADER =
  'timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,failureMessage,bytes,sentBytes,grpThreads,allThreads,URL,Latency,IdleTime,Connect';
const row = (
  ts: number,
  ms: number,
  label: string,
  code: string,
  ok: boolean,
  msg = 'OK',
  dataType = 'text',
): string => `${ts},${ms},${label},${code},${msg},TG 1-1,${dataType},${ok},,100,50,2,4,null,${ms - 1},0,0`;

describe('JMeter CSV JTL', () => {
  it('counts Transaction Controller parents as transactions, not as requests again', async () => {
    const text = [
      HEADER,
      row(1000, 100, 'login', '200', true),
      row(1100, 200, 'home', '200', true),
      row(
        1000,
        300,
        'TC Login',
        '200',
        true,
        '"Number of samples in transaction : 2, number of failing samples : 0"',
        '',
      ),
      row(12000, 50, 'home', '500', false, 'Server Error'),
    ].join('\n');
    const { run, diagnostics } = await read(tempFile('tc.jtl', text));
    expect(diagnostics).toEqual([]);
    expect(run?.overall).toMatchObject({ count: 3, errors: 1, errorsByKind: { 'HTTP 500': 1 } });
    expect(run?.endpoints.find((e) => e.name === 'TC Login')).toMatchObject({
      kind: 'transaction',
      count: 1,
    });
    expect(run?.profile).toMatchObject({ maxVUs: 4, durationSec: 11.05 });
    expect(run?.series?.map((w) => w.count)).toEqual([2, 1]);
  });

  it('counts each label in its own row when labels share a kept slot, new ones mid-batch and failures among them', async () => {
    // 150 labels in 256 slots share some; each new one is kept in the middle of a batch of rows split before,
    // and 10,000 rows are several batches.
    const labels = Array.from({ length: 150 }, (_, i) =>
      `step ${String.fromCharCode(97 + (i % 26))}${'x'.repeat(i % 7)} ${Math.floor(i / 26)}`.replace(
        /\d/g,
        (d) => 'abcdefghij'[Number(d)]!,
      ),
    );
    const expected = new Map<string, number>();
    const rows: string[] = [HEADER];
    let errors = 0;
    for (let i = 0; i < 10_000; i++) {
      const label = labels[(i * 7919) % labels.length]!;
      expected.set(label, (expected.get(label) ?? 0) + 1);
      // Failures with a code the text path reads (a row not read in place) end a batch now and then.
      const code =
        i % 97 === 0 ? '503' : i % 389 === 0 ? 'Non HTTP response code: java.net.SocketException' : '200';
      if (code !== '200') errors++;
      rows.push(row(1000 + i, 10 + (i % 50), label, code, code === '200'));
    }
    const { run, diagnostics } = await read(tempFile('slots.jtl', rows.join('\n') + '\n'));
    expect(diagnostics).toEqual([]);
    expect(run?.overall).toMatchObject({ count: 10_000, errors });
    expect(new Map(run?.endpoints.map((e) => [e.name, e.count]))).toEqual(expected);
  });

  it('reads a file without header, with a quoted multi-line message and a yyyy/MM/dd timestamp', async () => {
    const text = `2021/11/10 14:49:26,203,Setup,500,"line one, with comma\n\nline ""three""",TG 1-1,text,false,,0,0,1,1,null,0,0,0\n2021/11/10 14:49:27,97,Next,200,OK,TG 1-1,text,true,,0,0,1,1,null,0,0,0\n`;
    const { run, diagnostics } = await read(tempFile('noheader.jtl', text));
    expect(diagnostics).toEqual([]);
    expect(run?.overall).toMatchObject({ count: 2, errors: 1 });
    expect(run?.profile.durationSec).toBeCloseTo(1.097, 6);
  });

  it('reads custom column sets by name, tab-separated too, and weights batched samples', async () => {
    const text = 'timeStamp\tlabel\telapsed\tsuccess\tSampleCount\tErrorCount\n1000\tjms\t20\tfalse\t10\t3\n';
    const { run } = await read(tempFile('custom.jtl', text));
    expect(run?.overall).toMatchObject({ count: 10, errors: 3, errorsByKind: { failed: 3 } });
  });

  it('says which columns it cannot know in a headerless file of another width', async () => {
    const { run, diagnostics } = await read(tempFile('odd.jtl', '1700000000000,12,a,200\n'));
    expect(run).toBeUndefined();
    expect(diagnostics[0]?.message).toMatch(/no header line and 4 columns/);
    expect(diagnostics[0]?.line).toBe(1);
  });
});

describeCorpus('JMeter CSV JTL corpus', () => {
  it("HTMLReportTestFile.csv: totals equal JMeter's own dashboard statistics", async () => {
    const { run, diagnostics } = await read(corpusPath('jmeter', 'apache__jmeter__HTMLReportTestFile.csv'));
    expect(diagnostics).toEqual([]);
    const expected = JSON.parse(
      readFileSync(corpusPath('jmeter', 'apache__jmeter__HTMLReportExpect.statistics.json'), 'utf8'),
    ) as Record<
      string,
      {
        sampleCount: number;
        errorCount: number;
        meanResTime: number;
        minResTime: number;
        maxResTime: number;
        throughput: number;
        pct2ResTime: number;
        pct3ResTime: number;
      }
    >;
    const rows = [
      [run?.overall, expected.Total],
      ...run!.endpoints.map((e) => [e, expected[e.name]] as const),
    ] as const;
    for (const [got, want] of rows) {
      expect(got?.count).toBe(want?.sampleCount);
      expect(got?.errors).toBe(want?.errorCount);
      expect(got?.latency.mean).toBeCloseTo(want!.meanResTime, 2);
      expect(got?.latency.min).toBe(want?.minResTime);
      expect(got?.latency.max).toBe(want?.maxResTime);
    }
    expect(run?.overall.throughput).toBeCloseTo(expected.Total!.throughput, 9);
    // JMeter interpolates percentiles (Commons Math LEGACY); the sketch answers a sample within 1 %.
    expect(Math.abs(run!.overall.latency.p95! / expected.Total!.pct2ResTime - 1)).toBeLessThan(0.015);
    expect(Math.abs(run!.overall.latency.p99! / expected.Total!.pct3ResTime - 1)).toBeLessThan(0.015);
  });

  it('fakestore_v2.jtl: Transaction Controller rows are not counted twice; the cut last line is a warning', async () => {
    const path = corpusPath('jmeter', 'Kuprich__jtl-viewer__fakestore_v2.jtl');
    const lines = readFileSync(path, 'utf8').split('\n');
    const complete = lines.slice(1, -1);
    const parents = complete.filter((l) => l.includes('"Number of samples in transaction')).length;
    const { run, diagnostics } = await read(path);
    expect(run?.overall.count).toBe(complete.length - parents);
    expect(run?.endpoints.filter((e) => e.kind === 'transaction').reduce((n, e) => n + e.count!, 0)).toBe(
      parents,
    );
    expect(run?.overall.errors).toBe(
      complete.filter((l) => !l.includes('Number of samples') && l.includes(',false,')).length,
    );
    expect(diagnostics).toEqual([
      expect.objectContaining({
        line: lines.length,
        severity: 'warning',
        message: expect.stringMatching(/ends in the middle of line/),
      }),
    ]);
  });

  it('reads the headerless, Taurus-configured and Transaction-only JTLs', async () => {
    const noheader = await read(corpusPath('jmeter', 'kodjobaah__bbc-ugc-load-test__results.noheader.jtl'));
    expect(noheader.run?.overall).toMatchObject({ count: 1, errors: 1, errorsByKind: { 'HTTP 500': 1 } });
    const kpi = await read(corpusPath('jmeter', 'Blazemeter__taurus__simple.kpi.jtl'));
    expect(kpi.run?.overall).toMatchObject({ count: 6, errors: 3 });
    const pair = await read(corpusPath('jmeter', 'Blazemeter__taurus__kpi-pair1.jtl'));
    expect(pair.run?.overall.errorsByKind).toMatchObject({
      'java.net.UnknownHostException': 1,
      'HTTP 502': 1,
    });
    const tc = await read(corpusPath('jmeter', 'Blazemeter__taurus__tranctl.jtl'));
    expect(tc.run?.overall).toMatchObject({ count: 2, errors: 1 });
    expect(tc.diagnostics[0]).toMatchObject({
      severity: 'warning',
      message: expect.stringMatching(/only Transaction Controller/),
    });
  });
});
