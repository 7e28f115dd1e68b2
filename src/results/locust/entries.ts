import { OVERALL_NAME } from '../endpoint-name.js';
import { finite, isObject, type JsonObject } from '../json.js';
import type { ReadDiagnostic, ResultFormat, Run, WindowStats } from '../model.js';
import { combineRows, foldSummaryRows, round, type SummaryRow } from '../summary-rows.js';
import { maxOf, minOf } from '../../util/extremes.js';

/**
 * Locust's serialized `StatsEntry` (`RequestStats.serialize_stats()`: what `--json` prints and what workers
 * send the master): counts, total/min/max response time in ms, and `response_times`, Locust's bucketed
 * histogram (`{"<ms bucket>": requests}`). Percentiles are computed from the histogram the way Locust
 * computes them, so they are `bucketed` and merge exactly across entries, workers and folded names.
 */
export interface Entry {
  name: string;
  method?: string;
  requests: number;
  failures: number;
  totalTime: number;
  min?: number;
  max?: number;
  histogram: Map<number, number>;
  start?: number;
  last?: number;
  perSec: Map<number, number>;
  failPerSec: Map<number, number>;
  /** Whether the entry comes from a Locust that writes `num_fail_per_sec` (1.0+). */
  modern: boolean;
}

/** One entry from its JSON, or a reason it is not one. */
export function parseEntry(value: unknown): Entry | string {
  if (!isObject(value)) return 'an entry is not an object';
  const requests = finite(value.num_requests);
  const name = value.name;
  if (typeof name !== 'string' || requests === undefined) return 'an entry has no "name" or "num_requests"';
  const entry: Entry = {
    name,
    requests,
    failures: finite(value.num_failures) ?? 0,
    totalTime: finite(value.total_response_time) ?? 0,
    histogram: numberMap(value.response_times),
    perSec: numberMap(value.num_reqs_per_sec),
    failPerSec: numberMap(value.num_fail_per_sec),
    modern: 'num_fail_per_sec' in value,
  };
  if (typeof value.method === 'string' && value.method !== '') entry.method = value.method;
  const min = finite(value.min_response_time);
  const max = finite(value.max_response_time);
  const start = finite(value.start_time);
  const last = finite(value.last_request_timestamp);
  if (min !== undefined) entry.min = min;
  if (max !== undefined) entry.max = max;
  if (start !== undefined) entry.start = start;
  if (last !== undefined) entry.last = last;
  return entry;
}

function numberMap(value: unknown): Map<number, number> {
  const out = new Map<number, number>();
  if (!isObject(value)) return out;
  for (const [k, v] of Object.entries(value as JsonObject)) {
    const key = Number(k);
    const n = finite(v);
    if (Number.isFinite(key) && n !== undefined) out.set(key, (out.get(key) ?? 0) + n);
  }
  return out;
}

/** Adds `b` into `a` (entries of one name and method from several reports or workers). */
export function addEntry(a: Entry, b: Entry): void {
  a.requests += b.requests;
  a.failures += b.failures;
  a.totalTime += b.totalTime;
  if (b.min !== undefined) a.min = a.min === undefined ? b.min : Math.min(a.min, b.min);
  if (b.max !== undefined) a.max = a.max === undefined ? b.max : Math.max(a.max, b.max);
  if (b.start !== undefined) a.start = a.start === undefined ? b.start : Math.min(a.start, b.start);
  if (b.last !== undefined) a.last = a.last === undefined ? b.last : Math.max(a.last, b.last);
  for (const [k, n] of b.histogram) a.histogram.set(k, (a.histogram.get(k) ?? 0) + n);
  for (const [k, n] of b.perSec) a.perSec.set(k, (a.perSec.get(k) ?? 0) + n);
  for (const [k, n] of b.failPerSec) a.failPerSec.set(k, (a.failPerSec.get(k) ?? 0) + n);
  a.modern ||= b.modern;
}

/**
 * The Run of merged entries. Before 1.0 Locust logged a failed request as a failure only (no response time,
 * not in `num_requests`); those entries have no `num_fail_per_sec`, and their requests are
 * `num_requests + num_failures`. A run with more failures than requests is read that way too. Their
 * percentiles describe the successful requests only (docs/cli.md says so).
 */
export function entriesRun(
  entries: readonly Entry[],
  file: string,
  format: ResultFormat,
  diagnostics: ReadDiagnostic[],
  maxUsers?: number,
): Run | undefined {
  if (entries.length === 0) {
    diagnostics.push({ file, message: 'The Locust stats have no entries: there is nothing to compare.' });
    return undefined;
  }
  const separate = !entries.some((e) => e.modern) || entries.some((e) => e.failures > e.requests);
  const starts = entries.map((e) => e.start).filter((v): v is number => v !== undefined);
  const lasts = entries.map((e) => e.last).filter((v): v is number => v !== undefined);
  const span = starts.length && lasts.length ? maxOf(lasts) - minOf(starts) : undefined;
  const durationSec = span !== undefined && span > 0 ? Math.round(span * 10) / 10 : undefined;
  const rows: SummaryRow[] = entries.map((e) => {
    const row: SummaryRow = {
      name: e.name,
      count: separate ? e.requests + e.failures : e.requests,
      errors: e.failures,
      quantiles: [],
      histogram: e.histogram,
    };
    if (e.method) row.method = e.method;
    if (e.requests > 0) {
      row.mean = round(e.totalTime / e.requests);
      if (e.min !== undefined) row.min = e.min;
      if (e.max !== undefined) row.max = e.max;
    }
    return row;
  });
  const options = {
    quality: 'bucketed' as const,
    latencyKind: 'total' as const,
    ...(durationSec ? { durationSec } : {}),
  };
  const overall = combineRows(OVERALL_NAME, undefined, rows, options);
  if (overall.count === 0) {
    diagnostics.push({ file, message: 'The Locust stats count no requests: there is nothing to compare.' });
    return undefined;
  }
  const { endpoints, folding } = foldSummaryRows(rows, options);
  const run: Run = {
    schema: 'loadgate/run@1',
    source: { tool: 'locust', format, file },
    profile: durationSec ? { durationSec } : {},
    overall,
    endpoints,
    thresholds: [],
  };
  if (maxUsers !== undefined) run.profile.maxVUs = maxUsers;
  if (folding) run.folding = folding;
  // Before 1.0 failures were not counted per second, so windows would show none: no series then.
  const series = separate ? [] : perSecondSeries(entries);
  if (series.length > 0) run.series = series;
  return run;
}

/** 10-s windows of the per-second request and failure counts every entry keeps. */
function perSecondSeries(entries: readonly Entry[]): WindowStats[] {
  const windows = new Map<number, WindowStats>();
  const at = (sec: number): WindowStats => {
    const index = Math.floor(sec / 10);
    let w = windows.get(index);
    if (!w) {
      w = { start: index * 10_000, durationSec: 10, count: 0, errors: 0 };
      windows.set(index, w);
    }
    return w;
  };
  for (const e of entries) {
    for (const [sec, n] of e.perSec) at(sec).count += n;
    for (const [sec, n] of e.failPerSec) {
      const w = at(sec);
      w.errors += n;
    }
  }
  return [...windows.entries()].sort(([a], [b]) => a - b).map(([, w]) => w);
}
