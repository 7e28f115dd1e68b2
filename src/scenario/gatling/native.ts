import type { Location } from '../location.js';
import type { ObjectEntry, SourceValue } from '../value.js';
import type { FlowFacts } from './flow.js';
import type { InjectionStep } from './injection.js';
import type { Program } from './program.js';
import { locOf } from './syntax.js';

/**
 * The simulation as Gatling reads it, for rules written as data (`native.injections[*]`, `native.loops[*]`):
 * each value is located at the call that writes it. Numbers the file does not fix are left out, so a rule on
 * them stays silent.
 */
export function nativeTree(
  program: Program,
  steps: InjectionStep[],
  flow: FlowFacts,
  loc: Location,
): SourceValue {
  const file = program.file;
  const maxDuration = flow.maxDurations[0];
  const maxDurationValue: SourceValue | undefined = maxDuration
    ? maxDuration.seconds !== undefined
      ? { kind: 'number', value: maxDuration.seconds, loc: locOf(maxDuration.call.node, file) }
      : { kind: 'unknown', reason: 'not a literal duration', loc: locOf(maxDuration.call.node, file) }
    : undefined;
  const injections: SourceValue[] = steps.map((s) => {
    const at = locOf(s.outer.node, file);
    const fields: [string, SourceValue | undefined][] = [
      ['step', { kind: 'string', value: s.step, loc: locOf(s.call.nameNode, file) }],
      ['model', { kind: 'string', value: s.model, loc: at }],
      ['position', { kind: 'number', value: s.position, loc: at }],
      ['scenario', { kind: 'string', value: s.scenario, loc: at }],
      ['users', num(s.users, at)],
      ['rate', num(s.rate, at)],
      ['toRate', num(s.toRate, at)],
      ['toUsers', num(s.toUsers, at)],
      ['durationSec', num(s.durationSec, at)],
    ];
    return object(fields, at);
  });
  const loops: SourceValue[] = flow.loops.map((l) => {
    const at = locOf(l.call.nameNode, file);
    return object(
      [
        ['kind', { kind: 'string', value: l.kind, loc: at }],
        ['maxDuration', maxDurationValue],
      ],
      at,
    );
  });
  return object(
    [
      ['language', { kind: 'string', value: program.language, loc }],
      ['injections', { kind: 'array', items: injections, loc }],
      ['loops', { kind: 'array', items: loops, loc }],
      ['maxDuration', maxDurationValue],
      ['feeds', { kind: 'number', value: flow.feeds.length, loc }],
      ['throttles', { kind: 'number', value: flow.throttles.length, loc }],
    ],
    loc,
  );
}

function num(value: number | undefined, loc: Location): SourceValue | undefined {
  return value === undefined ? undefined : { kind: 'number', value, loc };
}

function object(fields: [string, SourceValue | undefined][], loc: Location): SourceValue {
  const entries: ObjectEntry[] = [];
  for (const [key, value] of fields) if (value) entries.push({ key, keyLoc: value.loc, value });
  return { kind: 'object', entries, loc };
}
