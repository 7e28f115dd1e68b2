import type { EndpointStats } from '../results/model.js';
import type { MetricId } from './model.js';

/** A row's value of one judged metric, in the metric's unit (ms, fraction, requests per second). */
export function metricValue(e: EndpointStats, metric: MetricId): number | undefined {
  switch (metric) {
    case 'p50':
      return e.latency.median;
    case 'p90':
      return e.latency.p90;
    case 'p95':
      return e.latency.p95;
    case 'p99':
      return e.latency.p99;
    case 'mean':
      return e.latency.mean;
    case 'error-rate':
      return e.errorRate ?? (e.errors !== undefined && e.count ? e.errors / e.count : undefined);
    case 'throughput':
      return e.throughput;
  }
}
