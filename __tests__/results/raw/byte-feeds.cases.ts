import { describe, expect, it } from '@jest/globals';
import { feedJtlCsv, feedJtlCsvBytes } from '../../../src/results/jmeter/jtl-csv.js';
import { feedK6Ndjson, feedK6NdjsonBytes } from '../../../src/results/k6/ndjson.js';
import type { Run, SampleSink } from '../../../src/results/model.js';
import { RunBuilder } from '../../../src/results/raw/run-builder.js';
import { itCorpus } from '../../helpers/corpus.js';
import { corpusFiles, corpusPath } from '../files.js';
import { readFileSync } from 'node:fs';

/**
 * The readers have two feeds: text (`feed`) and bytes (`feedBytes`, which the node layer uses and which skips
 * or picks fields out of lines without decoding them). Whatever the chunking, both must put the same samples,
 * in the same order, into the sink, and say the same things about the file.
 */

/** A sink that writes down every call. */
function recorder(): { sink: SampleSink; calls: unknown[][] } {
  const calls: unknown[][] = [];
  const log =
    (name: string) =>
    (...args: unknown[]): void => {
      // Trailing undefined arguments are the same call as omitted ones.
      while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
      calls.push([name, ...args]);
    };
  const sink: SampleSink = {
    request: log('request'),
    transaction: log('transaction'),
    vus: log('vus'),
    seen: log('seen'),
    iteration: log('iteration'),
    check: log('check'),
    diagnostic: log('diagnostic'),
    version: log('version'),
  };
  return { sink, calls };
}

async function* chunks<T>(parts: T[]): AsyncIterable<T> {
  yield* parts;
}

/** The bytes cut every `size` bytes, so lines (and CRLFs, and a BOM) are split across chunks. */
function cut(bytes: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

type Feed<T> = (input: AsyncIterable<T>, file: string, sink: SampleSink) => Promise<void>;

async function bothFeeds(
  bytes: Buffer,
  text: Feed<string>,
  binary: Feed<Buffer>,
): Promise<{ text: unknown[][]; sizes: unknown[][][] }> {
  const fromText = recorder();
  await text(chunks([bytes.toString('latin1')]), 'f', fromText.sink);
  const sizes: unknown[][][] = [];
  for (const size of [1, 2, 3, 7, 64, 1 << 20]) {
    const fromBytes = recorder();
    await binary(chunks(cut(bytes, size)), 'f', fromBytes.sink);
    sizes.push(fromBytes.calls);
  }
  return { text: fromText.calls, sizes };
}

const K6 = [
  '{"type":"Metric","data":{"name":"http_req_duration","type":"trend","contains":"time","thresholds":[],"submetrics":null},"metric":"http_req_duration"}',
  '{"metric":"http_reqs","type":"Point","data":{"time":"2026-01-15T10:00:00.0025+01:00","value":1,"tags":{"name":"http://h/items/1"}}}',
  '{"metric":"http_req_duration","type":"Point","data":{"time":"2026-01-15T10:00:00.0025+01:00","value":12.5,"tags":{"expected_response":"true","method":"GET","name":"http://h/items/1","status":"200"}}}',
  // Old k6 (≤ 0.37) wrote the type first: the metric name is further on in the line.
  '{"type":"Point","data":{"time":"2026-01-15T10:00:01Z","value":80.25,"tags":{"expected_response":"false","method":"post","name":"http://h/caf\u00e9/2","status":"500"}},"metric":"http_req_duration"}',
  '{"metric":"http_req_waiting","type":"Point","data":{"time":"2026-01-15T10:00:01Z","value":70,"tags":{}}}',
  '{"metric":"vus","type":"Point","data":{"time":"2026-01-15T10:00:01Z","value":5,"tags":{}}}',
  '{"metric":"iterations","type":"Point","data":{"time":"2026-01-15T10:00:02Z","value":1,"tags":{}}}',
  '{"metric":"checks","type":"Point","data":{"time":"2026-01-15T10:00:02Z","value":0,"tags":{"check":"ok"}}}',
  'not json at all',
  '{"metric":"http_req_duration_custom","type":"Point","data":{"time":"2026-01-15T10:00:02Z","value":3,"tags":{}}}',
  '',
  '{"metric":"http_req_duration","type":"Point","data":{"time":"2026-01-15T10:00:03Z","value":9,"tags":{"name":"x"}}}',
  // Read in place when k6 wrote them plainly, by JSON.parse otherwise: the same samples either way.
  '{"metric":"http_req_duration","type":"Point","data":{"time":"2026-01-15T10:00:03.5+01:00","value":0.1234567,"tags":{"name":"","url":"http://h/a?x=1\\u0026y=2","method":"get","status":"503","error_code":"1211"}}}',
  '{"metric":"http_req_duration","type":"Point","data":{"time":"2026-01-15T10:00:04Z","value":1e-06,"tags":{"name":"x","status":"0"}}}',
  '{"metric":"http_req_duration","type":"Point","data":{"time":"2026-01-15T10:00:04Z","value":012,"tags":{"name":"x"}}}',
  '{"metric":"http_req_duration","type":"Point","data":{"time":"2026-01-15T10:00:04Z","value":-0,"tags":null}}',
  '{"metric":"http_req_duration","type":"Point","data":{"time":"2026-01-15T10:00:05Z","value":7.25,"tags":{"name":"a","name":"b","status":"404"}}}',
  '{"metric":"http_req_duration","type":"Point","data":{"time":"2026-01-15T10:00:05Z","value":7,"tags":{"name":"a"},"metadata":{"trace_id":"x"}}}',
  '{"metric":"http_req_duration","type":"Point","data":{"time":"2026-01-15T10:00:05Z","value":7,"tags":{"name":"a"}}}}',
  '{"metric":"http_req_duration","type":"Point","data":{"time":"2026-01-15T10:00:05.123456789Z","value":3.000000000000001,"tags":{"name":"a","expected_response":"true","status":"500"}}}',
  '{"metric":"vus","type":"Point","data":{"time":"2026-01-15T10:00:06Z","value":7,"tags":{"scenario":"s"}}}',
  '{"metric":"dropped_iterations","type":"Point","data":{"time":"2026-01-15T10:00:06Z","value":2,"tags":{}}}',
  // Re-serialized with spaces (Python's json.dumps): no key as k6 writes it, so each is read by JSON.parse.
  '{"metric": "http_req_duration", "type": "Point", "data": {"time": "2026-01-15T10:00:07Z", "value": 21, "tags": {"name": "spaced", "status": "200"}}}',
  '{"type": "Point", "metric": "http_req_waiting", "data": {"time": "2026-01-15T10:00:07Z", "value": 20, "tags": {}}}',
  '{"metric": "http_req_duration", "type": "Point", "data": {"time": "2026-01-15T10:00:08Z", "value": 22, "tags": {"name": "spaced", "status": "200"}}}',
];

const JTL = [
  'timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,failureMessage,bytes,sentBytes,grpThreads,allThreads,URL,Latency,IdleTime,Connect',
  '1768467600001,4,/static/abc123def/app.js,200,OK,Users 1-1,text,true,,2000,300,50,50,https://h/static/abc123def/app.js,2,0,3',
  '1768467600002,138,/api/users/46796/profile,500,Internal Server Error,Users 1-2,text,false,boom,2001,301,50,50,https://h/api/users/46796/profile,136,0,0',
  '1768467600003,40,Checkout,,"Number of samples in transaction : 2, number of failing samples : 0",Users 1-3,,true,,0,0,50,50,null,0,0,0',
  '1768467600004,12,"quoted, label",200,"multi',
  'line message",Users 1-4,text,true,,1,1,50,50,https://h/q,1,0,0',
  '1768467600005,x,/bad/elapsed,200,OK,Users 1-5,text,true,,1,1,50,50,https://h/b,1,0,0',
  '1768467600006,7,/short/row,200,OK',
  '',
  '2026/01/15 10:00:07,8,/api/caf\u00e9/7,200,OK,Users 1-6,text,true,,1,1,50,007,https://h/c,1,0,0',
  '1768467600008,9,/api/items/8,200,OK,Users 1-7,text,true,,1,1,50,50,https://h/i,1,0,0',
  // Short in the columns after the last one read, and a quote there: both are the text path's to read.
  '1768467600009,10,/api/items/9,200,OK,Users 1-8,text,true,,1,1,50,50,https://h/i,1,0',
  '1768467600010,11,/api/items/10,200,OK,Users 1-9,text,true,,1,1,50,50,"https://h/i?a=1,2",1,0,0',
  '1768467600011,12,/api/items/8,200,OK,Users 1-7,text,true,,1,1,50,50,https://h/i,1,0,0,extra',
  '1768467600012,13.5,/api/items/8,200,OK,Users 1-7,text,true,,1,1,50,50,https://h/i,1,0,0',
];

/** A header of JMeter's, in another order, with the label last: a CRLF row must not keep its `\r`. */
const JTL_LABEL_LAST = [
  'timeStamp,elapsed,success,dataType,allThreads,label',
  '1768467600001,4,true,text,3,/static/app.js',
  '1768467600002,5,true,text,3,/static/app.js',
  '1768467600003,6,true,,3,Checkout',
  '1768467600004,7,true,text,3',
  '1768467600005,8,true,text,4,/api/a,b',
];

/**
 * 6,000 JTL rows for the tallies: 600 windows of 10 s (more than the 256 window tallies), stamps 40 s out of
 * order, zero and over-a-minute elapsed times, failures with and without a code, rows without their
 * Connect. Each must be counted exactly once, in the right row and window, whether tallied or read one by one.
 */
const TALLIED_ROWS = [
  'timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,failureMessage,bytes,sentBytes,grpThreads,allThreads,URL,Latency,IdleTime,Connect',
  ...Array.from({ length: 6000 }, (_, k) => {
    const t = 1768467600000 + k * 1000 + (k % 13 === 0 ? -40000 : 0);
    const elapsed = k % 101 === 0 ? 0 : k % 211 === 0 ? 70000 + k : 1 + ((k * 37) % 900);
    const ok = k % 29 !== 0;
    const code = ok ? '200' : k % 2 ? '503' : 'Non HTTP response code: java.net.SocketException';
    const connect = k % 89 === 0 ? '' : String(k % 7);
    return `${t},${elapsed},step ${k % 23},${code},OK,Users 1-1,text,${ok},,10,10,5,${1 + (k % 40)},https://h/s,${Math.floor(elapsed / 2)},0,${connect}`;
  }),
];

/** What the JMeter JTL reader builds a run as. */
const JTL_RUN = { tool: 'jmeter', format: 'jmeter-jtl-csv', latencyKind: 'total', stamps: 'start' } as const;

/** A built run as its run file has it. */
function runOf(builder: RunBuilder): Run {
  return JSON.parse(JSON.stringify(builder.build())) as Run;
}

describe('byte and text feeds of the raw readers', () => {
  it('k6 NDJSON: the same samples and diagnostics, whatever the chunks (CRLF, BOM, cut last line)', async () => {
    for (const [eol, bom, tail] of [
      ['\n', '', '\n'],
      ['\r\n', '\ufeff', ''],
      ['\n', '', '{"metric":"http_req_duration","type":"Point","data":{"ti'],
    ] as const) {
      const text = bom + K6.join(eol) + eol + tail;
      const bytes = Buffer.from(text, 'utf8');
      const { text: expected, sizes } = await bothFeeds(
        Buffer.from(text.replace(/^\ufeff/, ''), 'utf8'),
        feedK6Ndjson,
        feedK6NdjsonBytes,
      );
      expect(expected.filter((c) => c[0] === 'request')).toHaveLength(11);
      expect(expected).toContainEqual(['request', 'spaced', undefined, 1768471207000, 21, false]);
      for (const calls of sizes) expect(calls).toEqual(expected);
      // With the byte-order mark the bytes feed still sees the same lines.
      const bomCalls = recorder();
      await feedK6NdjsonBytes(chunks(cut(bytes, 5)), 'f', bomCalls.sink);
      expect(bomCalls.calls).toEqual(expected);
    }
  });

  it('JMeter JTL CSV: the same samples and diagnostics, quoted multi-line fields and transactions included', async () => {
    for (const eol of ['\n', '\r\n']) {
      const bytes = Buffer.from(JTL.join(eol) + eol, 'utf8');
      const { text: expected, sizes } = await bothFeeds(bytes, feedJtlCsv, feedJtlCsvBytes);
      // 4 requests (one failed, one quoted), 1 transaction, and the two bad rows reported.
      expect(expected.filter((c) => c[0] === 'request')).toHaveLength(8);
      expect(expected.filter((c) => c[0] === 'transaction')).toHaveLength(1);
      expect(expected.filter((c) => c[0] === 'diagnostic')).toHaveLength(3);
      for (const calls of sizes) expect(calls).toEqual(expected);
    }
  });

  it('JMeter JTL CSV: the same rows with the label as the last column, CRLF or not', async () => {
    for (const eol of ['\n', '\r\n']) {
      const bytes = Buffer.from(JTL_LABEL_LAST.join(eol) + eol, 'utf8');
      const { text: expected, sizes } = await bothFeeds(bytes, feedJtlCsv, feedJtlCsvBytes);
      expect(expected).toContainEqual(['request', '/static/app.js', undefined, 1768467600001, 4, false]);
      expect(expected.filter((c) => c[0] === 'request')).toHaveLength(4);
      for (const calls of sizes) expect(calls).toEqual(expected);
    }
  });

  it('JMeter JTL CSV: labels seen before are counted in their rows from their bytes, the same run as the text feed', async () => {
    // 300 labels (more than the 200 rows kept: the rest go to "(other endpoints)"), each seen several times,
    // interleaved so that labels take each other's cache slots; sample variables after the columns on some rows.
    const header =
      'timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,failureMessage,bytes,sentBytes,grpThreads,allThreads,URL,Latency,IdleTime,Connect';
    const lines = [header];
    for (let k = 0; k < 1500; k++) {
      const label = k % 5 === 0 ? `/api/items/${k}` : `step ${(k * 7919) % 300}`;
      const extra = k % 11 === 0 ? ',v1' : '';
      lines.push(
        `${1768467600000 + k},${1 + (k % 97)},${label},200,OK,Users 1-1,text,true,,10,10,5,${1 + (k % 9)},https://h${label},${k % 97},0,${k % 3}${extra}`,
      );
    }
    for (const eol of ['\n', '\r\n']) {
      const bytes = Buffer.from(lines.join(eol) + eol, 'latin1');
      const fromText = new RunBuilder(JTL_RUN);
      await feedJtlCsv(chunks([bytes.toString('latin1')]), 'f', fromText);
      const expected = runOf(fromText);
      expect(expected.overall.count).toBe(1500);
      expect(expected.endpoints.map((e) => e.name)).toContain('(other endpoints)');
      for (const size of [5, 64, 4096, 1 << 20]) {
        const fromBytes = new RunBuilder(JTL_RUN);
        await feedJtlCsvBytes(chunks(cut(bytes, size)), 'f', fromBytes);
        expect(runOf(fromBytes)).toEqual(expected);
      }
    }
  });

  it('JMeter JTL CSV: rows tallied by WebAssembly make the same run as the text feed, over many windows and out of order', async () => {
    expect.hasAssertions();
    const bytes = Buffer.from(TALLIED_ROWS.join('\n') + '\n', 'latin1');
    const fromText = new RunBuilder(JTL_RUN);
    await feedJtlCsv(chunks([bytes.toString('latin1')]), 'f', fromText);
    const expected = runOf(fromText);
    expect(expected.overall.count).toBe(6000);
    expect(expected.series?.length).toBeGreaterThan(500);
    for (const size of [4096, 1 << 20]) {
      const fromBytes = new RunBuilder(JTL_RUN);
      await feedJtlCsvBytes(chunks(cut(bytes, size)), 'f', fromBytes);
      expect(runOf(fromBytes)).toEqual(expected);
    }
  });

  it('JMeter JTL CSV: a stream that fails part-way (a truncated gzip) keeps every row read before, tallied ones too', async () => {
    expect.hasAssertions();
    const bytes = Buffer.from(TALLIED_ROWS.join('\n') + '\n', 'latin1');
    const parts = cut(bytes, 4096).slice(0, 40);
    async function* failing<T>(items: T[]): AsyncIterable<T> {
      yield* items;
      throw new Error('unexpected end of file');
    }
    const fromText = new RunBuilder(JTL_RUN);
    await expect(
      feedJtlCsv(failing([Buffer.concat(parts).toString('latin1')]), 'f', fromText),
    ).rejects.toThrow('unexpected end of file');
    const fromBytes = new RunBuilder(JTL_RUN);
    await expect(feedJtlCsvBytes(failing(parts), 'f', fromBytes)).rejects.toThrow('unexpected end of file');
    const rowsBefore = Buffer.concat(parts).toString('latin1').split('\n').length - 2;
    expect(runOf(fromText).overall.count).toBe(rowsBefore);
    expect(runOf(fromBytes)).toEqual(runOf(fromText));
  });

  itCorpus('give the same samples on every real k6 NDJSON and JMeter CSV file of the corpus', async () => {
    const files: [string, Feed<string>, Feed<Buffer>][] = [
      ...corpusFiles('k6-json')
        .filter((f) => !f.endsWith('.gz'))
        .map((f): [string, Feed<string>, Feed<Buffer>] => [
          corpusPath('k6-json', f),
          feedK6Ndjson,
          feedK6NdjsonBytes,
        ]),
      ...corpusFiles('jmeter')
        .filter((f) => /\.(csv|jtl)$/.test(f) && !f.includes('.xml'))
        .map((f): [string, Feed<string>, Feed<Buffer>] => [
          corpusPath('jmeter', f),
          feedJtlCsv,
          feedJtlCsvBytes,
        ]),
    ];
    expect(files.length).toBeGreaterThan(3);
    for (const [path, text, binary] of files) {
      const bytes = readFileSync(path);
      const fromText = recorder();
      await text(chunks([bytes.toString('latin1')]), 'f', fromText.sink);
      const fromBytes = recorder();
      await binary(chunks(cut(bytes, 4093)), 'f', fromBytes.sink);
      expect({ path, calls: fromBytes.calls }).toEqual({ path, calls: fromText.calls });
    }
  });
});
