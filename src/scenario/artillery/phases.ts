import type { Location } from '../location.js';
import type { Stage, Workload } from '../model.js';
import type { SourceValue } from '../value.js';
import { readPhaseDuration, readPhaseNumber } from './durations.js';
import { entriesOf, getValue, itemsOf } from './tree.js';
import { maxOf } from '../../util/extremes.js';

/** One phase list as Artillery's phaser would run it (packages/artillery/lib/core/phases.ts). */
export function readWorkload(name: string, phases: SourceValue): Workload {
  const stages: Stage[] = [];
  let partiallyUnknown = phases.kind !== 'array';
  let maxVUs: number | undefined;
  for (const phase of itemsOf(phases)) {
    const read = readStage(phase);
    if (!read) {
      partiallyUnknown = true;
      continue;
    }
    stages.push(read.stage);
    partiallyUnknown ||= read.unknown;
    if (read.maxVusers !== undefined) maxVUs = Math.max(maxVUs ?? 0, read.maxVusers);
  }
  const workload: Workload = {
    name,
    executor: 'artillery-phases',
    model: 'open',
    stages,
    partiallyUnknown,
    loc: phases.loc,
  };
  const durations = stages.map((s) => s.durationSec);
  if (stages.length > 0 && durations.every((d) => d !== undefined)) {
    workload.durationSec = durations.reduce<number>((sum, d) => sum + (d ?? 0), 0);
  }
  const rates = stages.flatMap((s) => [s.from, s.to]).filter((r): r is number => r !== undefined);
  if (rates.length > 0) workload.maxRatePerSec = maxOf(rates);
  if (maxVUs !== undefined) workload.maxVUs = maxVUs;
  return workload;
}

interface StageReading {
  stage: Stage;
  unknown: boolean;
  maxVusers?: number;
}

/**
 * The runtime's order decides what a phase is: `pause` first, then `arrivalCount`, then `arrivalRate`
 * (a rate of 0 without `rampTo` is a pause, with `rampTo` a ramp). Keys the chosen branch ignores are
 * ignored here too; `artillery/invalid-phase` reports them.
 */
function readStage(phase: SourceValue): StageReading | undefined {
  if (phase.kind !== 'object') return undefined;
  const field = (key: string) => getValue(phase, key);
  const has = (key: string) => entriesOf(phase).some((e) => e.key === key);
  let unknown = false;
  const seconds = (value: SourceValue | undefined): number | undefined => {
    if (value === undefined) return undefined;
    const reading = readPhaseDuration(scalar(value));
    if (reading.kind === 'seconds') return reading.seconds;
    unknown ||= reading.kind === 'unknown' || value.kind === 'unknown';
    return undefined;
  };
  const number = (value: SourceValue | undefined): number | undefined => {
    if (value === undefined) return undefined;
    const reading = readPhaseNumber(scalar(value));
    if (reading.kind === 'number') return reading.value;
    unknown ||= reading.kind === 'unknown' || value.kind === 'unknown';
    return undefined;
  };
  const stage = (
    durationSec: number | undefined,
    from: number | undefined,
    to: number | undefined,
  ): Stage => {
    const s: Stage = { loc: phase.loc };
    if (durationSec !== undefined) s.durationSec = durationSec;
    if (from !== undefined) s.from = from;
    if (to !== undefined) s.to = to;
    return s;
  };
  const maxVusers = number(field('maxVusers'));
  const withCap = (s: Stage): StageReading => {
    const reading: StageReading = { stage: s, unknown };
    if (maxVusers !== undefined) reading.maxVusers = maxVusers;
    return reading;
  };

  if (has('pause')) return withCap(stage(seconds(field('pause')), 0, 0));
  const duration = seconds(field('duration'));
  if (has('arrivalCount')) {
    const count = number(field('arrivalCount'));
    const rate = count !== undefined && duration !== undefined ? count / duration : undefined;
    return withCap(stage(duration, rate, rate));
  }
  if (has('arrivalRate')) {
    const rate = number(field('arrivalRate'));
    if (has('rampTo')) {
      // The runtime ramps over one second when `duration` is missing (`spec.duration || 1`).
      return withCap(stage(has('duration') ? duration : 1, rate, number(field('rampTo'))));
    }
    return withCap(stage(duration, rate, rate));
  }
  // No branch of the phaser matches ("Unknown phase spec"): the phase generates no load.
  unknown = true;
  return withCap(stage(duration, undefined, undefined));
}

function scalar(value: SourceValue): unknown {
  switch (value.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return value.value;
    case 'null':
      return null;
    case 'unknown':
      return '{{ unknown }}';
    default:
      return value;
  }
}

export function phaseListsOf(
  document: SourceValue | undefined,
): { name: string; phases: SourceValue; loc: Location }[] {
  const config = getValue(document, 'config');
  const lists: { name: string; phases: SourceValue; loc: Location }[] = [];
  const top = getValue(config, 'phases');
  if (top) lists.push({ name: 'default', phases: top, loc: top.loc });
  for (const env of entriesOf(getValue(config, 'environments'))) {
    const phases = getValue(env.value, 'phases');
    if (phases) lists.push({ name: env.key, phases, loc: phases.loc });
  }
  return lists;
}
