import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readResultFile, readResultFiles } from '../../src/engine/read-result-file.js';
import type { EndpointStats, Run } from '../../src/results/model.js';
import { mergeRuns } from '../../src/results/merge-runs.js';
import { readRunFile, serializeRun } from '../../src/results/run-file.js';
import { DDSketch } from '../../src/results/sketch/ddsketch.js';
import { decodeSketch, encodeSketch } from '../../src/results/sketch/encode.js';
import { describeCorpus } from '../helpers/corpus.js';
import { corpusFiles, corpusPath, fixtureText } from './files.js';

const QUANTILES = [0, 0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1];

function quantiles(sketch: DDSketch | undefined): (number | undefined)[] {
  return QUANTILES.map((q) => sketch?.quantile(q));
}

function rows(run: Run): EndpointStats[] {
  return [run.overall, ...run.endpoints];
}

async function rawRun(...files: string[]): Promise<Run> {
  const result = await readResultFiles(files.map((f) => ({ absolute: f, path: f })));
  if (!result.run) throw new Error(JSON.stringify(result.diagnostics));
  return result.run;
}

function roundTrip(run: Run): Run {
  const back = readRunFile(serializeRun(run), 'run.json');
  expect(back.diagnostics).toEqual([]);
  return back.run!;
}

describe('the sketch encoding of run@2', () => {
  it('round-trips bit for bit: zeros, sub-millisecond values, long tails, large and fractional counts', () => {
    const sketch = new DDSketch();
    for (const v of [0, 0.0004, 0.3, 1, 12.5, 120, 121, 5000, 86_400_000]) sketch.add(v);
    sketch.add(250, 2 ** 40);
    const fractional = new DDSketch();
    fractional.add(10, 0.5);
    fractional.add(20, 1.25);
    for (const s of [sketch, fractional, new DDSketch(0.02)]) {
      const back = decodeSketch(encodeSketch(s));
      expect(back.toJSON()).toEqual(s.toJSON());
      expect(quantiles(back)).toEqual(quantiles(s));
    }
  });

  it('refuses a damaged sketch with the reason, never a wrong one', () => {
    const good = encodeSketch(Object.assign(new DDSketch(), {}));
    expect(() => decodeSketch('***')).toThrow('is not base64');
    expect(() => decodeSketch(good.slice(0, 8))).toThrow('is truncated');
    const other = Buffer.from(good, 'base64');
    other[0] = 9;
    expect(() => decodeSketch(other.toString('base64'))).toThrow(
      'is sketch encoding 9; this loadgate reads 1',
    );
  });
});

describeCorpus('run@2 files of real k6 NDJSON results', () => {
  const files = corpusFiles('k6-json').map((name) => corpusPath('k6-json', name));

  it.each(files)('%s: read back, every sketch and percentile is the raw stream’s', async (file) => {
    const run = await rawRun(file);
    const back = roundTrip(run);
    expect(rows(back).map((r) => r.latency)).toEqual(rows(run).map((r) => r.latency));
    for (const [i, row] of rows(run).entries()) {
      const read = rows(back)[i]!;
      expect(read.sketch?.toJSON()).toEqual(row.sketch?.toJSON());
      expect(quantiles(read.sketch)).toEqual(quantiles(row.sketch));
    }
    expect(back.series?.map((w) => w.sketch?.toJSON())).toEqual(run.series?.map((w) => w.sketch?.toJSON()));
    expect(back.span).toEqual(run.span);
  });

  it('sketches of two run@2 files merge exactly into the sketch of both raw files read as one run', async () => {
    // One real run cut in two, as two load generators would have written it.
    const lines = readFileSync(files[1]!, 'utf8').split('\n');
    const dir = mkdtempSync(join(tmpdir(), 'loadgate-runfile-'));
    const half = Math.floor(lines.length / 2);
    const a = join(dir, 'a.ndjson');
    const b = join(dir, 'b.ndjson');
    writeFileSync(a, lines.slice(0, half).join('\n') + '\n');
    writeFileSync(b, lines.slice(half).join('\n'));
    const merged = await rawRun(a, b);
    const fromFiles = [roundTrip(await rawRun(a)), roundTrip(await rawRun(b))];
    const sketch = fromFiles[0]!.overall.sketch!;
    sketch.merge(fromFiles[1]!.overall.sketch!);
    // Buckets, counts, min and max are exact; the sum is float addition, exact up to its order.
    const { sum, ...buckets } = sketch.toJSON();
    const { sum: rawSum, ...rawBuckets } = merged.overall.sketch!.toJSON();
    expect(buckets).toEqual(rawBuckets);
    expect(sum).toBeCloseTo(rawSum, 6);
    expect(quantiles(sketch)).toEqual(quantiles(merged.overall.sketch));
    expect(merged.overall.count).toBe(
      (fromFiles[0]!.overall.count ?? 0) + (fromFiles[1]!.overall.count ?? 0),
    );
  });

  it('keeps each endpoint’s request phases through a run@2 file, and merges them as the raw files read together', async () => {
    // The same real run cut in two: each half's phase means per endpoint, written, read back and merged, are
    // the means of both halves read as one run (up to the 0.001 ms the files round to).
    // Cut where a request starts (its http_reqs point), as no generator splits one request's points.
    const lines = readFileSync(files[2]!, 'utf8').split('\n');
    const dir = mkdtempSync(join(tmpdir(), 'loadgate-runfile-'));
    const half = lines.findIndex((l, i) => i >= lines.length / 2 && l.startsWith('{"metric":"http_reqs"'));
    const a = join(dir, 'a.ndjson');
    const b = join(dir, 'b.ndjson');
    writeFileSync(a, lines.slice(0, half).join('\n') + '\n');
    writeFileSync(b, lines.slice(half).join('\n'));
    const raw = await rawRun(a, b);
    const merged = mergeRuns([roundTrip(await rawRun(a)), roundTrip(await rawRun(b))]);
    if (typeof merged === 'string') throw new Error(merged);
    const withPhases = raw.endpoints.filter((e) => e.phases);
    expect(withPhases.length).toBe(raw.endpoints.length);
    for (const row of withPhases) {
      const back = merged.endpoints.find((e) => e.name === row.name && e.method === row.method)!;
      for (const [phase, mean] of Object.entries(row.phases!))
        expect(back.phases![phase as keyof typeof row.phases]).toBeCloseTo(mean, 2);
    }
    for (const [phase, mean] of Object.entries(raw.overall.phases!))
      expect(merged.overall.phases![phase as keyof typeof raw.overall.phases]).toBeCloseTo(mean, 2);
  });

  it('is smaller than the JSON form of the same sketches', async () => {
    const run = await rawRun(files[2]!);
    const encoded = serializeRun(run).length;
    const asJson = JSON.stringify(rows(run).map((r) => r.sketch?.toJSON())).length;
    const sketchText = rows(run)
      .map((r) => encodeSketch(r.sketch!).length)
      .reduce((x, y) => x + y, 0);
    expect(sketchText).toBeLessThan(asJson / 2);
    expect(encoded).toBeGreaterThan(sketchText);
  });
});

describe('run@1 files', () => {
  it('a run@1 file written by an earlier loadgate (--save-run) still reads, without sketches', async () => {
    const text = fixtureText('k6-ndjson.run-v1.json');
    const result = readRunFile(text, 'k6-ndjson.run-v1.json');
    expect(result.diagnostics).toEqual([]);
    expect(result.run?.schema).toBe('loadgate/run@1');
    expect(result.run?.overall.count).toBe(61);
    expect(result.run?.overall.sketch).toBeUndefined();
    const viaEngine = await readResultFile(
      join(process.cwd(), '__tests__/fixtures/results/k6-ndjson.run-v1.json'),
      'k6-ndjson.run-v1.json',
    );
    expect(viaEngine.format).toBe('loadgate-run');
  });

  it('a sketch in a run@1 file is ignored rather than trusted', () => {
    const v1 = JSON.parse(fixtureText('k6-ndjson.run-v1.json')) as Record<string, { sketch?: string }>;
    v1.overall!.sketch = 'AQ==';
    const result = readRunFile(JSON.stringify(v1), 'x.json');
    expect(result.diagnostics).toEqual([]);
    expect(result.run?.overall.sketch).toBeUndefined();
  });
});

describe('run@2 validation', () => {
  it('writes one window per line and keeps any text a name holds, control characters included', () => {
    const run = readRunFile(fixtureText('k6-ndjson.run-v1.json'), 'v1.json').run!;
    run.endpoints[0]!.name = '\u0000"},\n{"x": 1';
    const text = serializeRun(run);
    expect(text.match(/^ {4}\{"start":\d+,.*\},?$/gm)).toHaveLength(run.series!.length);
    expect(readRunFile(text, 'x.json').run?.endpoints[0]?.name).toBe('\u0000"},\n{"x": 1');
    expect(JSON.parse(serializeRun({ ...run, series: [] })).series).toEqual([]);
  });

  it('names the row whose sketch does not decode', async () => {
    const run = JSON.parse(fixtureText('k6-ndjson.run-v1.json')) as Record<string, unknown> & {
      endpoints: { sketch?: string }[];
    };
    run.schema = 'loadgate/run@2';
    run.provenance = {
      createdAt: '2026-01-01T00:00:00Z',
      tool: { name: 'k6' },
      sources: [],
      loadgate: '0.1.0',
    };
    run.endpoints[0]!.sketch = 'AQ==';
    expect(readRunFile(JSON.stringify(run), 'x.json').diagnostics).toEqual([
      { file: 'x.json', message: 'Invalid loadgate run: "endpoints[0].sketch" is truncated.' },
    ]);
    delete run.provenance;
    delete run.endpoints[0]!.sketch;
    expect(readRunFile(JSON.stringify(run), 'x.json').diagnostics).toEqual([
      { file: 'x.json', message: 'Invalid loadgate run: the value is missing required key "provenance".' },
    ]);
  });
});
