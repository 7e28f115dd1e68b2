/**
 * The metric names Artillery's ensure plugin can see (packages/artillery-plugin-ensure `statsToVars`):
 * counters and rates by name, histograms only as `<name>.<aggregation>`. Names come from the HTTP engine
 * (`http.*`), the runner (`vusers.*`, `errors.*`) and plugins; other engines and processors add their own.
 */
export const SUMMARY_AGGREGATIONS = [
  'min',
  'max',
  'count',
  'mean',
  'p50',
  'median',
  'p75',
  'p90',
  'p95',
  'p99',
  'p999',
];

const COUNTERS = [
  'http.requests',
  'http.responses',
  'http.downloaded_bytes',
  'http.request_rate',
  'vusers.created',
  'vusers.completed',
  'vusers.failed',
  'vusers.skipped',
];

const HISTOGRAMS = [
  'http.response_time',
  'http.response_time.2xx',
  'http.response_time.3xx',
  'http.response_time.4xx',
  'http.response_time.5xx',
  'http.dns',
  'http.tcp',
  'http.tls',
  'http.total',
  'vusers.session_length',
];

/** Every fixed name ensure can read, for suggestions. */
export const KNOWN_METRICS: readonly string[] = [
  ...COUNTERS,
  ...HISTOGRAMS.flatMap((h) => SUMMARY_AGGREGATIONS.map((a) => `${h}.${a}`)),
];

/** Namespaces whose names Artillery itself defines, so any other name in them is a mistake. */
const STRICT_NAMESPACES = /^(http|vusers)\./;
/** Namespaces whose names depend on data (status codes, error codes, endpoint names, scenario names). */
const OPEN_PATTERNS = [/^http\.codes\.\d{3}$/, /^errors\..+/, /^vusers\.created_by_name\..+/];
/** Namespaces of plugins and non-HTTP engines: their names are not listed here, so they are trusted. */
const TRUSTED_NAMESPACES = /^(plugins|apdex|socketio|websocket|ws|browser|engine|grpc|kafka|lambda)(\.|$)/;

export type MetricVerdict =
  | { kind: 'known' }
  | { kind: 'histogram-without-aggregation'; suggestion: string }
  | { kind: 'unknown'; suggestion?: string }
  | { kind: 'custom' };

/** What ensure would find under this name: a known metric, a typo of one, or a name only a processor could emit. */
export function classifyMetric(name: string): MetricVerdict {
  if (KNOWN_METRICS.includes(name) || OPEN_PATTERNS.some((p) => p.test(name))) return { kind: 'known' };
  if (HISTOGRAMS.includes(name)) return { kind: 'histogram-without-aggregation', suggestion: `${name}.p95` };
  if (TRUSTED_NAMESPACES.test(name)) return { kind: 'known' };
  if (STRICT_NAMESPACES.test(name)) return { kind: 'unknown' };
  return { kind: 'custom' };
}
