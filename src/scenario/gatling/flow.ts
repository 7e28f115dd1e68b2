import type { DataSourceRef, SecretRef, ThinkTime } from '../model.js';
import { classifySecret } from '../secrets.js';
import { INJECT_CALLS } from './injection.js';
import type { Program } from './program.js';
import { locOf, type CallExpr, type Expr } from './syntax.js';
import { durationSeconds, follow, stringValue } from './values.js';

export interface Loop {
  kind: string;
  call: CallExpr;
}

export interface FlowFacts {
  thinkTimes: ThinkTime[];
  dataSources: DataSourceRef[];
  feeds: CallExpr[];
  loops: Loop[];
  /** `maxDuration(...)` calls: seconds when written as a literal, `unknown` when not. */
  maxDurations: { seconds?: number; call: CallExpr }[];
  throttles: CallExpr[];
  secrets: SecretRef[];
}

const PAUSES = new Set(['pause', 'pace', 'rendezVous']);
const FEEDERS = new Set(['csv', 'tsv', 'ssv', 'separatedValues']);
/** Loops of the DSL; `during` is also the injection word, told apart by what it is called on. */
const LOOPS = new Set([
  'forever',
  'asLongAs',
  'doWhile',
  'during',
  'asLongAsDuring',
  'doWhileDuring',
  'repeat',
  'foreach',
]);
const STEP_WORDS =
  /^(?:rampUsers|constantUsersPerSec|rampUsersPerSec|stressPeakUsers|heavisideUsers|constantConcurrentUsers|rampConcurrentUsers|to|during|over)$/;

export function readFlow(program: Program): FlowFacts {
  const out: FlowFacts = {
    thinkTimes: [],
    dataSources: [],
    feeds: [],
    loops: [],
    maxDurations: [],
    throttles: [],
    secrets: [],
  };
  const seenSecrets = new Set<number>();
  const addSecret = (key: string | undefined, expr: Expr | undefined) => {
    if (!expr || expr.kind !== 'string' || expr.interpolated || seenSecrets.has(expr.node.id)) return;
    const verdict = classifySecret(key, expr.text);
    if (!verdict) return;
    seenSecrets.add(expr.node.id);
    out.secrets.push({
      key: key ?? '(string)',
      masked: verdict.masked,
      reason: verdict.reason,
      loc: locOf(expr.node, program.file),
    });
  };
  for (const call of program.calls) {
    const args = call.args;
    if (PAUSES.has(call.name) && args?.length && isChainCall(call)) {
      const seconds = call.name === 'rendezVous' ? undefined : durationSeconds(args[0], program);
      out.thinkTimes.push({
        ...(seconds !== undefined ? { seconds } : {}),
        loc: locOf(call.nameNode, program.file),
      });
    } else if (call.name === 'feed' && args?.length && isChainCall(call)) out.feeds.push(call);
    else if (FEEDERS.has(call.name) && args?.length && !call.receiver) {
      const path = stringValue(args[0], program);
      if (path !== undefined)
        out.dataSources.push({ kind: 'csv', path, variables: [], loc: locOf(call.node, program.file) });
    } else if (LOOPS.has(call.name) && isChainCall(call) && !isInjectionDuring(call))
      out.loops.push({ kind: call.name, call });
    else if (call.name === 'maxDuration' && args?.length === 1) {
      const seconds = durationSeconds(args[0], program);
      out.maxDurations.push({ ...(seconds !== undefined ? { seconds } : {}), call });
    } else if (call.name === 'throttle' && args) out.throttles.push(call);
    if (!args) continue;
    // Credentials passed to the DSL: basic auth, an Authorization header, a password form field.
    if (/^(?:basicAuth|digestAuth)$/.test(call.name)) addSecret('password', follow(args[1], program));
    else if (/^(?:header|formParam|queryParam|multivaluedFormParam)$/.test(call.name) && args.length === 2) {
      const key = stringValue(args[0], program) ?? lastName(args[0]);
      addSecret(key, follow(args[1], program));
    } else if (call.name === 'authorizationHeader') addSecret('Authorization', follow(args[0], program));
    else for (const arg of args) addSecret(undefined, arg);
  }
  return out;
}

/** `HttpHeaderNames.Authorization` → `Authorization`. */
function lastName(expr: Expr | undefined): string | undefined {
  if (expr?.kind === 'call' && expr.args === undefined) return expr.name;
  if (expr?.kind === 'ident') return expr.name;
  return undefined;
}

/** A DSL word called on nothing (`pause(1)`) or on a chain (`exec(...).pause(1)`), not on some object (`Thread.pause`). */
function isChainCall(call: CallExpr): boolean {
  const r = call.receiver;
  // `other`: a chain past the conversion's depth limit, or a block (`{ ... }.pause(1)`).
  return !r || r.kind === 'call' || r.kind === 'other' || (r.kind === 'ident' && /^[a-z]/.test(r.name));
}

/** `rampUsers(10).during(30)`, `scn.inject(...)` chains: the injection's `during`, not a loop. */
function isInjectionDuring(call: CallExpr): boolean {
  if (call.name !== 'during') return false;
  for (let c: Expr | undefined = call.receiver; c?.kind === 'call'; c = c.receiver) {
    if (STEP_WORDS.test(c.name) || INJECT_CALLS.has(c.name)) return true;
  }
  return false;
}
