import { describe, expect, it } from '@jest/globals';
import { feedJtlCsv, feedJtlCsvBytes } from '../../../src/results/jmeter/jtl-csv.js';
import type { Run } from '../../../src/results/model.js';
import { RunBuilder } from '../../../src/results/raw/run-builder.js';

const JTL_RUN = { tool: 'jmeter', format: 'jmeter-jtl-csv', latencyKind: 'total', stamps: 'start' } as const;

function runOf(builder: RunBuilder): Run {
  return JSON.parse(JSON.stringify(builder.build())) as Run;
}

async function* chunks<T>(parts: T[]): AsyncIterable<T> {
  yield* parts;
}

describe('RunBuilder error kinds', () => {
  it('names at most 100 kinds of error per row, counting the failures of further kinds as "(other errors)"', () => {
    expect.hasAssertions();
    // A failure message with a new port in each: every kind is new.
    const builder = new RunBuilder(JTL_RUN);
    for (let i = 0; i < 3000; i++)
      builder.request(
        'GET /a',
        undefined,
        1768467600000 + i,
        5,
        true,
        `java.net.SocketException: 10.0.0.7:${i}`,
      );
    builder.request('GET /a', undefined, 1768467603000, 5, true, 'java.net.SocketException: 10.0.0.7:0');
    const run = runOf(builder);
    for (const row of [run.overall, run.endpoints[0]!]) {
      const kinds = row.errorsByKind!;
      expect(Object.keys(kinds)).toHaveLength(101);
      expect(kinds['java.net.SocketException: 10.0.0.7:0']).toBe(2);
      expect(kinds['(other errors)']).toBe(2900);
      expect(Object.values(kinds).reduce((a, b) => a + b, 0)).toBe(3001);
    }
  });
});

describe('RunBuilder time series', () => {
  it('keeps a run spanning more than 10,000 windows in at most 10,000 longer ones, every request counted, and says so', () => {
    expect.hasAssertions();
    // Three days of one request every 10 s: 25,920 windows of 10 s, so windows of 40 s.
    const builder = new RunBuilder(JTL_RUN);
    const start = 1768467600000;
    const n = 25_920;
    for (let i = 0; i < n; i++)
      builder.request('GET /a', undefined, start + i * 10_000, 1 + (i % 300), i % 50 === 0, 'HTTP 500');
    const run = runOf(builder);
    const series = run.series!;
    expect(series.length).toBeLessThanOrEqual(10_000);
    expect(series.every((w) => w.durationSec === 40)).toBe(true);
    expect(series.reduce((sum, w) => sum + w.count, 0)).toBe(n);
    expect(series.reduce((sum, w) => sum + w.errors, 0)).toBe(Math.ceil(n / 50));
    expect(series[0]!.start % 40_000).toBe(0);
    expect(run.overall.count).toBe(n);
    expect(builder.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('the time series has windows of 40 s instead') as unknown,
      }),
    ]);
  });

  it('bounds the windows of stamps scattered over years (another unit read as ms) without losing a request', () => {
    expect.hasAssertions();
    const builder = new RunBuilder(JTL_RUN);
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 50_000; i++) builder.request('GET /a', undefined, next() * 4657, 5, false);
    const run = runOf(builder);
    expect(run.series!.length).toBeLessThanOrEqual(10_000);
    expect(run.series!.reduce((sum, w) => sum + w.count, 0)).toBe(50_000);
  });

  it('gives a JTL read by bytes (rows tallied by WebAssembly) the same coarsened series as the text feed', async () => {
    expect.hasAssertions();
    const header =
      'timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,allThreads';
    const rows = Array.from(
      { length: 24_000 },
      (_, k) =>
        `${1768467600000 + k * 10_000 + (k % 7) * 1000},${1 + (k % 400)},step ${k % 5},200,OK,T 1-1,text,true,${1 + (k % 30)}`,
    );
    const text = [header, ...rows].join('\n') + '\n';
    const fromText = new RunBuilder(JTL_RUN);
    await feedJtlCsv(chunks([text]), 'f', fromText);
    const fromBytes = new RunBuilder(JTL_RUN);
    await feedJtlCsvBytes(chunks([Buffer.from(text, 'latin1')]), 'f', fromBytes);
    const expected = runOf(fromText);
    expect(expected.series!.length).toBeLessThanOrEqual(10_000);
    expect(expected.series![0]!.durationSec).toBe(40);
    expect(runOf(fromBytes)).toEqual(expected);
  });
});
