import { expect, it } from '@jest/globals';
import { join } from 'node:path';
import { compareRuns } from '../../src/compare/compare.js';
import type { Comparison } from '../../src/compare/model.js';
import { readSamples } from '../../src/engine/read-samples.js';
import type { RecordedSample } from '../../src/results/raw/sample-recorder.js';
import { runFromSamples, type SampleRunOptions } from '../../src/results/raw/samples-to-run.js';
import { CORPUS, describeCorpus } from '../helpers/corpus.js';

/**
 * A/A and A/B pairs made from real runs of the corpus: each endpoint's requests dealt alternately into two
 * halves (two runs of the same system at the same time), or split at the middle of the run by time. An
 * unchanged system must never be called a regression, in either order; the same halves with one of them 25 %
 * slower must be.
 */

async function read(file: string): Promise<{ samples: RecordedSample[]; options: SampleRunOptions }> {
  const read = await readSamples(join(CORPUS, 'results', file), file);
  if (!read) throw new Error(`${file} is no raw-sample file`);
  return read;
}

function alternate(samples: RecordedSample[]): [RecordedSample[], RecordedSample[]] {
  const seen = new Map<string, number>();
  const halves: [RecordedSample[], RecordedSample[]] = [[], []];
  for (const s of samples) {
    const key = `${s.method ?? ''} ${s.name}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    halves[n % 2]!.push(s);
  }
  return halves;
}

function byTime(samples: RecordedSample[]): [RecordedSample[], RecordedSample[]] {
  const sorted = [...samples].sort((a, b) => (a.timeMs ?? 0) - (b.timeMs ?? 0));
  const half = Math.floor(sorted.length / 2);
  return [sorted.slice(0, half), sorted.slice(half)];
}

const slower = (samples: RecordedSample[], factor: number) =>
  samples.map((s) => ({ ...s, latencyMs: s.latencyMs * factor }));

const regressions = (c: Comparison): string[] =>
  c.endpoints.flatMap((e) =>
    e.metrics.filter((m) => m.decision === 'regressed').map((m) => `${e.name} ${m.metric}`),
  );

const FILES = [
  'k6-json/grafana__xk6-dashboard__result.ndjson',
  'jmeter/Kuprich__jtl-viewer__fakestore_v2.jtl',
  'jmeter/apache__jmeter__sample_log1c.xml.jtl',
  'gatling/Arquisoft__lomap_es3c__v3.9.3__simulation.log',
];

describeCorpus('comparisons of real runs split in two', () => {
  for (const file of FILES) {
    it(`${file}: the two halves are no regression in either order, a 25 % slower half is`, async () => {
      const { samples, options } = await read(file);
      const [a, b] = alternate(samples);
      const runA = runFromSamples(a, { ...options, file: 'a' });
      const runB = runFromSamples(b, { ...options, file: 'b' });
      expect(regressions(compareRuns(runA, runB))).toEqual([]);
      expect(regressions(compareRuns(runB, runA))).toEqual([]);

      const worse = compareRuns(runA, runFromSamples(slower(b, 1.25), { ...options, file: 'b' }));
      expect(worse.verdict).toBe('regressed');
      // The overall row regresses on its percentiles, each with an interval above 0 that survives the family.
      const overall = worse.endpoints[0]?.metrics.filter((m) => m.decision === 'regressed') ?? [];
      expect(overall.map((m) => m.metric)).toContain('p50');
      for (const m of overall) {
        expect(m.method).toBe('order-statistic');
        expect(m.ci?.[0]).toBeGreaterThan(0);
        expect(m.qValue).toBeLessThanOrEqual(0.05);
      }
    });
  }

  it('the first and second half of a k6 NDJSON run by time are no regression either way', async () => {
    const { samples, options } = await read('k6-json/grafana__xk6-dashboard__result.ndjson');
    const [first, second] = byTime(samples);
    const runA = runFromSamples(first, { ...options, file: 'first' });
    const runB = runFromSamples(second, { ...options, file: 'second' });
    expect(regressions(compareRuns(runA, runB))).toEqual([]);
    expect(regressions(compareRuns(runB, runA))).toEqual([]);
  });

  it('calls the p99 of an endpoint with 82 requests per half inconclusive, not a regression, and says why', async () => {
    // Kuprich's UC04_03_Get_product: 7 slow requests of 164 fall 0/7 into the halves; an interval alone
    // (p = 3e-6) would call it, but p99 of 82 requests rests on no sample above it.
    const { samples, options } = await read('jmeter/Kuprich__jtl-viewer__fakestore_v2.jtl');
    const [a, b] = alternate(samples);
    const c = compareRuns(
      runFromSamples(b, { ...options, file: 'b' }),
      runFromSamples(a, { ...options, file: 'a' }),
    );
    const row = c.endpoints.find((e) => e.name.includes('UC04_03_Get_product'));
    const p99 = row?.metrics.find((m) => m.metric === 'p99');
    expect(p99?.decision).toBe('inconclusive');
    expect(p99?.reason).toBe('p99 rests on 0 samples: run longer (≥ 1000 requests)');
  });
});
