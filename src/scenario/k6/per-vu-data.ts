import type * as t from '@babel/types';
import { forEachChild, memberName, unwrap } from './ast.js';
import type { Scope } from './scope.js';

/** How init code turns a file it opens into data every VU then holds: `JSON.parse(open(f))`, `papaparse.parse(open(f))`, `open(f).split(...)`. */
export type DataParse = 'JSON.parse()' | 'papaparse.parse()' | '.split()';

/** Is this a call of k6's global `name` (`open`, `require`), not of a name the script declares? */
export function isGlobalCall(node: t.Node, scope: Scope, name: string): node is t.CallExpression {
  if (node.type !== 'CallExpression') return false;
  const callee = unwrap(node.callee);
  return callee.type === 'Identifier' && callee.name === name && !scope.lookup(name);
}

/** Is this the global `open(...)`? */
export function isGlobalOpen(node: t.Node, scope: Scope): node is t.CallExpression {
  return isGlobalCall(node, scope, 'open');
}

/**
 * The `open(...)` call a parse reads the file of, when `node` is such a parse: `JSON.parse(open(f))` (JSON not
 * shadowed), `papaparse.parse(open(f))` of jslib's papaparse, `open(f).split(...)`.
 */
export function parsedOpen(node: t.Node, scope: Scope): { open: t.Node; parse: DataParse } | undefined {
  if (node.type !== 'CallExpression') return undefined;
  const callee = unwrap(node.callee);
  if (callee.type !== 'MemberExpression' || callee.computed) return undefined;
  const method = memberName(callee);
  const object = unwrap(callee.object);
  if (method === 'split' && isGlobalOpen(object, scope)) return { open: object, parse: '.split()' };
  if (method !== 'parse' || object.type !== 'Identifier') return undefined;
  const first = node.arguments[0] ? unwrap(node.arguments[0]) : undefined;
  if (!first || !isGlobalOpen(first, scope)) return undefined;
  if (object.name === 'JSON' && !scope.lookup('JSON')) return { open: first, parse: 'JSON.parse()' };
  const binding = scope.lookup(object.name);
  if (binding?.kind === 'import' && /papaparse/i.test(binding.source))
    return { open: first, parse: 'papaparse.parse()' };
  return undefined;
}

/** The `open(...)` calls written in a `new SharedArray(...)`: their data is held once for every VU. */
export function opensIn(node: t.NewExpression, scope: Scope, out: Set<t.Node>): void {
  const stack: t.Node[] = [...node.arguments];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isGlobalOpen(n, scope)) out.add(n);
    forEachChild(n, (child) => stack.push(child));
  }
}
