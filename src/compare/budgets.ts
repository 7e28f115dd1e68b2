import {
  DEFAULT_FALSE_DISCOVERY_RATE,
  DEFAULT_HISTORY_WINDOW,
  MIN_HISTORY_RUNS,
  type HistoryBand,
} from './decision-defaults.js';
import type { Budget, Direction, MetricId } from './model.js';

/** One metric's budget as a user writes it. `true` judges the metric with loadgate's defaults. */
export interface MetricBudgetSetting {
  /** Relative worsening allowed, in percent (10 = 10 %). */
  relative?: number;
  /**
   * Absolute worsening allowed, the noise floor: ms for latency, PERCENTAGE POINTS for `error-rate`
   * (0.5 = 0.5 pp), requests per second for `throughput`.
   */
  absolute?: number;
  direction?: Direction;
}

/**
 * The regression budget, also the `regression` key of `.loadgate.yml`. One flat object: a key per metric
 * (`p50`, `p90`, `p95`, `p99`, `mean`, `error-rate`, `throughput`) holding its budget, `false` to not judge it
 * or `true` for the defaults, plus two run-level settings:
 *
 * ```yaml
 * regression:
 *   p95: { relative: 15, absolute: 10 }  # ms; regressed only beyond +15 % AND +10 ms
 *   p99: false                           # not judged
 *   mean: true                           # judged with the defaults (+10 %, +5 ms)
 *   error-rate: { absolute: 1 }          # percentage points
 *   profile-tolerance: 20                # % the load profiles may differ (VUs, rate, duration, iterations)
 *   min-requests: 100                    # fewer requests on either side → inconclusive
 *   false-discovery-rate: 0.01           # Benjamini-Hochberg level per family of a comparison's tests
 *   history-window: 20                   # past runs (--history) whose noise judges reported percentiles
 *   history-band: t                      # t prediction interval, or robust (median ± MAD)
 * ```
 *
 * A metric's fields are merged over its default, so `p95: { relative: 15 }` keeps the +5 ms floor; set a
 * limit to 0 to drop it. Defaults: p50/p95/p99 +10 % and +5 ms, error rate +0.5 pp, throughput −10 %,
 * p90 and mean off, profile tolerance 10 %, min-requests 30.
 */
export type BudgetConfig = { [M in MetricId]?: MetricBudgetSetting | boolean } & {
  'profile-tolerance'?: number;
  'min-requests'?: number;
  /** Benjamini-Hochberg level over all endpoint × metric tests of a comparison (0.01). */
  'false-discovery-rate'?: number;
  /**
   * How many of the history's latest runs (of the same tool) a percentile is judged against (a Student-t
   * prediction interval of their values: it decides a percentile reported without samples, and one with
   * samples must lie outside it too); at least MIN_HISTORY_RUNS are needed. Default 20.
   */
  'history-window'?: number;
  'history-band'?: HistoryBand;
};

/** Budgets ready to judge with: absolute limits in the metric's own unit (error rate as a fraction). */
export interface ResolvedBudgets {
  /** Judged metrics, in the order verdicts are listed. */
  metrics: { metric: MetricId; budget: Budget }[];
  profileTolerancePct: number;
  minRequests: number;
  falseDiscoveryRate: number;
  historyWindow: number;
  historyBand: HistoryBand;
}

export const METRIC_IDS: readonly MetricId[] = [
  'p50',
  'p90',
  'p95',
  'p99',
  'mean',
  'error-rate',
  'throughput',
];

const LATENCY_DEFAULT: Budget = { relative: 10, absolute: 5, direction: 'lower-is-better' };

/** Each metric's budget when judged, and whether it is judged when the config does not mention it. */
const DEFAULTS: Record<MetricId, { budget: Budget; enabled: boolean }> = {
  p50: { budget: LATENCY_DEFAULT, enabled: true },
  p90: { budget: LATENCY_DEFAULT, enabled: false },
  p95: { budget: LATENCY_DEFAULT, enabled: true },
  p99: { budget: LATENCY_DEFAULT, enabled: true },
  mean: { budget: LATENCY_DEFAULT, enabled: false },
  // Absolute only: a relative budget on a rate that starts near 0 flags 0.1 % → 0.2 % as +100 %.
  'error-rate': { budget: { absolute: 0.005, direction: 'lower-is-better' }, enabled: true },
  throughput: { budget: { relative: 10, direction: 'higher-is-better' }, enabled: true },
};

export const DEFAULT_PROFILE_TOLERANCE_PCT = 10;
export const DEFAULT_MIN_REQUESTS = 30;

/** The user's budget config over the defaults. Never throws; the config loader has validated the shape. */
export function resolveBudgets(config: BudgetConfig = {}): ResolvedBudgets {
  const metrics: ResolvedBudgets['metrics'] = [];
  for (const metric of METRIC_IDS) {
    const setting = config[metric];
    const { budget: base, enabled } = DEFAULTS[metric];
    if (setting === false || (setting === undefined && !enabled)) continue;
    const budget: Budget = { ...base };
    if (setting !== undefined) budget.configured = true;
    if (typeof setting === 'object') {
      if (setting.relative !== undefined) budget.relative = setting.relative;
      // Users write error-rate floors in percentage points; verdicts use the rate's own unit, a fraction.
      if (setting.absolute !== undefined)
        budget.absolute = metric === 'error-rate' ? setting.absolute / 100 : setting.absolute;
      if (setting.direction !== undefined) budget.direction = setting.direction;
    }
    metrics.push({ metric, budget });
  }
  return {
    metrics,
    profileTolerancePct: config['profile-tolerance'] ?? DEFAULT_PROFILE_TOLERANCE_PCT,
    minRequests: config['min-requests'] ?? DEFAULT_MIN_REQUESTS,
    falseDiscoveryRate: config['false-discovery-rate'] ?? DEFAULT_FALSE_DISCOVERY_RATE,
    historyWindow: config['history-window'] ?? DEFAULT_HISTORY_WINDOW,
    historyBand: config['history-band'] ?? 't',
  };
}

const metricBudgetSchema = {
  anyOf: [
    {
      type: 'boolean',
      description: 'false: do not judge this metric; true: judge it with the default budget.',
    },
    {
      type: 'object',
      additionalProperties: false,
      properties: {
        relative: {
          type: 'number',
          minimum: 0,
          description: 'Relative worsening allowed, in percent (10 = 10 %).',
        },
        absolute: {
          type: 'number',
          minimum: 0,
          description:
            'Absolute worsening allowed (noise floor): ms for latency, percentage points for error-rate, requests/s for throughput.',
        },
        direction: {
          enum: ['lower-is-better', 'higher-is-better'],
          description:
            'Which way is better. Default: lower for latency and error rate, higher for throughput.',
        },
      },
    },
  ],
};

/** JSON Schema of `BudgetConfig`, the `regression` key of `.loadgate.yml` (valid in draft-07 and 2020-12). */
export const budgetConfigSchema: Record<string, unknown> = {
  type: 'object',
  description:
    'Regression budget: a metric regresses only when it worsens beyond BOTH its relative and its absolute limit.',
  additionalProperties: false,
  properties: {
    p50: { ...metricBudgetSchema, description: 'Median latency. Default: +10 % and +5 ms.' },
    p90: {
      ...metricBudgetSchema,
      description: '90th percentile latency. Default: not judged (true: +10 % and +5 ms).',
    },
    p95: { ...metricBudgetSchema, description: '95th percentile latency. Default: +10 % and +5 ms.' },
    p99: { ...metricBudgetSchema, description: '99th percentile latency. Default: +10 % and +5 ms.' },
    mean: {
      ...metricBudgetSchema,
      description: 'Mean latency. Default: not judged (true: +10 % and +5 ms).',
    },
    'error-rate': {
      ...metricBudgetSchema,
      description: 'Failed requests / requests. Default: +0.5 percentage points.',
    },
    throughput: { ...metricBudgetSchema, description: 'Requests per second. Default: −10 %.' },
    'profile-tolerance': {
      type: 'number',
      minimum: 0,
      description:
        'How much (percent) the load profiles may differ before runs are not comparable. Default 10.',
    },
    'min-requests': {
      type: 'integer',
      minimum: 0,
      description: 'Fewer requests than this on either side makes a row inconclusive. Default 30.',
    },
    'false-discovery-rate': {
      type: 'number',
      exclusiveMinimum: 0,
      maximum: 1,
      description:
        "Benjamini-Hochberg level over the tests of one comparison, in three families (every error rate; the overall row's other tests; the endpoints' other tests): the share of named regressions that may be false. Default 0.01.",
    },
    'history-window': {
      type: 'integer',
      minimum: MIN_HISTORY_RUNS,
      description: `With a history (--history): how many of its latest runs of the same tool a percentile is judged against, by a Student-t prediction interval of their values (it decides a percentile reported without samples; one with samples must lie outside it too). At least ${MIN_HISTORY_RUNS} runs are needed. Default ${DEFAULT_HISTORY_WINDOW}.`,
    },
    'history-band': {
      enum: ['t', 'robust'],
      description:
        "With a history: how its band is drawn. t (default): a Student-t prediction interval around the mean; robust: around the median, with a scale from the median absolute deviation, so one outlying past run does not widen it (as Bencher's IQR thresholds).",
    },
  },
};
