import { describe, expect, it } from '@jest/globals';
import { describeCorpus } from '../../helpers/corpus.js';
import { readAutocannonJson } from '../../../src/results/autocannon/json.js';
import type { ReadResult, Run } from '../../../src/results/model.js';
import { readResult, sniffFormat } from '../../../src/results/readers.js';
import { corpusText } from '../files.js';

function runOf(result: ReadResult): Run {
  expect(result.diagnostics).toEqual([]);
  if (!result.run) throw new Error('no run');
  return result.run;
}

const hist = (p50: number, p90: number, p99: number, extra: Record<string, number> = {}) => ({
  average: p50 + 1,
  mean: p50 + 1,
  stddev: 3,
  min: 1,
  max: p99 + 10,
  p0_001: 1,
  p1: 1,
  p2_5: 1,
  p10: 2,
  p25: 3,
  p50,
  p75: p50 + 2,
  p90,
  p97_5: p99 - 1,
  p99,
  p99_9: p99 + 5,
  p99_99: p99 + 9,
  p99_999: p99 + 10,
  ...extra,
});

/** The shape `autocannon --json` prints (lib/aggregateResult.js), with failures of every kind. */
function result(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: undefined,
    url: 'http://127.0.0.1:8080/items/42?token=secret',
    connections: 10,
    sampleInt: 1000,
    pipelining: 1,
    duration: 5.02,
    samples: 5,
    start: '2026-12-04T00:00:00.000Z',
    finish: '2026-12-04T00:00:05.020Z',
    errors: 7,
    timeouts: 3,
    mismatches: 0,
    non2xx: 50,
    resets: 0,
    '1xx': 0,
    '2xx': 950,
    '3xx': 0,
    '4xx': 10,
    '5xx': 40,
    statusCodeStats: { '200': { count: 950 }, '404': { count: 10 }, '500': { count: 40 } },
    latency: hist(4, 9, 20, { totalCount: 1000 }),
    requests: { ...hist(200, 210, 220), total: 1000, sent: 1010 },
    throughput: { ...hist(30000, 31000, 32000), total: 150000 },
    ...over,
  };
}

describe('autocannon JSON reader', () => {
  it('counts responses plus requests without one, and fails non-2xx, timeouts and connection errors', () => {
    const run = runOf(readAutocannonJson(JSON.stringify(result()), 'ac.json'));
    expect(run.source).toEqual({ tool: 'autocannon', format: 'autocannon-json', file: 'ac.json' });
    // 1000 responses + 7 that got none (3 of them timeouts); 50 non-2xx + 7 failed.
    expect(run.overall).toMatchObject({
      name: '(all requests)',
      count: 1007,
      errors: 57,
      quality: 'reported-only',
      latencyKind: 'total',
      errorsByKind: { 'HTTP 404': 10, 'HTTP 500': 40, timeout: 3, 'connection error': 4 },
    });
    expect(run.overall.errorRate).toBeCloseTo(57 / 1007, 10);
    expect(run.overall.throughput).toBeCloseTo(1007 / 5.02, 10);
    // autocannon reports no p95: none is made up.
    expect(run.overall.latency).toEqual({ min: 1, mean: 5, median: 4, max: 30, p90: 9, p99: 20 });
    expect(run.profile).toEqual({ durationSec: 5.02, maxVUs: 10 });
    expect(run.meta).toEqual({ createdAt: '2026-12-04T00:00:00.000Z' });
  });

  it('names the endpoint by its URL with ids folded and query values hidden, or by its title', () => {
    const byUrl = runOf(readAutocannonJson(JSON.stringify(result()), 'ac.json'));
    expect(byUrl.endpoints).toHaveLength(1);
    expect(byUrl.endpoints[0]).toMatchObject({
      name: 'http://127.0.0.1:8080/items/{id}?token=*',
      path: '/items/{id}',
      count: 1007,
      errors: 57,
    });
    expect(JSON.stringify(byUrl)).not.toContain('secret');
    const titled = runOf(readAutocannonJson(JSON.stringify(result({ title: 'item page' })), 'ac.json'));
    expect(titled.endpoints[0]).toMatchObject({ name: 'item page', path: '/items/{id}' });
    const two = runOf(
      readAutocannonJson(JSON.stringify(result({ url: ['http://h/a/1', 'http://h/b'] })), 'ac.json'),
    );
    expect(two.endpoints[0]?.name).toBe('http://h/a/{id}, http://h/b');
    expect(two.endpoints[0]?.path).toBeUndefined();
  });

  it('falls back to the status classes without statusCodeStats, and accepts counts written as strings', () => {
    const run = runOf(
      readAutocannonJson(
        JSON.stringify(result({ statusCodeStats: undefined, errors: '0', timeouts: '0', non2xx: '50' })),
        'ac.json',
      ),
    );
    expect(run.overall).toMatchObject({
      count: 1000,
      errors: 50,
      errorsByKind: { 'HTTP 4xx': 10, 'HTTP 5xx': 40 },
    });
  });

  it('keeps body mismatches as checks rather than counting them as errors again', () => {
    const run = runOf(readAutocannonJson(JSON.stringify(result({ mismatches: 12 })), 'ac.json'));
    expect(run.checks).toEqual({ passes: 988, fails: 12 });
    expect(run.overall.errors).toBe(57);
  });

  it('says why a file is not an autocannon result', () => {
    expect(readAutocannonJson('{"latency": 1}', 'x.json').diagnostics[0]?.message).toBe(
      'Not an autocannon result: expected an object with "latency" and "requests" (autocannon --json), found keys "latency".',
    );
    const noTotal = result({ requests: { average: 1 } });
    expect(readAutocannonJson(JSON.stringify(noTotal), 'x.json').diagnostics[0]?.message).toMatch(
      /no "requests.total"/,
    );
  });

  it('is recognised by content, whatever the file is called', () => {
    const text = JSON.stringify(result());
    expect(sniffFormat(text, 'results.json')?.format).toBe('autocannon-json');
    expect(readResult(text, 'out.txt').format).toBe('autocannon-json');
  });
});

describeCorpus('autocannon JSON reader on the real fixture', () => {
  it('reads autocannon’s own example result (string counts in statusCodeStats)', () => {
    const name = 'mcollina__autocannon__example-result.json';
    const text = corpusText('autocannon', name);
    expect(sniffFormat(text, name)?.format).toBe('autocannon-json');
    const run = runOf(readAutocannonJson(text, name));
    expect(run.overall).toMatchObject({ count: 500, errors: 0, errorRate: 0, quality: 'reported-only' });
    expect(run.overall.throughput).toBeCloseTo(500 / 2.06, 10);
    expect(run.overall.latency).toEqual({ min: 47, mean: 100.1, median: 67, max: 424, p90: 126, p99: 386 });
    expect(run.endpoints).toEqual([expect.objectContaining({ name: 'example result', path: '/get' })]);
    expect(run.profile).toEqual({ durationSec: 2.06, maxVUs: 40 });
  });
});
