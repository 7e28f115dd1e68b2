import { describe, expect, it } from '@jest/globals';
import { describeCorpus } from '../../helpers/corpus.js';
import { readArtilleryReport } from '../../../src/results/artillery/report.js';
import type { ReadResult, Run } from '../../../src/results/model.js';
import { corpusText } from '../files.js';

function runOf(result: ReadResult): Run {
  expect(result.diagnostics).toEqual([]);
  if (!result.run) throw new Error('no run');
  return result.run;
}

const read = (name: string): Run => runOf(readArtilleryReport(corpusText('artillery', name), name));

describeCorpus('Artillery v2 report reader on real files', () => {
  it('reads a clean run (ltphuoc): count, sketch percentiles, throughput from requests / duration', () => {
    const run = read('ltphuoc__media-scraper__artillery-report.json');
    expect(run.source).toEqual({
      tool: 'artillery',
      format: 'artillery-report',
      file: 'ltphuoc__media-scraper__artillery-report.json',
    });
    expect(run.overall).toMatchObject({ count: 6000, errors: 0, errorRate: 0, quality: 'sketch' });
    expect(run.overall.latency).toEqual({
      min: 1,
      mean: 211.7,
      median: 8.9,
      max: 2077,
      p90: 982.6,
      p95: 1465.9,
      p99: 1790.4,
    });
    // 6000 requests between firstMetricAt and lastMetricAt (60.531 s); the report's own aggregate rate says 42/s.
    expect(run.overall.throughput).toBeCloseTo(6000 / 60.531, 6);
    expect(run.profile).toEqual({ durationSec: 60.531, arrivalRate: 6000 / 60.531 });
    expect(run.profile.maxVUs).toBeUndefined();
    expect(run.checks).toEqual({ passes: 6000, fails: 0 });
    expect(run.endpoints).toHaveLength(1);
    expect(run.endpoints[0]).toMatchObject({ name: '/api/scrape', path: '/api/scrape', count: 6000 });
  });

  it('counts 4xx and 5xx responses as errors (IvanFerroli) and keeps them apart by kind', () => {
    const run = read('IvanFerroli__Brain-Agriculture__artillery-report.json');
    expect(run.overall).toMatchObject({
      count: 600,
      errors: 236,
      errorsByKind: { 'HTTP 404': 196, 'HTTP 500': 40 },
    });
    expect(run.overall.errorRate).toBeCloseTo(236 / 600, 10);
    expect(run.endpoints).toHaveLength(10);
    const dashboard = run.endpoints.find((e) => e.name === '/dashboard/metrics');
    expect(dashboard).toMatchObject({ count: 177, errors: 40, errorsByKind: { 'HTTP 500': 40 } });
    expect(dashboard?.latency).toMatchObject({ median: 3, p95: 5, p99: 10.9 });
  });

  it('counts errors.* without adding vusers.failed again (AbdulKhaliq: saturated generator)', () => {
    const run = read('AbdulKhaliq59__task_manager_api__artillery-report.json');
    expect(run.overall).toMatchObject({
      count: 970241,
      errors: 938125,
      errorsByKind: { ETIMEDOUT: 937970, ECONNRESET: 134, EADDRNOTAVAIL: 21 },
    });
    expect(run.overall.latency.p95).toBe(9999.2);
    // The endpoint's requests are its responses (16058 × 200 + 16058 × 201) plus its failures.
    expect(run.endpoints[0]).toMatchObject({ name: '/tasks', count: 32116 + 938125, errors: 938125 });
  });

  it('reads a run where every request failed: no summaries, latency empty rather than 0', () => {
    const run = read('PasanMadhuranga__RailWise-Backend__artillery-report.json');
    expect(run.overall.latency).toEqual({});
    expect(run.overall).toMatchObject({
      count: 600,
      errors: 600,
      errorRate: 1,
      errorsByKind: { ECONNREFUSED: 600 },
    });
    expect(run.endpoints[0]).toMatchObject({ name: '/api/admin/schedulesDetails', count: 600, errors: 600 });
  });

  it('reads the unnamed-scenario, all-timeout run (Rohanpatel08)', () => {
    const run = read('Rohanpatel08__Quirrel__artillery-report.json');
    expect(run.overall).toMatchObject({ count: 50, errors: 50, errorRate: 1 });
    expect(run.profile.durationSec).toBeCloseTo(59.002, 3);
  });
});

describeCorpus('Artillery 1.x report reader', () => {
  it('reads the 1.x aggregate (Gummybearr): latency as reported, duration from phases', () => {
    const run = read('Gummybearr__cpu-bound-application__report.v1.json');
    expect(run.source.version).toBe('1.x');
    expect(run.overall).toMatchObject({ count: 60, errors: 0, quality: 'reported-only', throughput: 1 });
    expect(run.overall.latency).toEqual({ min: 376, median: 394.1, max: 426.1, p95: 413.5, p99: 426.1 });
    expect(run.profile).toEqual({ durationSec: 60, arrivalRate: 1 });
  });

  it('drops null percentiles and counts a request without response (artillery test-scripts report)', () => {
    const run = read('artilleryio__artillery__test-scripts-report.v1.json');
    expect(run.overall.latency).toEqual({});
    expect(run.overall).toMatchObject({
      count: 1,
      errors: 1,
      errorsByKind: { UNABLE_TO_VERIFY_LEAF_SIGNATURE: 1 },
    });
    expect(run.profile.durationSec).toBe(1);
  });
});

describe('Artillery report reader: endpoint names and wrong input', () => {
  const report = (counters: Record<string, number>, summaries: Record<string, object> = {}): string =>
    JSON.stringify({
      aggregate: { counters, summaries, firstMetricAt: 0, lastMetricAt: 10_000 },
      intermediate: [],
    });

  it('splits counter keys at known suffixes, so dotted names keep their counters apart', () => {
    const text = report(
      {
        'http.requests': 7,
        'plugins.metrics-by-endpoint./file.codes.200': 3,
        'plugins.metrics-by-endpoint./file.json.codes.200': 2,
        'plugins.metrics-by-endpoint./file.json.errors.connect ECONNREFUSED 127.0.0.1:80': 1,
        'plugins.metrics-by-endpoint./login (sign in).codes.401': 1,
      },
      { 'plugins.metrics-by-endpoint.response_time./file.json': { p95: 4, count: 2 } },
    );
    const run = runOf(readArtilleryReport(text, 'r.json'));
    expect(run.endpoints.map(({ name, path, count, errors }) => ({ name, path, count, errors }))).toEqual([
      { name: '/file.json', path: '/file.json', count: 3, errors: 1 },
      { name: '/file', path: '/file', count: 3, errors: 0 },
      { name: '/login (sign in)', path: '/login', count: 1, errors: 1 },
    ]);
    expect(run.overall.throughput).toBe(0.7);
  });

  it('redacts query values in endpoint names', () => {
    const run = runOf(
      readArtilleryReport(
        report({ 'http.requests': 1, 'plugins.metrics-by-endpoint./s?key=abc&q.codes.200': 1 }),
        'r.json',
      ),
    );
    expect(run.endpoints[0]).toMatchObject({ name: '/s?key=*&q', path: '/s' });
  });

  it('folds URL-template placeholders into {id}, as other tools read the same endpoint', () => {
    const run = runOf(
      readArtilleryReport(
        report(
          {
            'http.requests': 6,
            'plugins.metrics-by-endpoint./items/{{ id }}.codes.200': 2,
            'plugins.metrics-by-endpoint./items/{{ id }}/reviews?page={{ page }}.codes.200': 1,
            // Two templates that would fold into one keep their names: their percentiles cannot be merged.
            'plugins.metrics-by-endpoint./users/{{ a }}.codes.200': 2,
            'plugins.metrics-by-endpoint./users/{{b}}.codes.200': 1,
          },
          { 'plugins.metrics-by-endpoint.response_time./items/{{ id }}': { p95: 4, count: 2 } },
        ),
        'r.json',
      ),
    );
    expect(run.endpoints.map(({ name, path }) => ({ name, path }))).toEqual(
      expect.arrayContaining([
        { name: '/items/{id}', path: '/items/{id}' },
        { name: '/items/{id}/reviews?page=*', path: '/items/{id}/reviews' },
        { name: '/users/{{ a }}', path: '/users/{{ a }}' },
        { name: '/users/{{b}}', path: '/users/{{b}}' },
      ]),
    );
    expect(run.endpoints).toHaveLength(4);
  });

  it('refuses a 2.0 pre-release report with a sentence', () => {
    const result = readArtilleryReport(report({ 'core.vusers.created': 1 }), 'r.json');
    expect(result.run).toBeUndefined();
    expect(result.diagnostics[0]?.message).toMatch(/Artillery 2\.0 pre-release report/);
  });

  it('names what was expected when "aggregate" is missing or counters are not an object', () => {
    expect(readArtilleryReport('{"metrics":{}}', 'r.json').diagnostics[0]?.message).toBe(
      'Not an Artillery report: expected an object with "aggregate" (artillery run --output), found keys "metrics".',
    );
    expect(readArtilleryReport('{"aggregate":{"counters":[]}}', 'r.json').diagnostics[0]?.message).toMatch(
      /expected "aggregate.counters" \(an object\), found an array/,
    );
  });
});
