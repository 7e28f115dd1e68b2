import type { WindowStats } from '../results/model.js';
import type { Detector } from './detector.js';
import type { AnalysisFinding } from './model.js';
import { count, ms, pct, rate, round } from './numbers.js';
import { activeWindows, coveredSeconds, NEEDS_SERIES, offset, spanOf, tooShort } from './series.js';
import { maxOf } from '../util/extremes.js';

/** Windows needed: a knee is a change of trend, which takes a few points on each side. */
const MIN_WINDOWS = 6;
/** Load must rise this much past the knee for a plateau to mean anything. */
const LOAD_RISE = 1.3;
/** Throughput may still creep up this much and count as flat. */
const FLAT = 1.1;
/** p95 must climb this much, and by at least MIN_CLIMB_MS. */
const CLIMB = 1.5;
const MIN_CLIMB_MS = 20;
/** Windows with fewer requests are too noisy for a rate or a p95. */
const MIN_REQUESTS = 10;
/** Later windows that must show the plateau: one alone is noise. */
const SUPPORT = 2;

interface Point {
  w: WindowStats;
  load: number;
  throughput: number;
  p95: number;
}

export const saturationKnee: Detector = {
  id: 'saturation-knee',
  title: 'Throughput limit (saturation knee)',
  fires:
    'Load (active virtual users, or arrivals per second for open models) rises by 30 % or more past a window while throughput (successful requests per second) stays within 10 % of that window and p95 climbs by half or more (and by 20 ms), in at least two later windows. Needs 6 windows with 10 requests or more; the first and last windows, usually cut short, are left out.',
  indicates:
    'The system under test reached its capacity at that load: more users only queue, so latency rises and throughput does not. The load level named is where the knee began.',
  action:
    'Find the resource saturated at that load (CPU, a connection or thread pool, the database) and scale that tier or raise that limit; until then, that load is the capacity to plan with.',
  needs: ['series', 'series-load'],
  detect({ current: run }) {
    const windows = activeWindows(run);
    if (!windows) return { skipped: NEEDS_SERIES };
    if (!windows.some((w) => w.vus !== undefined || w.arrivals !== undefined))
      return {
        skipped:
          'needs the load per window (active virtual users or arrivals): k6 --out json, a JMeter JTL with allThreads, a Gatling simulation.log, Locust --csv history, an Artillery report',
      };
    // The first and last windows are usually cut short (a partial period, the ramp-down): their rates lie.
    const points = loadPoints(windows.slice(1, -1));
    if (points.length < MIN_WINDOWS)
      return { skipped: tooShort(coveredSeconds(windows), MIN_WINDOWS * (windows[0]?.durationSec ?? 10)) };
    const knee = findKnee(points);
    if (!knee) return [];
    const { at, later } = knee;
    const last = later.at(-1)!;
    const peakLoad = maxOf(later.map((p) => p.load));
    const worstP95 = maxOf(later.map((p) => p.p95));
    const laterThroughput = later.reduce((s, p) => s + p.throughput, 0) / later.length;
    const openModel = at.w.vus === undefined;
    const unit = (n: number): string =>
      openModel ? `${rate(n).replace('req/s', 'arrivals/s')}` : `${count(n)} VUs`;
    const finding: AnalysisFinding = {
      detector: 'saturation-knee',
      severity: worstP95 >= 3 * at.p95 ? 'high' : 'medium',
      message: `Throughput stopped rising at about ${rate(at.throughput)} once load reached ${unit(at.load)} (${offset(run, at.w.start)} into the run): load rose to ${unit(peakLoad)} (+${pct(peakLoad / at.load - 1)}) while throughput stayed at ${rate(laterThroughput)} and p95 climbed from ${ms(at.p95)} to ${ms(worstP95)}.`,
      window: spanOf(at.w, last.w),
      recommendation: `Find the resource saturated at ${unit(at.load)} (CPU, a connection or thread pool, the database) and scale that tier or raise its pool; plan with about ${rate(at.throughput)} as the capacity until then.`,
      evidence: {
        kneeLoad: round(at.load),
        kneeThroughput: round(at.throughput),
        kneeP95: round(at.p95),
        peakLoad: round(peakLoad),
        laterThroughput: round(laterThroughput),
        worstP95: round(worstP95),
        load: openModel ? 'arrivals/s' : 'VUs',
      },
    };
    return [finding];
  },
};

/** The windows with a load, a rate and a p95; a window's missing VU count is the last one seen (Gatling). */
function loadPoints(windows: readonly WindowStats[]): Point[] {
  const points: Point[] = [];
  let vus: number | undefined;
  for (const w of windows) {
    if (w.vus !== undefined) vus = w.vus;
    const load = w.arrivals !== undefined && w.vus === undefined ? w.arrivals / w.durationSec : vus;
    if (
      load === undefined ||
      load <= 0 ||
      w.p95 === undefined ||
      w.count < MIN_REQUESTS ||
      w.durationSec <= 0
    )
      continue;
    // Successful requests: failures that return fast would otherwise pass for throughput.
    points.push({ w, load, throughput: (w.count - w.errors) / w.durationSec, p95: w.p95 });
  }
  return points;
}

/**
 * The first window past which load keeps rising while throughput stays flat and p95 climbs: the knee. Its
 * throughput must be near the best seen so far, so a dip is not taken for a plateau.
 */
function findKnee(points: readonly Point[]): { at: Point; later: Point[] } | undefined {
  let best = 0;
  for (let k = 0; k < points.length - SUPPORT; k++) {
    const at = points[k]!;
    best = Math.max(best, at.throughput);
    if (at.throughput < 0.8 * best) continue;
    const later = points
      .slice(k + 1)
      .filter(
        (p) =>
          p.load >= LOAD_RISE * at.load &&
          p.throughput <= FLAT * at.throughput &&
          p.p95 >= CLIMB * at.p95 &&
          p.p95 - at.p95 >= MIN_CLIMB_MS,
      );
    // Load that rose without the plateau (throughput followed it) is no knee, however late the plateau.
    const rose = points.slice(k + 1).filter((p) => p.load >= LOAD_RISE * at.load);
    if (later.length >= SUPPORT && later.length * 2 >= rose.length) return { at, later };
  }
  return undefined;
}
