import { nodesOfTypes, type PyNode } from '../python/syntax.js';

/** Every node type a Locust reader looks for (imports, classes, calls, secrets, comments). */
const TYPES = [
  'comment',
  'import_statement',
  'import_from_statement',
  'class_definition',
  'function_definition',
  'call',
  'assignment',
  'assert_statement',
  'pair',
  'keyword_argument',
  'string',
] as const;

export type LocustNodeType = (typeof TYPES)[number];

interface FunctionSpan {
  node: PyNode;
  start: number;
  end: number;
  name: string | undefined;
}

/**
 * The nodes of one locustfile the readers need, found in a single search of the tree. Each reader used to
 * search the tree itself, and a search visits every node inside the wasm runtime whatever it finds: a
 * module was walked seven times and more (once more for each request URL held in a variable). Here the
 * tree is searched once; each reader takes the types it wants, still in source order.
 */
export class LocustNodes {
  /** The file's text: a reader may skip its work when a name it looks for is nowhere in it. */
  readonly text: string;
  private readonly nodes: PyNode[];
  private readonly types: LocustNodeType[];
  private readonly byType = new Map<string, PyNode[]>();
  private spans: FunctionSpan[] | undefined;

  constructor(root: PyNode, text: string) {
    this.text = text;
    this.nodes = nodesOfTypes(root, TYPES);
    this.types = this.nodes.map((n) => n.type as LocustNodeType);
  }

  /** The nodes of one type, in source order. */
  of(type: LocustNodeType): PyNode[] {
    let found = this.byType.get(type);
    if (!found) {
      found = this.nodes.filter((_n, i) => this.types[i] === type);
      this.byType.set(type, found);
    }
    return found;
  }

  /** The nodes of any of these types with their type (read once here), in source order. */
  ofAny(types: ReadonlySet<LocustNodeType>): [PyNode, LocustNodeType][] {
    const out: [PyNode, LocustNodeType][] = [];
    for (let i = 0; i < this.nodes.length; i++) {
      const type = this.types[i] as LocustNodeType;
      if (types.has(type)) out.push([this.nodes[i]!, type]);
    }
    return out;
  }

  /** The nodes of one type inside `scope` (not `scope` itself), in source order. */
  inside(scope: PyNode, type: LocustNodeType): PyNode[] {
    const start = scope.startIndex;
    const end = scope.endIndex;
    return this.of(type).filter((n) => n.id !== scope.id && n.startIndex >= start && n.startIndex < end);
  }

  /**
   * The innermost function definition a node is in, as `enclosing(node, 'function_definition')` finds it,
   * without climbing parents (each step up is a search from the root in tree-sitter).
   */
  functionAround(node: PyNode): PyNode | undefined {
    return this.spanAround(node)?.node;
  }

  /** The name of the innermost function a node is in. */
  functionNameAround(node: PyNode): string | undefined {
    return this.spanAround(node)?.name;
  }

  private spanAround(node: PyNode): FunctionSpan | undefined {
    this.spans ??= this.of('function_definition').map((fn) => ({
      node: fn,
      start: fn.startIndex,
      end: fn.endIndex,
      name: fn.childForFieldName('name')?.text,
    }));
    const at = node.startIndex;
    // Source order puts an inner function after the one around it: the last span holding the node is the nearest.
    let found: FunctionSpan | undefined;
    for (const span of this.spans) {
      if (span.start > at) break;
      if (at < span.end && span.node.id !== node.id) found = span;
    }
    return found;
  }
}
