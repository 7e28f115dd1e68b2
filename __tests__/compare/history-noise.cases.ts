import { describe, expect, it } from '@jest/globals';
import { compareRuns } from '../../src/compare/compare.js';
import { historyNoiseTest, roundingStep, tQuantile975 } from '../../src/compare/history-noise.js';
import type { MetricVerdict } from '../../src/compare/model.js';
import { entryOf, type HistoryEntry } from '../../src/history/store.js';
import type { Run } from '../../src/results/model.js';
import { readResult } from '../../src/results/readers.js';
import { serializeRun } from '../../src/results/run-file.js';
import { runFromSamples } from '../../src/results/raw/samples-to-run.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureText } from '../results/files.js';
import { runCli } from '../helpers/cli.js';

function read(text: string, file: string): Run {
  const result = readResult(text, file);
  if (!result.run) throw new Error(JSON.stringify(result.diagnostics));
  return result.run;
}

// A k6 end-of-test summary: percentiles as k6 reports them, no samples, so no interval from the pair alone.
const baseline = read(fixtureText('k6-summary-baseline.json'), 'k6-summary-baseline.json');

/** The baseline with every latency of every row × factor: another run of the same test. */
function scaled(run: Run, factor: number): Run {
  const row = <T extends Run['overall']>(e: T): T => ({
    ...e,
    latency: Object.fromEntries(
      Object.entries(e.latency).map(([k, v]) => [k, typeof v === 'number' ? v * factor : v]),
    ),
  });
  return { ...run, overall: row(run.overall), endpoints: run.endpoints.map(row) };
}

/** Past runs of the unchanged system: the baseline's numbers × each factor. */
const history = (factors: number[]): HistoryEntry[] =>
  factors.map((f, i) => entryOf(scaled(baseline, f), new Date(Date.UTC(2026, 0, 1 + i))));

const p95Of = (c: ReturnType<typeof compareRuns>): MetricVerdict | undefined =>
  c.endpoints[0]?.metrics.find((m) => m.metric === 'p95');

describe('a reported percentile against the noise of the history (t prediction interval)', () => {
  it('uses the t quantile of the history size', () => {
    expect(tQuantile975(3)).toBeCloseTo(3.182, 3);
    expect(tQuantile975(10)).toBeCloseTo(2.228, 3);
  });

  it('finds a value far outside the past runs and accepts one among them', () => {
    const past = [100, 102, 98, 101, 99, 100];
    const far = historyNoiseTest(past, 112);
    expect(far?.pValue).toBeLessThan(0.001);
    expect(far?.ci[0]).toBeGreaterThan(0);
    const near = historyNoiseTest(past, 101.5);
    expect(near?.pValue).toBeGreaterThan(0.3);
    expect(near?.band[0]).toBeLessThan(98);
    expect(near?.band[1]).toBeGreaterThan(102);
  });

  it('needs at least four past runs', () => {
    expect(historyNoiseTest([100, 101, 99], 150)).toBeUndefined();
    expect(historyNoiseTest([100, 101, 99, 100], 150)).toBeDefined();
  });

  it('counts the rounding of reported numbers as noise when every past run rounds to the same value', () => {
    // Locust reports whole milliseconds: four runs of 30 ms do not make 31 ms a change.
    expect(roundingStep([30, 30, 31])).toBe(1);
    expect(roundingStep([61.9, 62.3])).toBeCloseTo(0.1, 10);
    // Not the certainty s = 0 would give: the rounding step's variance, w²/12, bounds the noise from below.
    expect(historyNoiseTest([30, 30, 30, 30], 31)?.pValue).toBeGreaterThan(0.05);
    expect(historyNoiseTest([30, 30, 30, 30, 30], 31)?.pValue).toBeGreaterThan(0.01);
    expect(historyNoiseTest([30, 30, 30, 30, 30], 36)?.pValue).toBeLessThan(0.01);
  });
});

describe('compareRuns with a history', () => {
  const quiet = history([1, 1.01, 0.99, 1.005, 0.995, 1]);
  const noisy = history([1, 1.2, 0.85, 1.1, 0.9, 1.15]);

  it('calls a +15 % p95 on a quiet history a regression, outside its prediction interval', () => {
    const c = compareRuns(baseline, scaled(baseline, 1.15), {}, { history: quiet });
    const p95 = p95Of(c);
    expect(c.verdict).toBe('regressed');
    expect(p95).toMatchObject({ decision: 'regressed', method: 'history-t' });
    expect(p95?.why).toMatch(/outside the 95 % prediction interval of the last 6 runs of the history/);
  });

  it('does not call the same +15 % a regression when past runs of the unchanged system vary that much', () => {
    // Without the history only the two summaries' sampling noise is known, and +15 % is beyond it.
    expect(p95Of(compareRuns(baseline, scaled(baseline, 1.15), {}))).toMatchObject({
      decision: 'regressed',
      method: 'summary-order-statistic',
    });
    const c = compareRuns(baseline, scaled(baseline, 1.15), {}, { history: noisy });
    expect(c.verdict).not.toBe('regressed');
    expect(p95Of(c)).toMatchObject({ decision: 'unchanged', method: 'history-t' });
    expect(p95Of(c)?.why).toMatch(/within the 95 % prediction interval/);
  });

  it('sees a +6 % change with a +3 % budget on a quiet history, which the 110 % ratio rule misses', () => {
    const tight = { p50: { relative: 3, absolute: 0 }, p95: { relative: 3, absolute: 0 } };
    const c = compareRuns(baseline, scaled(baseline, 1.06), tight, { history: quiet });
    expect(c.verdict).toBe('regressed');
    expect(compareRuns(baseline, scaled(baseline, 1.005), tight, { history: quiet }).verdict).not.toBe(
      'regressed',
    );
  });

  it('learns only from the last history-window runs of the same tool', () => {
    // The old noisy runs fall out of a window of 6; the quiet ones decide.
    const both = [
      ...noisy,
      ...history([1, 1.01, 0.99, 1.005, 0.995, 1]).map((e, i) => ({
        ...e,
        time: new Date(Date.UTC(2026, 1, 1 + i)).toISOString(),
      })),
    ];
    const windowed = compareRuns(
      baseline,
      scaled(baseline, 1.15),
      { 'history-window': 6 },
      { history: both },
    );
    expect(p95Of(windowed)?.decision).toBe('regressed');
    const other = quiet.map((e) => ({ ...e, tool: 'locust' }));
    expect(p95Of(compareRuns(baseline, scaled(baseline, 1.15), {}, { history: other }))?.method).toBe(
      'summary-order-statistic',
    );
  });
});

describe('compare --history on the command line', () => {
  it('judges a summary p95 against the runs appended to the history', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loadgate-history-noise-'));
    try {
      const factors = [1, 1.01, 0.99, 1.005, 0.995];
      factors.forEach((f, i) =>
        writeFileSync(join(dir, `main-${i}.json`), serializeRun(scaled(baseline, f))),
      );
      const append = await runCli(
        ['history', 'append', '--history', 'history.jsonl', ...factors.map((_, i) => `main-${i}.json`)],
        dir,
      );
      expect(append.code).toBe(0);
      writeFileSync(join(dir, 'pr.json'), serializeRun(scaled(baseline, 1.06)));
      const args = ['compare', '--baseline', 'main-4.json', '--current', 'pr.json', '--format', 'json'];
      writeFileSync(join(dir, '.loadgate.yml'), 'regression:\n  p95: { relative: 3, absolute: 0 }\n');
      const withHistory = await runCli([...args, '--history', 'history.jsonl'], dir);
      const p95 = (out: string): Record<string, unknown> | undefined =>
        (
          JSON.parse(out) as {
            comparison: { endpoints: { metrics: Record<string, Record<string, unknown>> }[] };
          }
        ).comparison.endpoints[0]?.metrics.p95;
      expect(p95(withHistory.stdout)).toMatchObject({ verdict: 'regressed', method: 'history-t' });
      const without = await runCli(args, dir);
      expect(p95(without.stdout)).toMatchObject({ method: 'summary-order-statistic' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('percentiles with samples, and a history', () => {
  /** One endpoint, 4000 lognormal latencies (median 40 ms), every latency × factor; seeded. */
  function sampled(factor: number, seed: number): Run {
    let a = seed;
    const random = (): number => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const samples = Array.from({ length: 4000 }, (_, i) => ({
      name: '/api/items',
      method: 'GET',
      timeMs: 1_700_000_000_000 + i * 50,
      latencyMs:
        factor *
        40 *
        Math.exp(0.4 * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())),
      error: false,
    }));
    return runFromSamples(samples, {
      tool: 'k6',
      format: 'k6-ndjson',
      latencyKind: 'total',
      stamps: 'end',
      file: `run-${seed}.ndjson`,
    });
  }
  const tight = { p50: { relative: 3, absolute: 0 }, p95: { relative: 3, absolute: 0 }, p99: false };
  const pastOf = (factors: number[]): HistoryEntry[] =>
    factors.map((f, i) => entryOf(sampled(f, 100 + i), new Date(Date.UTC(2026, 0, 1 + i))));

  it('takes back a change beyond the sampling noise but within the run-to-run noise of a shared runner', () => {
    const base = sampled(1, 1);
    const slower = sampled(1.08, 2);
    // Alone, the two runs' samples show a real difference.
    expect(compareRuns(base, slower, tight).verdict).toBe('regressed');
    // Past runs on a runner whose speed varies ±15 % make +8 % ordinary.
    const noisy = compareRuns(base, slower, tight, {
      history: pastOf([1, 1.15, 0.87, 1.1, 0.9, 1.12, 0.95, 1.05]),
    });
    expect(noisy.verdict).not.toBe('regressed');
    const p50 = noisy.endpoints[0]?.metrics.find((m) => m.metric === 'p50');
    expect(p50).toMatchObject({ decision: 'unchanged', method: 'order-statistic' });
    expect(p50?.why).toMatch(
      /beyond the sampling noise of the two runs, but within the 95 % prediction interval/,
    );
    // On a quiet runner the same +8 % is outside what past runs did.
    const quiet = compareRuns(base, slower, tight, { history: pastOf([1, 1.005, 0.995, 1, 1.01, 0.99]) });
    expect(quiet.verdict).toBe('regressed');
  });
});

describe('throughput, and a history', () => {
  /** A closed-model run on a slower or faster machine: fewer or more requests in the same time. */
  function paced(run: Run, factor: number): Run {
    const row = <T extends Run['overall']>(e: T): T => ({
      ...e,
      ...(e.count !== undefined ? { count: Math.round(e.count * factor) } : {}),
      ...(e.throughput !== undefined ? { throughput: e.throughput * factor } : {}),
    });
    return { ...run, overall: row(run.overall), endpoints: run.endpoints.map(row) };
  }
  const throughputOf = (c: ReturnType<typeof compareRuns>): MetricVerdict | undefined =>
    c.endpoints[0]?.metrics.find((m) => m.metric === 'throughput');

  it('does not call a rate drop a regression when past runs on the same runner moved as much', () => {
    const slow = paced(baseline, 0.8);
    expect(throughputOf(compareRuns(baseline, slow, {}))).toMatchObject({ decision: 'regressed' });
    const past = [1, 0.78, 1.15, 0.85, 1.1, 0.95].map((f, i) =>
      entryOf(paced(baseline, f), new Date(Date.UTC(2026, 0, 1 + i))),
    );
    const judged = throughputOf(compareRuns(baseline, slow, {}, { history: past }));
    expect(judged).toMatchObject({ decision: 'unchanged', method: 'poisson-rate' });
    expect(judged?.why).toMatch(/within the 95 % prediction interval of the last 6 runs/);
    const steady = [1, 1.01, 0.99, 1.005, 0.995, 1].map((f, i) =>
      entryOf(paced(baseline, f), new Date(Date.UTC(2026, 0, 1 + i))),
    );
    expect(throughputOf(compareRuns(baseline, slow, {}, { history: steady }))?.decision).toBe('regressed');
  });
});

describe('the robust history band (history-band: robust)', () => {
  // Twelve past runs, one of them a slow spell of a shared runner (+40 %).
  const past = [100, 101, 99, 100.5, 99.5, 100, 101, 99, 140, 100.5, 99.5, 100];

  it('is not widened by one outlying past run, where the t band is', () => {
    const t = historyNoiseTest(past, 110);
    const robust = historyNoiseTest(past, 110, 'robust');
    // The outlier's variance puts 110 inside the t band: a +10 % run is not called.
    expect(t?.pValue).toBeGreaterThan(0.05);
    expect(robust?.kind).toBe('robust');
    expect(robust?.pValue).toBeLessThan(0.05);
    expect(robust?.band[1]).toBeLessThan(110);
  });

  it('never gets narrower than one run sampling noise, though most past runs report the same value', () => {
    // Artillery's sketch buckets: three of four runs report 26.8 ms, a MAD of 0.
    const same = [26.8, 26.8, 26.8, 25.8];
    expect(historyNoiseTest(same, 27.9, 'robust')?.pValue).toBeLessThan(0.05);
    // With the current run's own sampling noise (log-scale sd 0.04: p95 of 400 requests), 27.9 is noise.
    expect(historyNoiseTest(same, 27.9, 'robust', 0.04 ** 2)?.pValue).toBeGreaterThan(0.05);
  });
});
