import type { Scenario, Workload } from '../model.js';
import { getValue } from '../value.js';
import type { ProfilePoint, TestType } from './model.js';
import { maxOf } from '../../util/extremes.js';
import { formatDuration } from '../../util/duration.js';

/**
 * Names say intent; they win over shape. The words of Grafana's test-type guide and their common synonyms
 * ("endurance" and "longevity" tests are soak tests, "capacity" tests breakpoint tests).
 */
const BY_NAME: readonly [RegExp, TestType][] = [
  [/smoke/i, 'smoke'],
  [/soak|endurance|longevity/i, 'soak'],
  [/spike/i, 'spike'],
  [/stress/i, 'stress'],
  [/break-?point|capacity/i, 'breakpoint'],
  [/average[-_ ]?load|avg[-_]?load/i, 'average-load'],
];

export function typeInName(text: string): TestType | undefined {
  return BY_NAME.find(([pattern]) => pattern.test(text))?.[1];
}

/**
 * The type a scenario declares: a workload's own name or k6 `tags.test_type` first (when the workloads that
 * name one agree), then the k6 global `tags.test_type`, the file name and its folders, nearest first.
 */
export function declaredType(scenario: Scenario): { type: TestType; by: string } | undefined {
  const own = scenario.workloads
    .map((w) => workloadDeclares(scenario, w))
    .filter((d): d is { type: TestType; by: string } => d !== undefined);
  if (own.length > 0 && own.every((d) => d.type === own[0]!.type)) return own[0];
  const texts: string[] = [];
  if (scenario.tool === 'k6') {
    const t = getValue(getValue(scenario.native, 'tags'), 'test_type');
    if (t?.kind === 'string') texts.push(t.value);
  }
  texts.push(...scenario.file.replace(/\\/g, '/').split('/').reverse());
  for (const text of texts) {
    const type = typeInName(text);
    if (type) return { type, by: text };
  }
  return undefined;
}

/** The type one workload declares by its own name or k6 `tags.test_type`, if any. */
export function workloadDeclares(
  scenario: Scenario,
  workload: Workload,
): { type: TestType; by: string } | undefined {
  const texts: string[] = [];
  if (scenario.tool === 'k6') {
    const tags = getValue(getValue(getValue(scenario.native, 'scenarios'), workload.name), 'tags');
    const t = getValue(tags, 'test_type');
    if (t?.kind === 'string') texts.push(t.value);
  }
  if (workload.name !== 'default') texts.push(workload.name);
  for (const text of texts) {
    const type = typeInName(text);
    if (type) return { type, by: text };
  }
  return undefined;
}

const MIN = 60;
const HOUR = 3600;
/** Grafana's smoke tests run a minimal load: a handful of VUs for seconds or a few minutes. */
const SMOKE_PEAK = 5;
/**
 * A spike test is a sudden, massive rush of load; without the system's average to compare with, a rise to a few
 * dozen VUs is a short load test, not a spike: a spike reaches a hundred or more.
 */
const SPIKE_PEAK = 100;

interface Segment {
  from: number;
  to: number;
  durationSec: number;
}

/**
 * The type a load curve has, after Grafana's guide: ten minutes at most at a handful of VUs (or arrivals
 * per second) is a smoke test; an hour or more at the peak a soak test; a rise to a peak of 100 or more from
 * a fifth of it within two minutes, held two minutes at most, in a test of a quarter hour at most, a spike; three or more rising
 * plateaus a stress test; a climb from a fifth of the peak or less, of ten minutes or more, that never holds,
 * a breakpoint test; a hold of five
 * minutes or more an average-load test. Anything else is left unclassified rather than guessed.
 */
export function shapeType(
  points: readonly ProfilePoint[],
  unit: string,
): { type: TestType; why: string } | undefined {
  const segments = trim(toSegments(points));
  if (segments.length === 0) return undefined;
  const peak = maxOf(segments.flatMap((s) => [s.from, s.to]));
  if (peak <= 0) return undefined;
  const total = segments.reduce((n, s) => n + s.durationSec, 0);
  const atPeak = (v: number) => v >= peak * 0.95;
  const hold = segments.filter((s) => atPeak(s.from) && atPeak(s.to)).reduce((n, s) => n + s.durationSec, 0);
  const constant = segments.every((s) => s.from === s.to && s.from === segments[0]!.from);
  const load = `${formatLoad(peak)}${unit}`;

  if (peak <= SMOKE_PEAK && total <= 10 * MIN)
    return { type: 'smoke', why: `${load} for ${formatDuration(total)}` };
  if (hold >= HOUR) return { type: 'soak', why: `${formatDuration(hold)} at ${load}` };
  if (isSpike(segments, peak) && hold <= 2 * MIN && total <= 15 * MIN)
    return { type: 'spike', why: `rises to ${load} within 2 min and leaves it again` };
  const plateaus = risingPlateaus(segments);
  if (plateaus >= 3) return { type: 'stress', why: `${plateaus} rising plateaus up to ${load}` };
  const rising = segments.every((s) => s.to >= s.from);
  const fromLow = segments[0]!.from <= peak * 0.2;
  if (hold === 0 && !constant && rising && fromLow && peak > SMOKE_PEAK && total >= 10 * MIN)
    return { type: 'breakpoint', why: `climbs to ${load} over ${formatDuration(total)} without a plateau` };
  if (hold >= 5 * MIN) return { type: 'average-load', why: `${formatDuration(hold)} at ${load}` };
  return undefined;
}

/** Seconds a curve spends within 5 % of its peak. */
export function peakHold(points: readonly ProfilePoint[]): number {
  const segments = toSegments(points);
  const peak = Math.max(0, ...segments.flatMap((s) => [s.from, s.to]));
  if (peak <= 0) return 0;
  return segments
    .filter((s) => s.from >= peak * 0.95 && s.to >= peak * 0.95)
    .reduce((n, s) => n + s.durationSec, 0);
}

function toSegments(points: readonly ProfilePoint[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (b.t > a.t) out.push({ from: a.load, to: b.load, durationSec: b.t - a.t });
  }
  return out;
}

/** Idle time before the first load and after the last is neither ramp nor hold. */
function trim(segments: Segment[]): Segment[] {
  const idle = (s: Segment | undefined) => s !== undefined && s.from === 0 && s.to === 0;
  const out = [...segments];
  while (idle(out[0])) out.shift();
  while (idle(out[out.length - 1])) out.pop();
  return out;
}

/** Reaches the peak from a fifth of it or less within two minutes. */
function isSpike(segments: readonly Segment[], peak: number): boolean {
  return (
    peak >= SPIKE_PEAK &&
    segments.some((s) => s.to >= peak * 0.95 && s.from <= peak * 0.2 && s.durationSec <= 2 * MIN)
  );
}

function risingPlateaus(segments: readonly Segment[]): number {
  let count = 0;
  let last = -Infinity;
  for (const s of segments) {
    if (s.from !== s.to || s.from === 0) continue;
    if (s.to > last) {
      count++;
      last = s.to;
    }
  }
  return count;
}

export function formatLoad(load: number): string {
  return String(Math.round(load * 100) / 100);
}
