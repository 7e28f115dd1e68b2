import type * as t from '@babel/types';
import type { FunctionRef } from '../model.js';
import { isFunctionNode, locOf, unwrap } from './ast.js';
import type { ModuleInfo } from './scope.js';

/**
 * Where the header of an anonymous function ends: the start of its body, so that a finding underlines
 * `function ()` or `() =>` rather than the whole function.
 */
function headerLoc(fn: t.Node, file: string): FunctionRef['loc'] {
  const loc = locOf(fn, file);
  const body = 'body' in fn ? (fn.body as t.Node | undefined) : undefined;
  const start = body?.loc?.start;
  if (!start) return loc;
  return { ...loc, endLine: start.line, endColumn: start.column + 1 };
}

/**
 * The module-level functions of a script under the names the walker gives them (`default` for the default
 * export, the declared or variable name otherwise), each at its name or, when it has none, its header: the
 * place a finding about what the function does (it never sleeps) points to.
 */
export function readFunctions(module: ModuleInfo): FunctionRef[] {
  const out: FunctionRef[] = [];
  const file = module.file;
  const add = (name: string, loc: FunctionRef['loc']) => {
    if (!out.some((f) => f.name === name)) out.push({ name, loc });
  };
  const declare = (stmt: t.Node | null | undefined) => {
    if (!stmt) return;
    if (stmt.type === 'FunctionDeclaration' && stmt.id) add(stmt.id.name, locOf(stmt.id, file));
    if (stmt.type === 'VariableDeclaration') {
      for (const d of stmt.declarations) {
        if (d.id.type === 'Identifier' && d.init && isFunctionNode(unwrap(d.init)))
          add(d.id.name, locOf(d.id, file));
      }
    }
  };
  for (const stmt of module.program.body) {
    if (stmt.type === 'ExportDefaultDeclaration') {
      const decl = unwrap(stmt.declaration);
      if (isFunctionNode(decl)) add('default', headerLoc(decl, file));
    } else if (stmt.type === 'ExportNamedDeclaration') declare(stmt.declaration);
    else declare(stmt);
  }
  return out;
}
