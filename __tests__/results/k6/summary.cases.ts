import { describe, expect, it } from '@jest/globals';
import { describeCorpus } from '../../helpers/corpus.js';
import { readK6Summary } from '../../../src/results/k6/summary.js';
import type { Run } from '../../../src/results/model.js';
import { corpusText, fixtureText } from '../files.js';
import { read, tempFile } from '../raw/temp.js';

function runOf(text: string, file = 'summary.json'): Run {
  const result = readK6Summary(text, file);
  expect(result.diagnostics).toEqual([]);
  if (!result.run) throw new Error('no run');
  return result.run;
}

describeCorpus('k6 handleSummary reader on real files', () => {
  it('reads benc-uk simple.json: counts, exact error count, p99 from custom summaryTrendStats', () => {
    const run = runOf(corpusText('k6-summary', 'benc-uk__k6-reporter__simple.json'));
    expect(run.source).toEqual({ tool: 'k6', format: 'k6-summary', file: 'summary.json' });
    expect(run.overall).toMatchObject({
      name: '(all requests)',
      count: 878,
      errors: 349, // http_req_failed.passes: a failed request is a "true"
      quality: 'exact',
      throughput: 35.94634922417172,
    });
    expect(run.overall.errorRate).toBeCloseTo(0.3975, 4);
    expect(run.overall.latency).toEqual({
      min: 0.259855,
      mean: 21.37513127107059,
      median: 20.090773,
      max: 143.326605,
      p90: 26.358651200000008,
      p95: 30.0256841,
      p99: 39.577136380000084,
    });
    expect(run.profile).toEqual({ maxVUs: 20, durationSec: 24.425289882, iterations: 439 });
    expect(run.checks).toEqual({ passes: 529, fails: 349 });
    // {expected_response:true} is the successful-only view of all requests, not an endpoint.
    expect(run.endpoints).toEqual([]);
  });

  it('reads hackzbhavin: a failed threshold, and p99 absent (not 0) although a threshold names it', () => {
    const run = runOf(
      corpusText('k6-summary', 'hackzbhavin__high-throughput-error-ingestion__k6-results.json'),
    );
    expect(run.thresholds).toEqual([
      { metric: 'http_req_duration', expression: 'p(95)<200', ok: false },
      { metric: 'http_req_duration', expression: 'p(99)<500', ok: true },
      { metric: 'error_rate', expression: 'rate<0.01', ok: true },
      { metric: 'http_req_failed', expression: 'rate<0.01', ok: true },
    ]);
    expect(run.overall.latency.p95).toBe(384.438857);
    expect('p99' in run.overall.latency).toBe(false);
    expect(run.overall).toMatchObject({ count: 171236, errors: 0, errorRate: 0 });
    expect(run.profile.maxVUs).toBe(1000);
  });

  it('reads a gRPC-only test from its gRPC metrics', () => {
    const run = runOf(corpusText('k6-summary', 'benc-uk__k6-reporter__grpc.json'));
    expect(run.overall).toMatchObject({ count: 9615, throughput: 2833.5502441831595 });
    expect(run.overall.latency.p95).toBe(2.5228431999999996);
    expect(run.overall.errorRate).toBeUndefined();
    expect(run.thresholds).toContainEqual({ metric: 'fake_rate', expression: 'rate >= 0.8', ok: false });
  });

  it('derives the duration from http_reqs count / rate when "state" is missing', () => {
    const run = runOf(corpusText('k6-summary', 'szboynono__k6-html-reporter__dev-export.json'));
    expect(run.profile.durationSec).toBeCloseTo(149 / 4.797764208391139, 6);
    expect(run.thresholds.filter((t) => !t.ok).map((t) => `${t.metric} ${t.expression}`)).toEqual([
      'iterations count > 1000',
      'http_req_duration p(90) < 4',
      'errorRate rate < 0.1',
      'checks rate>0.9',
    ]);
  });
});

describe('k6 handleSummary reader: per-endpoint submetrics', () => {
  const run = runOf(fixtureText('k6-summary-current.json'), 'k6-summary-current.json');

  it('makes one row per http_req_duration{name:…} submetric', () => {
    expect(run.endpoints.map((e) => e.name)).toEqual(['checkout', 'list-products', 'product-detail']);
    expect(run.endpoints.find((e) => e.name === 'checkout')?.latency.p95).toBeCloseTo(318.745, 3);
  });

  it('takes the row count and errors from the http_req_failed submetric of the same tags', () => {
    expect(run.endpoints[0]).toMatchObject({ name: 'checkout', count: 828, errors: 5 });
    expect(run.endpoints[1]?.count).toBeUndefined();
  });

  it('lists the submetric thresholds with their outcome', () => {
    expect(run.thresholds).toContainEqual({
      metric: 'http_req_duration{name:checkout}',
      expression: 'p(95)<300',
      ok: false,
    });
    expect(run.thresholds.filter((t) => t.ok)).toHaveLength(5);
  });

  it('splits method, path and redacts query values where the tags say', () => {
    const text = JSON.stringify({
      metrics: {
        http_req_duration: { type: 'trend', contains: 'time', values: { 'p(95)': 10 } },
        'http_req_duration{method:post,name:checkout}': { type: 'trend', values: { 'p(95)': 12 } },
        'http_req_duration{url:https://shop.test/api/items?token=s3cr3t}': {
          type: 'trend',
          values: { 'p(95)': 9 },
        },
        'http_req_duration{group:::browse,scenario:smoke}': { type: 'trend', values: { 'p(95)': 8 } },
        'http_req_duration{name:x,expected_response:true}': { type: 'trend', values: { 'p(95)': 7 } },
      },
    });
    const r = runOf(text);
    expect(r.endpoints.map(({ name, method, path }) => ({ name, method, path }))).toEqual([
      { name: 'checkout', method: 'POST', path: undefined },
      { name: 'https://shop.test/api/items?token=*', method: undefined, path: '/api/items' },
      { name: '::browse {scenario:smoke}', method: undefined, path: undefined },
    ]);
  });
});

describe('k6 handleSummary reader: wrong input', () => {
  it('names what was expected when "metrics" is missing', () => {
    const result = readK6Summary('{"aggregate": {}}', 'x.json');
    expect(result.run).toBeUndefined();
    expect(result.diagnostics[0]?.message).toBe(
      'Not a k6 handleSummary object: expected an object with a "metrics" map, found keys "aggregate".',
    );
  });

  it('skips a malformed metric with a diagnostic and reads the rest', () => {
    const result = readK6Summary(
      '{"metrics":{"http_reqs":[1,2],"http_req_duration":{"type":"trend","values":{"p(95)":5,"p(99)":null}}}}',
      'x.json',
    );
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'Metric "http_reqs" is skipped: expected an object with "values", found an array.',
    ]);
    expect(result.run?.overall.latency).toEqual({ p95: 5 });
  });

  it('warns when there is no request metric at all', () => {
    const result = readK6Summary(
      '{"metrics":{"iterations":{"type":"counter","values":{"count":3,"rate":1}}}}',
      'x.json',
    );
    expect(result.run?.profile).toEqual({ durationSec: 3, iterations: 3 });
    expect(result.diagnostics[0]?.message).toMatch(/no http_req_duration \(or grpc_req_duration\) metric/);
  });

  it('reports invalid JSON with its line', () => {
    const result = readK6Summary('{\n "metrics": {\n  "x": }\n}', 'x.json');
    expect(result.diagnostics).toEqual([
      { file: 'x.json', line: 3, message: 'Invalid JSON at line 3, column 8: expected a value, found "}".' },
    ]);
  });
});

describe('k6 summaries whose format shows only past the first 64 KiB', () => {
  /** handleSummary data written root_group first, as k6 does, with `checks` checks in it. */
  function summaryAfterGroups(checks: number, values: boolean): string {
    const group = {
      name: '',
      path: '',
      id: 'd41d8cd98f00b204e9800998ecf8427e',
      groups: [],
      checks: Array.from({ length: checks }, (_, i) => ({
        name: `status of step ${i} is 200`,
        path: `::status of step ${i} is 200`,
        id: `${i}`.padStart(32, '0'),
        passes: 10,
        fails: i % 100 === 0 ? 1 : 0,
      })),
    };
    const duration = { avg: 12, min: 1, med: 10, max: 90, 'p(90)': 20, 'p(95)': 30 };
    const reqs = { count: 3000, rate: 50 };
    const metrics = values
      ? {
          http_req_duration: { type: 'trend', contains: 'time', values: duration },
          http_reqs: { type: 'counter', contains: 'default', values: reqs },
        }
      : { http_req_duration: duration, http_reqs: reqs };
    return JSON.stringify({ root_group: group, metrics });
  }

  it('reads a handleSummary file and a legacy export by their structure, read whole', async () => {
    expect.hasAssertions();
    for (const [values, format] of [
      [true, 'k6-summary'],
      [false, 'k6-summary-export'],
    ] as const) {
      const text = summaryAfterGroups(2000, values);
      expect(text.indexOf('"metrics"')).toBeGreaterThan(64 * 1024);
      const result = await read(tempFile('summary.json', text));
      expect(result.diagnostics).toEqual([]);
      expect(result.format).toBe(format);
      expect(result.run?.overall.count).toBe(3000);
      expect(result.run?.checks).toEqual({ passes: 20000, fails: 20 });
    }
  });

  it('says what a long JSON file of no known format holds, not that it looks truncated', async () => {
    expect.hasAssertions();
    const text = JSON.stringify({ report: 'x'.repeat(100_000), items: [1, 2, 3] });
    const { diagnostics } = await read(tempFile('other.json', text));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toMatch(
      /^Not a result format loadgate knows: found top-level keys "report", "items"\./,
    );
  });
});
