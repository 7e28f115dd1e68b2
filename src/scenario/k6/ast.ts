import type * as t from '@babel/types';
import type { Location } from '../location.js';

/** Babel bookkeeping keys that hold no child nodes (or hold comments we read elsewhere). */
export const SKIP_KEYS = new Set([
  'type',
  'loc',
  'start',
  'end',
  'range',
  'extra',
  'leadingComments',
  'trailingComments',
  'innerComments',
  'typeAnnotation',
  'returnType',
  'typeParameters',
  'typeArguments',
  'superTypeParameters',
]);

export function isNode(x: unknown): x is t.Node {
  return typeof x === 'object' && x !== null && typeof (x as { type?: unknown }).type === 'string';
}

/**
 * Calls `fn` on each child node, in source order (Babel creates a node's properties in source order).
 * Enumerates the node's own keys instead of Babel's per-type table, so the bundle does not carry
 * @babel/types (half a megabyte parsed at every start) for one table. `Object.keys` rather than `for...in`:
 * the same keys in the same order (Babel's prototype adds only a method, never a child), and over the
 * nodes of a script it took 18 ms where `for...in` took 29 (Node 20). Every walk of the adapter runs this
 * on every node, so it tests the cheap things first: most keys hold numbers, strings or null, and are
 * passed over before the key is looked up.
 */
export function forEachChild(node: t.Node, fn: (child: t.Node) => void): void {
  const record = node as unknown as Record<string, unknown>;
  const keys = Object.keys(record);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const value = record[key];
    if (typeof value !== 'object' || value === null || SKIP_KEYS.has(key)) continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (isNode(item)) fn(item);
      }
    } else if (typeof (value as { type?: unknown }).type === 'string') {
      fn(value as t.Node);
    }
  }
}

/** Is any child node one `test` accepts? Stops at the first, in source order. */
export function someChild(node: t.Node, test: (child: t.Node) => boolean): boolean {
  const record = node as unknown as Record<string, unknown>;
  const keys = Object.keys(record);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const value = record[key];
    if (typeof value !== 'object' || value === null || SKIP_KEYS.has(key)) continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (isNode(item) && test(item)) return true;
      }
    } else if (typeof (value as { type?: unknown }).type === 'string' && test(value as t.Node)) {
      return true;
    }
  }
  return false;
}

/** The child nodes of a node, in source order, without type annotations. */
export function childNodes(node: t.Node): t.Node[] {
  const out: t.Node[] = [];
  forEachChild(node, (child) => out.push(child));
  return out;
}

/** 1-based line and column, as editors show them; the end is exclusive. */
export function locOf(node: t.Node | null | undefined, file: string): Location {
  const loc = node?.loc;
  if (!loc) return { file, line: 1, column: 1 };
  return {
    file,
    line: loc.start.line,
    column: loc.start.column + 1,
    endLine: loc.end.line,
    endColumn: loc.end.column + 1,
  };
}

export function fileStart(file: string): Location {
  return { file, line: 1, column: 1 };
}

/** Strips wrappers that do not change the value: parentheses and TypeScript assertions. */
export function unwrap(node: t.Node): t.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case 'ParenthesizedExpression':
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'TypeCastExpression':
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** The source text of a node, as written. */
export function sourceOf(node: t.Node, text: string): string {
  if (typeof node.start === 'number' && typeof node.end === 'number') return text.slice(node.start, node.end);
  return '';
}

/** The name of a non-computed property key (`a`, `'a'`, `1`), or undefined for a computed one. */
export function staticKeyName(key: t.Node, computed: boolean): string | undefined {
  if (!computed && key.type === 'Identifier') return key.name;
  if (key.type === 'StringLiteral') return key.value;
  if (key.type === 'NumericLiteral') return String(key.value);
  return undefined;
}

/** `a.b` or `a['b']`: the property name when it is static. */
export function memberName(node: t.MemberExpression | t.OptionalMemberExpression): string | undefined {
  return staticKeyName(node.property, node.computed);
}

export function isFunctionNode(
  node: t.Node,
): node is
  t.FunctionDeclaration | t.FunctionExpression | t.ArrowFunctionExpression | t.ObjectMethod | t.ClassMethod {
  return (
    node.type === 'FunctionDeclaration' ||
    node.type === 'FunctionExpression' ||
    node.type === 'ArrowFunctionExpression' ||
    node.type === 'ObjectMethod' ||
    node.type === 'ClassMethod'
  );
}
