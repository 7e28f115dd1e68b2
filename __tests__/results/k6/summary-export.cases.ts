import { describe, expect, it } from '@jest/globals';
import { itCorpus } from '../../helpers/corpus.js';
import { readK6SummaryExport } from '../../../src/results/k6/summary-export.js';
import { readK6Summary } from '../../../src/results/k6/summary.js';
import { corpusText, fixtureText } from '../files.js';

describe('k6 --summary-export reader', () => {
  itCorpus(
    'reads the pre-v0.30 export: checks from counts although "value" is 0, duration from count / rate',
    () => {
      const result = readK6SummaryExport(
        corpusText('k6-summary', 'szboynono__k6-html-reporter__perf-export.json'),
        'export.json',
      );
      expect(result.diagnostics).toEqual([]);
      const run = result.run;
      expect(run?.source.format).toBe('k6-summary-export');
      expect(run?.checks).toEqual({ passes: 29, fails: 0 });
      expect(run?.overall).toMatchObject({ count: 29, throughput: 2.6541534375803657, quality: 'exact' });
      expect(run?.overall.latency).toMatchObject({ median: 45.6972, p90: 55.070119999999996, p95: 60.26172 });
      expect(run?.profile.durationSec).toBeCloseTo(10.926, 3);
      expect(run?.profile).toMatchObject({ maxVUs: 8, iterations: 29 });
    },
  );

  it('flips the inverted threshold booleans: true in the export means the threshold failed', () => {
    const text = fixtureText('k6-summary-export-current.json');
    expect(text).toContain('"p(95)<300": true');
    const run = readK6SummaryExport(text, 'export.json').run;
    expect(run?.thresholds).toContainEqual({
      metric: 'http_req_duration{name:checkout}',
      expression: 'p(95)<300',
      ok: false,
    });
    expect(run?.thresholds).toContainEqual({
      metric: 'http_req_duration',
      expression: 'p(95)<500',
      ok: true,
    });
    expect(run?.thresholds.filter((t) => !t.ok)).toHaveLength(1);
  });

  it('gives the same run as the handleSummary data it was exported from (but for the duration source)', () => {
    const exported = readK6SummaryExport(fixtureText('k6-summary-export-current.json'), 'f').run;
    const summary = readK6Summary(fixtureText('k6-summary-current.json'), 'f').run;
    expect(exported?.overall).toEqual(summary?.overall);
    // Endpoint throughput is count / duration, and the export's duration is derived: equal to rounding.
    const roundedRate = (e: { throughput?: number }): object => ({
      ...e,
      throughput: Math.round((e.throughput ?? 0) * 1e6),
    });
    expect(exported?.endpoints.map(roundedRate)).toEqual(summary?.endpoints.map(roundedRate));
    expect(exported?.thresholds).toEqual(summary?.thresholds);
    expect(exported?.checks).toEqual(summary?.checks);
    expect(exported?.profile.durationSec).toBeCloseTo(summary?.profile.durationSec ?? 0, 6);
  });

  it('names what was expected for a wrong shape', () => {
    expect(readK6SummaryExport('[1,2]', 'x.json').diagnostics[0]?.message).toBe(
      'Not a k6 summary export: expected an object with a "metrics" map, found an array.',
    );
  });
});
