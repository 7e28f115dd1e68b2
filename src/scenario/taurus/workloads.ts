import type { Stage, Workload } from '../model.js';
import { getEntry, getValue, type SourceValue } from '../value.js';
import { taurusSeconds } from './durations.js';

/**
 * One workload per execution: `concurrency` virtual users (a closed model: `throughput` only caps their
 * requests per second, it does not make arrivals independent of responses), reached linearly (or in
 * `steps`) over `ramp-up` and held for `hold-for`, or until `iterations` run out. A setting given per
 * provisioning (`concurrency: { local: 10, cloud: 100 }`) is read for the file's `provisioning` (local by
 * default). A value Taurus resolves at run time (`${__P(users)}`) makes the workload partly unknown.
 */
export function readWorkload(
  execution: SourceValue,
  index: number,
  defaultExecutor: string,
  provisioning: string,
): Workload {
  let unknown = false;
  const setting = (key: string): SourceValue | undefined => {
    const value = getValue(execution, key);
    if (value?.kind !== 'object') return value;
    const chosen = getValue(value, provisioning);
    if (chosen === undefined) unknown = true;
    return chosen;
  };
  const count = (key: string): number | undefined => {
    const value = setting(key);
    if (value === undefined || value.kind === 'null') return undefined;
    if (value.kind === 'number') return value.value;
    if (value.kind === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value.value)) return Number(value.value);
    unknown = true;
    return undefined;
  };
  const time = (key: string): number | undefined => {
    const value = setting(key);
    if (value === undefined || value.kind === 'null') return undefined;
    const seconds =
      value.kind === 'number' || value.kind === 'string' ? taurusSeconds(value.value) : undefined;
    if (seconds === undefined) unknown = true;
    return seconds;
  };

  const concurrency = count('concurrency');
  const iterations = count('iterations');
  const rampUp = time('ramp-up');
  const holdFor = time('hold-for');
  const scenario = getValue(execution, 'scenario');
  const executor = getValue(execution, 'executor');
  // An existing script (a .jmx, a locustfile) sets its own load where the execution does not.
  if (concurrency === undefined && getValue(scenario, 'script') !== undefined) unknown = true;

  const loc = execution.loc;
  const stages: Stage[] = [];
  const peak = concurrency ?? 1;
  if (rampUp !== undefined && rampUp > 0) {
    stages.push({
      durationSec: rampUp,
      from: 0,
      to: peak,
      loc: getEntry(execution, 'ramp-up')?.keyLoc ?? loc,
    });
  }
  // Without a ramp the whole load starts at `concurrency`: that is where a finding about it belongs.
  const holdLoc =
    (stages.length === 0 ? getEntry(execution, 'concurrency')?.keyLoc : undefined) ??
    getEntry(execution, 'hold-for')?.keyLoc ??
    loc;
  if (holdFor !== undefined || stages.length === 0) {
    const stage: Stage = { from: peak, to: peak, loc: holdLoc };
    if (holdFor !== undefined) stage.durationSec = holdFor;
    stages.push(stage);
  }

  const workload: Workload = {
    name: scenario?.kind === 'string' ? scenario.value : `execution ${index + 1}`,
    executor: executor?.kind === 'string' ? executor.value : defaultExecutor,
    model: 'closed',
    stages,
    partiallyUnknown: unknown,
    loc,
  };
  if (rampUp !== undefined || holdFor !== undefined) workload.durationSec = (rampUp ?? 0) + (holdFor ?? 0);
  if (concurrency !== undefined) workload.maxVUs = concurrency;
  else if (!unknown) workload.maxVUs = 1;
  if (iterations !== undefined) workload.iterations = iterations;
  return workload;
}
