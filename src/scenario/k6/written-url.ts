import type * as t from '@babel/types';
import { sourceOf, unwrap } from './ast.js';
import { certainAssignment } from './assigned.js';
import type { Scope } from './scope.js';

const MAX_DEPTH = 10;

/** One operand of a URL: literal text as it reads, anything else as `${code}`, as a template literal shows it. */
function part(node: t.Node, scope: Scope, depth: number): string {
  const n = unwrap(node);
  if (n.type === 'StringLiteral') return n.value;
  if (n.type === 'TemplateLiteral' || (n.type === 'BinaryExpression' && n.operator === '+'))
    return writtenUrl(n, scope, depth + 1);
  return `\${${sourceOf(n, scope.module.text)}}`;
}

/**
 * A request URL as the script writes it, for messages: `/orders/${id}` rather than the values of the
 * constants in it, so that it reads like the line it points to. Concatenation reads as a template literal
 * (`base + '/x/' + id` → `${base}/x/${id}`). A variable passed as the whole URL is replaced by the value it
 * certainly holds there (its constant initialiser, or the assignment that runs just before the request),
 * since `${url}` says nothing; where the value is not certain it stays `${url}`.
 */
export function writtenUrl(node: t.Node, scope: Scope, depth = 0): string {
  const n = unwrap(node);
  const text = scope.module.text;
  if (depth > MAX_DEPTH) return `\${${sourceOf(n, text)}}`;
  switch (n.type) {
    case 'StringLiteral':
      return n.value;
    case 'TemplateLiteral': {
      let out = '';
      n.quasis.forEach((quasi, i) => {
        out += quasi.value.cooked ?? quasi.value.raw;
        const expr = n.expressions[i];
        if (expr) out += `\${${sourceOf(expr, text)}}`;
      });
      return out;
    }
    case 'BinaryExpression':
      if (n.operator !== '+' || n.left.type === 'PrivateName') break;
      return part(n.left, scope, depth) + part(n.right, scope, depth);
    case 'TaggedTemplateExpression':
      // http.url`/orders/${id}`: the template is the URL.
      return writtenUrl(n.quasi, scope, depth + 1);
    case 'Identifier': {
      const value = assignedValue(n, scope);
      if (value) return writtenUrl(value.node, value.scope, depth + 1);
      break;
    }
    default:
      break;
  }
  return `\${${sourceOf(n, text)}}`;
}

/** The expression a name certainly holds at this use: a constant's initialiser, or the last assignment. */
export function assignedValue(
  use: t.Identifier,
  scope: Scope,
): { node: t.Expression; scope: Scope } | undefined {
  const binding = scope.lookup(use.name);
  if (binding?.kind === 'value' && binding.path.length === 0) {
    const constant = binding.declKind === 'const' || !binding.scope.module.reassigned.has(binding.name);
    if (constant) return { node: binding.init, scope: binding.scope };
  } else if (binding?.kind !== 'opaque' || binding.uninitialised !== true) {
    return undefined;
  }
  const value = certainAssignment(use, scope.module);
  return value ? { node: value, scope } : undefined;
}
