/**
 * The decision rule's defaults, apart from the statistics that use them: the config (`regression:` budgets)
 * reads them on every run, lint included, and must not load the tests to do so.
 */

/** Fewer past runs than this leave the noise unknown: the metric is judged as before (budget only). */
export const MIN_HISTORY_RUNS = 4;

/** How many of the latest runs of the history the noise is learned from, unless `history-window` says. */
export const DEFAULT_HISTORY_WINDOW = 20;

/**
 * Benjamini-Hochberg's level: at most 1 % of the regressions a comparison names are expected to be false. At 5 %,
 * real A/A pairs were called (autocannon: 9 → 21 failed checkouts of 1,230, p = 0.03; Locust: 2 → 13 of 600),
 * one pair in twenty, as a 5 % level promises; a false regression fails someone's build. Bencher's default
 * threshold boundary is the same 99 %.
 */
export const DEFAULT_FALSE_DISCOVERY_RATE = 0.01;

/**
 * How the band is drawn: `t`, a Student-t prediction interval around the mean (normal run-to-run noise), or
 * `robust`, around the median with a scale from the median absolute deviation, which one outlying run (a
 * slow spell of a shared runner) does not widen, as Bencher's IQR thresholds do not.
 */
export type HistoryBand = 't' | 'robust';
