import type * as t from '@babel/types';
import type { SummaryHandler } from '../model.js';
import { forEachChild, isFunctionNode, locOf, staticKeyName, unwrap } from './ast.js';
import type { ModuleInfo } from './scope.js';

/**
 * The exported `handleSummary` and where its outputs go, when every `return` of its body returns an object
 * literal whose keys the file writes out (`{ stdout: textSummary(data), 'summary.json': ... }`). Undefined
 * when it is not exported as a function of this file, or when any output may be computed (a spread, a
 * computed key, a value returned from elsewhere): a rule must not call a summary missing that may be there.
 */
export function readSummaryHandler(module: ModuleInfo): SummaryHandler | undefined {
  const target = module.exports.get('handleSummary');
  if (target?.kind !== 'local') return undefined;
  const binding = module.scope.lookup(target.local);
  let fn: t.Node | undefined;
  if (binding?.kind === 'function') fn = binding.node;
  else if (binding?.kind === 'value' && binding.path.length === 0) fn = unwrap(binding.init);
  if (!fn || !isFunctionNode(fn) || !('body' in fn)) return undefined;
  const body = fn.body as t.Node;
  const returned: t.Node[] = [];
  if (body.type !== 'BlockStatement') returned.push(body);
  else if (!collectReturns(body, returned)) return undefined;
  if (returned.length === 0) return undefined;
  // The outputs are listed in the order the file writes them.
  returned.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  const outputs = new Set<string>();
  for (const value of returned) {
    const object = unwrap(value);
    if (object.type !== 'ObjectExpression') return undefined;
    for (const p of object.properties) {
      if (p.type !== 'ObjectProperty' && p.type !== 'ObjectMethod') return undefined;
      const key = staticKeyName(p.key, p.computed);
      if (key === undefined) return undefined;
      outputs.add(key);
    }
  }
  const keys = [...outputs];
  return {
    outputs: keys.length > 0 ? keys.map((k) => JSON.stringify(k)).join(', ') : 'nothing',
    stdout: outputs.has('stdout'),
    loc: locOf(target.node, module.file),
  };
}

/**
 * The values of the `return`s of a function body, not of the functions nested in it; false when one returns
 * nothing.
 */
function collectReturns(node: t.Node, out: t.Node[]): boolean {
  const stack: t.Node[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isFunctionNode(n)) continue;
    if (n.type === 'ReturnStatement') {
      if (!n.argument) return false;
      out.push(n.argument);
      continue;
    }
    forEachChild(n, (child) => stack.push(child));
  }
  return true;
}
