import type { ProfilePoint, ScenarioProfile } from './model.js';
import { formatDuration } from '../../util/duration.js';
import { formatLoad } from './test-type.js';

/** The facts a reader compares: the combined curves, duration, peaks, model and type. */
function essence(profile: ScenarioProfile): string {
  return JSON.stringify([
    profile.model,
    profile.vus ?? null,
    profile.rate ?? null,
    profile.durationSec ?? null,
    profile.peakVUs ?? null,
    profile.peakRatePerSec ?? null,
    profile.testType,
  ]);
}

export function profileChanged(base: ScenarioProfile | undefined, head: ScenarioProfile): boolean {
  return base === undefined || essence(base) !== essence(head);
}

/** `150 VUs`, `20/s`, `150 VUs + 20/s`, or undefined when no peak is known. */
export function describePeak(profile: ScenarioProfile): string | undefined {
  const parts: string[] = [];
  if (profile.peakVUs !== undefined) parts.push(`${formatLoad(profile.peakVUs)} VUs`);
  if (profile.peakRatePerSec !== undefined) parts.push(`${formatLoad(profile.peakRatePerSec)}/s`);
  return parts.length > 0 ? parts.join(' + ') : undefined;
}

/** `150 VUs peak, 5 min, average-load`: what a profile asks for, in one phrase. */
export function describeProfile(profile: ScenarioProfile): string {
  const peak = describePeak(profile);
  return [
    peak ? `${peak} peak` : 'peak unknown',
    profile.duration ?? 'duration unknown',
    profile.testType === 'unknown' ? 'type unknown' : profile.testType,
  ].join(', ');
}

function ratio(before: number, after: number): string {
  const r = after / before;
  const rounded = r >= 10 ? Math.round(r) : Math.round(r * 10) / 10;
  return `×${rounded}`;
}

function peakChange(label: string, before: number | undefined, after: number | undefined, unit: string) {
  if (before === after) return undefined;
  const show = (v: number | undefined) => (v === undefined ? '?' : `${formatLoad(v)}`);
  const times = before !== undefined && after !== undefined && before > 0 ? ` ${ratio(before, after)}` : '';
  return `${label}${times}: ${show(before)} → ${show(after)}${unit}`;
}

/**
 * The one line a reviewer reads first: `peak load ×3: 50 → 150 VUs; duration 5 min → 30 min`, the model
 * (`open model → closed model`) and the test type when they change; `new scenario: …` for a new file.
 */
export function changeHeadline(base: ScenarioProfile | undefined, head: ScenarioProfile): string {
  if (!base) return `new scenario: ${describeProfile(head)}`;
  const parts: string[] = [];
  if (base.model !== head.model) {
    // VUs and arrivals per second are not one quantity: the peaks are named, not compared.
    const peaks = [describePeak(base), describePeak(head)];
    const detail = peaks.every(Boolean) ? `: ${peaks.join(' → ')}` : '';
    parts.push(`${base.model} model → ${head.model} model${detail}`);
  } else {
    const vus = peakChange('peak load', base.peakVUs, head.peakVUs, ' VUs');
    if (vus) parts.push(vus);
    const rate = peakChange('peak rate', base.peakRatePerSec, head.peakRatePerSec, '/s');
    if (rate) parts.push(rate);
  }
  if (base.durationSec !== head.durationSec) {
    const show = (v: number | undefined) => (v === undefined ? '?' : formatDuration(v));
    parts.push(`duration ${show(base.durationSec)} → ${show(head.durationSec)}`);
  }
  if (base.testType !== head.testType) parts.push(`test type ${base.testType} → ${head.testType}`);
  return parts.length > 0 ? parts.join('; ') : 'load shape changed (same peak and duration)';
}

/** The load of a curve at `t` (the later corner at a jump), 0 outside it. */
export function sampleAt(points: readonly ProfilePoint[], t: number): number {
  let value = 0;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (p.t <= t) value = p.load;
    const next = points[i + 1];
    if (next && p.t <= t && t < next.t) return p.load + ((next.load - p.load) * (t - p.t)) / (next.t - p.t);
  }
  const last = points[points.length - 1];
  return last && t > last.t ? 0 : value;
}
