import { OVERALL_NAME } from '../results/endpoint-name.js';
import type { EndpointStats, LatencyStats, LoadProfile, Run } from '../results/model.js';
import { endpointKey } from './match-endpoints.js';
import { metricValue } from './metric-value.js';
import type { Comparison, MetricId } from './model.js';
import { maxOf, minOf } from '../util/extremes.js';

/**
 * Whether several runs read as separate files are the load generators of ONE run (their sample times
 * overlap: started together, ran side by side) rather than repeated runs of the scenario (one after the
 * other). Only runs that record their sample span (run files made from raw samples) can tell; summaries
 * (k6 handleSummary, Artillery reports) are each a whole run, so several of them are repeated runs.
 */
export function areGeneratorsOfOneRun(runs: readonly Run[]): boolean {
  if (runs.length < 2 || runs.some((r) => !r.span)) return false;
  const spans = runs.map((r) => r.span!);
  return spans.every((a, i) => spans.every((b, j) => i === j || (a.start <= b.end && b.start <= a.end)));
}

const LATENCY_KEYS: (keyof LatencyStats)[] = ['min', 'mean', 'median', 'max', 'p90', 'p95', 'p99'];

/**
 * One run standing for a sample of repeated runs, as Lighthouse CI's `numberOfRuns` does: every latency
 * statistic, the error rate and the throughput of each row is the median over the runs that have that row.
 * Request and error counts are pooled (summed), so the error rate's interval rests on every request made;
 * percentiles are medians of reported values, so no sketch is kept (a sketch of one run would not describe
 * the sample). The runs' spread is attached to the comparison by `addSpread`.
 */
export function medianRun(runs: readonly Run[]): Run {
  const first = runs[0]!;
  const keys: string[] = [];
  const byKey = new Map<string, EndpointStats[]>();
  for (const run of runs) {
    for (const e of run.endpoints) {
      const key = endpointKey(e);
      if (!byKey.has(key)) keys.push(key);
      byKey.set(key, [...(byKey.get(key) ?? []), e]);
    }
  }
  const profile: LoadProfile = {};
  for (const k of ['maxVUs', 'arrivalRate', 'durationSec', 'iterations'] as const) {
    const m = median(runs.flatMap((r) => (r.profile[k] === undefined ? [] : [r.profile[k]!])));
    if (m !== undefined) profile[k] = m;
  }
  const run: Run = {
    schema: first.schema,
    source: { ...first.source, file: runs.map((r) => r.source.file).join(', ') },
    profile,
    overall: medianRow(runs.map((r) => r.overall)),
    endpoints: keys.map((k) => medianRow(byKey.get(k)!)),
    thresholds: runs.flatMap((r) => r.thresholds),
  };
  const checks = runs.flatMap((r) => (r.checks ? [r.checks] : []));
  if (checks.length)
    run.checks = {
      passes: checks.reduce((a, c) => a + c.passes, 0),
      fails: checks.reduce((a, c) => a + c.fails, 0),
    };
  return run;
}

function medianRow(rows: readonly EndpointStats[]): EndpointStats {
  const first = rows[0]!;
  const latency: LatencyStats = {};
  for (const k of LATENCY_KEYS) {
    const m = median(rows.flatMap((r) => (r.latency[k] === undefined ? [] : [r.latency[k]!])));
    if (m !== undefined) latency[k] = m;
  }
  const qualities = new Set(rows.map((r) => r.quality));
  const row: EndpointStats = {
    name: first.name,
    latency,
    // Medians of percentiles are estimates however each was computed; exact stays only if all were.
    quality: qualities.size === 1 ? first.quality : 'reported-only',
  };
  if (first.method) row.method = first.method;
  if (first.path) row.path = first.path;
  if (first.kind) row.kind = first.kind;
  if (first.latencyKind) row.latencyKind = first.latencyKind;
  const sum = (f: (r: EndpointStats) => number | undefined): number | undefined => {
    const values = rows.flatMap((r) => (f(r) === undefined ? [] : [f(r)!]));
    return values.length === rows.length ? values.reduce((a, b) => a + b, 0) : undefined;
  };
  const count = sum((r) => r.count);
  if (count !== undefined) row.count = count;
  const errors = sum((r) => r.errors);
  if (errors !== undefined) row.errors = errors;
  const errorRate = median(rows.flatMap((r) => opt(metricValue(r, 'error-rate'))));
  if (errorRate !== undefined) row.errorRate = errorRate;
  const throughput = median(rows.flatMap((r) => opt(r.throughput)));
  if (throughput !== undefined) row.throughput = throughput;
  return row;
}

/** The runs' spread per compared metric: min and max over the runs, and how many runs had the row. */
export interface Spread {
  min: number;
  max: number;
  runs: number;
}

/**
 * Adds each metric's spread over the repeated runs of each side (`spread.baseline`, `spread.current`) to a
 * comparison made from their median runs. A side of one run gets none.
 */
export function addSpread(
  comparison: Comparison,
  baselineRuns: readonly Run[],
  currentRuns: readonly Run[],
): void {
  for (const row of comparison.endpoints) {
    const find = (run: Run): EndpointStats | undefined =>
      row.name === OVERALL_NAME
        ? run.overall
        : run.endpoints.find(
            (e) =>
              endpointKey(e) ===
              endpointKey({ name: row.name, method: row.method, path: row.path } as EndpointStats),
          );
    for (const verdict of row.metrics) {
      const spread: { baseline?: Spread; current?: Spread } = {};
      const b = spreadOf(baselineRuns, find, verdict.metric);
      const c = spreadOf(currentRuns, find, verdict.metric);
      if (b) spread.baseline = b;
      if (c) spread.current = c;
      if (b || c) verdict.spread = spread;
    }
  }
}

function spreadOf(
  runs: readonly Run[],
  find: (run: Run) => EndpointStats | undefined,
  metric: MetricId,
): Spread | undefined {
  if (runs.length < 2) return undefined;
  const values = runs.flatMap((r) => {
    const row = find(r);
    return row ? opt(metricValue(row, metric)) : [];
  });
  if (values.length < 2) return undefined;
  return { min: minOf(values), max: maxOf(values), runs: values.length };
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const opt = (v: number | undefined): number[] => (v === undefined ? [] : [v]);
