import type * as t from '@babel/types';
import { isFunctionNode, unwrap } from './ast.js';
import { parentOf } from './assigned.js';
import type { Binding, ModuleInfo, ParamRef, Scope } from './scope.js';
import { walkModule } from './walk.js';

type Opaque = Extract<Binding, { kind: 'opaque' }>;

/** How the caller judges one value: the URL reading of `urls.ts`, passed in to keep the modules acyclic. */
export interface ValueJudge {
  bounded(node: t.Node, scope: Scope, depth: number): boolean;
  /** Is this a short list of constants written in the file (`['/a', '/b']`)? */
  shortList(node: t.Node, scope: Scope): boolean;
}

interface CallSites {
  calls: { call: t.CallExpression; scope: Scope }[];
  /** The function is also used as a value (exported, passed as a callback): it has callers we cannot see. */
  escapes: boolean;
}

/** Array methods whose callback's first parameter is an element of the array they are called on. */
const ELEMENT_METHODS = new Set([
  'forEach',
  'map',
  'flatMap',
  'filter',
  'find',
  'findIndex',
  'some',
  'every',
]);

const indexCache = new WeakMap<ModuleInfo, Map<t.Node, CallSites>>();

function functionOf(binding: Binding | undefined): t.Node | undefined {
  if (binding?.kind === 'function') return binding.node;
  if (binding?.kind === 'value' && binding.path.length === 0) {
    const init = unwrap(binding.init);
    if (isFunctionNode(init)) return init;
  }
  return undefined;
}

/** A name that is not a reference: a non-computed property key or member name. */
function isKey(parent: t.Node, node: t.Node): boolean {
  if (parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression')
    return parent.property === node && !parent.computed;
  if (parent.type === 'ObjectProperty') return parent.key === node && !parent.computed && !parent.shorthand;
  if (parent.type === 'ObjectMethod' || parent.type === 'ClassMethod' || parent.type === 'ClassProperty')
    return parent.key === node && !parent.computed;
  return false;
}

/** Forgets a module's call index once its scenario is built (see `releaseAssignmentFacts`). */
export function releaseCallIndex(module: ModuleInfo): void {
  indexCache.delete(module);
}

/** Every call of each function of the module by its name, and whether the function is used otherwise. */
function callIndex(module: ModuleInfo): Map<t.Node, CallSites> {
  const cached = indexCache.get(module);
  if (cached) return cached;
  const index = new Map<t.Node, CallSites>();
  const sitesOf = (fn: t.Node): CallSites => {
    let sites = index.get(fn);
    if (!sites) {
      sites = { calls: [], escapes: false };
      index.set(fn, sites);
    }
    return sites;
  };
  walkModule(module, {
    enter(node, state) {
      if (node.type !== 'Identifier') return;
      const parent = parentOf(node, module);
      if (!parent || isKey(parent, node)) return;
      const binding = state.scope.lookup(node.name);
      const fn = functionOf(binding);
      if (!fn || !binding || node === binding.id) return;
      const sites = sitesOf(fn);
      if (parent.type === 'CallExpression' && parent.callee === node)
        sites.calls.push({ call: parent, scope: state.scope });
      else sites.escapes = true;
    },
  });
  // k6 calls the exported functions (default, exec functions), and other modules may import them.
  for (const target of module.exports.values()) {
    if (target.kind !== 'local') continue;
    const fn = functionOf(module.scope.bindings.get(target.local));
    if (fn) sitesOf(fn).escapes = true;
  }
  indexCache.set(module, index);
  return index;
}

/** The node a function is written in, through parentheses and type assertions. */
function containerOf(fn: t.Node, module: ModuleInfo): { parent?: t.Node; node: t.Node } {
  let node = fn;
  let parent = parentOf(node, module);
  while (parent && unwrap(parent) !== parent) {
    node = parent;
    parent = parentOf(node, module);
  }
  return parent ? { parent, node } : { node };
}

/** The scope that declares the binding: the parameter's function scope. */
function declaringScope(binding: Opaque, scope: Scope): Scope | undefined {
  for (let s: Scope | undefined = scope; s; s = s.parent)
    if (s.bindings.get(binding.name) === binding) return s;
  return undefined;
}

/** Parameters under evaluation: a function that passes its own parameter on to itself is not bounded. */
const active = new Set<Opaque>();

/**
 * Does a function parameter take a bounded number of values in a URL? It does when every call of the
 * function in this file passes a bounded value (constants, `__ENV`, other such parameters), or, for the
 * callback of `list.forEach(x => …)` and its kin, when the list is a short list of constants. When the
 * callers cannot be seen (an exported function k6 or another module calls, a callback handed to a library
 * such as a test builder) the values cannot be known, and an unknown value is never reported: true.
 */
export function parameterBounded(binding: Opaque, scope: Scope, depth: number, judge: ValueJudge): boolean {
  const param = binding.param;
  if (!param) return false;
  const module = scope.module;
  const own = declaringScope(binding, scope);
  const { parent, node } = containerOf(param.fn, module);
  if (parent?.type === 'CallExpression' && parent.arguments.includes(node as t.Expression)) {
    const callee = unwrap(parent.callee);
    const elementOf =
      param.index === 0 &&
      !param.nested &&
      callee.type === 'MemberExpression' &&
      !callee.computed &&
      callee.property.type === 'Identifier' &&
      ELEMENT_METHODS.has(callee.property.name);
    if (elementOf && own?.parent) return judge.shortList(callee.object, own.parent);
    return true;
  }
  const sites = callIndex(module).get(param.fn);
  if (!sites || sites.escapes || sites.calls.length === 0) return true;
  if (active.has(binding)) return false;
  active.add(binding);
  try {
    return sites.calls.every((site) => argumentBounded(site.call, site.scope, param, own, depth, judge));
  } finally {
    active.delete(binding);
  }
}

function argumentBounded(
  call: t.CallExpression,
  scope: Scope,
  param: ParamRef,
  own: Scope | undefined,
  depth: number,
  judge: ValueJudge,
): boolean {
  const args = call.arguments;
  // A spread before the parameter hides which value lands in it.
  for (let i = 0; i <= param.index && i < args.length; i++) {
    const a = args[i];
    if (a?.type === 'SpreadElement' || a?.type === 'ArgumentPlaceholder') return true;
  }
  const rest = isFunctionNode(param.fn) && param.fn.params[param.index]?.type === 'RestElement';
  const given = rest ? args.slice(param.index) : args.slice(param.index, param.index + 1);
  if (given.length === 0)
    return param.defaultValue && own ? judge.bounded(param.defaultValue, own, depth + 1) : true;
  return given.every((a) => valueBounded(a as t.Node, scope, param.nested, depth, judge));
}

/** A destructured parameter takes parts of its argument: an object literal is bounded when its values are. */
function valueBounded(
  node: t.Node,
  scope: Scope,
  nested: boolean,
  depth: number,
  judge: ValueJudge,
): boolean {
  const n = unwrap(node);
  if (nested && n.type === 'ObjectExpression') {
    return n.properties.every(
      (p) => p.type !== 'ObjectProperty' || valueBounded(p.value, scope, false, depth, judge),
    );
  }
  return judge.bounded(n, scope, depth + 1);
}
