import type { Run, WindowStats } from '../results/model.js';
import type { Detector } from './detector.js';
import { adviceFor, failingEndpoints, kindsText, topKinds } from './error-kinds.js';
import type { AnalysisFinding } from './model.js';
import { count, pct, round } from './numbers.js';
import { activeWindows, coveredSeconds, NEEDS_SERIES, spanOf, tooShort, windowText } from './series.js';

const MIN_WINDOWS = 3;
/** A burst: a window failing at 3× the run's rate and at 10 % or more, with 5 errors or more. */
const BURST_FACTOR = 3;
const BURST_RATE = 0.1;
const BURST_ERRORS = 5;
/** A rising failure rate: the last third of the run fails at 2× the first third, at 5 % or more. */
const RISE_FACTOR = 2;
const RISE_RATE = 0.05;
const RISE_ERRORS = 10;
/** A rise is from a run that worked: its first third failed less than this. */
const RISE_FROM = 0.2;
const MAX_BURSTS = 3;

export const errorBurst: Detector = {
  id: 'error-burst',
  title: 'Error bursts and a rising failure rate',
  fires:
    'A burst: a window (or a run of adjacent windows) fails at three times the run’s failure rate or more, at 10 % or more and with 5 errors or more. A rise: the last third of the run fails at twice the first third or more, at 5 % or more and with 10 errors or more, after a first third that failed less than 20 %. The first window is left to failing-from-start, and a rise made mostly of a burst already told is not told again.',
  indicates:
    'Something gave out for a while (a restart, a full pool, a dependency, a deployment) or kept getting worse as the run went on (a leak, a growing queue). Grouped by status code or error message, with the endpoints that produced them.',
  action:
    'Read the service logs for that window and fix the cause the error kinds point at: scale the tier or raise its pools when it saturated, fix credentials or URLs when the failures are 4xx.',
  needs: ['series', 'errors-by-kind'],
  detect({ current: run }) {
    const windows = activeWindows(run);
    if (!windows) return { skipped: NEEDS_SERIES };
    if (windows.length < MIN_WINDOWS)
      return { skipped: tooShort(coveredSeconds(windows), MIN_WINDOWS * (windows[0]?.durationSec ?? 10)) };
    const requests = sum(windows, 'count');
    const errors = sum(windows, 'errors');
    if (errors === 0 || requests === 0) return [];
    const runRate = errors / requests;
    const kinds = topKinds(run.overall);
    // A run failing a third of its requests or more has no window three times worse: only a rise is told.
    const found = bursts(windows.slice(1), runRate);
    const findings: AnalysisFinding[] = [...found]
      .sort((a, b) => sum(b, 'errors') - sum(a, 'errors'))
      .slice(0, MAX_BURSTS)
      .map((burst) => burstFinding(run, burst, runRate, kinds));
    const rising = risingRate(run, windows, kinds, new Set(found.flat()));
    if (rising) findings.push(rising);
    return findings;
  },
};

function burstFinding(
  run: Run,
  burst: WindowStats[],
  runRate: number,
  kinds: [string, number][],
): AnalysisFinding {
  const n = sum(burst, 'count');
  const e = sum(burst, 'errors');
  const span = spanOf(burst[0]!, burst.at(-1)!);
  const sources = failingEndpoints(run, kinds[0]?.[0]);
  const endpoint = onlySource(sources);
  return {
    detector: 'error-burst',
    severity: e / n >= 0.5 ? 'high' : 'medium',
    message: `Errors burst to ${pct(e / n)} of requests (${count(e)} of ${count(n)}) ${windowText(run, span)}, against ${pct(runRate)} over the whole run${describe(kinds, sources)}.`,
    ...(endpoint ? { endpoint } : {}),
    window: span,
    recommendation: adviceFor(kinds),
    evidence: {
      errors: e,
      requests: n,
      burstRate: round(e / n),
      runRate: round(runRate),
      ...(kinds.length ? { kinds: kindsText(kinds) } : {}),
    },
  };
}

function risingRate(
  run: Run,
  windows: WindowStats[],
  kinds: [string, number][],
  inBursts: ReadonlySet<WindowStats>,
): AnalysisFinding | undefined {
  if (windows.length < 6) return undefined;
  const third = Math.floor(windows.length / 3);
  const first = windows.slice(0, third);
  const last = windows.slice(-third);
  const firstRate = sum(first, 'errors') / Math.max(1, sum(first, 'count'));
  const lastErrors = sum(last, 'errors');
  const lastRate = lastErrors / Math.max(1, sum(last, 'count'));
  if (lastRate < RISE_RATE || lastErrors < RISE_ERRORS || lastRate < RISE_FACTOR * firstRate)
    return undefined;
  // A run that failed from its first third is failing-from-start's news, not a rise.
  if (firstRate >= RISE_FROM) return undefined;
  // A rise made of a burst already told is the same news.
  if (
    sum(
      last.filter((w) => inBursts.has(w)),
      'errors',
    ) >=
    lastErrors / 2
  )
    return undefined;
  const sources = failingEndpoints(run, kinds[0]?.[0]);
  const endpoint = onlySource(sources);
  const span = spanOf(last[0]!, last.at(-1)!);
  return {
    detector: 'error-burst',
    severity: lastRate >= 0.2 ? 'high' : 'medium',
    message: `The failure rate rose over the run: ${pct(firstRate)} in its first third, ${pct(lastRate)} in its last (${windowText(run, span)})${describe(kinds, sources)}.`,
    ...(endpoint ? { endpoint } : {}),
    window: span,
    recommendation: `${adviceFor(kinds)} A rate that keeps rising points at something that accumulates (a leak, a growing queue, a pool that is not given back).`,
    evidence: {
      firstThirdRate: round(firstRate),
      lastThirdRate: round(lastRate),
      lastThirdErrors: lastErrors,
    },
  };
}

/** Adjacent windows failing far above the run's rate, grouped. */
function bursts(windows: readonly WindowStats[], runRate: number): WindowStats[][] {
  const threshold = Math.max(BURST_FACTOR * runRate, BURST_RATE);
  const groups: WindowStats[][] = [];
  let open: WindowStats[] | undefined;
  for (const w of windows) {
    const hot = w.count > 0 && w.errors >= BURST_ERRORS && w.errors / w.count >= threshold;
    if (hot) {
      if (!open) groups.push((open = []));
      open.push(w);
    } else open = undefined;
  }
  return groups;
}

/** "; kinds over the run: HTTP 500 ×40; from GET /a (30), GET /b (10)" */
function describe(kinds: [string, number][], sources: { name: string; errors: number }[]): string {
  const parts: string[] = [];
  if (kinds.length) parts.push(`errors over the run: ${kindsText(kinds)}`);
  if (sources.length) parts.push(`from ${sources.map((s) => `${s.name} (${count(s.errors)})`).join(', ')}`);
  return parts.length ? `; ${parts.join('; ')}` : '';
}

/** The endpoint a finding names: the one that produced at least 80 % of the errors listed. */
function onlySource(sources: { name: string; errors: number }[]): string | undefined {
  const total = sources.reduce((s, x) => s + x.errors, 0);
  const top = sources[0];
  return top && top.errors >= 0.8 * total ? top.name : undefined;
}

function sum(windows: readonly WindowStats[], key: 'count' | 'errors'): number {
  return windows.reduce((s, w) => s + w[key], 0);
}
