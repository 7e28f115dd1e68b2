import type * as t from '@babel/types';
import type { ObjectEntry, SourceValue } from '../value.js';
import { locOf, memberName, unwrap } from './ast.js';
import { evaluate, unknown, type Evaluator } from './evaluate.js';
import type { ModuleInfo } from './scope.js';

/**
 * Applies what the module's top-level code does to `options` after declaring it: `options.thresholds = {...}`,
 * `options.thresholds['checks'] = [...]`, `Object.assign(options, {...})`. k6 reads `options` once the init
 * code has run, so these count; a change we cannot follow makes the object partly unknown, never "absent".
 * Code inside functions runs later and cannot change the options.
 */
export function applyOptionMutations(
  module: ModuleInfo,
  name: string,
  value: SourceValue,
  ev: Evaluator,
): SourceValue {
  if (value.kind !== 'object') return value;
  let entries: ObjectEntry[] | undefined;
  const mutable = () => (entries ??= [...value.entries]);
  for (const statement of module.program.body) {
    if (statement.type !== 'ExpressionStatement') continue;
    const expression = unwrap(statement.expression);
    if (expression.type === 'AssignmentExpression') {
      const path = memberPath(expression.left, name);
      if (!path) continue;
      const at = locOf(expression.left, module.file);
      const assigned =
        expression.operator === '='
          ? evaluate(expression.right, module.scope, ev)
          : unknown('a compound assignment', at);
      const [first, ...rest] = path;
      if (first === undefined) {
        mutable().push({ key: '...', keyLoc: at, value: unknown('a computed key assigned at run time', at) });
      } else if (rest.length === 0) {
        mutable().push({ key: first, keyLoc: at, value: assigned });
      } else {
        const current = [...mutable()].reverse().find((e) => e.key === first)?.value;
        mutable().push({ key: first, keyLoc: at, value: setNested(current, rest, assigned, at) });
      }
    } else if (isObjectAssignTo(expression, name)) {
      for (const argument of (expression as t.CallExpression).arguments.slice(1)) {
        const source = evaluate(argument, module.scope, ev);
        if (source.kind === 'object') mutable().push(...source.entries);
        else
          mutable().push({
            key: '...',
            keyLoc: source.loc,
            value: unknown('Object.assign from a value we cannot read', source.loc),
          });
      }
    }
  }
  return entries ? { ...value, entries } : value;
}

/** `options.a.b` → ['a', 'b']; `options[x]` → [undefined]; anything not rooted at `name` → undefined. */
function memberPath(node: t.Node, name: string): (string | undefined)[] | undefined {
  const keys: (string | undefined)[] = [];
  let current = unwrap(node);
  while (current.type === 'MemberExpression') {
    keys.unshift(memberName(current));
    current = unwrap(current.object);
  }
  return current.type === 'Identifier' && current.name === name && keys.length > 0 ? keys : undefined;
}

function setNested(
  target: SourceValue | undefined,
  path: (string | undefined)[],
  assigned: SourceValue,
  at: SourceValue['loc'],
): SourceValue {
  const [key, ...rest] = path;
  if (target?.kind !== 'object' || key === undefined)
    return unknown('a nested property assigned at run time', at);
  const inner = [...target.entries].reverse().find((e) => e.key === key)?.value;
  const value = rest.length === 0 ? assigned : setNested(inner, rest, assigned, at);
  return { ...target, entries: [...target.entries, { key, keyLoc: at, value }] };
}

function isObjectAssignTo(node: t.Node, name: string): boolean {
  if (node.type !== 'CallExpression') return false;
  const callee = unwrap(node.callee);
  const target = node.arguments[0] ? unwrap(node.arguments[0]) : undefined;
  return (
    callee.type === 'MemberExpression' &&
    unwrap(callee.object).type === 'Identifier' &&
    (unwrap(callee.object) as t.Identifier).name === 'Object' &&
    memberName(callee) === 'assign' &&
    target?.type === 'Identifier' &&
    target.name === name
  );
}
