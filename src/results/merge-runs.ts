import { OVERALL_NAME } from './endpoint-name.js';
import type { EndpointStats, LatencyPhases, Run, WindowStats } from './model.js';
import { round, stats } from './raw/run-builder.js';
import { DDSketch } from './sketch/ddsketch.js';
import { maxOf, minOf } from '../util/extremes.js';

interface Row {
  first: EndpointStats;
  count: number;
  errors: number;
  kinds: Map<string, number>;
  sketch: DDSketch;
  phases: PhaseSums;
}

/** Summed ms and requests per phase, to average the shards' means by their requests. */
type PhaseSums = Map<keyof LatencyPhases, { ms: number; n: number }>;

/**
 * Merges run files of ONE run (shards written by `loadgate ingest` on each load generator) exactly, as if
 * their raw samples had been read together: row and window sketches are added bucket by bucket and every
 * percentile is computed again from the sum; counts, errors, checks and iterations add up; the run spans
 * from the first shard's first sample to the last one's last; peak VUs is the highest seen, as a raw read
 * would give. Only runs that carry a sketch for every row can be merged (run@2 files made from raw samples):
 * percentiles alone cannot be combined. Returns the reason when they cannot.
 */
export function mergeRuns(runs: readonly Run[]): Run | string {
  const first = runs[0];
  if (!first) return 'there is no run to merge';
  for (const run of runs) {
    const missing = [run.overall, ...run.endpoints].some((r) => (r.count ?? 0) > 0 && !r.sketch);
    if (missing || !run.span)
      return `${run.source.file} holds percentiles without their sketches (a summary, or a run@1 file), and percentiles cannot be merged`;
    if (run.source.tool !== first.source.tool || run.source.format !== first.source.format)
      return `${run.source.file} is a ${run.source.tool} ${run.source.format} run, ${first.source.file} a ${first.source.tool} ${first.source.format} one: files of one run have one format`;
  }
  const latencyKind = first.overall.latencyKind ?? 'total';
  const start = minOf(runs.map((r) => r.span!.start));
  const end = maxOf(runs.map((r) => r.span!.end));
  const durationSec = end > start ? (end - start) / 1000 : undefined;

  const rows = new Map<string, Row>();
  const overall = newRow(first.overall);
  const windows = new Map<number, { w: WindowStats; sketch: DDSketch }>();
  for (const run of runs) {
    add(overall, run.overall);
    for (const e of run.endpoints) {
      const key = `${e.kind === 'transaction' ? 'T' : 'R'}${e.method ?? ''} ${e.name}`;
      let row = rows.get(key);
      if (!row) rows.set(key, (row = newRow(e)));
      add(row, e);
    }
    for (const w of run.series ?? []) {
      let merged = windows.get(w.start);
      if (!merged) {
        merged = {
          w: { start: w.start, durationSec: w.durationSec, count: 0, errors: 0 },
          sketch: new DDSketch(),
        };
        windows.set(w.start, merged);
      }
      merged.w.count += w.count;
      merged.w.errors += w.errors;
      if (w.sketch) merged.sketch.merge(w.sketch);
      if (w.vus !== undefined) merged.w.vus = Math.max(merged.w.vus ?? 0, w.vus);
    }
  }
  const build = (row: Row): EndpointStats => {
    const out = stats(
      row.first.name,
      row.first.method,
      row.sketch,
      row.count,
      row.errors,
      row.kinds,
      durationSec,
      latencyKind,
    );
    if (row.first.kind) out.kind = row.first.kind;
    const phases = phaseMeans(row.phases);
    if (phases) out.phases = phases;
    return out;
  };
  const endpoints = [...rows.values()]
    .map(build)
    .sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const merged: Run = {
    schema: 'loadgate/run@2',
    source: {
      tool: first.source.tool,
      format: first.source.format,
      file: runs.map((r) => r.source.file).join(', '),
      ...(first.source.version ? { version: first.source.version } : {}),
    },
    profile: {},
    overall: { ...build(overall), name: OVERALL_NAME },
    endpoints,
    thresholds: [],
    span: { start, end },
  };
  const vus = runs.flatMap((r) => (r.profile.maxVUs === undefined ? [] : [r.profile.maxVUs]));
  if (vus.length) merged.profile.maxVUs = maxOf(vus);
  if (durationSec !== undefined) merged.profile.durationSec = durationSec;
  const iterations = runs.flatMap((r) => (r.profile.iterations === undefined ? [] : [r.profile.iterations]));
  if (iterations.length) merged.profile.iterations = iterations.reduce((a, b) => a + b, 0);
  const checks = runs.flatMap((r) => (r.checks ? [r.checks] : []));
  if (checks.length)
    merged.checks = {
      passes: checks.reduce((a, c) => a + c.passes, 0),
      fails: checks.reduce((a, c) => a + c.fails, 0),
    };
  const dropped = runs.flatMap((r) =>
    r.delivery?.droppedIterations === undefined ? [] : [r.delivery.droppedIterations],
  );
  if (dropped.length) merged.delivery = { droppedIterations: dropped.reduce((a, b) => a + b, 0) };
  if (windows.size > 0) {
    merged.series = [...windows.values()]
      .sort((a, b) => a.w.start - b.w.start)
      .map(({ w, sketch }) => {
        const out: WindowStats = {
          start: w.start,
          durationSec: w.durationSec,
          count: w.count,
          errors: w.errors,
        };
        if (sketch.count > 0) {
          out.p50 = round(sketch.quantile(0.5));
          out.p95 = round(sketch.quantile(0.95));
          out.p99 = round(sketch.quantile(0.99));
        }
        if (w.vus !== undefined) out.vus = w.vus;
        if (sketch.count > 0) out.sketch = sketch;
        return out;
      });
  }
  const foldings = runs.flatMap((r) => (r.folding ? [r.folding] : []));
  if (foldings.length) {
    merged.folding = {
      templatedRequests: foldings.reduce((a, f) => a + f.templatedRequests, 0),
      templates: endpoints.filter((e) => e.name.includes('{id}')).length,
      overflowRequests: foldings.reduce((a, f) => a + f.overflowRequests, 0),
      // Shards may share names: the largest count is the one certainly reached.
      overflowNames: maxOf(foldings.map((f) => f.overflowNames)),
      maxRows: foldings[0]!.maxRows,
      ...(foldings.length > 1 || foldings.some((f) => f.overflowNamesCapped)
        ? { overflowNamesCapped: true }
        : {}),
    };
  }
  return merged;
}

function newRow(first: EndpointStats): Row {
  return {
    first,
    count: 0,
    errors: 0,
    kinds: new Map(),
    sketch: new DDSketch(first.sketch?.alpha),
    phases: new Map(),
  };
}

function add(row: Row, e: EndpointStats): void {
  row.count += e.count ?? 0;
  row.errors += e.errors ?? 0;
  for (const [k, n] of Object.entries(e.errorsByKind ?? {})) row.kinds.set(k, (row.kinds.get(k) ?? 0) + n);
  if (e.sketch) row.sketch.merge(e.sketch);
  addPhases(row.phases, e);
}

/**
 * Each phase's mean over the shards that have it, weighted by their requests (the phases are means per
 * request): the mean a raw read of all the samples gives, when every request of the row has the phase.
 */
function addPhases(sums: PhaseSums, e: EndpointStats): void {
  const n = e.count ?? 0;
  for (const [phase, mean] of Object.entries(e.phases ?? {}) as [keyof LatencyPhases, number][]) {
    const sum = sums.get(phase) ?? { ms: 0, n: 0 };
    sum.ms += mean * n;
    sum.n += n;
    sums.set(phase, sum);
  }
}

function phaseMeans(sums: PhaseSums): LatencyPhases | undefined {
  const kept = [...sums].filter(([, s]) => s.n > 0);
  if (kept.length === 0) return undefined;
  return Object.fromEntries(kept.map(([phase, s]) => [phase, round(s.ms / s.n)])) as LatencyPhases;
}
