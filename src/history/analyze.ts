import { OVERALL_NAME } from '../results/endpoint-name.js';
import { detectChangePoints, type ChangePoint } from './change-points.js';
import type { HistoryEntry, HistoryStats } from './store.js';
import { maxOf, minOf } from '../util/extremes.js';

/** The metrics change points are looked for in, with the direction that is worse. */
export const HISTORY_METRICS = {
  p95: { label: 'p95', worse: 'up', unit: 'ms' },
  errorRate: { label: 'error rate', worse: 'up', unit: 'ratio' },
  throughput: { label: 'throughput', worse: 'down', unit: 'rps' },
} as const;

export type HistoryMetric = keyof typeof HISTORY_METRICS;

export interface ShiftOptions {
  /** Otava's window (default 50) and p-value (default 0.001). */
  windowLength?: number;
  maxPValue?: number;
  /** Shifts smaller than this relative change are not reported (default 0.05: load tests are noisy). */
  minMagnitude?: number;
  /** Endpoints analysed besides the overall row, busiest first (default 10). */
  maxEndpoints?: number;
}

/** A lasting shift: the most recent change point of one endpoint's metric, the level it holds today. */
export interface Shift {
  endpoint: string;
  metric: HistoryMetric;
  /** Position in the history (0 = oldest) of the first run at the new level. */
  index: number;
  /** How many default-branch runs came after the one where the shift began (0: the latest run). */
  runsAgo: number;
  commit?: string;
  time: string;
  before: number;
  after: number;
  /** after / before − 1. */
  change: number;
  pValue: number;
  kind: 'regression' | 'improvement';
}

/** The values of one metric of one endpoint, with the history positions they come from. */
export function seriesOf(
  entries: readonly HistoryEntry[],
  endpoint: string,
  metric: HistoryMetric,
): { values: number[]; positions: number[] } {
  const values: number[] = [];
  const positions: number[] = [];
  entries.forEach((e, i) => {
    const stats: HistoryStats | undefined = endpoint === OVERALL_NAME ? e.overall : e.endpoints[endpoint];
    const v = stats?.[metric];
    if (v !== undefined) {
      values.push(v);
      positions.push(i);
    }
  });
  return { values, positions };
}

/** The overall row and the busiest endpoints of the latest run (by request count). */
export function endpointsOf(entries: readonly HistoryEntry[], max: number): string[] {
  const last = entries[entries.length - 1];
  if (!last) return [];
  const busiest = Object.entries(last.endpoints)
    .sort(([an, a], [bn, b]) => (b.count ?? 0) - (a.count ?? 0) || an.localeCompare(bn))
    .slice(0, max)
    .map(([name]) => name);
  return [OVERALL_NAME, ...busiest.filter((n) => n !== OVERALL_NAME)];
}

/**
 * The lasting shifts of the history: for each endpoint and metric, the last change point Otava's algorithm
 * finds (earlier ones were superseded by it). Regressions first, then by size.
 */
export function findShifts(entries: readonly HistoryEntry[], options: ShiftOptions = {}): Shift[] {
  const { windowLength = 50, maxPValue = 0.001, minMagnitude = 0.05, maxEndpoints = 10 } = options;
  const shifts: Shift[] = [];
  for (const endpoint of endpointsOf(entries, maxEndpoints)) {
    for (const metric of Object.keys(HISTORY_METRICS) as HistoryMetric[]) {
      const { values, positions } = seriesOf(entries, endpoint, metric);
      if (values.length < 4) continue;
      const points = detectChangePoints(values, { windowLength, maxPValue, minMagnitude });
      const last: ChangePoint | undefined = points[points.length - 1];
      if (!last || last.meanBefore === last.meanAfter) continue;
      const position = positions[last.index]!;
      const entry = entries[position]!;
      const up = last.meanAfter > last.meanBefore;
      const worse = (HISTORY_METRICS[metric].worse === 'up') === up;
      shifts.push({
        endpoint,
        metric,
        index: position,
        runsAgo: entries.length - 1 - position,
        ...(entry.commit ? { commit: entry.commit } : {}),
        time: entry.time,
        before: last.meanBefore,
        after: last.meanAfter,
        change: last.forwardChange,
        pValue: last.pValue,
        kind: worse ? 'regression' : 'improvement',
      });
    }
  }
  return shifts.sort(
    (a, b) =>
      Number(b.kind === 'regression') - Number(a.kind === 'regression') ||
      Math.abs(b.change) - Math.abs(a.change) ||
      a.endpoint.localeCompare(b.endpoint),
  );
}

/** A configured limit on one metric (an SLO, a budget, a tool's threshold), to check for slack. */
export interface Limit {
  endpoint: string;
  metric: HistoryMetric | 'p50' | 'p99';
  /** `max`: values must stay at or under `value` (latency, errors); `min`: at or above (throughput). */
  bound: 'max' | 'min';
  value: number;
  /** Where the limit is set, as the proposal names it (`k6 threshold p(95)<500`, `slo p95`). */
  source: string;
}

export interface RatchetOptions {
  /** How many of the latest runs must all sit far inside the limit (default 5). */
  runs?: number;
  /** "Far": the worst of them uses at most this share of the limit (default 0.5). */
  usage?: number;
  /** The proposed limit leaves this margin over the worst of them (default 0.25). */
  margin?: number;
}

export interface RatchetProposal {
  limit: Limit;
  /** The worst value of the runs considered. */
  worst: number;
  runs: number;
  proposed: number;
}

/**
 * Limits now far from what is measured: when the last `runs` values all use at most `usage` of a limit,
 * propose tightening it to the worst of them plus `margin`, rounded to two significant digits outward.
 * A loose limit lets a regression through; ratcheting keeps the gate where the system now is.
 */
export function ratchetProposals(
  entries: readonly HistoryEntry[],
  limits: readonly Limit[],
  options: RatchetOptions = {},
): RatchetProposal[] {
  const { runs = 5, usage = 0.5, margin = 0.25 } = options;
  const proposals: RatchetProposal[] = [];
  for (const limit of limits) {
    if (!(limit.value > 0)) continue;
    const recent = entries.slice(-runs);
    if (recent.length < runs) continue;
    const values = recent.map(
      (e) => (limit.endpoint === OVERALL_NAME ? e.overall : e.endpoints[limit.endpoint])?.[limit.metric],
    );
    if (values.some((v) => v === undefined)) continue;
    const numbers = values as number[];
    if (limit.bound === 'max') {
      const worst = maxOf(numbers);
      if (worst > limit.value * usage) continue;
      const proposed = roundOutward(worst * (1 + margin), 'up');
      if (proposed > 0 && proposed < limit.value) proposals.push({ limit, worst, runs, proposed });
    } else {
      const worst = minOf(numbers);
      if (worst < limit.value / usage) continue;
      const proposed = roundOutward(worst * (1 - margin), 'down');
      if (proposed > limit.value) proposals.push({ limit, worst, runs, proposed });
    }
  }
  return proposals;
}

/** Two significant digits, rounded away from the measured values so the proposal never bites at once. */
function roundOutward(value: number, direction: 'up' | 'down'): number {
  if (value <= 0) return 0;
  const step = 10 ** (Math.floor(Math.log10(value)) - 1);
  const n = direction === 'up' ? Math.ceil(value / step - 1e-9) : Math.floor(value / step + 1e-9);
  return Number((n * step).toPrecision(12));
}

/**
 * Limits a run's own tool thresholds set, in the forms that map onto history metrics: k6's
 * `http_req_duration` `p(95)<N` / `p(99)<N` / `med<N` (optionally `{name:...}` for one endpoint) and
 * `http_req_failed` `rate<N`. Others are left alone rather than guessed.
 */
export function limitsFromThresholds(thresholds: readonly { metric: string; expression: string }[]): Limit[] {
  const limits: Limit[] = [];
  for (const t of thresholds) {
    const m = /^(http_req_duration|http_req_failed)(?:\{name:([^}]+)\})?$/.exec(t.metric.trim());
    if (!m) continue;
    const e = /^\s*(p\((\d+(?:\.\d+)?)\)|med|rate)\s*(<=?)\s*(\d+(?:\.\d+)?)\s*$/.exec(t.expression);
    if (!e) continue;
    const endpoint = m[2]?.trim() ?? OVERALL_NAME;
    const value = Number(e[4]);
    const source = `threshold ${t.metric}: ${t.expression.trim()}`;
    if (m[1] === 'http_req_failed' && e[1] === 'rate')
      limits.push({ endpoint, metric: 'errorRate', bound: 'max', value, source });
    if (m[1] === 'http_req_duration') {
      const metric = e[1] === 'med' ? 'p50' : e[2] === '95' ? 'p95' : e[2] === '99' ? 'p99' : undefined;
      if (metric) limits.push({ endpoint, metric, bound: 'max', value, source });
    }
  }
  return limits;
}
