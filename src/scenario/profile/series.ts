import type { Workload } from '../model.js';
import type { ProfilePoint } from './model.js';

/**
 * A workload's stages as a curve starting at `start`: one corner per stage end, and two corners at one time
 * where the load jumps (a stage that starts elsewhere than the previous one ended). Undefined when a stage's
 * load or duration is unknown, or when the workload has no stages (iteration counts, run-time settings).
 */
export function workloadPoints(workload: Workload, start: number): ProfilePoint[] | undefined {
  if (workload.stages.length === 0) return undefined;
  const points: ProfilePoint[] = [];
  let t = start;
  let last: number | undefined;
  for (const stage of workload.stages) {
    if (stage.from === undefined || stage.to === undefined || stage.durationSec === undefined)
      return undefined;
    if (last === undefined || stage.from !== last) points.push({ t, load: stage.from });
    t += stage.durationSec;
    points.push({ t, load: stage.to });
    last = stage.to;
  }
  return dedupe(points);
}

/** Consecutive duplicates and collinear middles add nothing to a chart. */
function dedupe(points: ProfilePoint[]): ProfilePoint[] {
  const out: ProfilePoint[] = [];
  for (const p of points) {
    const prev = out[out.length - 1];
    if (prev && prev.t === p.t && prev.load === p.load) continue;
    out.push(p);
  }
  return out.filter((p, i) => {
    const a = out[i - 1];
    const b = out[i + 1];
    if (!a || !b) return true;
    // The middle of three equal loads on a flat line.
    return !(a.load === p.load && b.load === p.load && a.t !== p.t && b.t !== p.t);
  });
}

/** The load of a curve at `t`, from the left or the right of a jump; 0 outside the curve. */
function valueAt(points: readonly ProfilePoint[], t: number, side: 'left' | 'right'): number {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return 0;
  if (t < first.t || t > last.t) return 0;
  if (side === 'left' && t === first.t) return 0;
  if (side === 'right' && t === last.t) return 0;
  let value = 0;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (p.t === t) {
      // Several corners at one time: the first is the load arriving, the last the load leaving.
      const same = points.filter((q) => q.t === t);
      return side === 'left' ? same[0]!.load : same[same.length - 1]!.load;
    }
    const next = points[i + 1];
    if (next && p.t < t && t < next.t) {
      value = p.load + ((next.load - p.load) * (t - p.t)) / (next.t - p.t);
      return value;
    }
  }
  return value;
}

/** The sum of curves running at once: exact, since a sum of piecewise-linear curves is one. */
export function sumCurves(curves: readonly ProfilePoint[][]): ProfilePoint[] {
  const present = curves.filter((c) => c.length > 0);
  if (present.length === 1) return frame(present[0]!);
  const times = [...new Set(present.flatMap((c) => c.map((p) => p.t)))].sort((a, b) => a - b);
  const points: ProfilePoint[] = [];
  for (const t of times) {
    const left = present.reduce((n, c) => n + valueAt(c, t, 'left'), 0);
    const right = present.reduce((n, c) => n + valueAt(c, t, 'right'), 0);
    points.push({ t, load: round(left) });
    if (right !== left) points.push({ t, load: round(right) });
  }
  return dedupe(points);
}

/** A curve on the test's clock: from 0 at time 0, jumping to its first load and back to 0 at its end. */
export function frame(points: readonly ProfilePoint[]): ProfilePoint[] {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return [];
  const out = [...points];
  if (first.load !== 0) out.unshift({ t: first.t, load: 0 });
  if (first.t > 0) out.unshift({ t: 0, load: 0 });
  if (last.load !== 0) out.push({ t: last.t, load: 0 });
  return dedupe(out);
}

/** Curves that run one after another: each starts where the previous one ended. */
export function chainCurves(curves: readonly ProfilePoint[][]): ProfilePoint[] {
  const points: ProfilePoint[] = [];
  let offset = 0;
  for (const curve of curves.map(frame)) {
    // Each framed curve starts at 0 at time 0: shift it to where the previous one ended.
    for (const p of curve) points.push({ t: p.t + offset, load: p.load });
    offset = points[points.length - 1]?.t ?? offset;
  }
  return dedupe(points);
}

export function peakOf(points: readonly ProfilePoint[]): number {
  return points.reduce((m, p) => Math.max(m, p.load), 0);
}

export function endOf(points: readonly ProfilePoint[]): number {
  return points[points.length - 1]?.t ?? 0;
}

/** The area under a curve: load × seconds (arrivals, for a rate in arrivals per second). */
export function integral(points: readonly ProfilePoint[]): number {
  let area = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    area += ((a.load + b.load) / 2) * (b.t - a.t);
  }
  return area;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
