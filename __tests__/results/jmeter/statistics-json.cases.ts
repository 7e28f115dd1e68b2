import { describe, expect, it } from '@jest/globals';
import { corpusPath, describeCorpus } from '../files.js';
import { read, tempFile } from '../raw/temp.js';

const REAL = 'apache__jmeter__HTMLReportExpect.statistics.json';

/** One label row as JMeter's dashboard `JsonExporter` writes it. */
function row(label: string, samples: number, errors: number, pct: [number, number, number]): string {
  return `"${label}" : {
    "transaction" : "${label}",
    "sampleCount" : ${samples},
    "errorCount" : ${errors},
    "errorPct" : ${(errors / samples) * 100},
    "meanResTime" : 120.5,
    "medianResTime":110.0,
    "minResTime" : 12.0,
    "maxResTime" : 2400.0,
    "pct1ResTime" : ${pct[0]},
    "pct2ResTime" : ${pct[1]},
    "pct3ResTime" : ${pct[2]},
    "throughput" : 40.0,
    "receivedKBytesPerSec" : 12.5,
    "sentKBytesPerSec" : 3.25
  }`;
}

describeCorpus('JMeter dashboard statistics.json: the real file', () => {
  it("reads JMeter's own numbers: Total as the overall row, pct1..3 as p90/p95/p99, the span from throughput", async () => {
    const { run, diagnostics, format } = await read(corpusPath('jmeter', REAL));
    expect(diagnostics).toEqual([]);
    expect(format).toBe('jmeter-statistics-json');
    expect(run?.source.tool).toBe('jmeter');
    expect(run?.overall).toMatchObject({
      name: '(all requests)',
      count: 255,
      errors: 3,
      errorRate: 3 / 255,
      quality: 'reported-only',
      latency: { min: 100, mean: 235.475, median: 232, max: 353, p90: 337, p95: 339.2, p99: 353 },
    });
    // Busiest first, as every reader orders its rows.
    expect(run?.endpoints.map((e) => [e.name, e.count, e.errors])).toEqual([
      ['JR-OK', 252, 0],
      ['JR-KO', 3, 3],
    ]);
    // 255 samples at 4.2369 per second.
    expect(run?.profile.durationSec).toBeCloseTo(60.185, 2);
  });
});

describe('JMeter dashboard statistics.json', () => {
  it('is recognised by content under any name, and warns that a label past 20,000 samples has end-of-run percentiles', async () => {
    const file = tempFile(
      'report.json',
      `{\n  ${row('GET /api/orders', 30000, 30, [300, 450, 900])},\n  ${row('Total', 31000, 30, [300, 450, 900])},\n  ${row('login', 1000, 0, [80, 95, 130])}\n}\n`,
    );
    const { run, diagnostics, format } = await read(file);
    expect(format).toBe('jmeter-statistics-json');
    expect(run?.overall.count).toBe(31000);
    expect(run?.endpoints.find((e) => e.name === 'GET /api/orders')?.latency.p99).toBe(900);
    expect(diagnostics).toEqual([
      {
        file: expect.stringMatching(/report\.json$/) as unknown as string,
        severity: 'warning',
        message:
          '"GET /api/orders" has more than 20,000 samples: JMeter\'s dashboard computes percentiles over each label\'s last 20,000 samples only (jmeter.reportgenerator.statistic_window), so they describe the end of the run. Give the JTL the dashboard was made from for whole-run percentiles.',
      },
    ]);
  });

  it('folds labels with ids into one row per template, counts added', async () => {
    const file = tempFile(
      'statistics.json',
      `{\n  ${row('/api/orders/1007', 100, 1, [300, 450, 900])},\n  ${row('/api/orders/1008', 300, 3, [200, 250, 400])},\n  ${row('Total', 400, 4, [250, 420, 880])}\n}\n`,
    );
    const { run, diagnostics } = await read(file);
    expect(diagnostics).toEqual([]);
    expect(run?.endpoints.map((e) => [e.name, e.count, e.errors])).toEqual([['/api/orders/{id}', 400, 4]]);
    expect(run?.folding).toMatchObject({ templatedRequests: 400, templates: 1 });
    expect(run?.overall.latency.p95).toBe(420);
  });

  it('refuses a label map without a Total row, saying what it found', async () => {
    const file = tempFile('statistics.json', `{\n  ${row('login', 10, 0, [80, 95, 130])}\n}\n`);
    const { run, diagnostics } = await read(file);
    expect(run).toBeUndefined();
    expect(diagnostics).toEqual([
      {
        file: expect.stringMatching(/statistics\.json$/) as unknown as string,
        message:
          'Not a JMeter dashboard statistics.json: expected an object of label rows with a "Total" row that has "sampleCount", found keys "login".',
      },
    ]);
  });
});
