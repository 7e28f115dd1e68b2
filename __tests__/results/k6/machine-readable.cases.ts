import { describe, expect, it } from '@jest/globals';
import { readK6MachineReadable } from '../../../src/results/k6/machine-readable.js';
import { fixtureText } from '../files.js';

// No public k6 ≥ v1.5 machine-readable summary exists (result-formats.md §2.8): the fixture follows the
// documented schema 1.0.0 (§2.4) with the numbers of k6-summary-baseline.json.
describe('k6 machine-readable summary reader', () => {
  it('reads version, metrics array, rate matches/total and the configured duration', () => {
    const result = readK6MachineReadable(fixtureText('k6-machine-readable.json'), 'mr.json');
    expect(result.diagnostics).toEqual([]);
    const run = result.run;
    expect(run?.source).toEqual({
      tool: 'k6',
      format: 'k6-machine-readable-summary',
      version: '1.5.0',
      file: 'mr.json',
    });
    expect(run?.overall).toMatchObject({ count: 2667, errors: 4, quality: 'exact' });
    expect(run?.overall.errorRate).toBeCloseTo(4 / 2667, 10);
    // Counters have no rate in this format: throughput is count / config.duration.
    expect(run?.overall.throughput).toBeCloseTo(2667 / 60.512384117, 6);
    expect(run?.overall.latency.p99).toBeUndefined();
    expect(run?.profile).toEqual({ maxVUs: 20, durationSec: 60.512384117, iterations: 889 });
    expect(run?.checks).toEqual({ passes: 2663, fails: 4 });
    expect(run?.thresholds).toEqual([]);
    expect(run?.meta).toEqual({ createdAt: '2025-11-20T10:14:03Z' });
  });

  it('warns about an unknown major version and still reads', () => {
    const text = fixtureText('k6-machine-readable.json').replace('"1.0.0"', '"2.0.0"');
    const result = readK6MachineReadable(text, 'mr.json');
    expect(result.run?.overall.count).toBe(2667);
    expect(result.diagnostics[0]?.message).toMatch(/version "2\.0\.0" is newer than the 1\.x/);
  });

  it('names what was expected when results.metrics is not an array', () => {
    const result = readK6MachineReadable('{"version":"1.0.0","results":{"metrics":{}}}', 'mr.json');
    expect(result.run).toBeUndefined();
    expect(result.diagnostics[0]?.message).toMatch(/expected "version" and "results.metrics" \(an array\)/);
  });
});
