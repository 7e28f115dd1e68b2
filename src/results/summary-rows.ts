import { OVERALL_NAME, pathOf } from './endpoint-name.js';
import { templateName } from './endpoint-template.js';
import type {
  EndpointFolding,
  EndpointStats,
  LatencyKind,
  LatencyStats,
  PercentileQuality,
} from './model.js';
import { maxOf, minOf } from '../util/extremes.js';

/**
 * One row of a summary a tool wrote per request name (a Locust `_stats.csv` line, a Taurus final-stats
 * group): what it reported, in milliseconds. Summary formats hold final numbers, so rows whose names fold
 * into one template (`/booking/1007`, `/booking/1008` → `/booking/{id}`) are combined here rather than in
 * a sketch: counts add, means are weighted, and percentiles come from the rows' reported distributions.
 */
export interface SummaryRow {
  name: string;
  method?: string;
  count: number;
  errors: number;
  min?: number;
  mean?: number;
  max?: number;
  /** The row's distribution as reported: `[fraction, ms]` points, ascending (Locust's 50 %…100 % columns). */
  quantiles: [number, number][];
  /** Response-time histogram (ms bucket → requests) when the tool gives one (Locust `--json`). */
  histogram?: Map<number, number>;
  /** Requests per second as the tool reported it. */
  throughput?: number;
  errorsByKind?: Record<string, number>;
}

export interface FoldOptions {
  quality: PercentileQuality;
  latencyKind: LatencyKind;
  /** The run's length, for throughput when rows do not report their own. */
  durationSec?: number;
  /** Most endpoint rows kept (default 200, as for raw samples). */
  maxRows?: number;
}

const MAX_ROWS = 200;
/** The overflow row's name, as `RunBuilder` names it (not imported: that would load the sketch code at start-up). */
const OTHER_ENDPOINTS = '(other endpoints)';

/** Endpoint rows from a summary's rows: names folded to templates, rows capped, folding counted. */
export function foldSummaryRows(
  rows: readonly SummaryRow[],
  options: FoldOptions,
): { endpoints: EndpointStats[]; folding?: EndpointFolding } {
  const groups = new Map<string, { name: string; method?: string; rows: SummaryRow[]; templated: boolean }>();
  let templatedRequests = 0;
  for (const row of rows) {
    const name = templateName(row.name);
    const templated = name !== row.name && name.includes('{id}');
    if (templated) templatedRequests += row.count;
    const key = `${row.method ?? ''} ${name}`;
    let group = groups.get(key);
    if (!group) {
      group = { name, ...(row.method ? { method: row.method } : {}), rows: [], templated: false };
      groups.set(key, group);
    }
    group.rows.push(row);
    if (templated) group.templated = true;
  }
  const maxRows = options.maxRows ?? MAX_ROWS;
  const ordered = [...groups.values()]
    .map((g) => ({ ...g, count: g.rows.reduce((n, r) => n + r.count, 0) }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const kept = ordered.slice(0, maxRows);
  const overflow = ordered.slice(maxRows);
  const endpoints = kept.map((g) => combineRows(g.name, g.method, g.rows, options));
  let overflowRequests = 0;
  let overflowNames = 0;
  if (overflow.length > 0) {
    const rest = overflow.flatMap((g) => g.rows);
    overflowRequests = rest.reduce((n, r) => n + r.count, 0);
    overflowNames = rest.length;
    endpoints.push(combineRows(OTHER_ENDPOINTS, undefined, rest, options));
  }
  const templates = kept.filter((g) => g.templated).length;
  if (templates === 0 && overflowRequests === 0 && overflow.length === 0) return { endpoints };
  return {
    endpoints,
    folding: { templatedRequests, templates, overflowRequests, overflowNames, maxRows },
  };
}

/** One endpoint from one or several rows of the same template (or the overall row, from every row). */
export function combineRows(
  name: string,
  method: string | undefined,
  rows: readonly SummaryRow[],
  options: FoldOptions,
): EndpointStats {
  const count = rows.reduce((n, r) => n + r.count, 0);
  const errors = rows.reduce((n, r) => n + r.errors, 0);
  const latency: LatencyStats = {};
  const timed = rows.filter((r) => r.count > 0);
  const mins = timed.map((r) => r.min).filter((v): v is number => v !== undefined);
  const maxs = timed.map((r) => r.max).filter((v): v is number => v !== undefined);
  if (mins.length === timed.length && mins.length > 0) latency.min = minOf(mins);
  if (maxs.length === timed.length && maxs.length > 0) latency.max = maxOf(maxs);
  if (timed.length > 0 && timed.every((r) => r.mean !== undefined)) {
    const weight = timed.reduce((n, r) => n + r.count, 0);
    latency.mean = round(timed.reduce((s, r) => s + r.mean! * r.count, 0) / weight);
  }
  const at = quantileFunction(timed);
  if (at) {
    const p50 = at(0.5);
    if (p50 !== undefined) latency.median = p50;
    const p90 = at(0.9);
    if (p90 !== undefined) latency.p90 = p90;
    const p95 = at(0.95);
    if (p95 !== undefined) latency.p95 = p95;
    const p99 = at(0.99);
    if (p99 !== undefined) latency.p99 = p99;
  }
  const row: EndpointStats = {
    name,
    latency,
    quality: options.quality,
    latencyKind: options.latencyKind,
    count,
    errors,
  };
  if (method) row.method = method;
  const path =
    name === OVERALL_NAME || name === OTHER_ENDPOINTS
      ? undefined
      : pathOf(name)?.replaceAll('%7Bid%7D', '{id}');
  if (path !== undefined) row.path = path;
  if (count > 0) row.errorRate = errors / count;
  const reported = rows.map((r) => r.throughput);
  if (rows.length > 0 && reported.every((t) => t !== undefined)) {
    row.throughput = round(reported.reduce((s, t) => s + t!, 0));
  } else if (count > 0 && options.durationSec) row.throughput = round(count / options.durationSec);
  const kinds = new Map<string, number>();
  for (const r of rows) {
    for (const [k, n] of Object.entries(r.errorsByKind ?? {})) kinds.set(k, (kinds.get(k) ?? 0) + n);
  }
  if (kinds.size > 0) row.errorsByKind = Object.fromEntries([...kinds].sort((a, b) => b[1] - a[1]));
  return row;
}

/**
 * The percentile function of rows taken together. A single row answers with its own reported points; rows
 * with histograms answer from their merged histogram (as Locust computes its Aggregated row); otherwise the
 * rows' reported points are mixed: the smallest reported value below which at least the fraction of all
 * requests lie, each row's cumulative share read as a step function of its points. The mixture is an estimate
 * between the rows' buckets, never finer than what was reported.
 */
function quantileFunction(rows: readonly SummaryRow[]): ((q: number) => number | undefined) | undefined {
  if (rows.length === 0) return undefined;
  if (rows.every((r) => r.histogram)) {
    const merged = new Map<number, number>();
    for (const r of rows) for (const [v, n] of r.histogram!) merged.set(v, (merged.get(v) ?? 0) + n);
    return (q) => histogramPercentile(merged, q);
  }
  if (rows.length === 1) {
    const points = rows[0]!.quantiles;
    return (q) => points.find(([f]) => Math.abs(f - q) < 1e-9)?.[1];
  }
  if (!rows.every((r) => r.quantiles.length > 0)) return undefined;
  const total = rows.reduce((n, r) => n + r.count, 0);
  const candidates = [...new Set(rows.flatMap((r) => r.quantiles.map(([, v]) => v)))].sort((a, b) => a - b);
  const share = (r: SummaryRow, x: number): number => {
    let f = 0;
    for (const [fraction, v] of r.quantiles) if (v <= x) f = Math.max(f, fraction);
    return f;
  };
  return (q) => {
    for (const x of candidates) {
      const below = rows.reduce((n, r) => n + r.count * share(r, x), 0);
      if (below >= q * total - 1e-9) return x;
    }
    return candidates[candidates.length - 1];
  };
}

/**
 * Locust's own percentile of a response-time histogram (`calculate_response_time_percentile` in
 * `locust/stats.py`): walking buckets from the slowest down, the first at which at most `q·n` requests remain.
 */
export function histogramPercentile(histogram: ReadonlyMap<number, number>, q: number): number | undefined {
  let n = 0;
  for (const c of histogram.values()) n += c;
  if (n === 0) return undefined;
  const wanted = Math.floor(n * q);
  let processed = 0;
  for (const v of [...histogram.keys()].sort((a, b) => b - a)) {
    processed += histogram.get(v)!;
    if (n - processed <= wanted) return v;
  }
  return 0;
}

export function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
