import type * as t from '@babel/types';
import { isFunctionNode, isNode, SKIP_KEYS, unwrap } from './ast.js';
import { functionScope, type ModuleInfo, type Scope } from './scope.js';

export interface WalkState {
  scope: Scope;
  /** The nearest named function: `default` for the default export; undefined in init (module-level) code. */
  within?: string;
  /** Calls in tail position of `within` (its last statements), for "trailing sleep" rules. */
  tails: ReadonlySet<t.Node>;
}

export interface Visitor {
  /**
   * `named`: the node is written where an identifier is a name (a reference or a declaration), not a
   * property key (`a.b`, `{ b: 1 }`), a part of an export specifier, or inside another identifier.
   */
  enter(node: t.Node, state: WalkState, named: boolean): void;
}

/** Calls that end a function body, looking through callbacks passed in the last call (`group('x', () => ...)`). */
function tailCalls(body: t.Node, out: Set<t.Node>): void {
  const node = unwrap(body);
  switch (node.type) {
    case 'BlockStatement': {
      const last = [...node.body]
        .reverse()
        .find((s) => s.type !== 'EmptyStatement' && s.type !== 'FunctionDeclaration');
      if (last) tailCalls(last, out);
      return;
    }
    case 'ExpressionStatement':
      tailCalls(node.expression, out);
      return;
    case 'ReturnStatement':
      if (node.argument) tailCalls(node.argument, out);
      return;
    case 'IfStatement':
      tailCalls(node.consequent, out);
      if (node.alternate) tailCalls(node.alternate, out);
      return;
    case 'TryStatement':
      tailCalls(node.finalizer ?? node.block, out);
      return;
    case 'AwaitExpression':
      tailCalls(node.argument, out);
      return;
    case 'CallExpression':
      out.add(node);
      for (const arg of node.arguments) {
        if (arg.type === 'ArrowFunctionExpression' || arg.type === 'FunctionExpression')
          tailCalls(arg.body, out);
      }
      return;
    default:
      return;
  }
}

function functionName(node: t.Node): string | undefined {
  if ((node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression') && node.id)
    return node.id.name;
  return undefined;
}

/**
 * Visits every node of a module with the scope that is in force there and the name of the function it
 * belongs to. Anonymous callbacks (group bodies, check predicates) belong to the named function around them.
 * Walking a tree costs about half of parsing it, so the adapter reads everything it needs from the file in
 * this one walk (`collectFacts`) rather than walking again per question.
 */
export function walkModule(module: ModuleInfo, visitor: Visitor): void {
  const root: WalkState = { scope: module.scope, tails: new Set() };
  visit(module.program, root, undefined, true, visitor);
}

/** A name that is not a reference: a non-computed property key or member name. */
function isKeyOf(parent: t.Node, child: t.Node): boolean {
  if (parent.type === 'ObjectProperty' || parent.type === 'ObjectMethod')
    return child === parent.key && !parent.computed;
  if (parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression')
    return child === parent.property && !parent.computed;
  return false;
}

function visit(
  node: t.Node,
  state: WalkState,
  nameHint: string | undefined,
  named: boolean,
  visitor: Visitor,
): void {
  let current = state;
  if (isFunctionNode(node)) {
    const name = nameHint ?? functionName(node);
    const scope = functionScope(node, state.scope);
    if (name !== undefined) {
      const tails = new Set<t.Node>();
      tailCalls(node.body, tails);
      current = { scope, within: name, tails };
    } else {
      current = {
        scope,
        tails: state.tails,
        ...(state.within !== undefined ? { within: state.within } : {}),
      };
    }
  }
  visitor.enter(node, current, named);
  const namesBelow = named && node.type !== 'Identifier' && node.type !== 'ExportSpecifier';
  // `forEachChild` inlined: this loop runs on every node of every module, and a callback per node (a closure
  // allocated for each, called through a site every walk shares) cost as much as the walk's own work.
  const record = node as unknown as Record<string, unknown>;
  const keys = Object.keys(record);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const value = record[key];
    if (typeof value !== 'object' || value === null || SKIP_KEYS.has(key)) continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const child: unknown = value[i];
        if (isNode(child))
          visit(child, current, hintFor(node, child), namesBelow && !isKeyOf(node, child), visitor);
      }
    } else if (typeof (value as { type?: unknown }).type === 'string') {
      const child = value as t.Node;
      visit(child, current, hintFor(node, child), namesBelow && !isKeyOf(node, child), visitor);
    }
  }
}

/** The name a function gets from where it is written: `export default`, `const name = () => ...`. */
function hintFor(parent: t.Node, child: t.Node): string | undefined {
  if (!isFunctionNode(unwrap(child))) return undefined;
  if (parent.type === 'ExportDefaultDeclaration') return 'default';
  if (parent.type === 'VariableDeclarator' && parent.init === child && parent.id.type === 'Identifier')
    return parent.id.name;
  return undefined;
}
