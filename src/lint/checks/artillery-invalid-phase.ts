import { readPhaseDuration, readPhaseNumber } from '../../scenario/artillery/durations.js';
import { describe, entriesOf, getEntry, getValue, stringOf } from '../../scenario/artillery/tree.js';
import { isSourceValue, type ObjectEntry, type SourceValue } from '../../scenario/value.js';
import { closest } from '../../util/closest.js';
import type { CheckContext, CheckFunction } from '../types.js';

const PHASE_KEYS = [
  'name',
  'duration',
  'arrivalRate',
  'rampTo',
  'arrivalCount',
  'pause',
  'maxVusers',
  'mode',
];
const NUMBER_KEYS = ['arrivalRate', 'rampTo', 'arrivalCount', 'maxVusers'];

/**
 * Validates every phase list (`config.phases`, `config.environments.<env>.phases`) against what Artillery's
 * phaser does at run time (packages/artillery/lib/core/phases.ts), not its lenient JSON schema. Where the
 * runtime silently ignores or defaults something the author wrote, the schema's stricter verdict is kept:
 * ignored keys and a ramp without `duration` are reported (see the peer-case test for each decision).
 */
export const check: CheckFunction = {
  name: 'artillery-invalid-phase',
  run(scenario, ctx) {
    if (!isSourceValue(scenario?.native)) return;
    const config = getValue(scenario.native, 'config');
    const lists: { where: string; phases: SourceValue }[] = [];
    const top = getValue(config, 'phases');
    if (top) lists.push({ where: 'config.phases', phases: top });
    for (const env of entriesOf(getValue(config, 'environments'))) {
      const phases = getValue(env.value, 'phases');
      if (phases) lists.push({ where: `config.environments.${env.key}.phases`, phases });
    }
    for (const { where, phases } of lists) checkList(where, phases, ctx);
  },
};

function checkList(where: string, phases: SourceValue, ctx: CheckContext): void {
  if (phases.kind === 'unknown' || (phases.kind === 'string' && phases.template)) return;
  if (phases.kind !== 'array') {
    ctx.report({ loc: phases.loc, messageId: 'notList', data: { where, actual: describe(phases) } });
    return;
  }
  phases.items.forEach((phase, i) => {
    const label = phaseLabel(where, i, phase);
    if (phase.kind === 'unknown') return;
    if (phase.kind !== 'object') {
      ctx.report({
        loc: phase.loc,
        messageId: 'notMapping',
        data: { phase: label, actual: describe(phase) },
      });
      return;
    }
    checkPhase(phase, label, ctx);
  });
}

function phaseLabel(where: string, index: number, phase: SourceValue): string {
  const name = stringOf(getValue(phase, 'name'));
  return name ? `${where}[${index}] ("${name}")` : `${where}[${index}]`;
}

function checkPhase(phase: SourceValue, label: string, ctx: CheckContext): void {
  const entries = entriesOf(phase);
  const entry = (key: string) => getEntry(phase, key);

  for (const e of entries) {
    if (PHASE_KEYS.includes(e.key) || e.key === '...') continue;
    // A misspelt phase key drops the setting the author meant; any other extra key (`timeout`, a note)
    // is inert, since the phaser reads only its own keys, and no reason to fail a build.
    const suggestion = closest(e.key, PHASE_KEYS);
    if (!suggestion) continue;
    ctx.report({
      loc: e.keyLoc,
      messageId: 'unknownKey',
      data: { key: e.key, phase: label, hint: ` Did you mean "${suggestion}"?` },
    });
  }

  for (const key of ['duration', 'pause']) {
    const e = entry(key);
    if (!e) continue;
    const reading = readPhaseDuration(scalarOf(e.value));
    if (reading.kind !== 'invalid') continue;
    ctx.report({
      loc: e.value.loc,
      messageId: 'invalidDuration',
      data: { key, value: describe(e.value), phase: label, reason: reading.reason },
    });
  }
  for (const key of NUMBER_KEYS) {
    const e = entry(key);
    if (!e || readPhaseNumber(scalarOf(e.value)).kind !== 'invalid') continue;
    ctx.report({
      loc: e.value.loc,
      messageId: 'invalidNumber',
      data: { key, value: describe(e.value), phase: label },
    });
  }
  const mode = entry('mode');
  if (mode && !(mode.value.kind === 'string' && ['uniform', 'poisson'].includes(mode.value.value))) {
    ctx.report({
      loc: mode.value.loc,
      messageId: 'invalidMode',
      data: { value: describe(mode.value), phase: label },
    });
  }

  // The phaser's dispatch, in its order: pause, arrivalCount, arrivalRate; anything else is "Unknown phase spec".
  const pause = entry('pause');
  const count = entry('arrivalCount');
  const rate = entry('arrivalRate');
  const ramp = entry('rampTo');
  const duration = entry('duration');
  const chosen = pause ?? count ?? rate;
  if (!chosen) {
    if (ramp) ctx.report({ loc: ramp.keyLoc, messageId: 'rampWithoutRate', data: { phase: label } });
    else ctx.report({ loc: phase.loc, messageId: 'noLoad', data: { phase: label } });
    return;
  }
  const ignored: ObjectEntry[] = [];
  if (pause) ignored.push(...[duration, count, rate, ramp, entry('maxVusers')].filter(isEntry));
  else if (count) ignored.push(...[rate, ramp].filter(isEntry));
  for (const e of ignored) {
    ctx.report({
      loc: e.keyLoc,
      messageId: 'ignoredKey',
      data: { key: e.key, phase: label, winner: chosen.key },
    });
  }
  if (!pause && !duration) {
    const rateReading = rate ? readPhaseNumber(scalarOf(rate.value)) : undefined;
    const zeroRate = !ramp && rateReading?.kind === 'number' && rateReading.value === 0;
    const effect = count
      ? 'has no time to spread the arrivals over'
      : ramp
        ? 'silently ramps over 1 second'
        : zeroRate
          ? 'pauses for no time at all'
          : 'keeps starting virtual users without end and the run never finishes';
    ctx.report({
      loc: phase.loc,
      messageId: 'missingDuration',
      data: { phase: label, load: chosen.key, effect },
    });
  }
}

function isEntry(e: ObjectEntry | undefined): e is ObjectEntry {
  return e !== undefined;
}

function scalarOf(value: SourceValue): unknown {
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
