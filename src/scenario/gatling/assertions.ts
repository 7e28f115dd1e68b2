import type { Location } from '../location.js';
import type { CriteriaSet, Criterion } from '../model.js';
import type { Program } from './program.js';
import { locOf, type CallExpr, type Expr } from './syntax.js';
import { follow, numberValue, stringValue } from './values.js';

const OPERATORS: Record<string, string> = {
  lt: '<',
  lte: '<=',
  gt: '>',
  gte: '>=',
  // Gatling 2 names, renamed in 3.0 (gatling/deprecated-dsl reports them); same meaning.
  lessThan: '<',
  lowerThan: '<',
  greaterThan: '>',
  is: '==',
  shouldBe: '==',
  between: 'between',
  around: 'around',
  deviatesAround: 'around',
  in: 'in',
};

const METRICS = new Set([
  'responseTime',
  'allRequests',
  'failedRequests',
  'successfulRequests',
  'requestsPerSec',
]);
const SCOPES = new Set(['global', 'forAll', 'details']);

/** `setUp(...).assertions(...)`: the criteria Gatling fails the run on (exit code 2 when one fails). */
export function readCriteria(program: Program, anchor: Location, hasSetUp: boolean): CriteriaSet {
  const items: Criterion[] = [];
  let found = false;
  let unknown = false;
  for (const call of program.calls) {
    if (call.name !== 'assertions' || !call.args) continue;
    found = true;
    if (call.args.length === 0) unknown = true;
    for (const arg of call.args) {
      const value = follow(arg, program);
      const criterion = value?.kind === 'call' ? readAssertion(value, program) : undefined;
      if (criterion) items.push(criterion);
      else unknown = true;
    }
  }
  // A file without setUp is a part (chains, requests) another simulation runs: criteria are its business.
  const status = !hasSetUp ? 'unknown' : found ? 'present' : 'absent';
  void unknown;
  return { status, items, anchor };
}

/** `global().responseTime().percentile(95).lt(800)` → metric `global.responseTime.percentile(95)`, `< 800`. */
function readAssertion(outer: CallExpr, program: Program): Criterion | undefined {
  const chain: CallExpr[] = [];
  for (let c: Expr | undefined = outer; c?.kind === 'call'; c = c.receiver) chain.unshift(c);
  // `global()` (Java, Kotlin) is a call; Scala's `global` is a name the first call is made on.
  const first = chain[0];
  const root = first?.receiver;
  const scope =
    root?.kind === 'ident' && SCOPES.has(root.name)
      ? { name: root.name, args: undefined as Expr[] | undefined }
      : first;
  if (!scope || !SCOPES.has(scope.name)) return undefined;
  const metric = chain.find((c) => METRICS.has(c.name));
  const condition = chain.at(-1)!;
  const operator = OPERATORS[condition.name];
  if (!metric || !operator) return undefined;
  const statCall = chain[chain.indexOf(metric) + 1];
  const stat = statCall && statCall !== condition ? statText(statCall, program) : undefined;
  const scopeText =
    scope.name === 'details'
      ? `details(${scope.args?.map((a) => stringValue(a, program) ?? a.node.text).join(' / ') ?? ''})`
      : scope.name;
  const value = numberValue(condition.args?.[0], program);
  const concerns: Criterion['concerns'] =
    metric.name === 'responseTime'
      ? 'latency'
      : metric.name === 'failedRequests' || metric.name === 'successfulRequests'
        ? 'errors'
        : metric.name === 'requestsPerSec'
          ? 'throughput'
          : 'other';
  return {
    metric: [scopeText, metric.name, ...(stat ? [stat] : [])].join('.'),
    // As written, on one line: `global()\n  .failedRequests()` reads `global().failedRequests()`.
    expression: outer.node.text.replace(/\s*\n\s*/g, '').replace(/\s+/g, ' '),
    ...(stat ? { aggregation: stat } : {}),
    operator,
    ...(value !== undefined ? { value } : {}),
    concerns,
    strict: true,
    loc: locOf(outer.node, program.file),
  };
}

function statText(call: CallExpr, program: Program): string {
  if (call.name === 'percentile' && call.args?.length === 1) {
    const p = numberValue(call.args[0], program);
    return `percentile(${p ?? '?'})`;
  }
  return call.name;
}
