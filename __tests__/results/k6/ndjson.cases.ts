import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { corpusPath, describeCorpus } from '../files.js';
import { read, readAll, tempFile } from '../raw/temp.js';

const point = (metric: string, time: string, value: number, tags: Record<string, string> = {}): string =>
  JSON.stringify({ metric, type: 'Point', data: { time, value, tags } });
const metricLine = (name: string, type: string): string =>
  JSON.stringify({
    type: 'Metric',
    data: { name, type, contains: 'time', thresholds: [], submetrics: null },
    metric: name,
  });

/** One request as k6 writes it: the request-duration point plus the points loadgate skips. */
function request(t: string, ms: number, tags: Record<string, string>): string[] {
  return [
    point('http_reqs', t, 1, tags),
    point('http_req_duration', t, ms, tags),
    point('http_req_waiting', t, ms - 1, tags),
    point('http_req_failed', t, tags.expected_response === 'false' ? 1 : 0, tags),
  ];
}

const ok = { method: 'GET', name: 'https://shop.test/items/17', status: '200', expected_response: 'true' };
const failed = { method: 'post', name: 'https://shop.test/cart', status: '503', expected_response: 'false' };

function stream(): string {
  return (
    [
      metricLine('vus', 'gauge'),
      point('vus', '2024-05-01T10:00:00.000000000+02:00', 5),
      metricLine('http_req_duration', 'trend'),
      ...request('2024-05-01T10:00:01.250000000+02:00', 100, ok),
      ...request('2024-05-01T10:00:04.500000000+02:00', 300, { ...ok, name: 'https://shop.test/items/18' }),
      ...request('2024-05-01T10:00:12.000000000+02:00', 50, failed),
      point('checks', '2024-05-01T10:00:12.100000000+02:00', 1, { check: 'status is 200' }),
      point('checks', '2024-05-01T10:00:12.100000000+02:00', 0, { check: 'status is 200' }),
      point('iterations', '2024-05-01T10:00:21.000000000+02:00', 1),
    ].join('\n') + '\n'
  );
}

describe('k6 --out json (NDJSON)', () => {
  it('reads requests, errors, endpoints (ids folded), checks, VUs and 10-s windows', async () => {
    const { run, diagnostics, format } = await read(tempFile('k6.json', stream()));
    expect(diagnostics).toEqual([]);
    expect(format).toBe('k6-ndjson');
    expect(run?.overall).toMatchObject({ count: 3, errors: 1, quality: 'sketch', latencyKind: 'total' });
    expect(run?.overall.latency.max).toBe(300);
    expect(run?.overall.errorsByKind).toEqual({ 'HTTP 503': 1 });
    expect(run?.endpoints.map((e) => [e.method, e.name, e.count])).toEqual([
      ['GET', 'https://shop.test/items/{id}', 2],
      ['POST', 'https://shop.test/cart', 1],
    ]);
    expect(run?.endpoints[0]?.path).toBe('/items/{id}');
    expect(run?.folding).toMatchObject({ templatedRequests: 2, templates: 1, overflowRequests: 0 });
    expect(run?.checks).toEqual({ passes: 1, fails: 1 });
    expect(run?.profile).toMatchObject({ maxVUs: 5, iterations: 1, durationSec: 21 });
    expect(run?.series?.map((w) => [w.count, w.errors, w.vus])).toEqual([
      [2, 0, 5],
      [1, 1, undefined],
    ]);
  });

  it('reads a gzipped stream (--out json=file.gz) to the same run', async () => {
    const plain = await read(tempFile('k6.json', stream()));
    const gz = await read(tempFile('k6.json.gz', stream(), true));
    expect(gz.run?.overall).toEqual(plain.run?.overall);
    expect(gz.run?.series).toEqual(plain.run?.series);
  });

  it('reads a file of several MiB, lines cut at every chunk boundary, to the same run as its gzip', async () => {
    // A plain file is read into two 1 MiB buffers that take turns; the gzip goes through a stream with its own
    // chunks: the same requests, counts and windows either way.
    const lines: string[] = [];
    for (let i = 0; i < 6000; i++) {
      const t = `2024-05-01T10:${String(Math.floor(i / 100)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.${String(i % 1000).padStart(3, '0')}000000+02:00`;
      lines.push(
        ...request(t, 10 + (i % 97), {
          ...ok,
          name: `https://shop.test/items/${i}`,
          pad: 'x'.repeat(i % 200),
        }),
      );
    }
    const text = `${lines.join('\n')}\n`;
    expect(text.length).toBeGreaterThan(3 << 20);
    const plain = await read(tempFile('big.json', text));
    const gz = await read(tempFile('big.json.gz', text, true));
    expect(plain.diagnostics).toEqual([]);
    expect(plain.run?.overall.count).toBe(6000);
    expect(plain.run?.endpoints.map((e) => [e.name, e.count])).toEqual([
      ['https://shop.test/items/{id}', 6000],
    ]);
    expect(gz.run?.overall).toEqual(plain.run?.overall);
    expect(gz.run?.series).toEqual(plain.run?.series);
  });

  it('keeps the samples before a cut and warns with the line when the run was killed mid-line', async () => {
    const text = stream();
    const cut = text.slice(0, text.indexOf('"value":50') + 5);
    const lines = cut.split('\n').length;
    const { run, diagnostics } = await read(tempFile('killed.json', cut));
    expect(run?.overall.count).toBe(2);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        line: lines,
        severity: 'warning',
        message: expect.stringMatching(/ends in the middle of line/),
      }),
    ]);
  });

  it('warns of a cut in a line of a metric it skips unparsed, as most of them are', async () => {
    const text = stream();
    // The waiting phase of the last request: never parsed as JSON, only its name and value read.
    const at = text.lastIndexOf('{"metric":"http_req_waiting"');
    const cut = text.slice(0, at + 60);
    const lines = cut.split('\n').length;
    const { run, diagnostics } = await read(tempFile('killed-in-phase.json', cut));
    expect(run?.overall.count).toBe(3);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        line: lines,
        severity: 'warning',
        message: expect.stringMatching(
          // The reader's own ellipsis stays one: its words are not taken for Latin-1 bytes.
          /ends in the middle of line \d+ \("\{\\"metric\\":\\"http_req_waiting.*"…\): the k6 run/,
        ),
      }),
    ]);
    // A last line that is whole JSON without its newline was not cut.
    const whole = await read(tempFile('no-final-newline.json', text.trimEnd()));
    expect(whole.diagnostics).toEqual([]);
  });

  it('reports a broken line in the middle as an error with its line, and reads the rest', async () => {
    const lines = stream().split('\n');
    lines.splice(3, 0, '{"metric":"http_req_duration","type":"Po');
    const { run, diagnostics } = await read(tempFile('broken.json', lines.join('\n')));
    expect(run?.overall.count).toBe(3);
    expect(diagnostics).toEqual([
      expect.objectContaining({ line: 4, message: 'Line 4 is not valid JSON and was skipped.' }),
    ]);
    expect(diagnostics[0]?.severity).toBeUndefined();
  });

  it('caps endpoint rows and counts what went to "(other endpoints)"', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 260; i++)
      lines.push(
        point('http_req_duration', '2024-05-01T10:00:01Z', 10, {
          method: 'GET',
          name: `/page-${'abcdefghij'[i % 10]}${i}x`,
          status: '200',
        }),
      );
    const { run } = await read(tempFile('many.json', lines.join('\n') + '\n'));
    expect(run?.endpoints).toHaveLength(201);
    const other = run?.endpoints.find((e) => e.name === '(other endpoints)');
    expect(other?.count).toBe(60);
    expect(run?.folding).toMatchObject({ overflowRequests: 60, overflowNames: 60, maxRows: 200 });
  });

  it('merges the streams of several load generators exactly', async () => {
    const text = stream();
    const lines = text.trimEnd().split('\n');
    const a = tempFile('gen-a.json', lines.slice(0, 8).join('\n') + '\n');
    const b = tempFile('gen-b.json', lines.slice(8).join('\n') + '\n');
    const merged = await readAll([a, b]);
    const whole = await read(tempFile('all.json', text));
    expect(merged.run?.overall).toEqual(whole.run?.overall);
    expect(merged.run?.endpoints).toEqual(whole.run?.endpoints);
    expect(merged.run?.source.file).toBe(`${a.replace(/^.*\//, '')}, ${b.replace(/^.*\//, '')}`);
  });
});

describeCorpus('k6 NDJSON corpus', () => {
  const files: [string, number][] = [
    ['grafana__xk6-dashboard__result.ndjson', 322],
    ['KirillY__k6-load-template__k6-results.ndjson', 61],
    ['Joxtacy__experiments__k6-results.ndjson', 40],
    ['mn1809__K6PerformanceTesting__output.ndjson', 3],
  ];
  for (const [name, requests] of files) {
    it(`${name}: one request per http_req_duration point, errors as http_req_failed says`, async () => {
      const path = corpusPath('k6-json', name);
      const { run, diagnostics } = await read(path);
      expect(diagnostics).toEqual([]);
      expect(run?.overall.count).toBe(requests);
      // The tool's own per-request verdicts: the http_req_failed points.
      const failedPoints = readFileSync(path, 'utf8')
        .split('\n')
        .filter((l) => l.includes('"metric":"http_req_failed"') && l.includes('"type":"Point"'))
        .filter((l) => (JSON.parse(l) as { data: { value: number } }).data.value === 1).length;
      expect(run?.overall.errors).toBe(failedPoints);
      expect(run?.endpoints.reduce((n, e) => n + (e.count ?? 0), 0)).toBe(requests);
    });
  }
});
