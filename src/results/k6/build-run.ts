import { OVERALL_NAME, pathOf, redactQuery } from '../endpoint-name.js';
import type {
  EndpointStats,
  LatencyPhases,
  LatencyStats,
  ReadDiagnostic,
  ReadResult,
  ResultFormat,
  Run,
  ThresholdResult,
} from '../model.js';
import { parseMetricKey, tagSetKey } from './submetric.js';

export type K6MetricType = 'counter' | 'gauge' | 'rate' | 'trend';

/**
 * One metric of any k6 summary flavour, normalised: rates always carry `rate`, `passes` (trues) and `fails`,
 * thresholds always say `ok` (the export's inverted booleans are flipped by its reader).
 */
export interface K6Metric {
  /** The key as written in the file, submetric tags included. */
  key: string;
  type?: K6MetricType;
  values: Record<string, number>;
  thresholds: { expression: string; ok: boolean }[];
}

/** What each k6 summary reader extracts before the shared mapping to a Run. */
export interface K6Summary {
  format: ResultFormat;
  file: string;
  metrics: K6Metric[];
  /** Test duration when the file states it (handleSummary `state`, machine-readable `config`). */
  durationSec?: number;
  checks?: { passes: number; fails: number };
  version?: string;
  createdAt?: string;
}

/** The metrics that describe requests: HTTP first; a gRPC-only test is read from its gRPC metrics instead. */
const FAMILIES = [
  { duration: 'http_req_duration', reqs: 'http_reqs', failed: 'http_req_failed' },
  { duration: 'grpc_req_duration', reqs: 'grpc_reqs', failed: undefined },
] as const;

/** Tags that name the request itself; any other tag of a submetric is shown next to the name. */
const NAME_TAGS = ['name', 'url', 'group'] as const;

const TREND_STATS: [string, keyof LatencyStats][] = [
  ['min', 'min'],
  ['avg', 'mean'],
  ['med', 'median'],
  ['max', 'max'],
  ['p(90)', 'p90'],
  ['p(95)', 'p95'],
  ['p(99)', 'p99'],
];

export function buildK6Run(summary: K6Summary): ReadResult {
  const diagnostics: ReadDiagnostic[] = [];
  const byKey = new Map(summary.metrics.map((m) => [m.key, m]));
  const hasMetric = (name: string): boolean =>
    summary.metrics.some((m) => m.key === name || parseMetricKey(m.key).metric === name);
  const family = FAMILIES.find((f) => hasMetric(f.duration)) ?? FAMILIES[0];

  const durationSec = summary.durationSec ?? deriveDuration(summary.metrics, family.reqs);
  const overall = endpointStats(
    OVERALL_NAME,
    byKey.get(family.duration),
    byKey.get(family.reqs),
    family.failed && byKey.get(family.failed),
    durationSec,
  );
  if (!byKey.has(family.duration)) {
    diagnostics.push({
      file: summary.file,
      message:
        'The k6 summary has no http_req_duration (or grpc_req_duration) metric, so there is no request latency to compare. Expected the summary of a test that sends HTTP or gRPC requests.',
    });
  }

  const run: Run = {
    schema: 'loadgate/run@1',
    source: { tool: 'k6', format: summary.format, file: summary.file },
    profile: {},
    overall,
    endpoints: endpointRows(summary.metrics, family, durationSec),
    thresholds: thresholdResults(summary.metrics),
  };
  if (summary.version) run.source.version = summary.version;
  const vusMax = byKey.get('vus_max')?.values;
  const maxVUs = vusMax?.max ?? vusMax?.value;
  if (maxVUs !== undefined) run.profile.maxVUs = maxVUs;
  if (durationSec !== undefined) run.profile.durationSec = durationSec;
  const iterations = byKey.get('iterations')?.values.count;
  if (iterations !== undefined) run.profile.iterations = iterations;
  const dropped = byKey.get('dropped_iterations')?.values.count;
  if (dropped !== undefined) run.delivery = { droppedIterations: dropped };
  const checks = summary.checks ?? checksFromMetric(byKey.get('checks'));
  if (checks) run.checks = checks;
  if (summary.createdAt) run.meta = { createdAt: summary.createdAt };
  if (family.duration === 'http_req_duration') {
    const phases = phaseMeans(byKey);
    if (phases) overall.phases = phases;
  }
  return { run, diagnostics };
}

const PHASE_METRICS: [string, keyof LatencyPhases][] = [
  ['http_req_blocked', 'blocked'],
  ['http_req_connecting', 'connecting'],
  ['http_req_tls_handshaking', 'tlsHandshaking'],
  ['http_req_sending', 'sending'],
  ['http_req_waiting', 'waiting'],
  ['http_req_receiving', 'receiving'],
];

/** The mean of each request phase the summary has (its `avg`), for the latency breakdown. */
function phaseMeans(byKey: ReadonlyMap<string, K6Metric>): LatencyPhases | undefined {
  const phases: LatencyPhases = {};
  for (const [metric, phase] of PHASE_METRICS) {
    const avg = byKey.get(metric)?.values.avg;
    if (avg !== undefined && Number.isFinite(avg)) phases[phase] = avg;
  }
  return Object.keys(phases).length > 0 ? phases : undefined;
}

/**
 * A counter's rate is count / test duration (k6 `metrics/sink.go`), so any counter that ran gives the
 * duration back; the summary export drops `state` and this is the only way to know it there.
 */
function deriveDuration(metrics: K6Metric[], preferred: string): number | undefined {
  const counters = [...metrics].sort((a, b) => Number(b.key === preferred) - Number(a.key === preferred));
  for (const m of counters) {
    if (m.key.includes('{')) continue;
    const { count, rate } = m.values;
    if ((m.type === 'counter' || m.type === undefined) && count !== undefined && rate !== undefined) {
      if (count > 0 && rate > 0) return count / rate;
    }
  }
  return undefined;
}

function endpointStats(
  name: string,
  trend: K6Metric | undefined,
  reqs: K6Metric | undefined,
  failed: K6Metric | undefined,
  durationSec: number | undefined,
): EndpointStats {
  const latency: LatencyStats = {};
  // A statistic missing from summaryTrendStats is absent here too, never 0.
  for (const [from, to] of TREND_STATS) {
    const v = trend?.values[from];
    if (v !== undefined) latency[to] = v;
  }
  const stats: EndpointStats = { name, latency, quality: 'exact' };
  const fv = failed?.values;
  const failedTotal = fv?.passes !== undefined && fv.fails !== undefined ? fv.passes + fv.fails : undefined;
  const count = reqs?.values.count ?? failedTotal ?? trend?.values.count;
  if (count !== undefined) stats.count = count;
  // http_req_failed counts a failed request as a "pass" (a true value): passes is the exact error count.
  const errors =
    fv?.passes ?? (fv?.rate !== undefined && count !== undefined ? Math.round(fv.rate * count) : undefined);
  if (errors !== undefined) stats.errors = errors;
  const errorRate = failedTotal ? (fv?.passes ?? 0) / failedTotal : fv?.rate;
  if (errorRate !== undefined) stats.errorRate = errorRate;
  const throughput =
    reqs?.values.rate ?? (count !== undefined && durationSec ? count / durationSec : undefined);
  if (throughput !== undefined) stats.throughput = throughput;
  return stats;
}

/**
 * One row per submetric of the request-duration trend (they exist only where a threshold names them), with
 * the request-count and failure submetrics of the same tag set when those exist too. The automatic
 * `{expected_response:true}` submetric is skipped: it is not an endpoint but the successful-only view of all
 * requests, and would double-count them (result-formats.md §8.4).
 */
function endpointRows(
  metrics: K6Metric[],
  family: (typeof FAMILIES)[number],
  durationSec: number | undefined,
): EndpointStats[] {
  const companions = new Map<string, { reqs?: K6Metric; failed?: K6Metric }>();
  const trends: { tags: Record<string, string>; metric: K6Metric }[] = [];
  for (const m of metrics) {
    const { metric, tags } = parseMetricKey(m.key);
    if (!tags || 'expected_response' in tags) continue;
    const setKey = tagSetKey(tags);
    if (metric === family.duration) trends.push({ tags, metric: m });
    else if (metric === family.reqs) companions.set(setKey, { ...companions.get(setKey), reqs: m });
    else if (family.failed && metric === family.failed)
      companions.set(setKey, { ...companions.get(setKey), failed: m });
  }
  return trends.map(({ tags, metric }) => {
    const c = companions.get(tagSetKey(tags));
    const row = endpointStats(endpointName(tags), metric, c?.reqs, c?.failed, durationSec);
    const method = tags.method;
    if (method) row.method = method.toUpperCase();
    const path = pathOf(tags.url ?? tags.name ?? '');
    if (path !== undefined) row.path = path;
    return row;
  });
}

/** `{name:checkout}` → `checkout`; `{url:https://h/x?t=1}` → `https://h/x?t=*`; other tags are appended. */
function endpointName(tags: Record<string, string>): string {
  const primary = NAME_TAGS.find((t) => tags[t] !== undefined);
  const rest = Object.entries(tags).filter(([k]) => k !== primary && k !== 'method');
  const extra = rest.map(([k, v]) => `${k}:${redactQuery(v)}`).join(',');
  if (primary) return redactQuery(tags[primary] ?? '') + (extra ? ` {${extra}}` : '');
  if (extra) return `{${extra}}`;
  return tags.method ?? '{}';
}

function thresholdResults(metrics: K6Metric[]): ThresholdResult[] {
  return metrics.flatMap((m) =>
    m.thresholds.map((t) => ({ metric: m.key, expression: t.expression, ok: t.ok })),
  );
}

function checksFromMetric(checks: K6Metric | undefined): { passes: number; fails: number } | undefined {
  const passes = checks?.values.passes;
  const fails = checks?.values.fails;
  return passes !== undefined && fails !== undefined ? { passes, fails } : undefined;
}
