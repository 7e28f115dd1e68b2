import type * as t from '@babel/types';
import { memberName, someChild, unwrap } from './ast.js';
import { resolveApi } from './apis.js';
import type { Scope } from './scope.js';

/** Properties of a k6 response that say whether the request worked (k6 docs, "Response"). */
const RESPONSE_PROPERTIES = new Set(['status', 'status_text', 'body', 'json', 'html', 'error', 'error_code']);

function some(node: t.Node, test: (n: t.Node) => boolean, depth = 0): boolean {
  if (depth > 40) return false;
  if (test(node)) return true;
  return someChild(node, (c) => some(c, test, depth + 1));
}

/** Does the expression read a response's outcome (`res.status`, `res.json()`, `res.error_code`)? */
export function readsResponse(node: t.Node): boolean {
  return some(node, (n) => {
    if (n.type !== 'MemberExpression' && n.type !== 'OptionalMemberExpression') return false;
    const name = memberName(n);
    return name !== undefined && RESPONSE_PROPERTIES.has(name);
  });
}

/** `metric.add(...)`: a custom metric that a threshold can judge. */
function isMetricAdd(n: t.Node): boolean {
  if (n.type !== 'CallExpression') return false;
  const callee = unwrap(n.callee);
  return (
    (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') &&
    memberName(callee) === 'add'
  );
}

/** Something that fails the iteration or the test, or counts a failure: `fail()`, `exec.test.abort()`, `throw`, `metric.add()`. */
function decides(node: t.Node, scope: Scope): boolean {
  return some(node, (n) => {
    if (n.type === 'ThrowStatement' || isMetricAdd(n)) return true;
    if (n.type !== 'CallExpression') return false;
    const api = resolveApi(n.callee, scope);
    if (api?.module === 'k6' && api.name === 'fail') return true;
    const callee = unwrap(n.callee);
    return (
      (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') &&
      memberName(callee) === 'abort'
    );
  });
}

/**
 * Validation written without `check()`: a response's outcome fed to a metric a threshold can judge
 * (`failedRate.add(res.status !== 200)`), or a condition on it that fails the iteration, aborts the test
 * or counts a failure (`if (res.status !== 200) fail(...)`, `res.status === 200 || exec.test.abort()`).
 */
export function validatesResponse(node: t.Node, scope: Scope): boolean {
  if (node.type === 'CallExpression' && isMetricAdd(node))
    return node.arguments.some((a) => readsResponse(a));
  if (node.type === 'IfStatement' || node.type === 'ConditionalExpression')
    return readsResponse(node.test) && decides(node, scope);
  if (node.type === 'LogicalExpression') return readsResponse(node.left) && decides(node.right, scope);
  return false;
}
