import type * as t from '@babel/types';
import { memberName, unwrap } from './ast.js';
import type { Scope } from './scope.js';

export interface ApiRef {
  /** The module the function comes from: `k6`, `k6/http`, `k6/metrics`. */
  module: string;
  /** The exported name: `get`, `sleep`, `Trend`. */
  name: string;
}

/**
 * Which k6 API a callee refers to, following the script's own imports (`import http from 'k6/http'`,
 * `import { sleep as pause } from 'k6'`, `import * as k6 from 'k6'`, `require('k6/http')`). A local
 * function that happens to be called `sleep` is not k6's.
 */
export function resolveApi(callee: t.Node, scope: Scope): ApiRef | undefined {
  const node = unwrap(callee);
  if (node.type === 'Identifier') {
    const b = scope.lookup(node.name);
    if (b?.kind !== 'import' || b.path.length > 0) return undefined;
    if (b.imported === '*' || b.imported === 'default') return undefined;
    return { module: b.source, name: b.imported };
  }
  if (
    (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') &&
    node.object.type === 'Identifier'
  ) {
    const b = scope.lookup(node.object.name);
    const name = memberName(node);
    if (b?.kind !== 'import' || name === undefined) return undefined;
    if ((b.imported === '*' || b.imported === 'default') && b.path.length === 0)
      return { module: b.source, name };
  }
  return undefined;
}

export function isK6Api(ref: ApiRef | undefined, module: string, ...names: string[]): boolean {
  return ref !== undefined && ref.module === module && names.includes(ref.name);
}
