import type { Criterion } from '../model.js';

export type MetricType = 'counter' | 'gauge' | 'rate' | 'trend';

/**
 * Metrics every k6 run registers (k6 `metrics.RegisterBuiltinMetrics`, docs "Built-in metrics"), by type.
 * WebSocket and gRPC request metrics are registered even when those modules are not imported.
 */
export const BUILTIN_METRICS: ReadonlyMap<string, MetricType> = new Map<string, MetricType>([
  ['vus', 'gauge'],
  ['vus_max', 'gauge'],
  ['iterations', 'counter'],
  ['iteration_duration', 'trend'],
  ['dropped_iterations', 'counter'],
  ['data_received', 'counter'],
  ['data_sent', 'counter'],
  ['checks', 'rate'],
  ['http_reqs', 'counter'],
  ['http_req_failed', 'rate'],
  ['http_req_duration', 'trend'],
  ['http_req_blocked', 'trend'],
  ['http_req_connecting', 'trend'],
  ['http_req_tls_handshaking', 'trend'],
  ['http_req_sending', 'trend'],
  ['http_req_waiting', 'trend'],
  ['http_req_receiving', 'trend'],
  ['ws_sessions', 'counter'],
  ['ws_msgs_sent', 'counter'],
  ['ws_msgs_received', 'counter'],
  ['ws_ping', 'trend'],
  ['ws_session_duration', 'trend'],
  ['ws_connecting', 'trend'],
  ['grpc_req_duration', 'trend'],
]);

/** Metrics that k6 modules register only when imported. */
export const MODULE_METRICS: ReadonlyMap<string, ReadonlyMap<string, MetricType>> = new Map([
  [
    'k6/net/grpc',
    new Map<string, MetricType>([
      ['grpc_streams', 'counter'],
      ['grpc_streams_msgs_sent', 'counter'],
      ['grpc_streams_msgs_received', 'counter'],
    ]),
  ],
]);

/** Aggregations each metric type accepts in a threshold (k6 docs "Thresholds", aggregation methods by type). */
export const AGGREGATIONS_BY_TYPE: Readonly<Record<MetricType, readonly string[]>> = {
  counter: ['count', 'rate'],
  gauge: ['value'],
  rate: ['rate'],
  trend: ['avg', 'min', 'max', 'med', 'p(N)'],
};

export function aggregationAllowed(type: MetricType, method: string): boolean {
  if (type === 'trend') return method === 'p' || ['avg', 'min', 'max', 'med'].includes(method);
  return AGGREGATIONS_BY_TYPE[type].includes(method);
}

/** The metric name of a threshold key, without its `{tag:value}` filter. */
export function metricNameOf(key: string): string {
  const open = key.indexOf('{');
  return (open >= 0 ? key.slice(0, open) : key).trim();
}

/** What a threshold on this metric is about, so tool-neutral rules can reason without k6 knowledge. */
export function concernOf(key: string, type?: MetricType): Criterion['concerns'] {
  const name = metricNameOf(key);
  if (name === 'checks') return 'checks';
  if (name === 'http_req_failed' || /error|fail/i.test(name)) return 'errors';
  if (name === 'http_reqs' || name === 'iterations') return 'throughput';
  if (/_duration$|^http_req_|latency|_time$|ttfb|waiting/i.test(name)) return 'latency';
  const builtin = BUILTIN_METRICS.get(name);
  if ((type ?? builtin) === 'trend') return 'latency';
  return 'other';
}
