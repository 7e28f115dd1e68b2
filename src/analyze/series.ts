import type { Run, WindowStats } from '../results/model.js';
import type { TimeSpan } from './model.js';

/** The formats that carry per-window data, as a skipped detector names them. */
export const SERIES_FORMATS =
  'k6 --out json or csv, a JMeter JTL, an Artillery report, a Gatling simulation.log, Locust --csv history';

export const NEEDS_SERIES = `needs per-window data: ${SERIES_FORMATS} (this format has totals only)`;

/**
 * The windows a detector reads: the run's series without the empty windows before the first request and
 * after the last (a Locust history starts with rows of nothing, a k6 run ends with a teardown).
 */
export function activeWindows(run: Run): WindowStats[] | undefined {
  const series = run.series;
  if (!series || series.length === 0) return undefined;
  let first = 0;
  let last = series.length - 1;
  while (first <= last && series[first]!.count === 0) first++;
  while (last >= first && series[last]!.count === 0) last--;
  return series.slice(first, last + 1);
}

/** Seconds covered by the windows, first start to last end. */
export function coveredSeconds(windows: readonly WindowStats[]): number {
  if (windows.length === 0) return 0;
  const first = windows[0]!;
  const last = windows.at(-1)!;
  return (last.start - first.start) / 1000 + last.durationSec;
}

/** "run too short for this detector: 20 s of requests, it needs 60 s". */
export function tooShort(seconds: number, needs: number): string {
  return `run too short: ${Math.round(seconds)} s of requests, this detector needs ${needs} s`;
}

export function spanOf(from: WindowStats, to: WindowStats): TimeSpan {
  return { start: from.start, end: to.start + to.durationSec * 1000 };
}

/** "2 min 10 s" after the run's first window: windows are easier to find by offset than by clock time. */
export function offset(run: Run, at: number): string {
  const start = run.series?.[0]?.start ?? run.span?.start ?? at;
  return duration((at - start) / 1000);
}

export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  const rest = s % 60;
  if (m < 60) return rest ? `${m} min ${rest} s` : `${m} min`;
  const h = Math.floor(m / 60);
  return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
}

/** "from 2 min 10 s to 2 min 40 s into the run". */
export function windowText(run: Run, span: TimeSpan): string {
  return `${offset(run, span.start)} to ${offset(run, span.end)} into the run`;
}
