import type * as t from '@babel/types';
import type { K6Export, K6ExportFacts } from '../model.js';
import { forEachChild, locOf, unwrap } from './ast.js';
import type { ModuleInfo } from './scope.js';

function isFunctionExpression(node: t.Node): boolean {
  const n = unwrap(node);
  return (
    n.type === 'FunctionExpression' ||
    n.type === 'ArrowFunctionExpression' ||
    n.type === 'FunctionDeclaration'
  );
}

/** Is the local name bound to a function (a declaration, or a const/let/var initialised with one)? */
function localKind(module: ModuleInfo, local: string): K6Export['kind'] {
  const binding = module.scope.bindings.get(local);
  if (!binding) return 'unknown';
  if (binding.kind === 'function') return 'function';
  if (binding.kind === 'value' && binding.path.length === 0)
    return isFunctionExpression(binding.init) ? 'function' : 'value';
  return 'unknown';
}

/**
 * What the script exports, as k6 sees it when it starts: the default function, named exec functions and
 * `options`. Re-exports and `export *` are names we cannot see into, so they make the list incomplete.
 */
export function readExports(module: ModuleInfo): K6ExportFacts {
  const list: K6Export[] = [];
  let complete = true;
  for (const [name, target] of module.exports) {
    const loc = locOf(target.node, module.file);
    if (target.kind === 'reexport') list.push({ name, kind: 'unknown', loc });
    else if (target.kind === 'expression') {
      const expression = unwrap(target.expression);
      const kind = isFunctionExpression(expression)
        ? 'function'
        : expression.type === 'Identifier'
          ? localKind(module, expression.name)
          : 'unknown';
      list.push({ name, kind, loc });
    } else list.push({ name, kind: localKind(module, target.local), loc });
  }
  for (const stmt of module.program.body) {
    if (stmt.type === 'ExportAllDeclaration' || assignsCommonJsExports(stmt)) complete = false;
  }
  const counts = identifierCounts(module.program);
  for (const e of list) if ((counts.get(e.name) ?? 0) > 1) e.usedInFile = true;
  return { list, complete };
}

/**
 * How often each name is written as a reference or declaration: an exported binding written more than once
 * is used in its own file (`options = { scenarios }`). Property keys and export specifiers are not uses.
 */
function identifierCounts(program: t.Program): Map<string, number> {
  const counts = new Map<string, number>();
  const stack: t.Node[] = [program];
  while (stack.length > 0) {
    const node = stack.pop() as t.Node;
    if (node.type === 'ExportSpecifier') continue;
    if (node.type === 'Identifier') {
      counts.set(node.name, (counts.get(node.name) ?? 0) + 1);
      continue;
    }
    forEachChild(node, (child) => {
      const isKey =
        ((node.type === 'ObjectProperty' || node.type === 'ObjectMethod') &&
          child === node.key &&
          !node.computed) ||
        ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') &&
          child === node.property &&
          !node.computed);
      if (!isKey) stack.push(child);
    });
  }
  return counts;
}

/** `module.exports = ...` or `exports.x = ...`: CommonJS exports, which this reading does not list. */
function assignsCommonJsExports(stmt: t.Statement): boolean {
  if (stmt.type !== 'ExpressionStatement') return false;
  const expression = unwrap(stmt.expression);
  if (expression.type !== 'AssignmentExpression') return false;
  let target: t.Node = expression.left;
  while (target.type === 'MemberExpression') target = target.object;
  return target.type === 'Identifier' && (target.name === 'module' || target.name === 'exports');
}
