import type { Scenario, Stage, Workload } from '../scenario/model.js';
import type { Location } from '../scenario/location.js';
import { getEntry, getValue, hasUnknownEntries, type SourceValue } from '../scenario/value.js';
import { maxOf } from '../util/extremes.js';

/**
 * Small, tool-neutral readings of a workload shared by the common load-model checks. Each returns undefined
 * when the adapter could not resolve what it needs, so the checks stay silent instead of guessing.
 */

/** Words that say a test is meant to start at (or never leave) its peak: the ramp is the test, or there is none. */
const NO_RAMP_INTENT = /smoke|spike|breakpoint/i;

/** Stages that carry load: leading and trailing pauses (0 → 0) are neither ramp-up nor ramp-down. */
export function loadStages(workload: Workload): Stage[] | undefined {
  const stages = [...workload.stages];
  if (stages.some((s) => s.from === undefined || s.to === undefined)) return undefined;
  const idle = (s: Stage | undefined) => s !== undefined && s.from === 0 && s.to === 0;
  while (idle(stages[0])) stages.shift();
  while (idle(stages[stages.length - 1])) stages.pop();
  return stages;
}

/** The highest load of a workload (VUs for closed models, arrivals per second for open ones), when every step is known. */
export function peakLoad(workload: Workload): number | undefined {
  const stages = loadStages(workload);
  if (!stages || stages.length === 0) return undefined;
  return maxOf(stages.flatMap((s) => [s.from ?? 0, s.to ?? 0]));
}

/** The load unit for messages: VUs for closed models, arrivals per second for open ones. */
export function describeLoad(workload: Workload, load: number): string {
  const rounded = Math.round(load * 100) / 100;
  if (workload.model === 'open')
    return `${rounded} ${workload.executor === 'artillery-phases' ? 'arrivals/s' : 'iterations/s'}`;
  return `${rounded} VUs`;
}

/**
 * Does the test say it is a smoke, spike or breakpoint test? Explicit intent wins over shape: the file name,
 * the workload (k6 scenario, Artillery environment) name, a k6 `tags.test_type`, or an Artillery phase name.
 */
export function suggestsNoRamp(scenario: Scenario, workload: Workload): boolean {
  const base = scenario.file.replace(/\\/g, '/').split('/').pop() ?? scenario.file;
  const texts = [base, workload.name];
  if (scenario.tool === 'k6') {
    const config = getValue(getValue(scenario.native, 'scenarios'), workload.name);
    const testType = getValue(getValue(config, 'tags'), 'test_type');
    if (testType?.kind === 'string') texts.push(testType.value);
    const globalType = getValue(getValue(scenario.native, 'tags'), 'test_type');
    if (globalType?.kind === 'string') texts.push(globalType.value);
  } else if (scenario.tool === 'artillery') {
    for (const phase of artilleryPhases(scenario.native, workload.name)) {
      const name = getValue(phase, 'name');
      if (name?.kind === 'string') texts.push(name.value);
    }
  }
  return texts.some((t) => NO_RAMP_INTENT.test(t));
}

function artilleryPhases(document: SourceValue, workloadName: string): SourceValue[] {
  const config = getValue(document, 'config');
  const list =
    workloadName === 'default'
      ? getValue(config, 'phases')
      : getValue(getValue(getValue(config, 'environments'), workloadName), 'phases');
  return list?.kind === 'array' ? list.items : [];
}

/**
 * Where a k6 workload without stages is set to run at a constant load: its `executor` key, the construct a
 * ramp replaces, or for the `vus` + `duration` shortcut the `vus` key that sets the load. Undefined for
 * workloads with stages (their first or last stage is the place) and Artillery.
 */
export function constantExecutorLoc(scenario: Scenario, workload: Workload): Location | undefined {
  if (scenario.tool !== 'k6' || !workload.executor.startsWith('constant-')) return undefined;
  const scenarios = getValue(scenario.native, 'scenarios');
  if (scenarios === undefined) return getEntry(scenario.native, 'vus')?.keyLoc;
  return getEntry(getValue(scenarios, workload.name), 'executor')?.keyLoc;
}

/**
 * Are the k6 workloads declared in the file? With no `scenarios`, `vus`, `duration`, `stages` or `iterations`
 * (or a spread that may hide them), the load comes from the command line or a config file we do not see.
 */

export function k6WorkloadsDeclared(native: SourceValue): boolean {
  if (native.kind !== 'object' || hasUnknownEntries(native)) return false;
  return ['scenarios', 'vus', 'duration', 'stages', 'iterations'].some(
    (k) => getValue(native, k) !== undefined,
  );
}

export interface LoadShape {
  workload: Workload;
  stages: Stage[];
  peak: number;
}

/**
 * k6 executors that run a number of iterations with a fixed set of VUs: they have no stages, so a ramp
 * cannot be added to them; a ramp needs another executor and changes what the test measures.
 */
const ITERATION_EXECUTORS = new Set(['shared-iterations', 'per-vu-iterations']);

/**
 * The workloads whose load shape is fully known and above `minLoad` at its peak, minus tests that say they
 * skip ramps by design (smoke, spike, breakpoint) and iteration-based executors, which cannot ramp: what
 * the ramp-up and ramp-down rules look at.
 */
export function rampedShapes(scenario: Scenario, minLoad: number): LoadShape[] {
  if (!Array.isArray(scenario?.workloads)) return [];
  const shapes: LoadShape[] = [];
  for (const workload of scenario.workloads) {
    if (workload.partiallyUnknown || workload.model === 'unknown') continue;
    if (ITERATION_EXECUTORS.has(workload.executor)) continue;
    const stages = loadStages(workload);
    const peak = peakLoad(workload);
    if (!stages?.length || peak === undefined || peak < minLoad) continue;
    if (suggestsNoRamp(scenario, workload)) continue;
    shapes.push({ workload, stages, peak });
  }
  return shapes;
}

/** A peak load as a number a suggestion can carry: VUs whole, arrival rates to two decimals at most. */
export function formatPeak(peak: number): string {
  return String(Math.round(peak * 100) / 100);
}
