import type * as t from '@babel/types';
import { childNodes, forEachChild, isFunctionNode, staticKeyName, unwrap } from './ast.js';

/** A step into a destructured value: a property key or an array index. */
export type PathStep = string | number;

/**
 * What a name is bound to, as far as reading the file tells. Only `value` bindings can be resolved to a
 * value; the rest say why not (a parameter, a loop variable) so that rules stay silent rather than guess.
 */
export type Binding =
  | {
      kind: 'value';
      declKind: 'const' | 'let' | 'var';
      name: string;
      id: t.Identifier;
      init: t.Expression;
      path: PathStep[];
      defaultValue?: t.Expression;
      scope: Scope;
    }
  /** `imported` is `default`, `*` (namespace or CommonJS require) or the exported name. */
  | {
      kind: 'import';
      name: string;
      id: t.Identifier;
      source: string;
      imported: string;
      path: PathStep[];
      scope: Scope;
    }
  | { kind: 'function'; name: string; id: t.Identifier; node: t.Node }
  /**
   * `elementOf`: a `for (const x of list)` variable, whose values are the elements of `list`.
   * `uninitialised`: a `let x;` whose values come from later assignments.
   * `param`: a function parameter, whose values are what the function's callers pass.
   */
  | {
      kind: 'opaque';
      name: string;
      id: t.Identifier;
      reason: string;
      elementOf?: t.Node;
      uninitialised?: boolean;
      param?: ParamRef;
    };

/** Where a parameter sits: its function, its position, and whether it is part of a destructured argument. */
export interface ParamRef {
  fn: t.Node;
  index: number;
  /** The name is bound inside a destructuring pattern: its value is a part of the argument. */
  nested: boolean;
  /** `function f(x = '/home')`: the value when the caller passes nothing. */
  defaultValue?: t.Node;
}

export interface ModuleInfo {
  file: string;
  text: string;
  program: t.Program;
  scope: Scope;
  /** Names assigned after their declaration anywhere in the file: such `let`/`var` bindings are not constants. */
  readonly reassigned: ReadonlySet<string>;
  exports: Map<string, ExportTarget>;
}

export type ExportTarget =
  | { kind: 'local'; local: string; node: t.Node }
  | { kind: 'reexport'; source: string; imported: string; node: t.Node }
  | { kind: 'expression'; expression: t.Node; node: t.Node };

export class Scope {
  readonly bindings = new Map<string, Binding>();
  constructor(
    readonly module: ModuleInfo,
    readonly parent?: Scope,
  ) {}

  lookup(name: string): Binding | undefined {
    return this.bindings.get(name) ?? this.parent?.lookup(name);
  }
}

function requireSource(init: t.Node | null | undefined): string | undefined {
  if (!init) return undefined;
  const node = unwrap(init);
  if (
    node.type === 'CallExpression' &&
    node.callee.type === 'Identifier' &&
    node.callee.name === 'require' &&
    node.arguments.length === 1 &&
    node.arguments[0]?.type === 'StringLiteral'
  ) {
    return node.arguments[0].value;
  }
  return undefined;
}

function declarePattern(
  scope: Scope,
  pattern: t.Node,
  init: t.Expression | null | undefined,
  declKind: 'const' | 'let' | 'var',
  path: PathStep[],
  defaultValue?: t.Expression,
): void {
  switch (pattern.type) {
    case 'Identifier': {
      const name = pattern.name;
      const source = requireSource(init);
      if (source !== undefined) {
        const imported = path.length === 0 ? '*' : String(path[0]);
        scope.bindings.set(name, {
          kind: 'import',
          name,
          id: pattern,
          source,
          imported,
          path: path.slice(1),
          scope,
        });
      } else if (init) {
        const binding: Binding = { kind: 'value', declKind, name, id: pattern, init, path, scope };
        if (defaultValue) binding.defaultValue = defaultValue;
        scope.bindings.set(name, binding);
      } else {
        scope.bindings.set(name, {
          kind: 'opaque',
          name,
          id: pattern,
          reason: `variable ${name} has no initial value`,
          uninitialised: true,
        });
      }
      return;
    }
    case 'ObjectPattern':
      for (const prop of pattern.properties) {
        if (prop.type === 'RestElement') {
          declareOpaque(scope, prop.argument, 'a rest element');
          continue;
        }
        const key = staticKeyName(prop.key, prop.computed);
        if (key === undefined) declareOpaque(scope, prop.value, 'a computed destructuring key');
        else declarePattern(scope, prop.value, init, declKind, [...path, key]);
      }
      return;
    case 'ArrayPattern':
      pattern.elements.forEach((element, index) => {
        if (!element) return;
        if (element.type === 'RestElement') declareOpaque(scope, element.argument, 'a rest element');
        else declarePattern(scope, element, init, declKind, [...path, index]);
      });
      return;
    case 'AssignmentPattern':
      declarePattern(scope, pattern.left, init, declKind, path, pattern.right);
      return;
    case 'TSParameterProperty':
      declarePattern(scope, pattern.parameter, init, declKind, path);
      return;
    default:
      return;
  }
}

/** Every name a pattern binds becomes opaque: parameters, loop variables, catch clauses. */
export function declareOpaque(scope: Scope, pattern: t.Node, reason: string, param?: ParamRef): void {
  const nested = param ? { ...param, nested: true } : undefined;
  switch (pattern.type) {
    case 'Identifier': {
      const binding: Binding = { kind: 'opaque', name: pattern.name, id: pattern, reason };
      if (param) binding.param = param;
      scope.bindings.set(pattern.name, binding);
      return;
    }
    case 'ObjectPattern':
      for (const prop of pattern.properties)
        declareOpaque(scope, prop.type === 'RestElement' ? prop.argument : prop.value, reason, nested);
      return;
    case 'ArrayPattern':
      for (const element of pattern.elements) if (element) declareOpaque(scope, element, reason, nested);
      return;
    case 'AssignmentPattern':
      declareOpaque(
        scope,
        pattern.left,
        reason,
        param && !param.nested ? { ...param, defaultValue: pattern.right } : nested,
      );
      return;
    case 'RestElement':
      declareOpaque(scope, pattern.argument, reason, nested);
      return;
    case 'TSParameterProperty':
      declareOpaque(scope, pattern.parameter, reason, param);
      return;
    default:
      return;
  }
}

function declareVariables(scope: Scope, decl: t.VariableDeclaration, loopVariable: boolean): void {
  const declKind = decl.kind === 'const' || decl.kind === 'let' ? decl.kind : 'var';
  for (const d of decl.declarations) {
    if (loopVariable) declareOpaque(scope, d.id, 'a loop variable');
    else declarePattern(scope, d.id, d.init, declKind, []);
  }
}

/**
 * Registers the declarations of a function body or the program. Block scoping is flattened into the
 * function: a name declared in two blocks of one function is rare in load scripts and only costs precision.
 */
export function declareStatements(scope: Scope, statements: readonly t.Node[]): void {
  const stack: t.Node[] = [...statements].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as t.Node;
    switch (node.type) {
      case 'VariableDeclaration':
        declareVariables(scope, node, false);
        continue;
      case 'FunctionDeclaration':
        if (node.id)
          scope.bindings.set(node.id.name, { kind: 'function', name: node.id.name, id: node.id, node });
        continue;
      case 'ClassDeclaration':
        if (node.id)
          scope.bindings.set(node.id.name, {
            kind: 'opaque',
            name: node.id.name,
            id: node.id,
            reason: `class ${node.id.name}`,
          });
        continue;
      case 'ImportDeclaration':
        declareImport(scope, node);
        continue;
      case 'ExportNamedDeclaration':
      case 'ExportDefaultDeclaration':
        if (node.declaration) stack.push(node.declaration);
        continue;
      case 'ForOfStatement':
      case 'ForInStatement':
        if (node.left.type === 'VariableDeclaration') {
          declareVariables(scope, node.left, true);
          const id = node.left.declarations[0]?.id;
          const binding = id?.type === 'Identifier' ? scope.bindings.get(id.name) : undefined;
          if (node.type === 'ForOfStatement' && binding?.kind === 'opaque') binding.elementOf = node.right;
        }
        stack.push(node.body);
        continue;
      case 'CatchClause':
        if (node.param) declareOpaque(scope, node.param, 'a caught error');
        stack.push(node.body);
        continue;
      default:
        if (isFunctionNode(node) || node.type === 'ClassExpression' || node.type === 'ClassBody') continue;
        if (isStatementContainer(node)) for (const child of childNodes(node).reverse()) stack.push(child);
    }
  }
}

/** Statements that can hold declarations of the enclosing function without opening a new function. */
function isStatementContainer(node: t.Node): boolean {
  return (
    node.type === 'BlockStatement' ||
    node.type === 'IfStatement' ||
    node.type === 'ForStatement' ||
    node.type === 'WhileStatement' ||
    node.type === 'DoWhileStatement' ||
    node.type === 'TryStatement' ||
    node.type === 'SwitchStatement' ||
    node.type === 'SwitchCase' ||
    node.type === 'LabeledStatement'
  );
}

function declareImport(scope: Scope, node: t.ImportDeclaration): void {
  const source = node.source.value;
  for (const spec of node.specifiers) {
    const id = spec.local;
    let imported: string;
    if (spec.type === 'ImportDefaultSpecifier') imported = 'default';
    else if (spec.type === 'ImportNamespaceSpecifier') imported = '*';
    else imported = spec.imported.type === 'Identifier' ? spec.imported.name : spec.imported.value;
    scope.bindings.set(id.name, { kind: 'import', name: id.name, id, source, imported, path: [], scope });
  }
}

/** A function's own scope: its parameters (opaque) and its body's declarations. */
export function functionScope(fn: t.Node, parent: Scope): Scope {
  const scope = new Scope(parent.module, parent);
  if (isFunctionNode(fn)) {
    fn.params.forEach((param, index) =>
      declareOpaque(scope, param, 'a function parameter', { fn, index, nested: false }),
    );
    if (fn.type === 'FunctionExpression' && fn.id) {
      scope.bindings.set(fn.id.name, { kind: 'function', name: fn.id.name, id: fn.id, node: fn });
    }
    if (fn.body.type === 'BlockStatement') declareStatements(scope, fn.body.body);
  }
  return scope;
}

/** Names that are assigned or updated after declaration, anywhere in the program (or in one subtree of it). */
export function reassignedNames(program: t.Node): Set<string> {
  const names = new Set<string>();
  const stack: t.Node[] = [program];
  const push = (child: t.Node) => {
    stack.push(child);
  };
  while (stack.length > 0) {
    const node = stack.pop() as t.Node;
    if (node.type === 'AssignmentExpression') collectPatternNames(node.left, names);
    else if (node.type === 'UpdateExpression' && node.argument.type === 'Identifier')
      names.add(node.argument.name);
    else if (
      (node.type === 'ForOfStatement' || node.type === 'ForInStatement') &&
      node.left.type !== 'VariableDeclaration'
    ) {
      collectPatternNames(node.left, names);
    }
    forEachChild(node, push);
  }
  return names;
}

function collectPatternNames(pattern: t.Node, names: Set<string>): void {
  switch (pattern.type) {
    case 'Identifier':
      names.add(pattern.name);
      return;
    case 'ObjectPattern':
      for (const p of pattern.properties)
        collectPatternNames(p.type === 'RestElement' ? p.argument : p.value, names);
      return;
    case 'ArrayPattern':
      for (const e of pattern.elements) if (e) collectPatternNames(e, names);
      return;
    case 'AssignmentPattern':
      collectPatternNames(pattern.left, names);
      return;
    case 'RestElement':
      collectPatternNames(pattern.argument, names);
      return;
    default:
      return;
  }
}

function exportedName(node: t.Identifier | t.StringLiteral): string {
  return node.type === 'Identifier' ? node.name : node.value;
}

function collectExports(program: t.Program): Map<string, ExportTarget> {
  const exports = new Map<string, ExportTarget>();
  for (const stmt of program.body) {
    if (stmt.type === 'ExportNamedDeclaration') {
      const decl = stmt.declaration;
      if (decl?.type === 'VariableDeclaration') {
        for (const d of decl.declarations) {
          const names = new Set<string>();
          collectPatternNames(d.id, names);
          for (const name of names) exports.set(name, { kind: 'local', local: name, node: d.id });
        }
      } else if ((decl?.type === 'FunctionDeclaration' || decl?.type === 'ClassDeclaration') && decl.id) {
        exports.set(decl.id.name, { kind: 'local', local: decl.id.name, node: decl.id });
      }
      for (const spec of stmt.specifiers) {
        if (spec.type === 'ExportSpecifier') {
          const name = exportedName(spec.exported);
          if (stmt.source)
            exports.set(name, {
              kind: 'reexport',
              source: stmt.source.value,
              imported: spec.local.name,
              node: spec,
            });
          else exports.set(name, { kind: 'local', local: spec.local.name, node: spec });
        } else if (spec.type === 'ExportNamespaceSpecifier' && stmt.source) {
          exports.set(exportedName(spec.exported), {
            kind: 'reexport',
            source: stmt.source.value,
            imported: '*',
            node: spec,
          });
        }
      }
    } else if (stmt.type === 'ExportDefaultDeclaration') {
      const decl = stmt.declaration;
      if ((decl.type === 'FunctionDeclaration' || decl.type === 'ClassDeclaration') && decl.id) {
        exports.set('default', { kind: 'local', local: decl.id.name, node: decl });
      } else {
        exports.set('default', { kind: 'expression', expression: decl, node: decl });
      }
    }
  }
  return exports;
}

/** Builds the module-level view of a parsed file: bindings, exports, reassigned names. */
export function analyseModule(file: string, text: string, program: t.Program): ModuleInfo {
  const module = new AnalysedModule(file, text, program, collectExports(program));
  declareStatements(module.scope, program.body);
  return module;
}

/**
 * A class rather than an object literal with a getter: V8 keeps a literal's getter (a closure per file) in
 * the hidden class the objects share, where it stayed reachable, and with it the file's text and syntax
 * tree, until a full collection; every minor collection meanwhile copied and promoted them.
 */
class AnalysedModule implements ModuleInfo {
  readonly scope: Scope;
  #reassigned: ReadonlySet<string> | undefined;
  constructor(
    readonly file: string,
    readonly text: string,
    readonly program: t.Program,
    readonly exports: Map<string, ExportTarget>,
  ) {
    this.scope = new Scope(this);
  }

  /** Computed on first use: it walks the whole file, and most scripts never ask. */
  get reassigned(): ReadonlySet<string> {
    this.#reassigned ??= reassignedNames(this.program);
    return this.#reassigned;
  }
}
