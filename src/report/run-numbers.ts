import type { MetricId, MetricVerdict } from '../compare/model.js';
import type { EndpointStats, Run } from '../results/model.js';
import { OVERALL_NAME } from '../results/endpoint-name.js';

/**
 * A run's own numbers, for when nothing was compared (no baseline yet): the overall row first, then each
 * endpoint, with the same metrics and units the comparison table uses, so the two read alike.
 */

export interface RunRow {
  name: string;
  method?: string;
  path?: string;
  requests?: number;
  metrics: { metric: MetricId; unit: MetricVerdict['unit']; value: number }[];
}

function row(stats: EndpointStats, name: string): RunRow {
  const values: [MetricId, MetricVerdict['unit'], number | undefined][] = [
    ['p50', 'ms', stats.latency.median],
    ['p90', 'ms', stats.latency.p90],
    ['p95', 'ms', stats.latency.p95],
    ['p99', 'ms', stats.latency.p99],
    ['mean', 'ms', stats.latency.mean],
    ['error-rate', 'ratio', stats.errorRate],
    ['throughput', 'req/s', stats.throughput],
  ];
  const out: RunRow = {
    name,
    metrics: values.flatMap(([metric, unit, value]) =>
      value !== undefined && Number.isFinite(value) ? [{ metric, unit, value }] : [],
    ),
  };
  if (stats.method) out.method = stats.method;
  if (stats.path) out.path = stats.path;
  if (stats.count !== undefined) out.requests = stats.count;
  return out;
}

export function runRows(run: Run): RunRow[] {
  return [row(run.overall, OVERALL_NAME), ...run.endpoints.map((e) => row(e, e.name))];
}

/** The columns a table of run numbers shows, in order: the ones a reader scans first. */
export const RUN_TABLE_METRICS: MetricId[] = ['p50', 'p95', 'p99', 'error-rate', 'throughput'];
