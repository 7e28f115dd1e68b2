import type * as t from '@babel/types';
import type { K6Export, K6ExportFacts } from '../model.js';
import { locOf, unwrap } from './ast.js';
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
 * `nameCounts` (from the walk of `collectFacts`) tells which exports the file itself uses: those written
 * more than once (`options = { scenarios }`).
 */
export function readExports(module: ModuleInfo, nameCounts: ReadonlyMap<string, number>): K6ExportFacts {
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
  for (const e of list) if ((nameCounts.get(e.name) ?? 0) > 1) e.usedInFile = true;
  return { list, complete };
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
