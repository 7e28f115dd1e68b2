import { studentTwoSidedP } from '../history/student-t.js';

/** Fewer past runs than this leave the noise unknown: the metric is judged as before (budget only). */
export const MIN_HISTORY_RUNS = 4;

/** How many of the latest runs of the history the noise is learned from, unless `history-window` says. */
export const DEFAULT_HISTORY_WINDOW = 20;

export interface HistoryTest {
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
 * Reported numbers are rounded (Locust reports whole milliseconds, tens above 100 ms): runs that all round to
 * the same number show s = 0 though the value moves within the rounding step. The rounding error, uniform on
 * ± w/2 for a step w, has variance w²/12, which is taken as the least variance the values can have.
 */
export function historyNoiseTest(history: readonly number[], current: number): HistoryTest | undefined {
  const values = history.filter((v) => Number.isFinite(v) && v > 0);
  const n = values.length;
  if (n < MIN_HISTORY_RUNS || !(current > 0)) return undefined;
  const logs = values.map(Math.log);
  const mean = logs.reduce((a, b) => a + b, 0) / n;
  const variance = logs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
  const centre = Math.exp(mean);
  // The rounding step's variance, carried to the log scale at the history's centre (delta method).
  const step = roundingStep([...values, current]);
  const floor = (step / centre) ** 2 / 12;
  const scale = Math.sqrt(Math.max(variance, floor) * (1 + 1 / n));
  const df = n - 1;
  const t = (Math.log(current) - mean) / scale;
  const q = tQuantile975(df);
  const band: [number, number] = [Math.exp(mean - q * scale), Math.exp(mean + q * scale)];
  return { ci: [current - band[1], current - band[0]], pValue: studentTwoSidedP(t, df), runs: n, band };
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
