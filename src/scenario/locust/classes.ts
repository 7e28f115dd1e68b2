import {
  callArguments,
  decoratorsIn,
  dottedName,
  locOf,
  named,
  numberValue,
  type PyNode,
} from '../python/syntax.js';
import type { LocustClass, LocustClassKind, LocustDeprecatedUse, LocustWaitTime } from './facts.js';
import { locustName, RENAMED, type LocustNames } from './imports.js';
import type { LocustNodes } from './nodes.js';

const KIND_OF: Record<string, LocustClassKind> = {
  User: 'user',
  HttpUser: 'user',
  FastHttpUser: 'user',
  Locust: 'user',
  HttpLocust: 'user',
  FastHttpLocust: 'user',
  TaskSet: 'taskset',
  SequentialTaskSet: 'taskset',
  TaskSequence: 'taskset',
  LoadTestShape: 'shape',
};

const CLIENT_OF: Record<string, LocustClass['httpClient']> = {
  HttpUser: 'requests',
  HttpLocust: 'requests',
  FastHttpUser: 'fasthttp',
  FastHttpLocust: 'fasthttp',
};

export const WAIT_FUNCTIONS = new Set(['between', 'constant', 'constant_pacing', 'constant_throughput']);

/** A class definition with the facts rules need; `node` is kept for the collector's second pass. */
export interface ClassNode {
  facts: LocustClass;
  node: PyNode;
}

/**
 * The classes of the module (top level and nested in `if` blocks), with their kind resolved through the
 * file's imports and, for subclasses of the file's own classes, through their bases until nothing changes.
 */
export function readClasses(nodes: LocustNodes, file: string, names: LocustNames): ClassNode[] {
  const found: ClassNode[] = [];
  for (const node of nodes.of('class_definition')) {
    found.push({ node, facts: readClass(node, file, names) });
  }
  const byName = new Map(found.map((c) => [c.facts.name, c.facts]));
  for (const c of found) for (const base of c.facts.bases) markSubclassed(byName, base);
  let changed = true;
  while (changed) {
    changed = false;
    for (const { facts } of found) {
      if (facts.kind !== 'other') continue;
      for (const base of facts.bases) {
        const parent = byName.get(base);
        if (parent && parent !== facts && parent.kind !== 'other') {
          facts.kind = parent.kind;
          facts.opaqueBase = facts.opaqueBase || parent.opaqueBase;
          if (parent.httpClient) facts.httpClient ??= parent.httpClient;
          changed = true;
          break;
        }
      }
    }
  }
  return found;
}

function markSubclassed(byName: Map<string, LocustClass>, base: string): void {
  const parent = byName.get(base);
  if (parent) parent.subclassed = true;
}

function readClass(node: PyNode, file: string, names: LocustNames): LocustClass {
  const nameNode = node.childForFieldName('name');
  const superclasses = node.childForFieldName('superclasses');
  const baseNodes = superclasses
    ? named(superclasses).filter((b) => b.type !== 'keyword_argument' && b.type !== 'comment')
    : [];
  let kind: LocustClassKind = 'other';
  let opaqueBase = false;
  let httpClient: LocustClass['httpClient'];
  for (const base of baseNodes) {
    const locust = locustName(base, names);
    const k = locust ? KIND_OF[locust] : undefined;
    httpClient ??= locust ? CLIENT_OF[locust] : undefined;
    if (k) kind = k;
    else if (!dottedName(base) || dottedName(base)!.includes('.')) opaqueBase = true;
  }
  const facts: LocustClass = {
    name: nameNode?.text ?? '',
    kind,
    bases: baseNodes.map((b) => b.text),
    abstract: false,
    subclassed: false,
    opaqueBase,
    ...(httpClient ? { httpClient } : {}),
    taskMethods: [],
    loc: locOf(node, file),
    nameLoc: locOf(nameNode ?? node, file),
  };
  const body = node.childForFieldName('body');
  for (const statement of body ? named(body) : []) {
    const type = statement.type;
    const inner = type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (inner && (inner === statement ? type : inner.type) === 'function_definition') {
      // The decorators are those of the statement at hand: `decoratorsOf` would climb to it from the function.
      readTaskMethod(inner, decoratorsIn(statement), file, names, facts);
      continue;
    }
    if (type !== 'expression_statement') continue;
    const assignment = named(statement)[0];
    if (assignment?.type !== 'assignment') continue;
    const left = assignment.childForFieldName('left')?.text;
    const right = assignment.childForFieldName('right');
    if (!left || !right) continue;
    readAttribute(left, right, assignment, file, names, facts);
  }
  return facts;
}

function readAttribute(
  left: string,
  right: PyNode,
  assignment: PyNode,
  file: string,
  names: LocustNames,
  facts: LocustClass,
): void {
  const loc = locOf(assignment, file);
  switch (left) {
    case 'abstract':
      facts.abstract = right.type === 'true';
      return;
    case 'wait_time':
      facts.waitTime = readWaitTime(right, names, loc);
      return;
    case 'min_wait':
      facts.minWait = { value: numberValue(right), loc };
      return;
    case 'max_wait':
      facts.maxWait = { value: numberValue(right), loc };
      return;
    case 'task_set':
      facts.taskSet = loc;
      return;
    case 'tasks': {
      const literal = right.type === 'list' || right.type === 'dictionary' || right.type === 'tuple';
      facts.tasks = {
        count: literal ? named(right).filter((c) => c.type !== 'comment').length : undefined,
        loc,
      };
      return;
    }
    default:
      return;
  }
}

export function readWaitTime(right: PyNode, names: LocustNames, loc: LocustWaitTime['loc']): LocustWaitTime {
  if (right.type !== 'call') return { kind: 'other', loc };
  const callee = right.childForFieldName('function');
  const name = locustName(callee, names) ?? dottedName(callee);
  const kind = name && WAIT_FUNCTIONS.has(name) ? name : 'other';
  const args = callArguments(right);
  const values = args.positional.map(numberValue);
  const literal = !args.spread && args.keywords.size === 0 && values.every((v) => v !== undefined);
  return { kind, args: literal ? (values as number[]) : undefined, loc };
}

function readTaskMethod(
  fn: PyNode,
  decorators: readonly PyNode[],
  file: string,
  names: LocustNames,
  facts: LocustClass,
): void {
  for (const decorator of decorators) {
    const callee = decorator.type === 'call' ? decorator.childForFieldName('function') : decorator;
    const name = locustName(callee, names);
    if (name !== 'task' && name !== 'seq_task') continue;
    let weight: number | undefined = 1;
    if (decorator.type === 'call' && name === 'task') {
      const args = callArguments(decorator);
      const first = args.positional[0] ?? args.keywords.get('weight');
      weight = first ? numberValue(first) : 1;
    }
    facts.taskMethods.push({
      name: fn.childForFieldName('name')?.text ?? '',
      weight,
      loc: locOf(fn, file),
    });
  }
}

/**
 * Uses of APIs Locust 1.0 removed, inside the file's classes: old base classes, `task_set`,
 * `min_wait`/`max_wait`, `@seq_task`, `self.locust` in a task set. Imports are reported by `readImports`.
 */
export function deprecatedInClasses(
  classes: readonly ClassNode[],
  file: string,
  names: LocustNames,
): LocustDeprecatedUse[] {
  const out: LocustDeprecatedUse[] = [];
  for (const { node, facts } of classes) {
    const superclasses = node.childForFieldName('superclasses');
    for (const base of superclasses ? named(superclasses) : []) {
      const locust = locustName(base, names);
      const old = locust ? RENAMED[locust] : undefined;
      if (!old) continue;
      // `locust.HttpLocust` keeps its module prefix; a bare name is renamed as imported.
      const text = old.rename ? base.text.replace(/[A-Za-z_]\w*$/, old.rename) : undefined;
      out.push({
        name: base.text,
        where: `base class of ${facts.name}`,
        replacement: old.replacement,
        since: old.since,
        text,
        loc: locOf(base, file),
      });
    }
    if (facts.taskSet) {
      const assignment = assignmentAt(node, 'task_set');
      const right = assignment?.childForFieldName('right');
      out.push({
        name: 'task_set',
        where: `in ${facts.name}`,
        replacement: 'tasks = [...]',
        since: '1.0',
        text: right ? `tasks = [${right.text}]` : undefined,
        loc: facts.taskSet,
      });
    }
    if (facts.minWait || facts.maxWait) {
      const min = facts.minWait?.value;
      const max = facts.maxWait?.value;
      const suggestion =
        min !== undefined && max !== undefined
          ? min === max
            ? `wait_time = constant(${seconds(min)})`
            : `wait_time = between(${seconds(min)}, ${seconds(max)})`
          : 'wait_time = between(min, max) (in seconds)';
      const loc = (facts.minWait ?? facts.maxWait)!.loc;
      out.push({
        name: facts.minWait ? 'min_wait' : 'max_wait',
        where: `in ${facts.name}`,
        replacement: suggestion,
        since: '1.0',
        loc,
      });
    }
    // Attributes are the most common node there is: they are searched only in a class that holds the text.
    if (facts.kind === 'taskset' && node.text.includes('self.locust')) {
      for (const attribute of node.descendantsOfType('attribute')) {
        if (attribute?.text !== 'self.locust') continue;
        out.push({
          name: 'self.locust',
          where: `in ${facts.name}, line ${attribute.startPosition.row + 1}`,
          replacement: 'self.user',
          since: '1.0',
          text: 'self.user',
          loc: locOf(attribute, file),
        });
      }
    }
  }
  return out;
}

/** Milliseconds as seconds, written as Python would (`1000` → `1`, `500` → `0.5`). */
function seconds(ms: number): string {
  return String(ms / 1000);
}

function assignmentAt(classNode: PyNode, name: string): PyNode | undefined {
  const body = classNode.childForFieldName('body');
  for (const statement of body ? named(body) : []) {
    const assignment = named(statement)[0];
    if (assignment?.type === 'assignment' && assignment.childForFieldName('left')?.text === name)
      return assignment;
  }
  return undefined;
}
