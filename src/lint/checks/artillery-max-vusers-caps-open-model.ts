import { readThinkSeconds, readPhaseDuration, readPhaseNumber } from '../../scenario/artillery/durations.js';
import { HTTP_METHODS } from '../../scenario/artillery/flows.js';
import { entriesOf, getEntry, getValue, itemsOf, scalarOf } from '../../scenario/artillery/tree.js';
import { isSourceValue, type SourceValue } from '../../scenario/value.js';
import type { CheckFunction } from '../types.js';
import { maxOf } from '../../util/extremes.js';

/**
 * `maxVusers` caps concurrency in an open model: when the system slows down, arrivals beyond the cap are
 * skipped (`vusers.skipped`) and the test stops measuring what users would see. The concurrency a phase
 * needs is estimated as its peak arrival rate times the mean session length (think time plus an assumed
 * time per request, weighted by scenario weight); a cap below that bites even when the system is healthy.
 */
export const check: CheckFunction = {
  name: 'artillery-max-vusers-caps-open-model',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { requestSeconds: { type: 'number', exclusiveMinimum: 0 } },
  },
  run(scenario, ctx) {
    if (!isSourceValue(scenario?.native)) return;
    const requestSeconds = typeof ctx.options.requestSeconds === 'number' ? ctx.options.requestSeconds : 0.1;
    const session = meanSessionSeconds(scenario.native, requestSeconds);
    if (session === undefined || session <= 0) return;
    const config = getValue(scenario.native, 'config');
    const lists = [
      getValue(config, 'phases'),
      ...entriesOf(getValue(config, 'environments')).map((e) => getValue(e.value, 'phases')),
    ];
    for (const phase of lists.flatMap((l) => itemsOf(l))) {
      const cap = getEntry(phase, 'maxVusers');
      const capValue = cap ? number(cap.value) : undefined;
      const rate = peakRate(phase);
      if (!cap || capValue === undefined || rate === undefined) continue;
      const needed = Math.ceil(rate * session);
      if (capValue >= needed) continue;
      ctx.report({
        loc: cap.keyLoc,
        data: { cap: capValue, rate: round(rate), session: round(session), needed },
      });
    }
  },
};

function number(value: SourceValue): number | undefined {
  const reading = readPhaseNumber(scalarOf(value));
  return reading.kind === 'number' ? reading.value : undefined;
}

function peakRate(phase: SourceValue): number | undefined {
  if (getEntry(phase, 'pause')) return undefined;
  const count = getValue(phase, 'arrivalCount');
  if (count) {
    const duration = readPhaseDuration(
      scalarOf(getValue(phase, 'duration') ?? { kind: 'null', loc: phase.loc }),
    );
    const n = number(count);
    return n !== undefined && duration.kind === 'seconds' ? n / duration.seconds : undefined;
  }
  const rates = ['arrivalRate', 'rampTo']
    .map((k) => getValue(phase, k))
    .filter((v): v is SourceValue => v !== undefined)
    .map(number);
  if (rates.length === 0 || rates.some((r) => r === undefined)) return undefined;
  return maxOf(rates as number[]);
}

/** Weighted mean of the scenarios' session lengths; undefined when a flow's length cannot be told. */
function meanSessionSeconds(document: SourceValue, requestSeconds: number): number | undefined {
  let total = 0;
  let weights = 0;
  for (const s of itemsOf(getValue(document, 'scenarios'))) {
    const flow = getValue(s, 'flow');
    if (!flow) continue;
    const weightValue = getValue(s, 'weight');
    const weight = weightValue?.kind === 'number' ? weightValue.value : 1;
    if (weight <= 0) continue;
    const seconds = flowSeconds(flow, requestSeconds, 0);
    if (seconds === undefined) return undefined;
    total += weight * seconds;
    weights += weight;
  }
  return weights > 0 ? total / weights : undefined;
}

function flowSeconds(flow: SourceValue, requestSeconds: number, depth: number): number | undefined {
  if (depth > 20) return undefined;
  let seconds = 0;
  for (const step of itemsOf(flow)) {
    const think = getValue(step, 'think');
    if (think) {
      const reading = readThinkSeconds(scalarOf(think));
      if (reading.kind !== 'seconds') return undefined;
      seconds += reading.seconds;
      continue;
    }
    const loop = getValue(step, 'loop');
    if (loop) {
      const inner = flowSeconds(loop, requestSeconds, depth + 1);
      const count = getValue(step, 'count');
      const times = count?.kind === 'number' && count.value > 0 ? count.value : undefined;
      if (inner === undefined || times === undefined) return undefined;
      seconds += inner * times;
      continue;
    }
    if (entriesOf(step).some((e) => (HTTP_METHODS as readonly string[]).includes(e.key)))
      seconds += requestSeconds;
  }
  return seconds;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
