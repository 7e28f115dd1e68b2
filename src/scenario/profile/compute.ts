import type { Scenario, Workload } from '../model.js';
import type { ScenarioProfile, ProfilePoint, WorkloadProfile } from './model.js';
import { chainCurves, endOf, integral, peakOf, sumCurves, workloadPoints } from './series.js';
import { formatDuration } from '../../util/duration.js';
import { declaredType, peakHold, shapeType } from './test-type.js';
import { maxOf } from '../../util/extremes.js';

const cache = new WeakMap<Scenario, ScenarioProfile>();
/** Scenarios copied from another with the same load (see `sameLoad`): their profile is the original's. */
const copiedFrom = new WeakMap<Scenario, Scenario>();

/**
 * The load profile of a scenario (see `ScenarioProfile`), computed once per Scenario object. Pure: it reads the
 * tool-neutral workloads only, so a new adapter gets it by filling `workloads` (and `workloadOrder` when
 * its workloads do not simply run in parallel).
 */
export function profileOf(scenario: Scenario): ScenarioProfile {
  let profile = cache.get(scenario);
  if (!profile) {
    const original = copiedFrom.get(scenario);
    profile = original ? profileOf(original) : computeProfile(scenario);
    cache.set(scenario, profile);
  }
  return profile;
}

/**
 * Says that `copy` has the load of `original` (the same workloads, order and module mark, facts added beside
 * them): its profile is computed once, for both. The lint's enriched scenario is such a copy, and the report
 * shows the profile of the parsed one.
 */
export function sameLoad(copy: Scenario, original: Scenario): void {
  copiedFrom.set(copy, original);
}

/**
 * Forgets a copy `sameLoad` named once its rules ran: the entry would keep the original scenario, and all
 * it holds, alive until a collection finds the copy dead. The original's own profile stays cached.
 */
export function releaseCopy(copy: Scenario): void {
  copiedFrom.delete(copy);
  cache.delete(copy);
}

/** Executors whose `iterations` count per VU rather than in total. */
const PER_VU_ITERATIONS = new Set(['per-vu-iterations', 'ThreadGroup']);

function workloadProfile(workload: Workload, sequential: boolean): WorkloadProfile {
  const out: WorkloadProfile = { name: workload.name, model: workload.model };
  if (workload.partiallyUnknown) return out;
  const start = sequential ? 0 : (workload.startSec ?? 0);
  out.startSec = start;
  const points = workloadPoints(workload, start);
  const peak = workload.model === 'open' ? workload.maxRatePerSec : workload.maxVUs;
  if (points) {
    out.points = points;
    out.durationSec = endOf(points) - start;
    out.peak = peakOf(points);
  } else {
    if (workload.durationSec !== undefined) out.durationSec = workload.durationSec;
    if (peak !== undefined) out.peak = peak;
  }
  if (workload.model === 'open' && points) out.iterations = Math.round(integral(points));
  else if (
    workload.model === 'closed' &&
    workload.iterations !== undefined &&
    out.durationSec === undefined
  ) {
    if (workload.executor === 'shared-iterations') out.iterations = workload.iterations;
    else if (PER_VU_ITERATIONS.has(workload.executor) && workload.maxVUs !== undefined)
      out.iterations = workload.iterations * workload.maxVUs;
  }
  return out;
}

/** Why a workload's load is not known statically, in the words of its tool. */
function unknownReason(workload: Workload): string {
  if (workload.executor === 'locust-user')
    return `"${workload.name}": users and spawn rate are set at run time (-u, -r or locust.conf)`;
  if (workload.executor === 'externally-controlled')
    return `"${workload.name}": the load is controlled at run time`;
  return `"${workload.name}": set at run time or not readable statically`;
}

export function computeProfile(scenario: Scenario): ScenarioProfile {
  const order = scenario.workloadOrder ?? 'parallel';
  const sequential = order === 'sequential';
  const workloads = scenario.workloads.map((w) => workloadProfile(w, sequential));
  const unknown: string[] = [];
  const loc = scenario.workloads[0]?.loc ?? scenario.loc;
  const profile: ScenarioProfile = { model: 'unknown', workloads, unknown, testType: 'unknown', loc };
  if (scenario.module) {
    unknown.push('a part of the scripts that import it, which set the load');
    return profile;
  }
  if (scenario.workloads.length === 0) {
    unknown.push('no workload is declared');
  }

  let active = scenario.workloads.map((w, i) => ({ w, p: workloads[i]! }));
  if (order === 'alternatives' && active.length > 1) {
    const chosen = active.filter(({ w }) => w.name === 'default');
    if (chosen.length === 0) unknown.push('the workload is chosen at run time (an environment)');
    active = chosen;
  }
  for (const { w, p } of active) {
    if (p.peak === undefined || (p.points === undefined && p.durationSec === undefined))
      unknown.push(unknownReason(w));
  }

  const models = new Set(active.map(({ w }) => w.model));
  profile.model =
    active.length === 0 || models.has('unknown')
      ? 'unknown'
      : models.size > 1
        ? 'mixed'
        : (([...models][0] as 'open' | 'closed' | undefined) ?? 'unknown');

  const combine = (list: ProfilePoint[][]) => (sequential ? chainCurves(list) : sumCurves(list));
  const of = (model: 'open' | 'closed') => active.filter(({ w }) => w.model === model);
  for (const model of ['closed', 'open'] as const) {
    const group = of(model);
    if (group.length === 0) continue;
    const curves = group.map(({ p }) => p.points);
    const key = model === 'closed' ? 'vus' : 'rate';
    const peakKey = model === 'closed' ? 'peakVUs' : 'peakRatePerSec';
    if (curves.every((c): c is ProfilePoint[] => c !== undefined)) {
      const combined = combine(curves);
      profile[key] = combined;
      profile[peakKey] = peakOf(combined);
    } else if (group.length === 1 || sequential || order === 'alternatives') {
      const peaks = group.map(({ p }) => p.peak);
      if (peaks.every((x): x is number => x !== undefined)) profile[peakKey] = maxOf(peaks);
    }
  }

  if (active.length > 0 && active.every(({ p }) => p.durationSec !== undefined)) {
    profile.durationSec = sequential
      ? active.reduce((n, { p }) => n + p.durationSec!, 0)
      : maxOf(active.map(({ p }) => (p.startSec ?? 0) + p.durationSec!));
  }
  if (profile.durationSec !== undefined) {
    profile.durationMin = Math.round((profile.durationSec / 60) * 10) / 10;
    profile.duration = formatDuration(profile.durationSec);
  }
  if (active.length > 0 && active.every(({ p }) => p.iterations !== undefined))
    profile.iterations = active.reduce((n, { p }) => n + p.iterations!, 0);
  if (profile.iterations !== undefined && scenario.requestsPerIteration !== undefined)
    profile.requests = profile.iterations * scenario.requestsPerIteration;

  const main = profile.model === 'closed' ? profile.vus : profile.model === 'open' ? profile.rate : undefined;
  if (main) profile.peakHoldMin = Math.round((peakHold(main) / 60) * 10) / 10;

  const declared = declaredType(scenario);
  if (declared) {
    profile.declaredType = declared.type;
    profile.declaredBy = declared.by;
  }
  const shaped = classifyShape(profile, active);
  if (shaped) {
    profile.shapeType = shaped.type;
    profile.shapeReason = shaped.why;
  }
  profile.testType = profile.declaredType ?? profile.shapeType ?? 'unknown';
  return profile;
}

function classifyShape(
  profile: ScenarioProfile,
  active: { w: Workload; p: WorkloadProfile }[],
): ReturnType<typeof shapeType> {
  if (profile.model === 'closed' && profile.vus) return shapeType(profile.vus, ' VUs');
  if (profile.model === 'open' && profile.rate) return shapeType(profile.rate, '/s');
  // A fixed handful of iterations on a handful of VUs checks the script works: a smoke test.
  const only = active.length === 1 ? active[0] : undefined;
  if (
    only &&
    only.w.model === 'closed' &&
    only.w.iterations !== undefined &&
    (only.p.peak ?? Infinity) <= 5
  ) {
    const n = only.w.iterations;
    return {
      type: 'smoke',
      why: `${n} iteration${n === 1 ? '' : 's'} on ${only.p.peak} VU${only.p.peak === 1 ? '' : 's'}`,
    };
  }
  return undefined;
}
