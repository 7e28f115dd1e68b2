import type * as t from '@babel/types';
import type { InitStageCall } from '../model.js';
import type { SourceValue } from '../value.js';
import { getValue } from '../value.js';
import { locOf, memberName, unwrap } from './ast.js';
import { resolveApi } from './apis.js';
import { isGlobalCall } from './per-vu-data.js';
import type { ModuleInfo, Scope } from './scope.js';

/** A call of an API k6 allows only while the script is initialised, and the error k6 throws elsewhere. */
export interface InitOnlyCall {
  call: string;
  error: string;
  /** The named function the call is written in (`WalkState.within`). */
  within: string;
  loc: InitStageCall['loc'];
}

const METRICS = new Set(['Counter', 'Gauge', 'Rate', 'Trend']);
/** k6's init-only globals. */
const GLOBALS = ['open', 'require'];
const GRPC_MODULES = new Set(['k6/net/grpc', 'k6/experimental/grpc']);

/**
 * The init-stage-only API a call or `new` is, with k6's own error for it (`js/initcontext.go`,
 * `js/modules/k6/data`, `js/modules/k6/metrics`, `js/modules/k6/grpc`); undefined for any other node. `open`
 * and `require` are k6's globals only where the script does not declare a name of its own.
 */
function initOnlyApi(node: t.Node, scope: Scope): { call: string; error: string } | undefined {
  if (node.type === 'NewExpression') {
    const api = resolveApi(node.callee, scope);
    if (api?.module === 'k6/data' && api.name === 'SharedArray')
      return { call: 'new SharedArray()', error: 'new SharedArray must be called in the init context' };
    if (api?.module === 'k6/metrics' && METRICS.has(api.name))
      return { call: `new ${api.name}()`, error: 'metrics must be declared in the init context' };
    return undefined;
  }
  if (node.type !== 'CallExpression') return undefined;
  for (const name of GLOBALS)
    if (isGlobalCall(node, scope, name))
      return { call: `${name}()`, error: `the "${name}" function is only available in the init stage` };
  const callee = unwrap(node.callee);
  // `client.load([...], 'x.proto')` of a `new grpc.Client()`: the protobuf definitions are read at init.
  if (callee.type !== 'MemberExpression' || callee.object.type !== 'Identifier') return undefined;
  const method = memberName(callee);
  if (method !== 'load' && method !== 'loadProtoset') return undefined;
  const binding = scope.lookup(callee.object.name);
  if (binding?.kind !== 'value' || binding.path.length > 0) return undefined;
  const init = binding.init ? unwrap(binding.init) : undefined;
  if (init?.type !== 'NewExpression') return undefined;
  const api = resolveApi(init.callee, binding.scope);
  if (!api || !GRPC_MODULES.has(api.module) || api.name !== 'Client') return undefined;
  return { call: `${callee.object.name}.${method}()`, error: `${method} must be called in the init context` };
}

export function initOnlyCall(
  node: t.Node,
  scope: Scope,
  within: string,
  module: ModuleInfo,
): InitOnlyCall | undefined {
  const api = initOnlyApi(node, scope);
  return api && { ...api, within, loc: locOf(node, module.file) };
}

/** k6's own functions, which it calls after the init stage, when the script exports them. */
const LIFECYCLE: Record<string, string> = {
  default: 'the default function',
  setup: 'setup()',
  teardown: 'teardown()',
  handleSummary: 'handleSummary()',
};

/**
 * The functions of the script k6 runs after the init stage, by the name `WalkState.within` gives them (the
 * default export's is `default`, `export { run as default }` names `run`): the lifecycle functions it
 * exports and the exported functions its scenarios name in `exec`. A function it only calls from one of them
 * is not followed: the same helper may also run at init.
 */
export function runStageFunctions(module: ModuleInfo, options: SourceValue | undefined): Map<string, string> {
  const stages = new Map<string, string>();
  const add = (exported: string, what: string): void => {
    const target = module.exports.get(exported);
    if (!target || target.kind === 'reexport') return;
    if (target.kind === 'expression') {
      const expression = unwrap(target.expression);
      if (exported === 'default' && expression.type !== 'Identifier') stages.set('default', what);
      else if (expression.type === 'Identifier') stages.set(expression.name, what);
      return;
    }
    // `export default function name() {}` is walked as `default`; other exports by their local name.
    stages.set(
      exported === 'default' && target.node.type !== 'ExportSpecifier' ? 'default' : target.local,
      what,
    );
  };
  for (const [name, what] of Object.entries(LIFECYCLE)) add(name, what);
  const scenarios = getValue(options, 'scenarios');
  if (scenarios?.kind === 'object')
    for (const entry of scenarios.entries) {
      const exec = getValue(entry.value, 'exec');
      if (exec?.kind === 'string' && exec.value !== 'default')
        add(exec.value, `${exec.value}(), the exec function of scenario "${entry.key}"`);
    }
  return stages;
}

/** The init-only calls written in a function k6 runs after the init stage: the calls that throw. */
export function initStageCalls(
  calls: readonly InitOnlyCall[],
  stages: ReadonlyMap<string, string>,
): InitStageCall[] {
  const found: InitStageCall[] = [];
  for (const c of calls) {
    const what = stages.get(c.within);
    if (what !== undefined) found.push({ call: c.call, function: what, error: c.error, loc: c.loc });
  }
  return found;
}
