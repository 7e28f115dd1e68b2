/** Metrics a comparison judges. Latency in ms, error rate as a fraction, throughput in requests per second. */
export type MetricId = 'p50' | 'p90' | 'p95' | 'p99' | 'mean' | 'error-rate' | 'throughput';

export type Direction = 'lower-is-better' | 'higher-is-better';

export type Decision = 'regressed' | 'improved' | 'unchanged' | 'inconclusive';

/** How much worse a metric may get before it counts as a regression. Both limits must be exceeded. */
export interface Budget {
  /** Relative change allowed, in percent (10 = +10 %). */
  relative?: number;
  /** Absolute change allowed, in the metric's unit (ms, fraction, req/s). */
  absolute?: number;
  direction: Direction;
  /** Set in the configuration (`regression:`), not a loadgate default: the budget the user cares about. */
  configured?: boolean;
}

export interface MetricVerdict {
  metric: MetricId;
  unit: 'ms' | 'ratio' | 'req/s';
  baseline?: number;
  current?: number;
  /** current − baseline, in the metric's unit. */
  change?: number;
  /** Relative change in percent, when the baseline is not 0. */
  changePct?: number;
  /** 95 % confidence interval of `change`, when the data allow one (counts for rates, samples for latency). */
  ci?: [number, number];
  /**
   * How the change was tested: `order-statistic` (percentile intervals from both runs' sketches),
   * `two-proportion` (error rate from request and error counts), `poisson-rate` (throughput from request
   * counts and spans), `summary-order-statistic` (a percentile reported without samples: its order-statistic
   * interval interpolated in the report's other percentiles, `summary-interval.ts`), `history-t` (reported percentiles against a Student-t prediction interval of the
   * history's runs: `ci` is the current value minus that interval; `history-robust` the same around the median,
   * `regression.history-band: robust`), or `budget-only` (reported numbers: the
   * budget alone decides, with no estimate of noise).
   */
  method?:
    | 'order-statistic'
    | 'summary-order-statistic'
    | 'two-proportion'
    | 'poisson-rate'
    | 'history-t'
    | 'history-robust'
    | 'budget-only';
  /** Two-sided p-value of the change, when it was tested. */
  pValue?: number;
  /** Benjamini-Hochberg adjusted p-value over every test of the comparison. */
  qValue?: number;
  /** Requests behind the statistic on each side, when known. */
  samples?: { baseline: number; current: number };
  /** Short: what would decide an inconclusive metric ("p99 rests on 5 samples: run longer"). */
  reason?: string;
  budget: Budget;
  decision: Decision;
  /** One sentence: why this decision. */
  why: string;
  /** With repeated runs on a side: min and max of the metric over that side's runs (`src/compare/repeated-runs.ts`). */
  spread?: {
    baseline?: { min: number; max: number; runs: number };
    current?: { min: number; max: number; runs: number };
  };
}

export interface EndpointComparison {
  /** The name as the tool names it. */
  name: string;
  method?: string;
  path?: string;
  /** `both`, or the side the endpoint is missing from. */
  presence: 'both' | 'baseline-only' | 'current-only';
  metrics: MetricVerdict[];
  decision: Decision;
}

export type ComparisonVerdict = 'pass' | 'regressed' | 'inconclusive' | 'not-comparable';

export interface RunRef {
  file: string;
  tool: string;
  format: string;
  version?: string;
  commit?: string;
  /** The branch or tag the run was made on (run@2 provenance or run@1 `meta`). */
  ref?: string;
  /** When the run file was written, ISO 8601. */
  createdAt?: string;
  /** "main@abc1234, 2 days old": the line reports show, set by the engine (it knows the time). */
  origin?: string;
  /** Where the baseline was found: "artifact loadgate-baseline of run #123", or the fallback and why. */
  source?: string;
}

export interface Comparison {
  baseline: RunRef;
  current: RunRef;
  /** False when the load profiles differ: the numbers are then not judged. */
  comparable: boolean;
  /** Why not comparable: "baseline ran 20 VUs, current 50 VUs". */
  reasons: string[];
  /** The overall row first, then one per endpoint. */
  endpoints: EndpointComparison[];
  verdict: ComparisonVerdict;
  /** How many repeated runs each side's numbers are the median of, when more than one. */
  runs?: { baseline: number; current: number };
  /** Set when the latencies look like different units (seconds vs ms): the reason, also first in `reasons`. */
  unitMismatch?: string;
  profile: {
    baseline: import('../results/model.js').LoadProfile;
    current: import('../results/model.js').LoadProfile;
  };
}
