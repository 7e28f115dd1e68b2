import type { LoadModel, Stage, Workload } from '../model.js';
import type { Program } from './program.js';
import { locOf, type CallExpr, type Expr } from './syntax.js';
import { durationSeconds, follow, numberValue, stringValue } from './values.js';
import { maxOf } from '../../util/extremes.js';

/** One injection step as written, for the native tree and the rules over it. */
export interface InjectionStep {
  /** The DSL word that starts the step: `rampUsers`, `constantConcurrentUsers`, ... (`unknown` when not read). */
  step: string;
  model: LoadModel;
  /** Users the step starts (`atOnceUsers(n)`, `rampUsers(n)`, `stressPeakUsers(n)`), or concurrent users (closed). */
  users?: number;
  /** Arrival rate at the start and the end (open), per second. */
  rate?: number;
  toRate?: number;
  /** Concurrent users at the end of a closed ramp. */
  toUsers?: number;
  durationSec?: number;
  /** 0 for the first step of its population. */
  position: number;
  /** The population's scenario name. */
  scenario: string;
  /** The DSL words of the step's chain (`rampUsers`, `over`): what deprecation rules read. */
  words: string[];
  /** The step's first call (`rampUsers(10)`) and the whole chain (`rampUsers(10).during(30)`). */
  call: CallExpr;
  outer: CallExpr;
}

const OPEN_STEPS = new Set([
  'atOnceUsers',
  'rampUsers',
  'constantUsersPerSec',
  'rampUsersPerSec',
  'stressPeakUsers',
  'heavisideUsers',
  'nothingFor',
  'incrementUsersPerSec',
  'splitUsers',
  'ramp',
  'constantRate',
]);
const CLOSED_STEPS = new Set(['constantConcurrentUsers', 'rampConcurrentUsers', 'incrementConcurrentUsers']);
export const INJECT_CALLS = new Set(['inject', 'injectOpen', 'injectClosed']);

export interface InjectionFacts {
  workloads: Workload[];
  steps: InjectionStep[];
}

export function readInjection(program: Program): InjectionFacts {
  const workloads: Workload[] = [];
  const steps: InjectionStep[] = [];
  for (const call of program.calls) {
    if (!INJECT_CALLS.has(call.name) || !call.args || !call.receiver) continue;
    const scenario = scenarioName(call.receiver, program);
    const args = call.args.flatMap((a) => spreadList(a, program));
    let partiallyUnknown = false;
    const stages: Stage[] = [];
    let model: LoadModel =
      call.name === 'injectOpen' ? 'open' : call.name === 'injectClosed' ? 'closed' : 'unknown';
    let position = 0;
    for (const arg of args) {
      const step = readStep(arg, program, scenario, position++);
      if (!step) {
        partiallyUnknown = true;
        continue;
      }
      steps.push(step);
      if (model === 'unknown' && step.model !== 'unknown') model = step.model;
      const made = stagesOf(step, program);
      if (!made) partiallyUnknown = true;
      else stages.push(...made);
    }
    const durations = stages.map((s) => s.durationSec);
    const loads = stages.flatMap((s) => [s.from, s.to]);
    const known = (xs: (number | undefined)[]): xs is number[] => xs.every((x) => x !== undefined);
    const peak = known(loads) && loads.length > 0 ? maxOf(loads) : undefined;
    workloads.push({
      name: scenario,
      executor: call.name,
      model,
      stages,
      durationSec: !partiallyUnknown && known(durations) ? durations.reduce((a, b) => a + b, 0) : undefined,
      ...(model === 'closed' && peak !== undefined ? { maxVUs: peak } : {}),
      ...(model === 'open' && peak !== undefined && !partiallyUnknown ? { maxRatePerSec: peak } : {}),
      partiallyUnknown: partiallyUnknown || stages.some((s) => s.from === undefined || s.to === undefined),
      loc: locOf(call.nameNode, program.file),
    });
  }
  return { workloads, steps };
}

/** `inject(List(a, b))`, `injectOpen(*steps)`: the steps of a literal list; anything else is one step. */
function spreadList(expr: Expr, program: Program): Expr[] {
  const value = follow(expr, program) ?? expr;
  if (value.kind === 'call' && /^(?:List|Seq|listOf|arrayOf|of|asList)$/.test(value.name) && value.args)
    return value.args;
  return [expr];
}

/** The name a population runs under: the `scenario("...")` its chain starts from, else the variable's name. */
function scenarioName(expr: Expr, program: Program): string {
  let current: Expr | undefined = expr;
  for (let hop = 0; hop < 16 && current; hop++) {
    if (current.kind === 'ident') {
      const value = program.resolve(current.name);
      if (!value) return current.name;
      current = value;
      continue;
    }
    if (current.kind !== 'call') break;
    if (current.name === 'scenario' && current.args?.length)
      return stringValue(current.args[0], program) ?? current.args[0]!.node.text;
    current = current.receiver;
  }
  return expr.node.text.length <= 40 ? expr.node.text : 'scenario';
}

function readStep(
  expr: Expr,
  program: Program,
  scenario: string,
  position: number,
): InjectionStep | undefined {
  const value = follow(expr, program);
  if (value?.kind !== 'call') return undefined;
  const chain: CallExpr[] = [];
  for (let c: Expr | undefined = value; c?.kind === 'call'; c = c.receiver) chain.unshift(c);
  const head = chain[0]!;
  if (head.receiver && head.receiver.kind !== 'ident') return undefined;
  const step = head.name;
  const model: LoadModel = CLOSED_STEPS.has(step) ? 'closed' : OPEN_STEPS.has(step) ? 'open' : 'unknown';
  if (model === 'unknown') return undefined;
  const word = (name: string) => chain.find((c) => c.name === name);
  const first = numberValue(head.args?.[0], program);
  const during = word('during') ?? word('over');
  const to = word('to');
  const out: InjectionStep = {
    step,
    model,
    position,
    scenario,
    words: chain.map((c) => c.name),
    call: head,
    outer: value,
  };
  const durationSec =
    step === 'nothingFor'
      ? durationSeconds(head.args?.[0], program)
      : durationSeconds(during?.args?.[0], program);
  if (durationSec !== undefined) out.durationSec = durationSec;
  if (
    step === 'atOnceUsers' ||
    step === 'rampUsers' ||
    step === 'stressPeakUsers' ||
    step === 'heavisideUsers'
  )
    assign(out, 'users', first);
  else if (step === 'constantUsersPerSec' || step === 'rampUsersPerSec') {
    assign(out, 'rate', first);
    assign(out, 'toRate', step === 'rampUsersPerSec' ? numberValue(to?.args?.[0], program) : first);
  } else if (step === 'constantConcurrentUsers' || step === 'rampConcurrentUsers') {
    assign(out, 'users', first);
    assign(out, 'toUsers', step === 'rampConcurrentUsers' ? numberValue(to?.args?.[0], program) : first);
  } else if (step === 'incrementUsersPerSec' || step === 'incrementConcurrentUsers')
    assign(out, 'users', first);
  return out;
}

function assign<K extends 'users' | 'rate' | 'toRate' | 'toUsers'>(
  step: InjectionStep,
  key: K,
  value: number | undefined,
): void {
  if (value !== undefined) step[key] = value;
}

/**
 * The load of a step over time: arrivals per second (open) or concurrent users (closed). `rampUsers(n)` over
 * d spreads n arrivals evenly, a constant rate of n/d; `atOnceUsers(n)` starts n users in no time, so its
 * rate has no finite value and its stage has no load; `stressPeakUsers` follows a curve whose peak is not
 * written. Undefined when the step cannot be read.
 */
function stagesOf(step: InjectionStep, program: Program): Stage[] | undefined {
  const loc = locOf(step.outer.node, program.file);
  const d = step.durationSec;
  switch (step.step) {
    case 'nothingFor':
      return d === undefined ? undefined : [{ durationSec: d, from: 0, to: 0, loc }];
    case 'atOnceUsers':
      return [{ durationSec: 0, loc }];
    case 'rampUsers':
      if (d === undefined || step.users === undefined) return undefined;
      return [
        {
          durationSec: d,
          from: d > 0 ? step.users / d : undefined,
          to: d > 0 ? step.users / d : undefined,
          loc,
        },
      ];
    case 'constantUsersPerSec':
    case 'rampUsersPerSec':
      if (d === undefined || step.rate === undefined || step.toRate === undefined) return undefined;
      return [{ durationSec: d, from: step.rate, to: step.toRate, loc }];
    case 'constantConcurrentUsers':
    case 'rampConcurrentUsers':
      if (d === undefined || step.users === undefined || step.toUsers === undefined) return undefined;
      return [{ durationSec: d, from: step.users, to: step.toUsers, loc }];
    case 'stressPeakUsers':
    case 'heavisideUsers':
      return d === undefined ? undefined : [{ durationSec: d, loc }];
    case 'incrementUsersPerSec':
    case 'incrementConcurrentUsers':
      return incrementStages(step, program, loc);
    default:
      return undefined;
  }
}

/**
 * `incrementUsersPerSec(r).times(n).eachLevelLasting(d).separatedByRampsLasting(s).startingFrom(r0)`: levels
 * r0, r0 + r, ... r0 + (n - 1)r, each held d seconds, with linear ramps of s seconds between them (Gatling's
 * docs: `incrementUsersPerSec(5.0).times(5)...startingFrom(10)` makes levels of 10, 15, 20, 25 and 30).
 */
function incrementStages(step: InjectionStep, program: Program, loc: Stage['loc']): Stage[] | undefined {
  const words = new Map<string, CallExpr>();
  for (let c: Expr | undefined = step.outer; c?.kind === 'call'; c = c.receiver) words.set(c.name, c);
  const increment = step.users;
  const times = numberValue(words.get('times')?.args?.[0], program);
  const level = durationSeconds(words.get('eachLevelLasting')?.args?.[0], program);
  const rampWord = words.get('separatedByRampsLasting');
  const ramp = rampWord ? durationSeconds(rampWord.args?.[0], program) : 0;
  const startWord = words.get('startingFrom');
  const start = startWord ? numberValue(startWord.args?.[0], program) : 0;
  if (
    increment === undefined ||
    times === undefined ||
    level === undefined ||
    ramp === undefined ||
    start === undefined
  )
    return undefined;
  if (times < 1 || times > 1000) return undefined;
  const stages: Stage[] = [];
  for (let i = 0; i < times; i++) {
    const load = start + i * increment;
    if (i > 0 && ramp > 0) stages.push({ durationSec: ramp, from: load - increment, to: load, loc });
    stages.push({ durationSec: level, from: load, to: load, loc });
  }
  return stages;
}
