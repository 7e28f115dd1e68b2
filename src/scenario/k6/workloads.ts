import type { Location } from '../location.js';
import type { LoadModel, Stage, Workload } from '../model.js';
import { getEntry, getValue, hasUnknownEntries, type ObjectEntry, type SourceValue } from '../value.js';
import { parseK6Duration } from './duration.js';

/** Executors whose load is an arrival rate (open model); every other executor runs a fixed pool of VUs. */
const OPEN_EXECUTORS = new Set(['constant-arrival-rate', 'ramping-arrival-rate']);
const KNOWN_EXECUTORS = new Set([
  'shared-iterations',
  'per-vu-iterations',
  'constant-vus',
  'ramping-vus',
  'constant-arrival-rate',
  'ramping-arrival-rate',
  'externally-controlled',
]);

export function loadModelOf(executor: string): LoadModel {
  if (OPEN_EXECUTORS.has(executor)) return 'open';
  return KNOWN_EXECUTORS.has(executor) ? 'closed' : 'unknown';
}

/** Collects what could not be read while building one workload. */
class Reader {
  unknown = false;
  constructor(readonly config: SourceValue) {}

  number(key: string): number | undefined {
    const v = getValue(this.config, key);
    if (!v) {
      if (hasUnknownEntries(this.config)) this.unknown = true;
      return undefined;
    }
    if (v.kind === 'number') return v.value;
    if (v.kind === 'string' && v.value.trim() !== '' && Number.isFinite(Number(v.value)))
      return Number(v.value);
    this.unknown = true;
    return undefined;
  }

  duration(key: string): number | undefined {
    const v = getValue(this.config, key);
    if (!v) {
      if (hasUnknownEntries(this.config)) this.unknown = true;
      return undefined;
    }
    const sec = v.kind === 'string' || v.kind === 'number' ? parseK6Duration(v.value) : undefined;
    if (sec === undefined) this.unknown = true;
    return sec;
  }

  string(key: string): string | undefined {
    const v = getValue(this.config, key);
    if (v?.kind === 'string') return v.value;
    if (v || hasUnknownEntries(this.config)) this.unknown = true;
    return undefined;
  }

  keyLoc(key: string): Location | undefined {
    return getEntry(this.config, key)?.keyLoc;
  }
}

/** Stages with `from`/`to` in VUs, or in iterations per second (`scale` = 1 / timeUnit; undefined if unknown). */
function readStages(r: Reader, start: number | undefined, scale: number | undefined): Stage[] {
  const list = getValue(r.config, 'stages');
  if (!list) return [];
  if (list.kind !== 'array') {
    r.unknown = true;
    return [];
  }
  const stages: Stage[] = [];
  let previous = start;
  for (const item of list.items) {
    const stage: Stage = { loc: item.loc };
    const sr = new Reader(item);
    if (item.kind !== 'object') {
      r.unknown = true;
      stages.push(stage);
      previous = undefined;
      continue;
    }
    const durationSec = sr.duration('duration');
    const rawTarget = sr.number('target');
    const target = rawTarget === undefined || scale === undefined ? undefined : rawTarget * scale;
    if (durationSec !== undefined) stage.durationSec = durationSec;
    if (previous !== undefined) stage.from = previous;
    if (target !== undefined) stage.to = target;
    if (sr.unknown) r.unknown = true;
    stages.push(stage);
    previous = target;
  }
  return stages;
}

function sum(values: (number | undefined)[]): number | undefined {
  let total = 0;
  for (const v of values) {
    if (v === undefined) return undefined;
    total += v;
  }
  return total;
}

function peak(stages: Stage[], start: number | undefined): number | undefined {
  let max = start;
  for (const s of stages) {
    for (const v of [s.from, s.to]) if (v !== undefined && (max === undefined || v > max)) max = v;
  }
  return max;
}

/**
 * One workload from one k6 scenario config, with k6's defaults filled in (k6 docs, "Executors"): VU counts
 * default to 1, `startRate` to 0, `timeUnit` to 1s, `maxVUs` to `preAllocatedVUs`, iterations to 1.
 */
export function workloadFromScenario(name: string, config: SourceValue, loc: Location): Workload {
  const r = new Reader(config);
  if (config.kind !== 'object') {
    return { name, executor: 'unknown', model: 'unknown', stages: [], partiallyUnknown: true, loc };
  }
  const executor = r.string('executor') ?? 'unknown';
  const workload: Workload = {
    name,
    executor,
    model: loadModelOf(executor),
    stages: [],
    partiallyUnknown: false,
    loc,
  };
  if (getValue(config, 'startTime') !== undefined) {
    const start = r.duration('startTime');
    if (start !== undefined) workload.startSec = start;
  }
  const exec = getValue(config, 'exec');
  if (exec === undefined) workload.exec = 'default';
  else if (exec.kind === 'string') workload.exec = exec.value;
  else r.unknown = true;

  switch (executor) {
    case 'shared-iterations':
    case 'per-vu-iterations': {
      const vus = r.number('vus') ?? (getValue(config, 'vus') ? undefined : 1);
      const iterations = r.number('iterations') ?? (getValue(config, 'iterations') ? undefined : 1);
      if (iterations !== undefined) workload.iterations = iterations;
      if (vus !== undefined) workload.maxVUs = vus;
      const stage: Stage = { loc: r.keyLoc('vus') ?? r.keyLoc('iterations') ?? loc };
      if (vus !== undefined) Object.assign(stage, { from: vus, to: vus });
      workload.stages = [stage];
      break;
    }
    case 'constant-vus': {
      const vus = r.number('vus') ?? (getValue(config, 'vus') ? undefined : 1);
      const duration = r.duration('duration');
      const stage: Stage = { loc: r.keyLoc('duration') ?? loc };
      if (duration !== undefined) {
        stage.durationSec = duration;
        workload.durationSec = duration;
      }
      if (vus !== undefined) {
        Object.assign(stage, { from: vus, to: vus });
        workload.maxVUs = vus;
      }
      workload.stages = [stage];
      break;
    }
    case 'ramping-vus': {
      const start = r.number('startVUs') ?? (getValue(config, 'startVUs') ? undefined : 1);
      workload.stages = readStages(r, start, 1);
      const total = sum(workload.stages.map((s) => s.durationSec));
      if (total !== undefined && workload.stages.length > 0) workload.durationSec = total;
      const max = peak(workload.stages, start);
      if (max !== undefined) workload.maxVUs = max;
      break;
    }
    case 'constant-arrival-rate':
    case 'ramping-arrival-rate': {
      const timeUnit = getValue(config, 'timeUnit') ? r.duration('timeUnit') : 1;
      const perSecond = timeUnit !== undefined && timeUnit > 0 ? 1 / timeUnit : undefined;
      const pre = r.number('preAllocatedVUs');
      const max = getValue(config, 'maxVUs') ? r.number('maxVUs') : pre;
      if (max !== undefined) workload.maxVUs = max;
      if (executor === 'constant-arrival-rate') {
        const rate = r.number('rate');
        const duration = r.duration('duration');
        const stage: Stage = { loc: r.keyLoc('rate') ?? loc };
        if (duration !== undefined) {
          stage.durationSec = duration;
          workload.durationSec = duration;
        }
        if (rate !== undefined && perSecond !== undefined) {
          Object.assign(stage, { from: rate * perSecond, to: rate * perSecond });
          workload.maxRatePerSec = rate * perSecond;
        } else {
          r.unknown = true;
        }
        workload.stages = [stage];
      } else {
        const rawStart = r.number('startRate') ?? (getValue(config, 'startRate') ? undefined : 0);
        const start = rawStart !== undefined && perSecond !== undefined ? rawStart * perSecond : undefined;
        workload.stages = readStages(r, start, perSecond);
        if (perSecond === undefined) r.unknown = true;
        const total = sum(workload.stages.map((s) => s.durationSec));
        if (total !== undefined && workload.stages.length > 0) workload.durationSec = total;
        const maxRate = peak(workload.stages, start);
        if (maxRate !== undefined) workload.maxRatePerSec = maxRate;
      }
      break;
    }
    case 'externally-controlled': {
      const vus = r.number('vus');
      const max = r.number('maxVUs') ?? vus;
      const duration = r.duration('duration');
      if (max !== undefined) workload.maxVUs = max;
      if (duration !== undefined) workload.durationSec = duration;
      break;
    }
    default:
      r.unknown = true;
  }
  workload.partiallyUnknown = r.unknown;
  return workload;
}

/**
 * The workloads of a script, following k6's own derivation: `scenarios` when present, else the shortcuts
 * (`iterations` → shared-iterations, `duration` → constant-vus, `stages` → ramping-vus starting at `vus`),
 * else k6's default of one VU running one iteration.
 */
export function readWorkloads(options: SourceValue, anchor: Location): Workload[] {
  if (options.kind !== 'object') {
    return [
      {
        name: 'default',
        executor: 'unknown',
        model: 'unknown',
        stages: [],
        partiallyUnknown: true,
        loc: options.loc,
      },
    ];
  }
  const hidden = hasUnknownEntries(options);
  const scenarios = getEntry(options, 'scenarios');
  if (scenarios) {
    const value = scenarios.value;
    if (value.kind !== 'object') {
      return [
        {
          name: 'scenarios',
          executor: 'unknown',
          model: 'unknown',
          stages: [],
          partiallyUnknown: true,
          loc: scenarios.keyLoc,
        },
      ];
    }
    return value.entries.map((entry) =>
      entry.key === '...'
        ? {
            name: '...',
            executor: 'unknown',
            model: 'unknown' as const,
            stages: [],
            partiallyUnknown: true,
            loc: entry.keyLoc,
          }
        : workloadFromScenario(entry.key, entry.value, entry.keyLoc),
    );
  }
  const shortcut = (key: string) => getEntry(options, key);
  const vus = shortcut('vus');
  const iterations = shortcut('iterations');
  const duration = shortcut('duration');
  const stages = shortcut('stages');
  const derive = (
    executor: string,
    keyed: Location,
    fields: [string, ObjectEntry | undefined][],
  ): Workload[] => {
    const entries: ObjectEntry[] = [
      { key: 'executor', keyLoc: keyed, value: { kind: 'string', value: executor, loc: keyed } },
    ];
    for (const [key, entry] of fields)
      if (entry) entries.push({ key, keyLoc: entry.keyLoc, value: entry.value });
    const w = workloadFromScenario('default', { kind: 'object', entries, loc: keyed }, keyed);
    if (hidden) w.partiallyUnknown = true;
    return [w];
  };
  if (iterations) {
    return derive('shared-iterations', iterations.keyLoc, [
      ['vus', vus],
      ['iterations', iterations],
    ]);
  }
  // k6 treats `duration: 0` as "no duration" and falls through to the next shortcut.
  const zeroDuration = duration?.value.kind === 'string' && parseK6Duration(duration.value.value) === 0;
  if (duration && !zeroDuration) {
    return derive('constant-vus', vus?.keyLoc ?? duration.keyLoc, [
      ['vus', vus],
      ['duration', duration],
    ]);
  }
  if (stages) {
    return derive('ramping-vus', stages.keyLoc, [
      ['startVUs', vus],
      ['stages', stages],
    ]);
  }
  // No shortcut: k6 runs one iteration on one VU, unless the command line says otherwise, which the file does
  // not show; the workload is therefore marked partially unknown.
  const fallback = derive('shared-iterations', vus?.keyLoc ?? anchor, [['vus', vus]])[0] as Workload;
  fallback.partiallyUnknown = true;
  return [fallback];
}
