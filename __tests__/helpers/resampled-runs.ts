import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './cli.js';

/** A small seeded generator, so the resampled runs are the same on every machine. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One run resampled from a real k6 NDJSON output: every `http_req_duration` sample is multiplied by the
 * run's speed (±3 %) times per-sample jitter (±10 %), and by `shift`.
 */
function resampledRun(lines: readonly string[], run: number, shift: number): string {
  const random = seeded(run + 1);
  const speed = 0.97 + random() * 0.06;
  return lines
    .map((line) => {
      if (!line.includes('"http_req_duration"') || !line.includes('"Point"')) return line;
      const point = JSON.parse(line) as { metric: string; type: string; data: { value: number } };
      if (point.metric !== 'http_req_duration' || point.type !== 'Point') return line;
      point.data.value = point.data.value * speed * (0.9 + random() * 0.2) * shift;
      return JSON.stringify(point);
    })
    .join('\n');
}

export const commitOf = (run: number): string =>
  `${(run + 10).toString(16).padStart(2, '0')}c0ffee${'0'.repeat(32)}`;

/**
 * `runs` default-branch runs of a real k6 NDJSON file, latency multiplied by `factor` from run `shiftAt` on,
 * each ingested as CI would (`run-N.json`, its own commit and workflow run). Returns the run files' names.
 */
export async function ingestedRuns(
  source: string,
  dir: string,
  runs: number,
  shiftAt: number,
  factor: number,
): Promise<string[]> {
  const lines = readFileSync(source, 'utf8').split('\n');
  const names: string[] = [];
  for (let run = 0; run < runs; run++) {
    writeFileSync(join(dir, `run-${run}.ndjson`), resampledRun(lines, run, run >= shiftAt ? factor : 1));
    const ingested = await runCli(['ingest', `run-${run}.ndjson`, '--out', `run-${run}.json`], dir, {
      env: {
        GITHUB_SHA: commitOf(run),
        GITHUB_REF: 'refs/heads/main',
        GITHUB_RUN_ID: String(1000 + run),
      },
    });
    if (ingested.code !== 0) throw new Error(`ingest of run ${run} failed: ${ingested.stderr}`);
    names.push(`run-${run}.json`);
  }
  return names;
}
