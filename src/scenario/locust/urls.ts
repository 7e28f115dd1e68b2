import { callArguments, dottedName, named, numberValue, stringValue, type PyNode } from '../python/syntax.js';
import type { LocustNodes } from './nodes.js';

export interface UrlFacts {
  /** As written; run-time parts as `${expression}`. */
  url: string;
  dynamic: boolean;
  /** The run-time parts can take only a few values (constants, a short literal loop, a base URL prefix). */
  bounded: boolean;
}

/** Loops over at most this many values keep a URL's cardinality bounded. */
const SHORT_LOOP = 50;

/**
 * A request URL as text, and whether it varies at run time. A name is followed to a literal assigned to it
 * once, in the same function or at module level; a name we cannot follow is treated as bounded (unknown),
 * so the cardinality rule stays silent instead of guessing.
 */
export function urlOf(node: PyNode, nodes: LocustNodes): UrlFacts {
  const literal = stringValue(node);
  if (literal !== undefined) return { url: literal, dynamic: false, bounded: true };
  if (node.type === 'identifier') {
    const assigned = literalAssignment(node, nodes);
    if (assigned !== undefined) return { url: assigned, dynamic: false, bounded: true };
    return { url: `\${${node.text}}`, dynamic: true, bounded: true };
  }
  if (node.type === 'string') return fString(node, nodes);
  if (node.type === 'binary_operator' && node.child(1)?.type === '+') {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (left && right) {
      const a = urlPart(left, true, nodes);
      const b = urlPart(right, false, nodes);
      return { url: a.url + b.url, dynamic: true, bounded: a.bounded && b.bounded };
    }
  }
  // `"/a/%s" % x`, `"/a/{}".format(x)`: the template is kept as written.
  return { url: node.text, dynamic: true, bounded: false };
}

function urlPart(node: PyNode, leading: boolean, nodes: LocustNodes): UrlFacts {
  const literal = stringValue(node);
  if (literal !== undefined) return { url: literal, dynamic: false, bounded: true };
  if (node.type === 'string' || node.type === 'binary_operator') {
    const inner = urlOf(node, nodes);
    return { ...inner, bounded: inner.bounded };
  }
  const unwrapped = unwrapStr(node);
  return {
    url: `\${${unwrapped.text}}`,
    dynamic: true,
    bounded: leading || boundedExpression(unwrapped, nodes),
  };
}

/** `str(x)` is x for cardinality. */
function unwrapStr(node: PyNode): PyNode {
  if (node.type === 'call' && node.childForFieldName('function')?.text === 'str') {
    const arg = callArguments(node).positional[0];
    if (arg) return arg;
  }
  return node;
}

function fString(node: PyNode, nodes: LocustNodes): UrlFacts {
  let url = '';
  let bounded = true;
  let first = true;
  for (const part of named(node)) {
    if (part.type === 'string_start' || part.type === 'string_end') continue;
    if (part.type === 'interpolation') {
      const expression = named(part).find(
        (c) => c.type !== 'format_specifier' && c.type !== 'type_conversion',
      );
      url += `\${${expression?.text ?? ''}}`;
      // A leading `{base}` is the origin, like k6's `${BASE_URL}/path`.
      if (!first && (!expression || !boundedExpression(unwrapStr(expression), nodes))) bounded = false;
    } else url += part.text;
    first = false;
  }
  return { url, dynamic: true, bounded };
}

/** Constants (module-level literals, UPPER_CASE names, `self.host`), and loop variables over few values. */
function boundedExpression(node: PyNode, nodes: LocustNodes): boolean {
  if (stringValue(node) !== undefined || numberValue(node) !== undefined) return true;
  const dotted = dottedName(node);
  if (!dotted) return false;
  if (dotted === 'self.host' || dotted.endsWith('.host')) return true;
  if (node.type !== 'identifier') return /^[A-Z][A-Z0-9_]*$/.test(dotted.split('.').pop() ?? '');
  if (/^[A-Z][A-Z0-9_]*$/.test(dotted)) return true;
  if (literalAssignment(node, nodes) !== undefined) return true;
  return shortLoopVariable(node);
}

/** `for i in range(5)` / `for env in ["a", "b"]` around the use. */
function shortLoopVariable(name: PyNode): boolean {
  for (let p = name.parent; p; p = p.parent) {
    if (p.type === 'function_definition') return false;
    if (p.type !== 'for_statement') continue;
    if (p.childForFieldName('left')?.text !== name.text) continue;
    const right = p.childForFieldName('right');
    if (!right) return false;
    if (right.type === 'list' || right.type === 'tuple')
      return named(right).filter((c) => c.type !== 'comment').length <= SHORT_LOOP;
    if (right.type === 'call' && right.childForFieldName('function')?.text === 'range') {
      const args = callArguments(right).positional.map(numberValue);
      const last = args[args.length === 1 ? 0 : 1];
      const start = args.length === 1 ? 0 : (args[0] ?? 0);
      return last !== undefined && last - start <= SHORT_LOOP;
    }
    return false;
  }
  return false;
}

/**
 * The literal string a name is bound to: its only assignment in the enclosing function, else its only
 * assignment at module level. Two assignments, or none we can read, give undefined.
 */
function literalAssignment(name: PyNode, nodes: LocustNodes): string | undefined {
  const text = name.text;
  const fn = nodes.functionAround(name);
  for (const scope of fn ? [fn, undefined] : [undefined]) {
    const values: (string | undefined)[] = [];
    const assignments = scope ? nodes.inside(scope, 'assignment') : nodes.of('assignment');
    for (const assignment of assignments) {
      if (assignment.childForFieldName('left')?.text !== text) continue;
      // Module scope: only top-level statements bind module names.
      if (!scope && assignment.parent?.parent?.type !== 'module') continue;
      if (scope && nodes.functionAround(assignment)?.id !== scope.id) continue;
      values.push(stringValue(assignment.childForFieldName('right')));
    }
    if (values.length === 1) return values[0];
    if (values.length > 1) return undefined;
  }
  return undefined;
}
