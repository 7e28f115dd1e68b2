import { describe, expect, it } from '@jest/globals';
import { readResult } from '../../../src/results/readers.js';
import { corpusFiles, corpusPath, corpusText, describeCorpus } from '../files.js';
import { readAll } from '../raw/temp.js';

const C = (name: string): string => corpusText('locust', name);

/** The Aggregated row of a corpus stats file, by header name, as a hand check of what the reader gives. */
function aggregated(name: string): Record<string, string> {
  const lines = C(name).trim().split('\n');
  const header = lines[0]!.split(',');
  const last = lines.find((l) => l.startsWith(',Aggregated,'))!.split(',');
  return Object.fromEntries(header.map((h, i) => [h, last[i]!]));
}

describeCorpus('Locust --csv files of the corpus', () => {
  const stats = corpusFiles('locust').filter((n) => n.endsWith('_stats.csv'));

  it.each(stats)('%s reads without diagnostics, with the Aggregated row as the overall row', (name) => {
    const result = readResult(C(name), name);
    expect(result.diagnostics).toEqual([]);
    expect(result.format).toBe('locust-stats-csv');
    const row = aggregated(name);
    expect(result.run?.source.tool).toBe('locust');
    expect(result.run?.overall).toMatchObject({
      count: Number(row['Request Count']),
      errors: Number(row['Failure Count']),
      quality: 'bucketed',
      latencyKind: 'total',
      latency: {
        median: Number(row['50%']),
        p90: Number(row['90%']),
        p95: Number(row['95%']),
        p99: Number(row['99%']),
        min: Number(row['Min Response Time']),
        max: Number(row['Max Response Time']),
      },
    });
  });

  it('folds the ~590 URL-per-id rows of a booking API into templates, counting what was folded', () => {
    const name = 'PavelCodeStorage__Locust_demo__report_stats.csv';
    const run = readResult(C(name), name).run!;
    expect(run.endpoints.map((e) => `${e.method} ${e.name}`).sort()).toEqual([
      'DELETE /booking/{id}',
      'GET /booking',
      'POST /auth',
      'POST /booking',
      'PUT /booking/{id}',
    ]);
    // Every request is in exactly one row.
    expect(run.endpoints.reduce((n, e) => n + e.count!, 0)).toBe(run.overall.count);
    expect(run.folding).toMatchObject({
      templates: 2,
      templatedRequests: 303 + 296 /* DELETE, PUT requests */,
      overflowRequests: 0,
    });
    const put = run.endpoints.find((e) => e.method === 'PUT')!;
    expect(put.latency.p95).toBeGreaterThanOrEqual(put.latency.median!);
    expect(put.latency.max).toBeGreaterThanOrEqual(put.latency.p99!);
  });

  it.each([
    ['veroliut__loadTestRetailDemoStore__results', 'results_stats_history.csv'],
    ['PavelCodeStorage__Locust_demo__report', 'report_stats_history.csv'],
    ['AbhishekkumarReddy__odoo-locust__results', 'results_stats_history.full.csv'],
  ])('%s: stats, history, failures and exceptions read together as one run', async (prefix, history) => {
    const files = ['_stats.csv', history.replace(/^[a-z]+/, ''), '_failures.csv', '_exceptions.csv'].map(
      (s) => corpusPath('locust', `${prefix}${s}`),
    );
    const { run, diagnostics } = await readAll(files);
    expect(diagnostics).toEqual([]);
    const row = aggregated(`${prefix}_stats.csv`);
    expect(run?.overall.count).toBe(Number(row['Request Count']));
    // The time series counts every request once: its windows add up to the history's last total (the
    // history's last write may come a moment before the stats file's).
    const lines = C(`${prefix}${history.replace(/^[a-z]+/, '')}`)
      .trim()
      .split('\n');
    const lastTotal = Number(
      lines
        .filter((l) => l.includes(',Aggregated,'))
        .at(-1)!
        .split(',')[17],
    );
    const windows = run!.series!.reduce((n, w) => n + w.count, 0);
    expect(windows).toBe(lastTotal);
    expect(windows).toBeLessThanOrEqual(run!.overall.count!);
    expect(run!.profile.maxVUs).toBeGreaterThan(0);
    // Failures become errors by kind on the endpoints they happened on.
    const failing = run!.endpoints.filter((e) => e.errors);
    for (const e of failing) {
      expect(Object.values(e.errorsByKind ?? {}).reduce((n, v) => n + v, 0)).toBe(e.errors);
    }
  });

  it('reads a history file alone as a run with the last totals and the users as VUs', () => {
    const name = 'veroliut__loadTestRetailDemoStore__results_stats_history.csv';
    const result = readResult(C(name), name);
    expect(result.diagnostics).toEqual([]);
    expect(result.run?.overall).toMatchObject({ count: 37219, errors: 1 });
    expect(result.run?.profile.maxVUs).toBe(15000);
    expect(result.run?.series?.length).toBeGreaterThan(3);
  });

  it('reads a --csv-full-history file alone: the last row of each name is its endpoint', () => {
    const name = 'AbhishekkumarReddy__odoo-locust__results_stats_history.full.csv';
    const result = readResult(C(name), name);
    expect(result.diagnostics).toEqual([]);
    expect(result.format).toBe('locust-history-csv');
    expect(result.run?.overall).toMatchObject({ count: 225, errors: 50 });
    // The 16 names of the stats file (counted by hand: distinct Type,Name pairs other than Aggregated).
    expect(result.run?.endpoints).toHaveLength(16);
    expect(result.run?.endpoints.reduce((n, e) => n + e.count!, 0)).toBe(225);
    // Full-history percentiles are per window: the windows have them, the run's p95 does not come from them.
    expect(result.run?.series?.some((w) => w.p95 !== undefined)).toBe(true);
    expect(result.run?.overall.latency.p95).toBeUndefined();
  });

  it('says a failures or exceptions file alone is no run, and what to give with it', () => {
    for (const name of [
      'veroliut__loadTestRetailDemoStore__results_failures.csv',
      'veroliut__loadTestRetailDemoStore__results_exceptions.csv',
    ]) {
      const result = readResult(C(name), name);
      expect(result.run).toBeUndefined();
      expect(result.diagnostics[0]?.message).toMatch(/no request counts.*_stats\.csv/);
    }
  });
});

describe('Locust stats CSV', () => {
  const HEADER =
    'Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%';

  it('reads the Locust ≤ 0.14 header, where failures were not counted as requests', () => {
    const text = [
      '"Method","Name","# requests","# failures","Median response time","Average response time","Min response time","Max response time","Average Content Size","Requests/s"',
      '"GET","/",90,10,120,130.5,50,400,512,9.0',
      '"None","Total",90,10,120,130.5,50,400,512,9.0',
    ].join('\n');
    const result = readResult(text, 'old_stats.csv');
    expect(result.diagnostics).toEqual([]);
    expect(result.run?.overall).toMatchObject({
      count: 100,
      errors: 10,
      latency: { median: 120, mean: 130.5 },
    });
    expect(result.run?.endpoints[0]).toMatchObject({ method: 'GET', name: '/', count: 100 });
  });

  it('reports a malformed row with its line and reads the rest; a cut file gets an overall row from its rows', () => {
    const text = [
      HEADER,
      'GET,/a,10,1,100,110.0,90,150,10,1.0,0.1,100,100,110,110,120,130,140,150,150,150,150',
      'GET,/b,abc,0,100,110.0,90,150,10,1.0,0.0,100,100,110,110,120,130,140,150,150,150,150',
      'GET,/c,5,0,200,210.0,190',
    ].join('\n');
    const result = readResult(text, 'cut_stats.csv');
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringMatching(/request count "abc"/) }),
      expect.objectContaining({ line: 4, message: expect.stringMatching(/7 fields, the header 22/) }),
      expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/no Aggregated row/) }),
    ]);
    expect(result.run?.overall).toMatchObject({ count: 10, errors: 1, latency: { p95: 130 } });
  });

  it('warns when a row breaks min ≤ average ≤ max: shifted columns or another unit', () => {
    const text = [HEADER, ',Aggregated,10,0,0.1,0.12,100,200,10,1.0,0.0,1,1,1,1,1,1,1,1,1,1,1'].join('\n');
    const result = readResult(text, 'units_stats.csv');
    expect(result.diagnostics[0]).toMatchObject({ line: 2, severity: 'warning' });
    expect(result.diagnostics[0]?.message).toMatch(/outside min 100 ms/);
  });
});

describe('Locust stats with more names than rows kept', () => {
  it('keeps the 200 busiest rows and counts the rest in one (other endpoints) row', () => {
    const HEADER =
      'Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,50%,95%,99%,100%';
    const rows = Array.from(
      { length: 250 },
      (_, i) =>
        `GET,/page-${String.fromCharCode(97 + (i % 26))}${Math.floor(i / 26)}x,${1000 - i},0,10,10.0,5,20,1,1.0,0,10,20,20,20`,
    );
    const total = 250 * 1000 - (249 * 250) / 2;
    const text = [HEADER, ...rows, `,Aggregated,${total},0,10,10.0,5,20,1,250.0,0,10,20,20,20`].join('\n');
    const run = readResult(text, 'many_stats.csv').run!;
    expect(run.endpoints).toHaveLength(201);
    const other = run.endpoints.at(-1)!;
    expect(other).toMatchObject({ name: '(other endpoints)', count: (801 + 750) * 25 });
    expect(run.folding).toMatchObject({ overflowNames: 50, overflowRequests: other.count, maxRows: 200 });
    expect(run.endpoints.reduce((n, e) => n + e.count!, 0)).toBe(run.overall.count);
  });

  it('reads a stats file of 150,000 rows (more values than a call takes as arguments)', () => {
    expect.hasAssertions();
    const HEADER =
      'Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,50%,95%,99%,100%';
    const n = 150_000;
    const rows = Array.from(
      { length: n },
      (_, i) => `GET,/item-${i}-x${i % 97},2,0,10,10.0,${5 + (i % 3)},${20 + (i % 400)},1,1.0,0,10,20,20,20`,
    );
    const text = [HEADER, ...rows, `,Aggregated,${2 * n},0,10,10.0,5,419,1,250.0,0,10,20,20,20`].join('\n');
    const result = readResult(text, 'huge_stats.csv');
    expect(result.diagnostics).toEqual([]);
    expect(result.run!.endpoints).toHaveLength(201);
    const other = result.run!.endpoints.at(-1)!;
    expect(other).toMatchObject({ name: '(other endpoints)', latency: { min: 5, max: 419 } });
  });
});
