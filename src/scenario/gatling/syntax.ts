import type { Node } from 'web-tree-sitter';
import type { Location } from '../location.js';
import type { JvmLanguage } from './grammars.js';

/**
 * The few expression shapes the Gatling DSL is written in, the same for Java, Kotlin and Scala: calls and
 * member accesses (`a.b(c)`, `a.b`, Scala's `a during b` and `10 seconds`), names, literals and `+`.
 * Everything else is `other`: it stays unknown to the adapter. Built without deep recursion: a node deeper
 * than MAX_DEPTH below the expression converted is `other`.
 */
export type Expr =
  | {
      kind: 'call';
      name: string;
      receiver?: Expr;
      /** Undefined for a member access without parentheses (`global.responseTime`, `30.seconds`). */
      args?: Expr[];
      node: Node;
      nameNode: Node;
    }
  | { kind: 'ident'; name: string; node: Node }
  | {
      kind: 'string';
      /** The text as written between the quotes, with code interpolations shown as `${...}`. */
      text: string;
      /** The language interpolates code into it (`s"..."`, Kotlin `"$x"`): its value is only known at run time. */
      interpolated: boolean;
      node: Node;
    }
  | { kind: 'number'; value: number; node: Node }
  | { kind: 'concat'; parts: Expr[]; node: Node }
  | { kind: 'other'; node: Node };

/** A recorder writes a session as one chain of hundreds of calls: deep enough for those, shallow for the stack. */
const MAX_DEPTH = 400;

export function locOf(node: Node, file: string): Location {
  return {
    file,
    line: node.startPosition.row + 1,
    column: node.startPosition.column + 1,
    endLine: node.endPosition.row + 1,
    endColumn: node.endPosition.column + 1,
  };
}

export function named(node: Node): Node[] {
  return node.namedChildren.filter((c): c is Node => c !== null && !isComment(c));
}

function isComment(node: Node): boolean {
  return /comment$/.test(node.type);
}

/** Every named node under `root` in source order, without recursion. `enter` returning false skips children. */
export function walk(root: Node, enter: (node: Node) => boolean | void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (enter(node) === false) continue;
    const children = node.namedChildren;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
}

/**
 * What `walk(root, (n) => (types.has(n.type) ? enter(n) : undefined))` does, without handing every node of
 * the tree to JavaScript: the runtime finds the nodes of those types (`root` included) in one call, in the
 * order `walk` visits them, and those inside a node `enter` returned false for are passed over.
 */
export function walkTypes(root: Node, types: readonly string[], enter: (node: Node) => boolean | void): void {
  let skipUntil = -1;
  for (const node of root.descendantsOfType([...types])) {
    if (!node || node.startIndex < skipUntil) continue;
    if (enter(node) === false) skipUntil = node.endIndex;
  }
}

/**
 * The first syntax error or missing token, for a diagnostic with its line. `ignoreHidden` names a hidden
 * token the grammar wrongly requires: tree-sitter-kotlin 1.1 wants a separator between the last member of a
 * class and its `}` on the same line (`object A { val x = 1 }`), which Kotlin does not. A hidden token is no
 * node a walk sees, so a tree whose only problems are such missing tokens (its S-expression says so) is clean.
 */
export function firstSyntaxError(root: Node, ignoreHidden?: string): Node | undefined {
  if (!root.hasError) return undefined;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.isError || node.isMissing) return node;
    if (!node.hasError) continue;
    const children = node.children.filter((c): c is Node => c !== null);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  if (ignoreHidden) {
    const tree = root.toString();
    const problems = tree.match(/\((?:ERROR|MISSING [^)\s]*)/g) ?? [];
    if (problems.length > 0 && problems.every((p) => p === `(MISSING ${ignoreHidden}`)) return undefined;
  }
  return root;
}

/** Node types that are a call or a member access in each grammar: where `toExpr` makes a `call`. */
export const CALL_TYPES: Record<JvmLanguage, ReadonlySet<string>> = {
  java: new Set(['method_invocation']),
  kotlin: new Set(['call_expression']),
  scala: new Set(['call_expression', 'infix_expression', 'postfix_expression']),
};

export function toExpr(node: Node, language: JvmLanguage, depth = 0): Expr {
  if (depth > MAX_DEPTH) return { kind: 'other', node };
  const next = (n: Node | null | undefined): Expr | undefined =>
    n ? toExpr(n, language, depth + 1) : undefined;
  switch (language) {
    case 'java':
      return javaExpr(node, next);
    case 'kotlin':
      return kotlinExpr(node, next);
    case 'scala':
      return scalaExpr(node, next);
  }
}

type Next = (n: Node | null | undefined) => Expr | undefined;

function javaExpr(node: Node, next: Next): Expr {
  switch (node.type) {
    case 'method_invocation': {
      const nameNode = node.childForFieldName('name');
      if (!nameNode) return { kind: 'other', node };
      const list = node.childForFieldName('arguments');
      return {
        kind: 'call',
        name: nameNode.text,
        receiver: next(node.childForFieldName('object')),
        args: list ? named(list).map((a) => next(a)!) : [],
        node,
        nameNode,
      };
    }
    case 'field_access': {
      const nameNode = node.childForFieldName('field');
      if (!nameNode) return { kind: 'other', node };
      return {
        kind: 'call',
        name: nameNode.text,
        receiver: next(node.childForFieldName('object')),
        node,
        nameNode,
      };
    }
    case 'identifier':
      return { kind: 'ident', name: node.text, node };
    case 'string_literal':
      return { kind: 'string', text: javaStringText(node), interpolated: false, node };
    case 'decimal_integer_literal':
    case 'decimal_floating_point_literal':
      return numberExpr(node);
    case 'parenthesized_expression': {
      const inner = named(node)[0];
      return inner ? next(inner)! : { kind: 'other', node };
    }
    case 'binary_expression':
      return concatExpr(node, node.childForFieldName('operator')?.text, next);
    case 'unary_expression':
      return negative(
        node,
        node.childForFieldName('operator')?.text,
        next(node.childForFieldName('operand')),
      );
    default:
      return { kind: 'other', node };
  }
}

function kotlinExpr(node: Node, next: Next): Expr {
  switch (node.type) {
    case 'call_expression': {
      const [callee, ...rest] = named(node);
      if (!callee) return { kind: 'other', node };
      const args: Expr[] = [];
      for (const part of rest) {
        if (part.type === 'value_arguments') {
          for (const arg of named(part)) {
            // `value_argument` holds an optional label (`name = `) and the value, last.
            const value = named(arg).at(-1);
            if (value) args.push(next(value)!);
          }
        } else args.push({ kind: 'other', node: part }); // a trailing lambda
      }
      const target = next(callee)!;
      if (target.kind === 'ident')
        return { kind: 'call', name: target.name, args, node, nameNode: target.node };
      if (target.kind === 'call' && target.args === undefined) return { ...target, args, node };
      return { kind: 'other', node };
    }
    case 'navigation_expression': {
      const parts = named(node);
      const nameNode = parts.at(-1);
      if (!nameNode || parts.length < 2 || nameNode.type !== 'identifier') return { kind: 'other', node };
      return { kind: 'call', name: nameNode.text, receiver: next(parts[0]), node, nameNode };
    }
    case 'identifier':
    case 'simple_identifier':
      return { kind: 'ident', name: node.text.replace(/^`|`$/g, ''), node };
    case 'string_literal':
      return kotlinString(node);
    case 'number_literal':
    case 'float_literal':
    case 'integer_literal':
    case 'long_literal':
    case 'real_literal':
      return numberExpr(node);
    case 'parenthesized_expression': {
      const inner = named(node)[0];
      return inner ? next(inner)! : { kind: 'other', node };
    }
    case 'binary_expression':
    case 'additive_expression':
      return concatExpr(node, node.childForFieldName('operator')?.text ?? operatorText(node), next);
    case 'unary_expression':
    case 'prefix_expression':
      return negative(node, node.child(0)?.text, next(named(node).at(-1)));
    default:
      return { kind: 'other', node };
  }
}

function scalaExpr(node: Node, next: Next): Expr {
  switch (node.type) {
    case 'call_expression': {
      const fn = node.childForFieldName('function');
      const list = node.childForFieldName('arguments');
      const args =
        list && list.type === 'arguments'
          ? named(list).map((a) => next(a)!)
          : list
            ? [{ kind: 'other' as const, node: list }]
            : [];
      const target = next(fn);
      if (!target) return { kind: 'other', node };
      if (target.kind === 'ident')
        return { kind: 'call', name: target.name, args, node, nameNode: target.node };
      if (target.kind === 'call')
        // `a.b(c)` or a curried `repeat(5)(...)` / `repeat(5) { ... }`: one call with all the arguments.
        return { ...target, args: [...(target.args ?? []), ...args], node };
      return { kind: 'other', node };
    }
    case 'field_expression': {
      const nameNode = node.childForFieldName('field');
      if (!nameNode) return { kind: 'other', node };
      return {
        kind: 'call',
        name: nameNode.text,
        receiver: next(node.childForFieldName('value')),
        node,
        nameNode,
      };
    }
    case 'infix_expression': {
      const op = node.childForFieldName('operator');
      if (!op) return { kind: 'other', node };
      if (op.text === '+')
        return concatExpr(node, '+', next, node.childForFieldName('left'), node.childForFieldName('right'));
      const right = next(node.childForFieldName('right'));
      return {
        kind: 'call',
        name: op.text,
        receiver: next(node.childForFieldName('left')),
        args: right ? [right] : [],
        node,
        nameNode: op,
      };
    }
    case 'postfix_expression': {
      const [value, op] = named(node);
      if (!value || !op) return { kind: 'other', node };
      return { kind: 'call', name: op.text, receiver: next(value), node, nameNode: op };
    }
    case 'identifier':
      return { kind: 'ident', name: node.text.replace(/^`|`$/g, ''), node };
    case 'string':
      return scalaString(node, false);
    case 'interpolated_string_expression': {
      const body = named(node).find((c) => c.type === 'interpolated_string');
      return body ? scalaString(body, true, node) : { kind: 'other', node };
    }
    case 'integer_literal':
    case 'floating_point_literal':
      return numberExpr(node);
    case 'parenthesized_expression': {
      const inner = named(node)[0];
      return inner ? next(inner)! : { kind: 'other', node };
    }
    case 'prefix_expression':
      return negative(node, node.child(0)?.text, next(named(node).at(-1)));
    default:
      return { kind: 'other', node };
  }
}

function operatorText(node: Node): string | undefined {
  for (const child of node.children) if (child && !child.isNamed) return child.text;
  return undefined;
}

function concatExpr(
  node: Node,
  operator: string | undefined,
  next: Next,
  left: Node | null = node.childForFieldName('left') ?? named(node)[0] ?? null,
  right: Node | null = node.childForFieldName('right') ?? named(node)[1] ?? null,
): Expr {
  if (operator !== '+' || !left || !right) return { kind: 'other', node };
  const parts: Expr[] = [];
  for (const side of [next(left)!, next(right)!]) {
    if (side.kind === 'concat') parts.push(...side.parts);
    else parts.push(side);
  }
  return { kind: 'concat', parts, node };
}

function negative(node: Node, operator: string | undefined, operand: Expr | undefined): Expr {
  if (operator === '-' && operand?.kind === 'number') return { kind: 'number', value: -operand.value, node };
  return { kind: 'other', node };
}

function numberExpr(node: Node): Expr {
  const text = node.text.replace(/_/g, '').replace(/[lLfFdD]$/, '');
  const value = /^0x/i.test(text) ? Number.parseInt(text, 16) : Number(text);
  return Number.isFinite(value) ? { kind: 'number', value, node } : { kind: 'other', node };
}

/** Java escapes that matter in URLs and names; the rest are kept as written. */
function unescape(text: string): string {
  return text.replace(/\\([\\"'nrt$])/g, (_m, c: string) =>
    c === 'n' ? '\n' : c === 'r' ? '\r' : c === 't' ? '\t' : c,
  );
}

function javaStringText(node: Node): string {
  const text = node.text;
  if (text.startsWith('"""')) return text.slice(3, -3).replace(/^[ \t]*\r?\n/, '');
  return unescape(text.slice(1, -1));
}

function kotlinString(node: Node): Expr {
  let text = '';
  let interpolated = false;
  const parts = node.namedChildren.filter((c): c is Node => c !== null);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.type === 'interpolation') {
      interpolated = true;
      text += `\${${part.text.replace(/^\$\{?|\}$/g, '')}}`;
    } else if (part.type === 'string_content') {
      // The grammar splits a template without braces, `$name`, into the content `$` and the content `name...`.
      const after = parts[i + 1];
      const name = after?.type === 'string_content' ? /^[A-Za-z_]\w*/.exec(after.text)?.[0] : undefined;
      if (part.text.endsWith('$') && name) {
        interpolated = true;
        text += `${part.text.slice(0, -1)}\${${name}}${after!.text.slice(name.length)}`;
        i++;
      } else text += part.text;
    } else if (part.type === 'escape_sequence') text += unescape(part.text);
    else text += part.text;
  }
  if (parts.length === 0) text = node.text.replace(/^"+|"+$/g, '');
  return { kind: 'string', text, interpolated, node };
}

function scalaString(body: Node, interpolatorPresent: boolean, outer: Node = body): Expr {
  const raw = body.text;
  const quote = raw.startsWith('"""') ? 3 : 1;
  let text = raw.slice(quote, raw.length - quote);
  if (quote === 1) text = unescape(text);
  const interpolated = interpolatorPresent && body.namedChildren.some((c) => c?.type === 'interpolation');
  if (interpolated) text = text.replace(/\$(?!\{)([A-Za-z_][\w]*)/g, '${$1}');
  return { kind: 'string', text, interpolated, node: outer };
}

/** The calls of a chain from the outermost inwards: `a(1).b(2).c` gives c, b, a. */
export function chainOf(expr: Expr): Extract<Expr, { kind: 'call' }>[] {
  const out: Extract<Expr, { kind: 'call' }>[] = [];
  let current: Expr | undefined = expr;
  while (current?.kind === 'call') {
    out.push(current);
    current = current.receiver;
  }
  return out;
}

export type CallExpr = Extract<Expr, { kind: 'call' }>;
