import type { HistoryEntry, HistoryStats } from '../../history/store.js';
import { OVERALL_NAME } from '../../results/endpoint-name.js';
import { shortCommit } from '../format.js';
import { maskSecretShapes } from '../secrets.js';
import type { ChartData, DashboardData, DashboardInput } from './model.js';

const DEFAULT_MAX_ENDPOINTS = 8;

const METRICS: {
  metric: ChartData['metric'];
  title: string;
  unit: string;
  value(s: HistoryStats): number | undefined;
}[] = [
  { metric: 'p95', title: 'p95 latency', unit: 'ms', value: (s) => s.p95 },
  // In percent, as every other report shows error rates.
  {
    metric: 'errorRate',
    title: 'Error rate',
    unit: '%',
    value: (s) => (s.errorRate === undefined ? undefined : s.errorRate * 100),
  },
  { metric: 'throughput', title: 'Throughput', unit: 'req/s', value: (s) => s.throughput },
];

/** A run's name on the x axis: the one given, else `abc1234` (its commit), else its date and time. */
export function runLabel(entry: HistoryEntry, given: string | undefined): string {
  return given ?? shortCommit(entry.commit) ?? entry.time.slice(0, 16).replace('T', ' ');
}

/**
 * The endpoints charted: the busiest over all runs (requests summed, so an endpoint that vanished still counts
 * for the runs it was in), ties by name. A chart with a hundred lines shows nothing; the rest are in the data
 * of the run files, not on the page.
 */
export function chartedEndpoints(entries: readonly HistoryEntry[], max: number): string[] {
  const totals = new Map<string, number>();
  for (const e of entries)
    for (const [name, stats] of Object.entries(e.endpoints))
      if (name !== OVERALL_NAME) totals.set(name, (totals.get(name) ?? 0) + (stats.count ?? 0));
  return [...totals]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([name]) => name);
}

/** Rounded to 4 significant digits: the page shows no more, and the file stays small. */
function shown(value: number | undefined): number | null {
  return value === undefined || !Number.isFinite(value) ? null : Number(value.toPrecision(4));
}

/** The charts' data: every run, the overall row and the busiest endpoints, names masked as every report masks them. */
export function dashboardData(input: DashboardInput): DashboardData {
  const { entries } = input;
  const endpoints = chartedEndpoints(entries, input.maxEndpoints ?? DEFAULT_MAX_ENDPOINTS);
  return {
    schema: 'loadgate/dashboard@1',
    runs: entries.map((e, i) => ({
      label: maskSecretShapes(runLabel(e, input.labels?.[i])),
      time: e.time,
      ...(e.commit ? { commit: e.commit } : {}),
      tool: e.tool,
    })),
    charts: METRICS.map(({ metric, title, unit, value }) => ({
      metric,
      title,
      unit,
      series: [
        { name: OVERALL_NAME, values: entries.map((e) => shown(value(e.overall))) },
        ...endpoints.map((name) => ({
          name: maskSecretShapes(name),
          values: entries.map((e) => {
            const stats = e.endpoints[name];
            return stats ? shown(value(stats)) : null;
          }),
        })),
      ],
    })),
  };
}
