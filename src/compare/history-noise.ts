import { studentTwoSidedP } from '../history/student-t.js';
import { twoSidedP, Z95 } from './confidence.js';

import { MIN_HISTORY_RUNS, type HistoryBand } from './decision-defaults.js';

export { DEFAULT_HISTORY_WINDOW, MIN_HISTORY_RUNS, type HistoryBand } from './decision-defaults.js';

export interface HistoryTest {
  /** The band's kind (`t` unless `robust` was asked for). */
  kind: HistoryBand;
  /** 95 % interval of the current value's departure from what the history predicts, in the metric's unit. */
  ci: [number, number];
  pValue: number;
  /** Past runs the prediction rests on. */
  runs: number;
  /** The 95 % prediction interval of the next run's value. */
  band: [number, number];
}

/**
 * How far one run's reported percentile lies from the runs before it, when nothing but reported numbers is
 * known (a k6 summary, Locust's stats CSV, an Artillery report): a Student-t prediction interval for the next
 * observation of the history's values, as Bencher's t-test threshold does. With y₁…yₙ the history's values
 * on the log scale (run-to-run variation of latency is multiplicative: a slower runner scales every latency),
 * ȳ their mean and s their standard deviation, a new run y of the same, unchanged system satisfies
 *   T = (y − ȳ) / (s · √(1 + 1/n))  ~  t with n − 1 degrees of freedom
 * (normal, independent runs), so the two-sided p-value of T is the test of "this run is one more of those",
 * and its 95 % band exp(ȳ ± t₀.₉₇₅ · s · √(1 + 1/n)) the prediction interval. Unlike one run against one
 * baseline, this sees every source of run-to-run noise at once: sampling, the runner, the rounding of the
 * reported numbers.
 *
 * With `kind: robust` the centre is the median and σ is estimated from the median absolute deviation
 * (1.4826 · MAD, corrected for small n), with the t multiplier of the fewer degrees of freedom a MAD is worth
 * (37 % of n − 1: it is the less efficient estimate, and a band from 4 runs' MAD must be wide): a history with one outlying run (a slow
 * spell of a shared runner) no longer widens the band for every later run, as its standard deviation does.
 * The price: when outlying runs are part of the runner's normal noise, the next one is called. It is an
 * option (`regression.history-band: robust`), not the default.
 *
 * Reported numbers are rounded (Locust reports whole milliseconds, tens above 100 ms): runs that all round to
 * the same number show s = 0 though the value moves within the rounding step. The rounding error, uniform on
 * ± w/2 for a step w, has variance w²/12, which is taken as the least variance the values can have.
 */
export function historyNoiseTest(
  history: readonly number[],
  current: number,
  kind: HistoryBand = 't',
  samplingVariance = 0,
): HistoryTest | undefined {
  const values = history.filter((v) => Number.isFinite(v) && v > 0);
  const n = values.length;
  if (n < MIN_HISTORY_RUNS || !(current > 0)) return undefined;
  const logs = values.map(Math.log);
  const robust = kind === 'robust';
  const centreLog = robust ? median(logs) : logs.reduce((a, b) => a + b, 0) / n;
  const variance = robust
    ? (MAD_TO_SD * madCorrection(n) * median(logs.map((x) => Math.abs(x - centreLog)))) ** 2
    : logs.reduce((a, b) => a + (b - centreLog) ** 2, 0) / (n - 1);
  const centre = Math.exp(centreLog);
  // The rounding step's variance, carried to the log scale at the history's centre (delta method).
  const step = roundingStep([...values, current]);
  const rounding = (step / centre) ** 2 / 12;
  // A robust band is never narrower than one run's sampling noise (`samplingVariance`, log scale, from the
  // current run's request count and percentiles, `summary-interval.ts`): Artillery's percentiles come from
  // a sketch whose buckets are ~2 % apart, so three of four runs can report the same p95 and a MAD of 0
  // (five false alarms in 20 real A/A pairs without it). That floor is known, not estimated: when it is the
  // larger, the normal quantile applies. The t band keeps the rounding floor only: its standard deviation
  // already holds the sampling noise, and the order-statistic interval of a p99 from a summary is wider
  // than the p99's real spread between runs.
  const sampled = robust && samplingVariance > variance;
  const floor = Math.max(rounding, robust ? samplingVariance : 0);
  // The centre's own error: σ²/n for the mean, about π/2 · σ²/n for the median of a normal sample.
  const scale = Math.sqrt(Math.max(variance, floor) * (1 + (robust ? Math.PI / 2 : 1) / n));
  // The MAD is a noisier scale than the standard deviation (37 % of its efficiency for normal values), so
  // it earns fewer degrees of freedom: a band from 4 runs' MAD is as uncertain as one from 2 runs' sd.
  const df = robust ? Math.max(1, MAD_EFFICIENCY * (n - 1)) : n - 1;
  const t = (Math.log(current) - centreLog) / scale;
  const q = sampled ? Z95 : tQuantile975(df);
  const band: [number, number] = [Math.exp(centreLog - q * scale), Math.exp(centreLog + q * scale)];
  return {
    ci: [current - band[1], current - band[0]],
    pValue: sampled ? twoSidedP(t) : studentTwoSidedP(t, df),
    runs: n,
    band,
    kind,
  };
}

/** Asymptotic efficiency of the MAD relative to the standard deviation for normal values (Rousseeuw and Croux 1993). */
const MAD_EFFICIENCY = 0.37;

/** 1/Φ⁻¹(3/4): the MAD of a normal sample estimates σ / 1.4826. */
const MAD_TO_SD = 1.4826;

/**
 * Small-sample correction of the MAD's consistency factor (Croux and Rousseeuw 1992, Table 1): for n ≤ 9 the
 * MAD underestimates σ by as much as a third; beyond, n / (n − 0.8).
 */
function madCorrection(n: number): number {
  const table: Record<number, number> = { 4: 1.363, 5: 1.206, 6: 1.2, 7: 1.14, 8: 1.129, 9: 1.107 };
  return table[n] ?? n / (n - 0.8);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The coarsest power of ten (0.001 ms to 1 s) that every value is a whole multiple of: the precision the
 * numbers were reported with. Values stored with three decimals give 0.001 whatever they measure.
 */
export function roundingStep(values: readonly number[]): number {
  for (const step of [1000, 100, 10, 1, 0.1, 0.01]) {
    if (values.every((v) => Math.abs(v / step - Math.round(v / step)) < 1e-6)) return step;
  }
  return 0.001;
}

const T975 = new Map<number, number>();

/** t₀.₉₇₅ with `df` degrees of freedom, by bisection on the two-sided p-value (0.05 at the quantile). */
export function tQuantile975(df: number): number {
  const known = T975.get(df);
  if (known !== undefined) return known;
  let lo = 0;
  let hi = 1000;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (studentTwoSidedP(mid, df) > 0.05) lo = mid;
    else hi = mid;
  }
  const q = (lo + hi) / 2;
  T975.set(df, q);
  return q;
}
