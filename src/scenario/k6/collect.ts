import type * as t from '@babel/types';
import type { Location } from '../location.js';
import type { CheckRef, ImportRef, MetricDeclaration, ThinkTime } from '../model.js';
import { locOf, staticKeyName, unwrap } from './ast.js';
import { isK6Api, resolveApi } from './apis.js';
import { evaluate, type Evaluator } from './evaluate.js';
import type { ModuleLoader } from './modules.js';
import { isLocalModule } from './specifiers.js';
import { protocolOfReference } from './protocols.js';
import { initOnlyCall, type InitOnlyCall } from './init-stage.js';
import { isGlobalOpen, opensIn, parsedOpen, type DataParse } from './per-vu-data.js';
import { HTTP_FUNCTIONS, requestsFromCall, type FoundRequest } from './requests.js';
import { validatesResponse } from './response-use.js';
import type { ModuleInfo } from './scope.js';
import { SecretCollector } from './secrets.js';
import { walkModule } from './walk.js';

const METRIC_TYPES: Record<string, MetricDeclaration['type']> = {
  Counter: 'counter',
  Gauge: 'gauge',
  Rate: 'rate',
  Trend: 'trend',
};

export interface ScriptFacts {
  requests: FoundRequest[];
  /** The call expression of each found request, for host roles. */
  calls: Map<FoundRequest, t.Node>;
  thinkTimes: ThinkTime[];
  checks: CheckRef[];
  metrics: MetricDeclaration[];
  /** Custom Rate and Counter metrics whose `add()` is given a `check()` result: they count failed checks. */
  checkMetrics: Set<string>;
  imports: ImportRef[];
  secrets: SecretCollector;
  /**
   * How often each name is written as a reference or declaration (property keys and export specifiers are
   * not): an exported binding written more than once is used in its own file.
   */
  nameCounts: Map<string, number>;
  /** Protocols whose k6 modules the code uses (`HTTP`, `gRPC`, ...), and `unknown` for modules that may send requests unseen. */
  protocols: Set<string>;
  /** Calls of init-stage-only APIs (`open`, `new SharedArray`, metrics) written inside a named function. */
  initOnly: InitOnlyCall[];
  /** Files the init code opens and parses outside a SharedArray, so that every VU holds its own copy. */
  perVuOpens: { file: string; parse: DataParse; loc: Location }[];
}

function isCheckCall(node: t.Node, scope: ModuleInfo['scope']): boolean {
  const n = unwrap(node);
  return (
    n.type === 'CallExpression' &&
    resolveApi(n.callee, scope)?.name === 'check' &&
    resolveApi(n.callee, scope)?.module === 'k6'
  );
}

/**
 * Does this value come from a `check()` result: the call itself, its negation, a combination of them, or a
 * name earlier set from one (`const ok = check(...)`; `failures.add(!ok)`), as k6's own README writes it?
 */
function fromCheck(node: t.Node, scope: ModuleInfo['scope'], names: ReadonlySet<string>, depth = 0): boolean {
  const n = unwrap(node);
  if (depth > 10) return false;
  if (isCheckCall(n, scope)) return true;
  if (n.type === 'UnaryExpression' && n.operator === '!')
    return fromCheck(n.argument, scope, names, depth + 1);
  if (n.type === 'LogicalExpression')
    return fromCheck(n.left, scope, names, depth + 1) || fromCheck(n.right, scope, names, depth + 1);
  if (n.type === 'ConditionalExpression') return fromCheck(n.test, scope, names, depth + 1);
  return n.type === 'Identifier' && names.has(n.name);
}

/** The name of the custom Rate or Counter a `metric.add(...)` call feeds, when it is declared in this file. */
function fedMetricName(
  call: t.CallExpression,
  scope: ModuleInfo['scope'],
  ev: Evaluator,
): string | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier')
    return undefined;
  if (callee.property.name !== 'add' || callee.object.type !== 'Identifier') return undefined;
  const binding = scope.lookup(callee.object.name);
  if (binding?.kind !== 'value' || binding.path.length > 0) return undefined;
  const init = unwrap(binding.init);
  if (init.type !== 'NewExpression') return undefined;
  const api = resolveApi(init.callee, binding.scope);
  if (api?.module !== 'k6/metrics' || (api.name !== 'Rate' && api.name !== 'Counter')) return undefined;
  const first = init.arguments[0];
  if (!first || first.type === 'SpreadElement' || first.type === 'ArgumentPlaceholder') return undefined;
  const name = evaluate(first, binding.scope, ev);
  return name.kind === 'string' ? name.value : undefined;
}

function metricDeclaration(
  node: t.NewExpression,
  type: MetricDeclaration['type'],
  module: ModuleInfo,
  ev: Evaluator,
  scope: ModuleInfo['scope'],
): MetricDeclaration {
  const decl: MetricDeclaration = { type, loc: locOf(node, module.file) };
  const first = node.arguments[0];
  if (first && first.type !== 'SpreadElement' && first.type !== 'ArgumentPlaceholder') {
    const name = evaluate(first, scope, ev);
    if (name.kind === 'string') decl.name = name.value;
  }
  return decl;
}

/** Reads the calls that matter in one module: requests, sleeps, checks, metric declarations, secrets. */
export function collectFacts(module: ModuleInfo, ev: Evaluator): ScriptFacts {
  const facts: ScriptFacts = {
    requests: [],
    calls: new Map(),
    thinkTimes: [],
    checks: [],
    metrics: [],
    checkMetrics: new Set(),
    imports: [],
    secrets: new SecretCollector(module.file),
    nameCounts: new Map(),
    protocols: new Set(),
    initOnly: [],
    perVuOpens: [],
  };
  // `open(...)` calls in a SharedArray's callback, and those whose text a parse reads, met before the call.
  const shared = new Set<t.Node>();
  const parsed = new Map<t.Node, DataParse>();
  // Names set from a check() result anywhere in the file, in source order.
  const checkNames = new Set<string>();
  walkModule(module, {
    enter(node, state, named) {
      facts.secrets.visit(node);
      if (node.type === 'Identifier') {
        if (named) facts.nameCounts.set(node.name, (facts.nameCounts.get(node.name) ?? 0) + 1);
        const protocol = protocolOfReference(node, state.scope);
        if (protocol !== undefined) facts.protocols.add(protocol);
        return;
      }
      if (node.type === 'ImportDeclaration') {
        facts.imports.push({ specifier: node.source.value, loc: locOf(node.source, module.file) });
        return;
      }
      // `export { default } from './flow.js'` and `export * from './lib.js'` import that module too.
      if ((node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') && node.source) {
        facts.imports.push({ specifier: node.source.value, loc: locOf(node.source, module.file) });
        return;
      }
      if ((node.type === 'NewExpression' || node.type === 'CallExpression') && state.within !== undefined) {
        const call = initOnlyCall(node, state.scope, state.within, module);
        if (call) facts.initOnly.push(call);
      }
      if (state.within === undefined) {
        if (
          node.type === 'NewExpression' &&
          isK6Api(resolveApi(node.callee, state.scope), 'k6/data', 'SharedArray')
        )
          opensIn(node, state.scope, shared);
        const parse = parsedOpen(node, state.scope);
        if (parse) parsed.set(parse.open, parse.parse);
        else if (isGlobalOpen(node, state.scope) && !shared.has(node) && parsed.has(node)) {
          const arg = node.arguments[0];
          const file = arg && arg.type !== 'SpreadElement' ? evaluate(arg, state.scope, ev) : undefined;
          if (file?.kind === 'string')
            facts.perVuOpens.push({
              file: file.value,
              parse: parsed.get(node)!,
              loc: locOf(node, module.file),
            });
        }
      }
      if (node.type === 'NewExpression') {
        const api = resolveApi(node.callee, state.scope);
        const type = api?.module === 'k6/metrics' ? METRIC_TYPES[api.name] : undefined;
        if (type) facts.metrics.push(metricDeclaration(node, type, module, ev, state.scope));
        return;
      }
      if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.init) {
        if (fromCheck(node.init, state.scope, checkNames)) checkNames.add(node.id.name);
        return;
      }
      if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier') {
        if (fromCheck(node.right, state.scope, checkNames)) checkNames.add(node.left.name);
        return;
      }
      if (validatesResponse(node, state.scope)) {
        const assertion: CheckRef = { kind: 'assertion', loc: locOf(node, module.file) };
        if (state.within !== undefined) assertion.within = state.within;
        facts.checks.push(assertion);
      }
      if (node.type !== 'CallExpression') return;
      const fed = fedMetricName(node, state.scope, ev);
      const value = node.arguments[0];
      if (
        fed !== undefined &&
        value &&
        value.type !== 'SpreadElement' &&
        value.type !== 'ArgumentPlaceholder'
      ) {
        if (fromCheck(value, state.scope, checkNames)) facts.checkMetrics.add(fed);
        return;
      }
      const callee = unwrap(node.callee);
      if (callee.type === 'Identifier' && callee.name === 'require' && !state.scope.lookup('require')) {
        const arg = node.arguments[0];
        if (arg?.type === 'StringLiteral')
          facts.imports.push({ specifier: arg.value, loc: locOf(arg, module.file) });
        return;
      }
      const api = resolveApi(node.callee, state.scope);
      if (!api) return;
      if (api.module === 'k6/http' && HTTP_FUNCTIONS.has(api.name)) {
        for (const found of requestsFromCall(api.name, node, state.scope, ev, state.within)) {
          facts.requests.push(found);
          facts.calls.set(found, node);
        }
      } else if (api.module === 'k6' && api.name === 'sleep') {
        const pause: ThinkTime = { loc: locOf(node, module.file) };
        const arg = node.arguments[0];
        if (arg && arg.type !== 'SpreadElement' && arg.type !== 'ArgumentPlaceholder') {
          const v = evaluate(arg, state.scope, ev);
          if (v.kind === 'number') pause.seconds = v.value;
        }
        if (state.within !== undefined) pause.within = state.within;
        if (state.tails.has(node)) pause.trailing = true;
        facts.thinkTimes.push(pause);
      } else if (api.module === 'k6' && api.name === 'check') {
        const check: CheckRef = { kind: 'check', loc: locOf(node, module.file) };
        const sets = node.arguments[1] ? unwrap(node.arguments[1]) : undefined;
        if (sets?.type === 'ObjectExpression') {
          const names = sets.properties.flatMap((p) =>
            p.type === 'ObjectProperty' || p.type === 'ObjectMethod'
              ? (staticKeyName(p.key, p.computed) ?? [])
              : [],
          );
          if (names.length > 0) check.names = names;
        }
        if (state.within !== undefined) check.within = state.within;
        facts.checks.push(check);
      }
    },
  });
  return facts;
}

/**
 * Facts from the local modules the script imports that prove something exists: custom metrics a threshold
 * may name, checks and sleeps in helper functions. Requests, hosts and secrets in helpers stay with their
 * own files. Each local import is marked resolved or not, so rules know when a file could not be read.
 */
export function collectImportedFacts(
  module: ModuleInfo,
  facts: ScriptFacts,
  loader: ModuleLoader,
  ev: Evaluator,
): void {
  const visited = new Set<string>([module.file]);
  const queue: { from: ModuleInfo; ref: ImportRef; depth: number }[] = facts.imports.map((ref) => ({
    from: module,
    ref,
    depth: 1,
  }));
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { from, ref, depth } = next;
    if (!isLocalModule(ref.specifier)) continue;
    const loaded = loader.load(from, ref.specifier, depth);
    ref.resolved = loaded.kind !== 'missing';
    // A helper we cannot read may send requests of its own.
    if (loaded.kind === 'missing') facts.protocols.add('unknown');
    if (loaded.kind !== 'js' || visited.has(loaded.module.file)) continue;
    visited.add(loaded.module.file);
    const inner = collectFacts(loaded.module, ev);
    facts.metrics.push(...inner.metrics);
    for (const name of inner.checkMetrics) facts.checkMetrics.add(name);
    facts.checks.push(...inner.checks);
    facts.thinkTimes.push(...inner.thinkTimes);
    for (const protocol of inner.protocols) facts.protocols.add(protocol);
    for (const innerRef of inner.imports) {
      facts.imports.push(innerRef);
      queue.push({ from: loaded.module, ref: innerRef, depth: depth + 1 });
    }
  }
}
