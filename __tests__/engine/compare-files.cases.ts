import { describe, expect, it } from '@jest/globals';
import { dirname } from 'node:path';
import { compareFiles } from '../../src/engine/compare-files.js';
import { tempFile } from '../results/raw/temp.js';

const HEADER = 'timeStamp,elapsed,label,responseCode,responseMessage,threadName,success,allThreads';

/** A JTL of `n` samples of two labels, starting at `t0`, as one JMeter engine writes it. */
function jtl(n: number, t0: number, slow = 1, spacing = 100): string {
  const rows = [HEADER];
  for (let i = 0; i < n; i++)
    rows.push(
      `${t0 + i * spacing},${Math.round((50 + (i % 37)) * slow)},${i % 2 ? 'login' : 'home'},200,OK,TG 1-${i % 5},true,5`,
    );
  return `${rows.join('\n')}\n`;
}

describe('compareFiles with raw-sample results', () => {
  it('merges the JTLs of several engines into one run and compares it with a JTL baseline', async () => {
    expect.hasAssertions();
    // The baseline ran the same load from one engine: 400 samples over the same 20 s.
    const baseline = tempFile('baseline.jtl', jtl(400, 1_700_000_000_000, 1, 50));
    const a = tempFile('engine-a.jtl', jtl(200, 1_700_000_000_000, 2));
    const b = tempFile('engine-b.jtl', jtl(200, 1_700_000_000_050, 2));
    const outcome = await compareFiles({ cwd: dirname(a), baseline, current: [a, b], budgets: {} });
    expect(outcome.results.map((r) => [r.role, r.format, r.diagnostics])).toEqual([
      ['baseline', 'jmeter-jtl-csv', []],
      ['current', 'jmeter-jtl-csv', []],
      ['current', 'jmeter-jtl-csv', []],
    ]);
    expect(outcome.current?.overall.count).toBe(400);
    expect(outcome.comparison?.current.file).toMatch(/engine-a\.jtl, .*engine-b\.jtl$/);
    expect(outcome.comparison?.verdict).toBe('regressed');
  });

  it('keeps the one-run-per-invocation rule for files of different formats', async () => {
    const a = tempFile('a.jtl', jtl(50, 1_700_000_000_000));
    const b = tempFile(
      'b.json',
      '{"metric":"vus","type":"Point","data":{"time":"2024-01-01T00:00:00Z","value":1,"tags":{}}}\n',
    );
    const outcome = await compareFiles({ cwd: dirname(a), baseline: a, current: [a, b], budgets: {} });
    expect(outcome.results).toHaveLength(3);
    expect(outcome.results[2]?.diagnostics[0]?.message).toMatch(/no request samples|not compared/);
  });
});
