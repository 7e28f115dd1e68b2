import type { LatencyStats, PercentileQuality } from '../results/model.js';
import type { DDSketch } from '../results/sketch/ddsketch.js';
import { newcombeDifference, poissonRateDifference, twoProportionPValue } from './confidence.js';
import { historyNoiseTest, type HistoryBand, type HistoryTest } from './history-noise.js';
import { pooledRanks, quantileDifference, samplesBeyond, sketchRanks } from './quantile-interval.js';
import { summaryDifference, summaryLogVariance } from './summary-interval.js';
import type { Budget, Decision, MetricId, MetricVerdict } from './model.js';

/** One side of one metric: the value, and the counts behind it when the metric is a rate. */
export interface MetricSide {
  value?: number;
  /** Requests on this side (for min-requests), when known. */
  count?: number;
  /** Failed requests, for the error-rate confidence interval. */
  errors?: number;
  quality?: PercentileQuality;
  /** The latency sketch of this side, when the run was read from raw samples or a run@2 file. */
  sketch?: DDSketch;
  /** Every latency statistic the side reports: without a sketch, the ladder a percentile's interval rests on. */
  latency?: LatencyStats;
}

export interface MetricInput {
  metric: MetricId;
  budget: Budget;
  baseline: MetricSide;
  current: MetricSide;
  minRequests: number;
  /**
   * This metric's values in the past runs of the history (`--history`), oldest first, already limited to
   * the window: a percentile given without samples on either side is judged against their run-to-run noise.
   */
  history?: readonly number[];
  /** How the history's band is drawn (`regression.history-band`): a t prediction interval, or robust. */
  historyBand?: HistoryBand;
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

/** The quantile a percentile metric estimates. */
const QUANTILE: Partial<Record<MetricId, number>> = { p50: 0.5, p90: 0.9, p95: 0.95, p99: 0.99 };

/**
 * Below this many samples beyond it, a percentile given without samples is too unreliable for a budget alone
 * to call it worse: p99 of 540 requests rests on 5 (the A/A false alarms of issue #18).
 */
export const MIN_TAIL_SAMPLES = 10;

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
 * symmetrically. Percentiles of runs with sketches on both sides get an order-statistic interval of the
 * difference (`quantile-interval.ts`) and must exclude 0 the same way; a p-value goes with every tested
 * change, so that `compareRuns` can control false discoveries over the whole comparison. With a history of
 * past runs (`input.history`), a percentile given without samples is judged against their prediction interval
 * (`history-noise.ts`, `method: history-t`), and one with samples must lie outside it as well. Otherwise
 * percentiles given without samples, the mean and throughput have no interval: the budgets decide (`method:
 * budget-only`). A percentile resting on fewer than MIN_TAIL_SAMPLES samples beyond it is never called worse.
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

  const tested = testChange(metric, baseline, current, input.history, input.historyBand ?? 't');
  const ci = tested?.ci;
  if (baseline.count !== undefined && current.count !== undefined)
    numbers.samples = { baseline: baseline.count, current: current.count };
  if (tested) {
    numbers.ci = tested.ci;
    numbers.pValue = tested.pValue;
    numbers.method = tested.method;
  } else numbers.method = 'budget-only';
  const thin = thinTail(metric, baseline, current);
  const sign = budget.direction === 'lower-is-better' ? 1 : -1;
  const worsening = sign * change;
  const moved = describeChange(metric, label, baseline.value, current.value, change, changePct);
  const limits = describeBudget(metric, budget);

  const beyond = (amount: number): boolean => exceeds(amount, baseline.value ?? 0, budget);
  if (worsening > 0 && beyond(worsening)) {
    // The interval must lie wholly on the worse side of 0.
    if (ci && !(sign > 0 ? ci[0] > 0 : ci[1] < 0)) {
      if (fromHistory(tested)) {
        // Within the noise the history shows: not a regression, and more requests would not change that.
        return verdict(
          'unchanged',
          `${moved}, beyond ${limits}, but within ${describeBand(metric, tested.history as HistoryTest)}, so it may be noise.`,
          numbers,
        );
      }
      const decide = thin ? thin.advice : 'more requests would decide it';
      return verdict(
        'inconclusive',
        `${moved}, beyond ${limits}, but the 95 % CI of the change ${formatInterval(metric, ci)} includes 0; ${decide}.`,
        { ...numbers, reason: thin ? thin.reason : 'interval includes 0: run longer' },
      );
    }
    // Beyond the sampling noise of the two runs, but not beyond the run-to-run noise the history shows (a
    // shared runner): both tests must reject, an intersection-union test, valid at the same level.
    const past = tested?.history;
    if (past && !fromHistory(tested) && !(sign > 0 ? past.ci[0] > 0 : past.ci[1] < 0)) {
      return verdict(
        'unchanged',
        `${moved}, beyond ${limits} and beyond the sampling noise of the two runs, but within ${describeBand(metric, past)}, so it may be run-to-run noise.`,
        numbers,
      );
    }
    // Even an interval that excludes 0 assumes independent samples; a handful of slow requests beyond a tail
    // percentile often come in one burst (a GC pause, a cold cache), so a thin tail is never called.
    if (thin) {
      return verdict('inconclusive', `${moved}, beyond ${limits}, but ${thin.sentence}; ${thin.advice}.`, {
        ...numbers,
        reason: thin.reason,
      });
    }
    return verdict(
      'regressed',
      `${moved}, beyond ${limits}.${noiseNote(metric, tested, baseline, current)}`,
      numbers,
    );
  }
  if (worsening < 0 && beyond(-worsening)) {
    if (ci && !(sign > 0 ? ci[1] < 0 : ci[0] > 0)) {
      // An improvement the data cannot confirm blocks nothing: call it unchanged rather than inconclusive.
      const within =
        fromHistory(tested) && tested?.history
          ? `within ${describeBand(metric, tested.history)}`
          : `the 95 % CI of the change ${formatInterval(metric, ci)} includes 0`;
      return verdict('unchanged', `${moved}, beyond ${limits}, but ${within}, so it may be noise.`, numbers);
    }
    const past = tested?.history;
    if (past && !(sign > 0 ? past.ci[1] < 0 : past.ci[0] > 0)) {
      return verdict(
        'unchanged',
        `${moved}, beyond ${limits}, but within ${describeBand(metric, past)}, so it may be run-to-run noise.`,
        numbers,
      );
    }
    if (thin) {
      return verdict(
        'unchanged',
        `${moved}, beyond ${limits}, but ${thin.sentence}, so it may be noise.`,
        numbers,
      );
    }
    return verdict(
      'improved',
      `${moved}, beyond ${limits}.${noiseNote(metric, tested, baseline, current)}`,
      numbers,
    );
  }
  return verdict(
    'unchanged',
    `${moved}, within ${withinWhich(worsening, baseline.value, metric, budget)}.`,
    numbers,
  );
}

/** Whether the history's band alone decided (a percentile reported without samples, with a history). */
function fromHistory(tested: Tested | undefined): boolean {
  return tested?.method === 'history-t' || tested?.method === 'history-robust';
}

/** True when `amount` (a worsening or an improvement, > 0) exceeds every limit the budget sets. */
function exceeds(amount: number, baseline: number, budget: Budget): boolean {
  const relativeOk =
    budget.relative === undefined ||
    (baseline === 0 ? amount > 0 : (amount / Math.abs(baseline)) * 100 > budget.relative);
  const absoluteOk = budget.absolute === undefined || amount > budget.absolute;
  return relativeOk && absoluteOk;
}

interface Tested {
  ci: [number, number];
  pValue: number;
  method:
    | 'order-statistic'
    | 'summary-order-statistic'
    | 'two-proportion'
    | 'poisson-rate'
    | 'history-t'
    | 'history-robust';
  /** The value against the history's prediction interval (history-t, or a percentile with sketches too). */
  history?: HistoryTest;
}

/** The interval and p-value of the change, when the data on both sides (or the history) allow one. */
function testChange(
  metric: MetricId,
  baseline: MetricSide,
  current: MetricSide,
  history: readonly number[] | undefined,
  band: HistoryBand,
): Tested | undefined {
  if (metric === 'error-rate') {
    const { errors: x1, count: n1 } = baseline;
    const { errors: x2, count: n2 } = current;
    if (x1 === undefined || x2 === undefined || !n1 || !n2) return undefined;
    return {
      ci: newcombeDifference(x1, n1, x2, n2),
      pValue: twoProportionPValue(x1, n1, x2, n2),
      method: 'two-proportion',
    };
  }
  if (metric === 'throughput') {
    const { value: r1, count: x1 } = baseline;
    const { value: r2, count: x2 } = current;
    // The exposure (seconds) is what the reader divided the count by.
    if (!r1 || !r2 || !x1 || !x2) return undefined;
    const d = poissonRateDifference(x1, x1 / r1, x2, x2 / r2);
    // The Poisson test sees only the counting noise within a run. Between runs a closed-model generator's
    // rate moves with the machine's speed far beyond it (five real Locust runs of one unchanged server on a
    // busy machine: 57 to 83 req/s, where counting noise is ±2 %, issue #18), so with a history the rate
    // must also lie outside the history's prediction interval, as a percentile must.
    const h = history ? historyNoiseTest(history, r2, band) : undefined;
    return {
      ci: d.ci,
      pValue: h ? Math.max(d.pValue, h.pValue) : d.pValue,
      method: 'poisson-rate',
      ...(h ? { history: h } : {}),
    };
  }
  const q = QUANTILE[metric];
  if (q === undefined) return undefined;
  if (!baseline.sketch || !current.sketch) {
    // Reported numbers only: the history's runs show every noise between runs, sampling included, and the
    // current run's own sampling noise is the least of it.
    const { latency: l1, count: n1, value: v1 } = baseline;
    const { latency: l2, count: n2, value: v2 } = current;
    const sampling =
      l2 && n2 && v2 !== undefined ? summaryLogVariance({ latency: l2, count: n2, value: v2 }, q) : undefined;
    const h = history && v2 !== undefined ? historyNoiseTest(history, v2, band, sampling ?? 0) : undefined;
    if (h)
      return {
        ci: h.ci,
        pValue: h.pValue,
        method: h.kind === 'robust' ? 'history-robust' : 'history-t',
        history: h,
      };
    // Without one, the sampling noise of each summary, from its count and the percentiles around it.
    if (!l1 || !l2 || !n1 || !n2 || v1 === undefined || v2 === undefined) return undefined;
    const s = summaryDifference(
      { latency: l1, count: n1, value: v1 },
      { latency: l2, count: n2, value: v2 },
      q,
    );
    return s ? { ci: s.ci, pValue: s.pValue, method: 'summary-order-statistic' } : undefined;
  }
  const d = quantileDifference(
    sketchRanks(baseline.sketch),
    sketchRanks(current.sketch),
    q,
    pooledRanks(baseline.sketch, current.sketch),
  );
  if (!d) return undefined;
  // With a history, the run must also lie outside the noise between runs; the p-value of the intersection-
  // union test is the larger of the two.
  const h =
    history && current.value !== undefined ? historyNoiseTest(history, current.value, band) : undefined;
  return {
    ci: d.ci,
    pValue: h ? Math.max(d.pValue, h.pValue) : d.pValue,
    method: 'order-statistic',
    ...(h ? { history: h } : {}),
  };
}

interface ThinTail {
  sentence: string;
  advice: string;
  reason: string;
}

/** Whether a percentile rests on too few samples beyond it, on the thinner side; undefined otherwise. */
function thinTail(metric: MetricId, baseline: MetricSide, current: MetricSide): ThinTail | undefined {
  const q = QUANTILE[metric];
  if (q === undefined || baseline.count === undefined || current.count === undefined) return undefined;
  const [side, count] =
    baseline.count <= current.count
      ? (['baseline', baseline.count] as const)
      : (['current', current.count] as const);
  const beyond = samplesBeyond(count, q);
  if (beyond >= MIN_TAIL_SAMPLES) return undefined;
  const needed = Math.ceil(MIN_TAIL_SAMPLES / (1 - q));
  const label = LABEL[metric];
  return {
    sentence: `${label} of the ${side} run rests on ${beyond} ${beyond === 1 ? 'sample' : 'samples'} above it (${count} requests)`,
    advice: `a run of at least ${needed} requests would decide it`,
    reason: `${label} rests on ${beyond} ${beyond === 1 ? 'sample' : 'samples'}: run longer (≥ ${needed} requests)`,
  };
}

/** "the 95 % prediction interval of the last 8 runs of the history, 41.2–47.9 ms". */
function describeBand(metric: MetricId, test: HistoryTest): string {
  const [lo, hi] = test.band;
  const robust = test.kind === 'robust' ? ' (median ± MAD)' : '';
  return `the 95 % prediction interval${robust} of the last ${test.runs} runs of the history, ${formatValue(metric, lo)}–${formatValue(metric, hi)}`;
}

function noiseNote(
  metric: MetricId,
  tested: Tested | undefined,
  baseline: MetricSide,
  current: MetricSide,
): string {
  const ci = tested?.ci;
  if (fromHistory(tested) && tested?.history)
    return ` It lies outside ${describeBand(metric, tested.history)}.`;
  const past = tested?.history ? ` It lies outside ${describeBand(metric, tested.history)} too.` : '';
  if (ci) return ` The 95 % CI of the change, ${formatInterval(metric, ci)}, excludes 0.${past}`;
  if (metric === 'error-rate') return ' No confidence interval: the request counts are not known.';
  if (metric === 'throughput') return ' No confidence interval: each run gives one throughput figure.';
  if (metric === 'mean') return ' No confidence interval: judged by the budget alone.';
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
