import type { PercentileQuality } from '../results/model.js';
import { newcombeDifference } from './confidence.js';
import type { Budget, Decision, MetricId, MetricVerdict } from './model.js';

/** One side of one metric: the value, and the counts behind it when the metric is a rate. */
export interface MetricSide {
  value?: number;
  /** Requests on this side (for min-requests), when known. */
  count?: number;
  /** Failed requests, for the error-rate confidence interval. */
  errors?: number;
  quality?: PercentileQuality;
}

export interface MetricInput {
  metric: MetricId;
  budget: Budget;
  baseline: MetricSide;
  current: MetricSide;
  minRequests: number;
}

const UNIT: Record<MetricId, MetricVerdict['unit']> = {
  p50: 'ms',
  p90: 'ms',
  p95: 'ms',
  p99: 'ms',
  mean: 'ms',
  'error-rate': 'ratio',
  throughput: 'req/s',
};

const LABEL: Record<MetricId, string> = {
  p50: 'p50',
  p90: 'p90',
  p95: 'p95',
  p99: 'p99',
  mean: 'Mean latency',
  'error-rate': 'Error rate',
  throughput: 'Throughput',
};

/**
 * Judges one metric of one endpoint. Regressed only when the worsening exceeds every limit the budget sets
 * (relative AND absolute: the absolute limit is a noise floor for fast endpoints, the relative one for slow
 * ones) and, for the error rate, when the 95 % CI of the change also excludes 0 on the worse side. Improved
 * symmetrically. Latency and throughput come from one summary per run: there are no samples, hence no CI,
 * and the budgets alone decide.
 */
export function judgeMetric(input: MetricInput): MetricVerdict {
  const { metric, budget, baseline, current } = input;
  const unit = UNIT[metric];
  const label = LABEL[metric];
  const verdict = (decision: Decision, why: string, extra: Partial<MetricVerdict> = {}): MetricVerdict => ({
    metric,
    unit,
    ...(baseline.value !== undefined ? { baseline: baseline.value } : {}),
    ...(current.value !== undefined ? { current: current.value } : {}),
    ...extra,
    budget,
    decision,
    why,
  });

  if (baseline.value === undefined || current.value === undefined) {
    if (baseline.value === undefined && current.value === undefined) {
      return verdict(
        'inconclusive',
        `Neither run reports ${label.toLowerCase()} here, so there is nothing to compare.`,
      );
    }
    const side = baseline.value === undefined ? 'baseline' : 'current';
    return verdict(
      'inconclusive',
      `The ${side} run does not report ${label.toLowerCase()} here; results that report it on both sides would decide it.`,
    );
  }
  const change = current.value - baseline.value;
  const changePct = baseline.value !== 0 ? (change / Math.abs(baseline.value)) * 100 : undefined;
  const numbers: Partial<MetricVerdict> = { change, ...(changePct !== undefined ? { changePct } : {}) };

  for (const [side, count] of [
    ['baseline', baseline.count],
    ['current', current.count],
  ] as const) {
    if (count !== undefined && count < input.minRequests) {
      return verdict(
        'inconclusive',
        `Only ${count} requests in the ${side} run, fewer than min-requests (${input.minRequests}); at least ${input.minRequests} on both sides would decide it.`,
        numbers,
      );
    }
  }

  const ci = confidenceInterval(metric, baseline, current);
  if (ci) numbers.ci = ci;
  const sign = budget.direction === 'lower-is-better' ? 1 : -1;
  const worsening = sign * change;
  const moved = describeChange(metric, label, baseline.value, current.value, change, changePct);
  const limits = describeBudget(metric, budget);

  const beyond = (amount: number): boolean => exceeds(amount, baseline.value ?? 0, budget);
  if (worsening > 0 && beyond(worsening)) {
    // The interval must lie wholly on the worse side of 0.
    if (ci && !(sign > 0 ? ci[0] > 0 : ci[1] < 0)) {
      return verdict(
        'inconclusive',
        `${moved}, beyond ${limits}, but the 95 % CI of the change ${formatInterval(metric, ci)} includes 0; more requests would decide it.`,
        numbers,
      );
    }
    return verdict(
      'regressed',
      `${moved}, beyond ${limits}.${noiseNote(metric, ci, baseline, current)}`,
      numbers,
    );
  }
  if (worsening < 0 && beyond(-worsening)) {
    if (ci && !(sign > 0 ? ci[1] < 0 : ci[0] > 0)) {
      // An improvement the data cannot confirm blocks nothing: call it unchanged rather than inconclusive.
      return verdict(
        'unchanged',
        `${moved}, beyond ${limits}, but the 95 % CI of the change ${formatInterval(metric, ci)} includes 0, so it may be noise.`,
        numbers,
      );
    }
    return verdict(
      'improved',
      `${moved}, beyond ${limits}.${noiseNote(metric, ci, baseline, current)}`,
      numbers,
    );
  }
  return verdict(
    'unchanged',
    `${moved}, within ${withinWhich(worsening, baseline.value, metric, budget)}.`,
    numbers,
  );
}

/** True when `amount` (a worsening or an improvement, > 0) exceeds every limit the budget sets. */
function exceeds(amount: number, baseline: number, budget: Budget): boolean {
  const relativeOk =
    budget.relative === undefined ||
    (baseline === 0 ? amount > 0 : (amount / Math.abs(baseline)) * 100 > budget.relative);
  const absoluteOk = budget.absolute === undefined || amount > budget.absolute;
  return relativeOk && absoluteOk;
}

function confidenceInterval(
  metric: MetricId,
  baseline: MetricSide,
  current: MetricSide,
): [number, number] | undefined {
  if (metric !== 'error-rate') return undefined;
  const { errors: x1, count: n1 } = baseline;
  const { errors: x2, count: n2 } = current;
  if (x1 === undefined || x2 === undefined || !n1 || !n2) return undefined;
  return newcombeDifference(x1, n1, x2, n2);
}

function noiseNote(
  metric: MetricId,
  ci: [number, number] | undefined,
  baseline: MetricSide,
  current: MetricSide,
): string {
  if (ci) return ` The 95 % CI of the change, ${formatInterval(metric, ci)}, excludes 0.`;
  if (metric === 'error-rate') return ' No confidence interval: the request counts are not known.';
  if (metric === 'throughput') return ' No confidence interval: each run gives one throughput figure.';
  const q = baseline.quality === current.quality && baseline.quality ? ` (${baseline.quality})` : '';
  return ` No confidence interval: percentiles from one summary per run${q} carry no estimate of run-to-run noise.`;
}

function describeChange(
  metric: MetricId,
  label: string,
  from: number,
  to: number,
  change: number,
  changePct: number | undefined,
): string {
  if (change === 0) return `${label} stayed at ${formatValue(metric, from)}`;
  const verb = change > 0 ? 'rose' : 'fell';
  const pct = changePct !== undefined ? `, ${signed(changePct, 1)} %` : '';
  return `${label} ${verb} from ${formatValue(metric, from)} to ${formatValue(metric, to)} (${formatDelta(metric, change)}${pct})`;
}

function describeBudget(metric: MetricId, budget: Budget): string {
  const parts = budgetParts(metric, budget);
  if (parts.length === 0) return 'a zero budget';
  return parts.length === 2 ? `both budgets (${parts.join(' and ')})` : `the ${parts[0]} budget`;
}

function budgetParts(metric: MetricId, budget: Budget): string[] {
  const s = budget.direction === 'lower-is-better' ? '+' : '−';
  const parts: string[] = [];
  if (budget.relative !== undefined) parts.push(`${s}${trim(budget.relative, 1)} %`);
  if (budget.absolute !== undefined) parts.push(`${s}${formatMagnitude(metric, budget.absolute)}`);
  return parts;
}

/** Names the limit that kept a worsening from counting (the noise floor or the relative budget). */
function withinWhich(worsening: number, baseline: number, metric: MetricId, budget: Budget): string {
  if (worsening <= 0) return 'the budget';
  const s = budget.direction === 'lower-is-better' ? '+' : '−';
  if (budget.absolute !== undefined && worsening <= budget.absolute) {
    return `the ${s}${formatMagnitude(metric, budget.absolute)} noise floor`;
  }
  if (
    budget.relative !== undefined &&
    baseline !== 0 &&
    (worsening / Math.abs(baseline)) * 100 <= budget.relative
  ) {
    return `the ${s}${trim(budget.relative, 1)} % budget`;
  }
  return 'the budget';
}

function formatValue(metric: MetricId, v: number): string {
  if (UNIT[metric] === 'ratio') return `${trim(v * 100, 2)} %`;
  if (UNIT[metric] === 'req/s') return `${trim(v, 1)} req/s`;
  return `${trim(v, 1)} ms`;
}

function formatMagnitude(metric: MetricId, v: number): string {
  if (UNIT[metric] === 'ratio') return `${trim(v * 100, 2)} pp`;
  if (UNIT[metric] === 'req/s') return `${trim(v, 1)} req/s`;
  return `${trim(v, 1)} ms`;
}

function formatDelta(metric: MetricId, v: number): string {
  if (UNIT[metric] === 'ratio') return `${signed(v * 100, 2)} pp`;
  return `${signed(v, 1)} ${UNIT[metric]}`;
}

function formatInterval(metric: MetricId, [lo, hi]: [number, number]): string {
  const scale = UNIT[metric] === 'ratio' ? 100 : 1;
  const unit = UNIT[metric] === 'ratio' ? 'pp' : UNIT[metric];
  return `[${signed(lo * scale, 2)}, ${signed(hi * scale, 2)}] ${unit}`;
}

function signed(v: number, digits: number): string {
  const t = trim(Math.abs(v), digits);
  if (t === '0') return '0';
  return `${v < 0 ? '−' : '+'}${t}`;
}

/** Fixed digits without trailing zeros: 12.50 → 12.5, 3.00 → 3. */
function trim(v: number, digits: number): string {
  return String(Number(v.toFixed(digits)));
}
