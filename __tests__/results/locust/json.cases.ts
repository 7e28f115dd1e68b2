import { describe, expect, it } from '@jest/globals';
import { readResult } from '../../../src/results/readers.js';
import { corpusText, describeCorpus } from '../files.js';

/** One serialized StatsEntry as Locust 2.x writes it (`StatsEntry.serialize`). */
function entry(name: string, method: string, times: Record<string, number>, failures = 0): object {
  const requests = Object.values(times).reduce((a, b) => a + b, 0);
  const keys = Object.keys(times).map(Number);
  return {
    name,
    method,
    last_request_timestamp: 1_700_000_030.5,
    start_time: 1_700_000_000.25,
    num_requests: requests,
    num_none_requests: 0,
    num_failures: failures,
    total_response_time: Object.entries(times).reduce((s, [k, n]) => s + Number(k) * n, 0),
    max_response_time: Math.max(...keys),
    min_response_time: Math.min(...keys),
    total_content_length: 100 * requests,
    response_times: times,
    num_reqs_per_sec: { '1700000000': requests - 2, '1700000015': 2 },
    num_fail_per_sec: failures ? { '1700000015': failures } : {},
  };
}

describe('Locust --json', () => {
  it('merges folded names exactly through their histograms and computes percentiles as Locust does', () => {
    const text = JSON.stringify([
      entry('/items/1', 'GET', { '10': 50, '20': 40, '100': 10 }),
      entry('/items/2', 'GET', { '10': 50, '30': 45, '200': 5 }, 3),
      entry('/login', 'POST', { '50': 10 }),
    ]);
    const result = readResult(text, 'out.json');
    expect(result.diagnostics).toEqual([]);
    expect(result.format).toBe('locust-json');
    const items = result.run!.endpoints.find((e) => e.name === '/items/{id}')!;
    // 200 requests: 100 at 10 ms, 40 at 20, 45 at 30, 10 at 100, 5 at 200. Locust's percentile is the bucket
    // at which at most q·n requests remain below: the median is 20 (100 below it), not 10.
    expect(items).toMatchObject({
      method: 'GET',
      count: 200,
      errors: 3,
      quality: 'bucketed',
      latency: { min: 10, max: 200, median: 20, p90: 30, p95: 100, p99: 200 },
    });
    expect(result.run!.overall).toMatchObject({ count: 210, errors: 3 });
    expect(result.run!.profile.durationSec).toBe(30.3);
    expect(result.run!.series?.map((w) => [w.count, w.errors])).toEqual([
      [210 - 6, 0],
      [6, 3],
    ]);
    expect(result.run!.folding).toMatchObject({ templates: 1, templatedRequests: 200 });
  });

  it('reports an entry it cannot read and keeps the others', () => {
    const text = JSON.stringify([entry('/a', 'GET', { '10': 5 }), { name: 3 }]);
    const result = readResult(text, 'out.json');
    expect(result.diagnostics).toEqual([
      { file: 'out.json', message: 'Entry 2: an entry has no "name" or "num_requests"; it was skipped.' },
    ]);
    expect(result.run?.overall.count).toBe(5);
  });
});

describeCorpus('Locust worker reports recorded by Taurus (ldjson)', () => {
  it('adds up the reports: requests, pre-1.0 failures counted beside them, and errors by message', () => {
    const name = 'Blazemeter__taurus__locust-workers2.ldjson';
    const result = readResult(corpusText('locust', name), name);
    expect(result.diagnostics).toEqual([]);
    expect(result.format).toBe('locust-worker-ldjson');
    // 500 timed requests and 3985 failures (Locust 0.x logged a failure without a time, outside num_requests).
    expect(result.run?.overall).toMatchObject({
      count: 4485,
      errors: 3985,
      latency: { median: 3500, p95: 10000, p99: 12000, min: 324, max: 12208 },
    });
    expect(result.run?.endpoints[0]?.errorsByKind).toEqual({
      "CatchResponseError('DENIED: wrong data',)": 3985,
    });
    expect(result.run?.profile.maxVUs).toBe(501);
  });

  it('reads up to a cut last line and says so', () => {
    const name = 'Blazemeter__taurus__locust-workers2.ldjson';
    const text = corpusText('locust', name);
    const cut = text.slice(0, text.lastIndexOf('\n', text.length - 2) + 40);
    const result = readResult(cut, name);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ line: 23, severity: 'warning', message: expect.stringMatching(/cut short/) }),
    ]);
    expect(result.run?.overall.count).toBeGreaterThan(4000);
  });
});
