import type * as t from '@babel/types';
import { forEachChild, isFunctionNode } from './ast.js';
import { reassignedNames, type ModuleInfo } from './scope.js';

/** What one walk of a program tells about assignments: each node's parent, and where each name is assigned. */
interface AssignmentFacts {
  parents: Map<t.Node, t.Node>;
  /** For each assigned name, the functions (or the program, for init code) whose own code assigns it. */
  assignedIn: Map<string, Set<t.Node>>;
}

const cache = new WeakMap<t.Program, AssignmentFacts>();

/**
 * Forgets a program's facts once its scenario is built: the entry (a parent for every node) would keep the
 * whole syntax tree alive until a collection finds the program dead, copied at every minor collection.
 */
export function releaseAssignmentFacts(program: t.Program): void {
  cache.delete(program);
}

function factsOf(program: t.Program): AssignmentFacts {
  const cached = cache.get(program);
  if (cached) return cached;
  const facts: AssignmentFacts = { parents: new Map(), assignedIn: new Map() };
  const stack: { node: t.Node; fn: t.Node }[] = [{ node: program, fn: program }];
  while (stack.length > 0) {
    const { node, fn } = stack.pop() as { node: t.Node; fn: t.Node };
    if (
      node.type === 'AssignmentExpression' ||
      node.type === 'UpdateExpression' ||
      ((node.type === 'ForOfStatement' || node.type === 'ForInStatement') &&
        node.left.type !== 'VariableDeclaration')
    ) {
      for (const name of reassignedNames(node)) {
        const set = facts.assignedIn.get(name) ?? new Set<t.Node>();
        set.add(fn);
        facts.assignedIn.set(name, set);
      }
    }
    const inner = isFunctionNode(node) ? node : fn;
    forEachChild(node, (child) => {
      facts.parents.set(child, node);
      stack.push({ node: child, fn: inner });
    });
  }
  cache.set(program, facts);
  return facts;
}

/** The parent of a node of this module's program (undefined for the program itself). */
export function parentOf(node: t.Node, module: ModuleInfo): t.Node | undefined {
  return factsOf(module.program).parents.get(node);
}

const LOOPS = new Set([
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'WhileStatement',
  'DoWhileStatement',
]);

function statementList(node: t.Node): readonly t.Node[] | undefined {
  if (node.type === 'Program' || node.type === 'BlockStatement' || node.type === 'StaticBlock')
    return node.body;
  if (node.type === 'SwitchCase') return node.consequent;
  return undefined;
}

/**
 * What a statement sets `name` to when it is a plain assignment or declaration of it: the expression, or
 * null for a declaration without a value. Undefined when the statement is neither.
 */
function setsName(statement: t.Node, name: string): t.Expression | null | undefined {
  if (statement.type === 'ExpressionStatement') {
    const e = statement.expression;
    if (e.type === 'AssignmentExpression' && e.operator === '=' && e.left.type === 'Identifier')
      return e.left.name === name ? e.right : undefined;
    return undefined;
  }
  const declaration =
    statement.type === 'ExportNamedDeclaration' ? statement.declaration : (statement as t.Node);
  if (declaration?.type !== 'VariableDeclaration') return undefined;
  for (const d of [...declaration.declarations].reverse()) {
    if (d.id.type === 'Identifier' && d.id.name === name) return d.init ?? null;
  }
  return undefined;
}

/**
 * The value a variable certainly holds where it is used: the last plain assignment (or declaration) of it
 * that runs before the use, found by walking back through the statements of the use's own function. It is
 * certain only when nothing else can have changed the variable in between: no other assignment between
 * them, none in a loop around the use that does not also hold the assignment, and none in another function
 * (which a call in between could run). Otherwise undefined: the value is not known there.
 */
export function certainAssignment(use: t.Identifier, module: ModuleInfo): t.Expression | undefined {
  const name = use.name;
  const { parents, assignedIn } = factsOf(module.program);
  let child: t.Node = use;
  let node = parents.get(use);
  while (node) {
    if (isFunctionNode(node)) return undefined;
    if (LOOPS.has(node.type) && reassignedNames(node).has(name)) return undefined;
    const list = statementList(node);
    if (list) {
      for (let i = list.indexOf(child) - 1; i >= 0; i--) {
        const statement = list[i] as t.Node;
        const value = setsName(statement, name);
        if (value === null) return undefined;
        if (value !== undefined)
          return onlyAssignedIn(assignedIn.get(name), node, parents) ? value : undefined;
        if (reassignedNames(statement).has(name)) return undefined;
      }
    }
    child = node;
    node = parents.get(node);
  }
  return undefined;
}

/** Is every assignment of the name in the code of the function (or program) that holds `inner`? */
function onlyAssignedIn(
  functions: ReadonlySet<t.Node> | undefined,
  inner: t.Node,
  parents: Map<t.Node, t.Node>,
): boolean {
  let fn: t.Node | undefined = inner;
  while (fn && !isFunctionNode(fn) && fn.type !== 'Program') fn = parents.get(fn);
  if (!fn || !functions) return true;
  return [...functions].every((f) => f === fn);
}
