import { describe, expect, it } from '@jest/globals';
import { itCorpus } from '../helpers/corpus.js';
import { readArtilleryReport } from '../../src/results/artillery/report.js';
import { readK6Summary } from '../../src/results/k6/summary.js';
import type { Run } from '../../src/results/model.js';
import { readRunFile, serializeRun } from '../../src/results/run-file.js';
import { corpusText, fixtureText } from './files.js';

function k6Run(): Run {
  const run = readK6Summary(fixtureText('k6-summary-baseline.json'), 'results/k6-summary-baseline.json').run;
  if (!run) throw new Error('no run');
  return run;
}

describe('serializeRun / readRunFile', () => {
  itCorpus('round-trips a k6 run and an Artillery run unchanged', () => {
    const artillery = readArtilleryReport(
      corpusText('artillery', 'IvanFerroli__Brain-Agriculture__artillery-report.json'),
      'a.json',
    ).run;
    for (const run of [k6Run(), artillery as Run]) {
      const result = readRunFile(serializeRun(run), 'baseline.run.json');
      expect(result.diagnostics).toEqual([]);
      const { schema, provenance, ...back } = result.run!;
      expect(schema).toBe('loadgate/run@2');
      expect(provenance?.sources).toEqual([{ file: run.source.file, format: run.source.format }]);
      expect({ ...back, schema: run.schema }).toEqual(run);
    }
  });

  it('writes a stable document: schema first, two-space indent, trailing newline', () => {
    const text = serializeRun({ ...k6Run(), meta: { commit: 'abc123' } });
    expect(text.startsWith('{\n  "schema": "loadgate/run@2",\n  "source": {')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text).meta).toEqual({ commit: 'abc123' });
  });

  it('says a run of a newer schema version needs a newer loadgate', () => {
    const text = serializeRun(k6Run()).replace('loadgate/run@2', 'loadgate/run@3');
    expect(readRunFile(text, 'b.json').diagnostics[0]?.message).toBe(
      'This run file is "loadgate/run@3", written by a newer loadgate; this version reads "loadgate/run@1" and "loadgate/run@2". Update loadgate or regenerate the baseline.',
    );
  });

  it('reports schema violations as sentences with the JSON path', () => {
    const bad = JSON.parse(serializeRun(k6Run())) as Record<string, unknown> & {
      overall: { latency: { p95: unknown } };
    };
    bad.overall.latency.p95 = -3;
    delete bad.thresholds;
    const messages = readRunFile(JSON.stringify(bad), 'b.json').diagnostics.map((d) => d.message);
    expect(messages).toContain('Invalid loadgate run: the value is missing required key "thresholds".');
    expect(messages).toContain('Invalid loadgate run: "overall.latency.p95" must be >= 0.');
  });

  it('refuses a value that is not a run', () => {
    expect(readRunFile('[]', 'b.json').diagnostics[0]?.message).toBe(
      'Not a loadgate run: expected an object, found an array.',
    );
    expect(readRunFile('{"metrics":{}}', 'b.json').diagnostics[0]?.message).toBe(
      'Not a loadgate run: expected "schema": "loadgate/run@2", found keys "metrics".',
    );
  });

  it('caps the number of schema errors it lists', () => {
    const bad = JSON.parse(serializeRun(k6Run())) as { endpoints: unknown[] };
    bad.endpoints = Array.from({ length: 20 }, () => ({ name: 1 }));
    const diagnostics = readRunFile(JSON.stringify(bad), 'b.json').diagnostics;
    expect(diagnostics).toHaveLength(9);
    expect(diagnostics[8]?.message).toMatch(/more schema errors not shown/);
  });
});
