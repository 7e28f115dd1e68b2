import { describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EndpointStats } from '../../../src/results/model.js';
import { corpusPath, describeCorpus } from '../files.js';
import { read } from '../raw/temp.js';

const dir = 'gatling';
const RUNS = [
  'AndreyLysov__gatling_demo__v3.1.2',
  'Arquisoft__lomap_es3c__v3.9.3',
  'abhic43__GatlingDemoProject__v3.6.1',
] as const;

/** A report folder as Gatling writes it: js/stats.json with js/assertions.json beside it. */
function reportFolder(run: string, assertions?: string): string {
  const js = mkdtempSync(join(tmpdir(), 'loadgate-gatling-js-'));
  copyFileSync(corpusPath(dir, `${run}__stats.json`), join(js, 'stats.json'));
  if (assertions !== undefined) writeFileSync(join(js, 'assertions.json'), assertions);
  return join(js, 'stats.json');
}

describe('Gatling report JSON', () => {
  it('refuses a stats.json-looking file without stats, with the file named', async () => {
    const js = mkdtempSync(join(tmpdir(), 'loadgate-gatling-bad-'));
    const file = join(js, 'stats.json');
    writeFileSync(
      file,
      '{"type": "GROUP", "name": "All Requests", "numberOfRequests": {"total": 1}, "stats": 3}',
    );
    const { run, diagnostics } = await read(file);
    expect(run).toBeUndefined();
    expect(diagnostics).toEqual([
      {
        file: 'stats.json',
        message:
          'Not a Gatling stats.json: expected a GROUP node with "stats" and "contents" (js/stats.json), found keys "type", "name", "numberOfRequests", "stats".',
      },
    ]);
  });
});

describeCorpus('Gatling report JSON: real files', () => {
  it.each(RUNS)('%s stats.json and global_stats.json read without diagnostics, as reported', async (run) => {
    const stats = await read(corpusPath(dir, `${run}__stats.json`));
    const global = await read(corpusPath(dir, `${run}__global_stats.json`));
    expect(stats.diagnostics).toEqual([]);
    expect(global.diagnostics).toEqual([]);
    expect(stats.format).toBe('gatling-stats-json');
    expect(global.format).toBe('gatling-global-stats-json');
    // The tree's root is global_stats.json: the overall rows agree to the last field.
    expect(stats.run?.overall).toEqual(global.run?.overall);
    expect(stats.run?.overall.quality).toBe('reported-only');
    const g = JSON.parse(readFileSync(corpusPath(dir, `${run}__global_stats.json`), 'utf8')) as Record<
      string,
      { total: number; ko: number }
    >;
    expect(global.run?.overall).toMatchObject({
      count: g.numberOfRequests!.total,
      errors: g.numberOfRequests!.ko,
      latency: {
        min: g.minResponseTime!.total,
        max: g.maxResponseTime!.total,
        mean: g.meanResponseTime!.total,
        median: g.percentiles1!.total,
        p95: g.percentiles3!.total,
        p99: g.percentiles4!.total,
      },
    });
    // Every request of the tree is a row; their counts add up to the root's.
    const requests = stats.run!.endpoints.filter((e) => e.kind === undefined);
    expect(requests.reduce((n, e) => n + e.count!, 0)).toBe(stats.run!.overall.count);
  });

  it('recognises stats.json and global_stats.json by content under any name', async () => {
    const js = mkdtempSync(join(tmpdir(), 'loadgate-gatling-names-'));
    copyFileSync(corpusPath(dir, `${RUNS[0]}__stats.json`), join(js, 'report.json'));
    copyFileSync(corpusPath(dir, `${RUNS[0]}__global_stats.json`), join(js, 'totals.json'));
    expect((await read(join(js, 'report.json'))).format).toBe('gatling-stats-json');
    expect((await read(join(js, 'totals.json'))).format).toBe('gatling-global-stats-json');
  });

  it('reads assertions.json beside stats.json as the run thresholds', async () => {
    const assertions = JSON.stringify({
      simulation: 'LoadTest',
      simulationId: 'loadtest-20230501233942035',
      start: 1682984387657,
      description: '',
      scenarios: ['LoadTest'],
      assertions: [
        {
          path: 'Global',
          target: '95th percentile of response time',
          condition: 'is less than',
          conditionValues: [800],
          result: false,
          message: 'Global: 95th percentile of response time is less than 800',
          values: [39419],
        },
        {
          path: 'request_0',
          target: 'percentage of successful events',
          condition: 'is greater than',
          conditionValues: [99],
          result: true,
          message: 'request_0: percentage of successful events is greater than 99',
          values: [100],
        },
      ],
    });
    const { run, diagnostics } = await read(reportFolder('Arquisoft__lomap_es3c__v3.9.3', assertions));
    expect(diagnostics).toEqual([]);
    // Gatling's mean rate is requests over its run span: 8051 / 18.8107… = 428 s.
    expect(run?.profile.durationSec).toBe(428);
    expect(run?.thresholds).toEqual([
      { metric: 'Global', expression: '95th percentile of response time is less than 800', ok: false },
      { metric: 'request_0', expression: 'percentage of successful events is greater than 99', ok: true },
    ]);
    // The real, empty assertions.json of the same run: no thresholds, no noise.
    const empty = readFileSync(corpusPath(dir, 'Arquisoft__lomap_es3c__v3.9.3__assertions.json'), 'utf8');
    const none = await read(reportFolder('Arquisoft__lomap_es3c__v3.9.3', empty));
    expect(none.diagnostics).toEqual([]);
    expect(none.run?.thresholds).toEqual([]);
  });

  /**
   * The strongest evidence for the simulation.log reader: the report Gatling made from the same log. Counts and
   * errors must agree exactly for every request. Percentiles are Gatling's t-digest rounded to whole ms and
   * loadgate's DDSketch (1 %); both must lie within the samples the log itself has around that rank (±1
   * percentile point, ±1 % and 1 ms of rounding), and on the overall rows (hundreds of samples) they must agree
   * within 2 %.
   */
  it.each(RUNS)('%s: simulation.log agrees with the stats.json Gatling made from it', async (name) => {
    const log = await read(corpusPath(dir, `${name}__simulation.log`));
    const report = await read(corpusPath(dir, `${name}__stats.json`));
    expect(log.diagnostics).toEqual([]);
    const samples = exactSamples(readFileSync(corpusPath(dir, `${name}__simulation.log`), 'utf8'));
    const rows: [string, EndpointStats | undefined, EndpointStats][] = [
      ['(all requests)', log.run!.overall, report.run!.overall],
      ...report.run!.endpoints.map((e): [string, EndpointStats | undefined, EndpointStats] => [
        e.name,
        log.run!.endpoints.find((l) => l.name === e.name && l.kind === e.kind),
        e,
      ]),
    ];
    let overflow = 0;
    for (const [row, mine, gatling] of rows) {
      if (!mine) {
        // Beyond the 200-row cap: counted in the (other endpoints) row.
        overflow += gatling.count!;
        continue;
      }
      expect({ row, count: mine.count, errors: mine.errors }).toEqual({
        row,
        count: gatling.count,
        errors: gatling.errors,
      });
      const xs = samples.get(row)!.sort((a, b) => a - b);
      for (const [key, q] of [
        ['median', 0.5],
        ['p95', 0.95],
        ['p99', 0.99],
      ] as const) {
        const lo = xs[Math.max(0, Math.floor((q - 0.01) * (xs.length - 1)))]! * 0.99 - 1;
        const hi = xs[Math.min(xs.length - 1, Math.ceil((q + 0.01) * (xs.length - 1)))]! * 1.01 + 1;
        expect({
          row,
          key,
          gatling: gatling.latency[key],
          inside: between(gatling.latency[key], lo, hi),
        }).toEqual({
          row,
          key,
          gatling: gatling.latency[key],
          inside: true,
        });
        expect({ row, key, mine: mine.latency[key], inside: between(mine.latency[key], lo, hi) }).toEqual({
          row,
          key,
          mine: mine.latency[key],
          inside: true,
        });
      }
      expect(mine.latency.min).toBe(gatling.latency.min);
      expect(mine.latency.max).toBe(gatling.latency.max);
    }
    const other = log.run!.endpoints.find((e) => e.name === '(other endpoints)');
    expect(other?.count ?? 0).toBe(overflow);
    const [a, b] = [log.run!.overall.latency, report.run!.overall.latency];
    for (const key of ['median', 'p95', 'p99'] as const)
      expect(Math.abs(a[key]! / b[key]! - 1)).toBeLessThan(0.02);
  });
});

function between(v: number | undefined, lo: number, hi: number): boolean {
  return v !== undefined && v >= lo && v <= hi;
}

/** Every response time of the log by request name (and all together), parsed plainly: the reference. */
function exactSamples(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>([['(all requests)', []]]);
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f[0] !== 'REQUEST') continue;
    // 3.0 – 3.3 put the user id first; the corpus logs have no groups.
    const o = /^\d+$/.test(f[1]!) ? 2 : 1;
    const ms = Number(f[o + 3]) - Number(f[o + 2]);
    const name = f[o + 1]!;
    if (!out.has(name)) out.set(name, []);
    out.get(name)!.push(ms);
    out.get('(all requests)')!.push(ms);
  }
  return out;
}

describeCorpus('Gatling assertions.json given alone', () => {
  it('says which file to give instead', async () => {
    const { run, diagnostics } = await read(
      corpusPath(dir, 'AndreyLysov__gatling_demo__v3.1.2__assertions.json'),
    );
    expect(run).toBeUndefined();
    expect(diagnostics).toEqual([
      {
        file: 'AndreyLysov__gatling_demo__v3.1.2__assertions.json',
        message:
          "This is a Gatling report's assertions.json: it has the assertions' outcome but no statistics. Give the report's js/stats.json instead; loadgate reads assertions.json from beside it.",
      },
    ]);
  });
});
