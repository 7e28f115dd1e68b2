import type { Node } from 'web-tree-sitter';
import type { Location } from '../location.js';

export type { Node as PyNode } from 'web-tree-sitter';

/** Where a node starts (and ends), 1-based as editors show it. */
export function locOf(node: Node, file: string): Location {
  return {
    file,
    line: node.startPosition.row + 1,
    column: node.startPosition.column + 1,
    endLine: node.endPosition.row + 1,
    endColumn: node.endPosition.column + 1,
  };
}

/** The named children of a node (tree-sitter's list may hold nulls). */
export function named(node: Node): Node[] {
  return node.namedChildren.filter((c): c is Node => c !== null);
}

/**
 * Every named node under `root` in source order, without recursion: a file nested thousands of levels deep
 * must not overflow the stack. `enter` returning false skips the node's children.
 */
export function walk(root: Node, enter: (node: Node) => boolean | void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (enter(node) === false) continue;
    const children = named(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/**
 * The nodes of the given types under `root`, in the order `walk` visits them. The tree-sitter runtime
 * finds them in one call, without building an object for every node on the way: a reader that wants a few
 * node types of a whole module spends a fraction of what `walk` costs, which crosses into the wasm tree
 * for every node. The types must be named ones (`call`, `string`), never tokens.
 */
export function nodesOfTypes(root: Node, types: readonly string[]): Node[] {
  return root.descendantsOfType([...types]).filter((n): n is Node => n !== null);
}

/** The first syntax error or missing token (missing tokens are anonymous nodes), for a diagnostic with its line. */
export function firstSyntaxError(root: Node): Node | undefined {
  if (!root.hasError) return undefined;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.isError || node.isMissing) return node;
    if (!node.hasError) continue;
    const children = node.children.filter((c): c is Node => c !== null);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return root;
}

/** A string literal's value when it has no interpolation: `'a'`, `"b"`, `"""c"""`, `r'd'`, `'a' 'b'`. */
export function stringValue(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'concatenated_string') {
    let out = '';
    for (const part of named(node)) {
      const value = stringValue(part);
      if (value === undefined) return undefined;
      out += value;
    }
    return out;
  }
  if (node.type !== 'string') return undefined;
  let out = '';
  const parts = named(node);
  // The prefix (`r`, `rb`, `f`) is written in `string_start`, the first child, named in this grammar.
  const start = parts[0]?.type === 'string_start' ? parts[0] : node.child(0);
  const raw = /^[a-z]*r/i.test(start?.text ?? '');
  for (const part of parts) {
    if (part.type === 'string_start' || part.type === 'string_end') continue;
    if (part.type === 'interpolation') return undefined;
    if (part.type === 'string_content') out += raw ? part.text : unescape(part.text);
    else if (part.type === 'escape_sequence') out += raw ? part.text : unescape(part.text);
  }
  return out;
}

/** Python escapes that matter for URLs and keys; the rest are kept as written. */
function unescape(text: string): string {
  return text.replace(/\\(["'\\nrt])/g, (_m, c: string) =>
    c === 'n' ? '\n' : c === 'r' ? '\r' : c === 't' ? '\t' : c,
  );
}

/** A number literal's value (`1`, `2.5`, `1_000`, `-3`). */
export function numberValue(node: Node | null | undefined): number | undefined {
  if (!node) return undefined;
  if (node.type === 'unary_operator' && node.child(0)?.type === '-') {
    const inner = numberValue(named(node)[0]);
    return inner === undefined ? undefined : -inner;
  }
  if (node.type !== 'integer' && node.type !== 'float') return undefined;
  const value = Number(node.text.replace(/_/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

/** `a.b.c` as text for identifiers and attribute chains; undefined for anything else. */
export function dottedName(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'identifier') return node.text;
  if (node.type === 'attribute') {
    const object = dottedName(node.childForFieldName('object'));
    const attribute = node.childForFieldName('attribute')?.text;
    return object && attribute ? `${object}.${attribute}` : undefined;
  }
  return undefined;
}

export interface CallArguments {
  positional: Node[];
  keywords: Map<string, Node>;
  /** `*args` or `**kwargs`: arguments we cannot see. */
  spread: boolean;
}

export function callArguments(call: Node): CallArguments {
  const out: CallArguments = { positional: [], keywords: new Map(), spread: false };
  const list = call.childForFieldName('arguments');
  if (!list) return out;
  for (const arg of named(list)) {
    if (arg.type === 'keyword_argument') {
      const name = arg.childForFieldName('name')?.text;
      const value = arg.childForFieldName('value');
      if (name && value) out.keywords.set(name, value);
    } else if (arg.type === 'list_splat' || arg.type === 'dictionary_splat') out.spread = true;
    else if (arg.type !== 'comment') out.positional.push(arg);
  }
  return out;
}

/** The decorators of a function or class definition (`@task(3)` → the `task(3)` expression). */
export function decoratorsOf(definition: Node): Node[] {
  const parent = definition.parent;
  return parent ? decoratorsIn(parent) : [];
}

/** The decorators a `decorated_definition` statement holds (none for any other node). */
export function decoratorsIn(statement: Node): Node[] {
  if (statement.type !== 'decorated_definition') return [];
  return named(statement)
    .filter((c) => c.type === 'decorator')
    .map((d) => named(d).find((c) => c.type !== 'comment'))
    .filter((n): n is Node => n !== undefined);
}

/** The function or class definition a node is inside, nearest first. */
export function enclosing(node: Node, type: 'function_definition' | 'class_definition'): Node | undefined {
  for (let p = node.parent; p; p = p.parent) if (p.type === type) return p;
  return undefined;
}
