import { describe, expect, it } from '@jest/globals';
import { feedGatlingBinaryLog } from '../../../src/results/gatling/binary-log.js';
import { RunBuilder } from '../../../src/results/raw/run-builder.js';
import { corpusPath, describeCorpus } from '../files.js';
import { read, tempFile } from '../raw/temp.js';

/**
 * Writes records the way Gatling 3.13+'s LogFileDataWriter does (big-endian DataOutput, Java strings with
 * their coder byte, cached strings numbered from 1), so that tests can build any file.
 */
class GatlingBinaryWriter {
  private readonly bytes: number[] = [];
  private readonly cache = new Map<string, number>();

  constructor(
    private readonly start: number,
    version = '3.14.3',
    scenarios = ['Buyers'],
  ) {
    this.byte(0).string(version).string('shop.Checkout').long(start).string('');
    this.int(scenarios.length);
    for (const s of scenarios) this.string(s);
    this.int(0);
  }

  byte(b: number): this {
    this.bytes.push(b & 0xff);
    return this;
  }
  int(v: number): this {
    return this.byte(v >>> 24)
      .byte(v >>> 16)
      .byte(v >>> 8)
      .byte(v);
  }
  long(v: number): this {
    return this.int(Math.floor(v / 2 ** 32)).int(v % 2 ** 32);
  }
  string(s: string): this {
    if (s === '') return this.int(0);
    const latin1 = [...s].every((c) => c.charCodeAt(0) < 256);
    const body = latin1 ? Buffer.from(s, 'latin1') : Buffer.from(s, 'utf16le');
    this.int(body.length);
    for (const b of body) this.byte(b);
    return this.byte(latin1 ? 0 : 1);
  }
  cached(s: string): this {
    const known = this.cache.get(s);
    if (known !== undefined) return this.int(-known);
    const index = this.cache.size + 1;
    this.cache.set(s, index);
    return this.int(index).string(s);
  }
  groups(groups: string[]): this {
    this.int(groups.length);
    for (const g of groups) this.cached(g);
    return this;
  }
  user(start: boolean, at: number): this {
    return this.byte(2)
      .int(0)
      .byte(start ? 1 : 0)
      .int(at - this.start);
  }
  request(groups: string[], name: string, from: number, to: number, ok: boolean, message = ''): this {
    this.byte(1)
      .groups(groups)
      .cached(name)
      .int(from - this.start)
      .int(to - this.start);
    return this.byte(ok ? 1 : 0).cached(message);
  }
  group(groups: string[], from: number, to: number, cumulated: number, ok: boolean): this {
    return this.byte(3)
      .groups(groups)
      .int(from - this.start)
      .int(to - this.start)
      .int(cumulated)
      .byte(ok ? 1 : 0);
  }
  error(message: string, at: number): this {
    return this.byte(4)
      .cached(message)
      .int(at - this.start);
  }
  buffer(): Buffer {
    return Buffer.from(this.bytes);
  }
}

const T = 1_730_000_000_000;
const sample = (): Buffer =>
  new GatlingBinaryWriter(T)
    .user(true, T + 5)
    .user(true, T + 6)
    .request([], 'Home', T + 10, T + 110, true)
    .request(['Checkout'], 'Pay', T + 200, T + 450, false, 'status.find.in(200,304), but actually found 503')
    .request(['Checkout'], 'Pay', T + 500, T + 560, true)
    .group(['Checkout'], T + 200, T + 560, 310, false)
    .error('Pay: Failed to build request: No attribute named card', T + 600)
    .request([], 'Café Ünïcödé', T + 11_000, T + 11_020, true)
    .request([], 'Страница', T + 11_000, T + 11_030, false, 'j.n.ConnectException: Connection refused')
    .user(false, T + 11_100)
    .user(false, T + 11_200)
    .buffer();

async function feedChunks(bytes: Buffer, size: number): Promise<RunBuilder> {
  const sink = new RunBuilder({
    tool: 'gatling',
    format: 'gatling-binary-log',
    latencyKind: 'total',
    stamps: 'start',
  });
  sink.file = 'chunks.log';
  async function* chunks(): AsyncIterable<string> {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size).toString('latin1');
  }
  await feedGatlingBinaryLog(chunks(), 'chunks.log', sink);
  return sink;
}

describe('Gatling binary simulation.log', () => {
  it('reads requests with times relative to the run start, cached names, groups, users and errors', async () => {
    const { run, diagnostics, format } = await read(tempFile('simulation.log', sample()));
    expect(diagnostics).toEqual([]);
    expect(format).toBe('gatling-binary-log');
    expect(run?.source.version).toBe('3.14.3');
    expect(run?.overall).toMatchObject({
      count: 5,
      errors: 2,
      errorsByKind: { 'HTTP 503': 1, 'j.n.ConnectException': 1 },
      latency: { min: 20, max: 250 },
    });
    expect(run?.endpoints.find((e) => e.name === 'Checkout / Pay')).toMatchObject({ count: 2, errors: 1 });
    expect(run?.endpoints.find((e) => e.name === 'Checkout')).toMatchObject({
      kind: 'transaction',
      latencyKind: 'group-cumulated',
      count: 1,
      errors: 1,
      latency: { max: 310 },
    });
    // Latin-1 strings (coder 0) and UTF-16 ones (coder 1, the JVM's little-endian order) keep their text.
    expect(run?.endpoints.map((e) => e.name)).toEqual(expect.arrayContaining(['Café Ünïcödé', 'Страница']));
    expect(run?.series?.map((w) => [w.start, w.count, w.errors, w.vus])).toEqual([
      [T, 3, 1, 2],
      [T + 10_000, 2, 1, 1],
    ]);
    expect(run?.profile).toMatchObject({ maxVUs: 2, durationSec: 11.2 });
  });

  it('gives the same run whatever the chunk boundaries (a record may span two chunks)', async () => {
    const bytes = sample();
    const whole = (await feedChunks(bytes, bytes.length)).build();
    for (const size of [1, 3, 7, 64]) {
      const sink = await feedChunks(bytes, size);
      expect(sink.diagnostics).toEqual([]);
      expect(sink.build()).toEqual(whole);
    }
  });

  it('keeps the records before the cut of a killed run and warns with the byte offset', async () => {
    const bytes = sample();
    const cut = bytes.subarray(0, bytes.length - 7);
    const { run, diagnostics } = await read(tempFile('cut.log', cut));
    expect(run?.overall.count).toBe(5);
    expect(diagnostics).toEqual([
      {
        file: expect.stringMatching(/cut\.log$/),
        severity: 'warning',
        message: `The file ends in the middle of a record at byte ${bytes.length - 10}: Gatling was probably stopped while writing. The 11 records before it were read.`,
      },
    ]);
  });

  it('stops at a corrupt record with its offset and keeps what came before', async () => {
    const bytes = Buffer.concat([sample(), Buffer.from([9, 1, 2, 3])]);
    const { run, diagnostics } = await read(tempFile('corrupt.log', bytes));
    expect(run?.overall.count).toBe(5);
    expect(diagnostics).toEqual([
      {
        file: expect.stringMatching(/corrupt\.log$/),
        severity: 'warning',
        message: `The binary simulation.log is corrupt at byte ${bytes.length - 4}: record type 9 is none of Gatling's (0 to 4). The 12 records before it were read.`,
      },
    ]);
  });

  it('names the Gatling version when a log of an unknown version does not parse', async () => {
    const log = new GatlingBinaryWriter(T, '4.0.0').user(true, T + 1).request([], 'Home', T + 2, T + 9, true);
    const bytes = Buffer.concat([log.buffer(), Buffer.from([7])]);
    const { run, diagnostics } = await read(tempFile('future.log', bytes));
    expect(run?.overall.count).toBe(1);
    expect(diagnostics[0]?.message).toBe(
      `The binary simulation.log is corrupt at byte ${bytes.length - 1}: record type 7 is none of Gatling's (0 to 4). The 3 records before it were read. It was written by Gatling 4.0.0; loadgate knows the binary log of Gatling 3.12 to 3.15.`,
    );
  });

  it('is recognised by its RUN header under any name; garbage after it is one diagnostic naming the file', async () => {
    const renamed = await read(tempFile('run.bin', sample()));
    expect(renamed.format).toBe('gatling-binary-log');
    const header = new GatlingBinaryWriter(T).buffer();
    const garbage = Buffer.concat([
      header,
      Buffer.from('\u0001\u0000\u0000\u0000\u0001\u7fff not a record', 'latin1'),
    ]);
    const { run, diagnostics } = await read(tempFile('simulation.log', garbage));
    expect(run).toBeUndefined();
    expect(diagnostics).toEqual([
      {
        file: expect.stringMatching(/simulation\.log$/),
        message: `Not a readable binary Gatling simulation.log: a record refers to string #14651793, which was never written (byte ${header.length}).`,
      },
    ]);
  });
});

describeCorpus('Gatling binary simulation.log: real files', () => {
  // Counts decoded by hand from the hex dumps (record type bytes 1 and 3, ok byte 0).
  const cases: [string, string, number, number, string[]][] = [
    [
      'Blazemeter__taurus__gatling-6-314__v3.14.3-binary__simulation.log',
      '3.14.3',
      39,
      0,
      ['request_0', 'request_0 Redirect 1', 'jquery.min.js'],
    ],
    [
      'Blazemeter__taurus__gatling-8-314__v3.14.3-binary-groups__simulation.log',
      '3.14.3',
      25,
      0,
      [
        'HttpBin Group / First GET',
        'HttpBin Group / Second GET',
        'HttpBin Group / Delayed GET',
        'HttpBin Group',
      ],
    ],
    [
      'gatling__gatling__known_stats__binary__simulation.log',
      '3.12.1',
      105,
      1,
      ['Home', 'Home Redirect 1', 'Search'],
    ],
  ];
  it.each(cases)('%s reads without diagnostics', async (name, version, count, errors, names) => {
    const { run, diagnostics, format } = await read(corpusPath('gatling', name));
    expect(diagnostics).toEqual([]);
    expect(format).toBe('gatling-binary-log');
    expect(run?.source.version).toBe(version);
    expect(run?.overall).toMatchObject({ count, errors });
    expect(run?.endpoints.map((e) => e.name)).toEqual(expect.arrayContaining(names));
  });

  it('reads the group rows of the grouped run apart from its requests', async () => {
    const { run } = await read(
      corpusPath('gatling', 'Blazemeter__taurus__gatling-8-314__v3.14.3-binary-groups__simulation.log'),
    );
    expect(run?.endpoints.find((e) => e.name === 'HttpBin Group')).toMatchObject({
      kind: 'transaction',
      count: 7,
      latencyKind: 'group-cumulated',
    });
    expect(run?.overall.count).toBe(9 + 9 + 7);
  });
});
