import type * as t from '@babel/types';
import type { Location } from '../location.js';
import { getValue, type ObjectEntry, type SourceValue } from '../value.js';
import { locOf, memberName, sourceOf, staticKeyName, unwrap } from './ast.js';
import type { ModuleLoader } from './modules.js';
import type { Binding, ModuleInfo, PathStep, Scope } from './scope.js';

/** Evaluation state shared by one scenario: the file loader and a guard against cycles. */
export interface Evaluator {
  loader: ModuleLoader;
  active: Set<t.Node>;
  depth: number;
}

/** Nesting beyond this is not configuration; we stop rather than risk the stack. */
const MAX_EVAL_DEPTH = 200;

export function unknown(reason: string, loc: Location, text?: string): SourceValue {
  const value: SourceValue = { kind: 'unknown', reason, loc };
  if (text !== undefined) value.text = text;
  return value;
}

/** `__ENV.NAME` (or `__ENV['NAME']`) when `__ENV` is the k6 global, else undefined. */
export function envVarName(node: t.Node, scope: Scope): string | undefined {
  const n = unwrap(node);
  if (
    (n.type !== 'MemberExpression' && n.type !== 'OptionalMemberExpression') ||
    n.object.type !== 'Identifier'
  ) {
    return undefined;
  }
  if (n.object.name !== '__ENV' || scope.lookup('__ENV')) return undefined;
  return memberName(n) ?? '?';
}

function envReason(name: string): string {
  return `environment variable ${name}`;
}

function isFalsy(v: SourceValue): boolean | undefined {
  switch (v.kind) {
    case 'string':
      return v.value === '';
    case 'number':
      return v.value === 0 || Number.isNaN(v.value);
    case 'boolean':
      return !v.value;
    case 'null':
      return true;
    case 'object':
    case 'array':
      return false;
    default:
      return undefined;
  }
}

/** Rebases a value read elsewhere (a constant, an imported file) onto nothing: it keeps its own location. */
function follow(value: SourceValue, path: readonly PathStep[], loc: Location): SourceValue {
  let current = value;
  for (const step of path) {
    if (current.kind === 'unknown') return current;
    if (typeof step === 'number') {
      if (current.kind !== 'array') return unknown(`element ${step} of a value that is not an array`, loc);
      const item = current.items[step];
      if (!item) return unknown(`element ${step} does not exist`, loc);
      current = item;
    } else {
      const next = getValue(current, step);
      if (!next) return unknown(`property ${step} is not set`, loc);
      current = next;
    }
  }
  return current;
}

export function evaluateBinding(
  binding: Binding,
  at: Location,
  ev: Evaluator,
  moduleDepth: number,
): SourceValue {
  switch (binding.kind) {
    case 'value': {
      const module = binding.scope.module;
      if (binding.declKind !== 'const' && module.reassigned.has(binding.name)) {
        return unknown(`variable ${binding.name} is reassigned`, at);
      }
      const base = evaluate(binding.init, binding.scope, ev, moduleDepth);
      const result = follow(base, binding.path, at);
      if (
        result.kind === 'unknown' &&
        binding.defaultValue &&
        binding.path.length > 0 &&
        base.kind !== 'unknown'
      ) {
        return evaluate(binding.defaultValue, binding.scope, ev, moduleDepth);
      }
      return result;
    }
    case 'import':
      return follow(
        resolveExportOf(binding.scope.module, binding.source, binding.imported, at, ev, moduleDepth),
        binding.path,
        at,
      );
    case 'function':
      return unknown(`function ${binding.name}`, at);
    case 'opaque':
      return unknown(binding.reason, at);
  }
}

/** Reads the export `name` of the module `specifier` imports from `from`; `*` builds the namespace object. */
export function resolveExportOf(
  from: ModuleInfo,
  specifier: string,
  name: string,
  at: Location,
  ev: Evaluator,
  moduleDepth: number,
): SourceValue {
  const loaded = ev.loader.load(from, specifier, moduleDepth + 1);
  if (loaded.kind === 'missing') return unknown(loaded.reason, at);
  if (loaded.kind === 'json') {
    const value = evaluate(loaded.value, loaded.module.scope, ev, moduleDepth + 1);
    if (name === 'default' || name === '*') return value;
    return follow(value, [name], at);
  }
  if (name === '*') {
    const entries: ObjectEntry[] = [];
    for (const [exported, target] of loaded.module.exports) {
      entries.push({
        key: exported,
        keyLoc: locOf(target.node, loaded.module.file),
        value: resolveExport(loaded.module, exported, at, ev, moduleDepth + 1),
      });
    }
    return { kind: 'object', entries, loc: { file: loaded.module.file, line: 1, column: 1 } };
  }
  return resolveExport(loaded.module, name, at, ev, moduleDepth + 1);
}

/** The value a module exports under `name`, read statically. */
export function resolveExport(
  module: ModuleInfo,
  name: string,
  at: Location,
  ev: Evaluator,
  moduleDepth: number,
): SourceValue {
  const target = module.exports.get(name);
  if (!target) return unknown(`${module.file} does not export ${name}`, at);
  switch (target.kind) {
    case 'local': {
      const binding = module.scope.bindings.get(target.local);
      if (!binding) return unknown(`${target.local} is not declared in ${module.file}`, at);
      return guarded(binding.id, at, ev, () => evaluateBinding(binding, at, ev, moduleDepth));
    }
    case 'reexport':
      return resolveExportOf(module, target.source, target.imported, at, ev, moduleDepth);
    case 'expression':
      return evaluate(target.expression, module.scope, ev, moduleDepth);
  }
}

function guarded(node: t.Node, at: Location, ev: Evaluator, run: () => SourceValue): SourceValue {
  if (ev.active.has(node) || ev.depth > MAX_EVAL_DEPTH) return unknown('a value that refers to itself', at);
  ev.active.add(node);
  ev.depth++;
  try {
    return run();
  } finally {
    ev.depth--;
    ev.active.delete(node);
  }
}

function plainString(v: SourceValue): string | undefined {
  if (v.kind === 'string') return v.value;
  if (v.kind === 'number') return String(v.value);
  if (v.kind === 'boolean') return String(v.value);
  if (v.kind === 'null') return 'null';
  return undefined;
}

/** The text kept for `__ENV.X || <default>`: the default's value when it is a literal, else its source. */
function defaultText(value: SourceValue, node: t.Node, module: ModuleInfo): string {
  return plainString(value) ?? sourceOf(node, module.text);
}

/**
 * Reads an expression's value without running anything: literals, constants, spreads, local imports,
 * `__ENV` lookups (unknown, with the default kept), a handful of pure built-ins. Everything else is unknown
 * with a reason a user can act on.
 */
export function evaluate(node: t.Node, scope: Scope, ev: Evaluator, moduleDepth = 0): SourceValue {
  const module = scope.module;
  const loc = locOf(node, module.file);
  if (ev.depth > MAX_EVAL_DEPTH) return unknown('an expression nested too deeply', loc);
  ev.depth++;
  try {
    return evaluateNode(unwrap(node), scope, ev, moduleDepth, loc);
  } finally {
    ev.depth--;
  }
}

function evaluateNode(
  node: t.Node,
  scope: Scope,
  ev: Evaluator,
  moduleDepth: number,
  loc: Location,
): SourceValue {
  const module = scope.module;
  const file = module.file;
  switch (node.type) {
    case 'StringLiteral':
      return { kind: 'string', value: node.value, loc };
    case 'NumericLiteral':
      return { kind: 'number', value: node.value, loc };
    case 'BooleanLiteral':
      return { kind: 'boolean', value: node.value, loc };
    case 'NullLiteral':
      return { kind: 'null', loc };
    case 'TemplateLiteral': {
      let out = '';
      for (let i = 0; i < node.quasis.length; i++) {
        out += node.quasis[i]?.value.cooked ?? node.quasis[i]?.value.raw ?? '';
        const expr = node.expressions[i];
        if (expr) {
          const part = evaluate(expr, scope, ev, moduleDepth);
          const text = plainString(part);
          if (text === undefined) {
            const reason = part.kind === 'unknown' ? part.reason : 'a template with a non-text part';
            return unknown(reason, loc, sourceOf(node, module.text));
          }
          out += text;
        }
      }
      return { kind: 'string', value: out, loc };
    }
    case 'ObjectExpression':
      return evaluateObject(node, scope, ev, moduleDepth, loc);
    case 'ArrayExpression': {
      const items: SourceValue[] = [];
      for (const element of node.elements) {
        if (!element) continue;
        if (element.type === 'SpreadElement') {
          const spread = evaluate(element.argument, scope, ev, moduleDepth);
          if (spread.kind === 'array') items.push(...spread.items);
          else
            items.push(
              unknown(
                spread.kind === 'unknown' ? spread.reason : 'a spread of a non-array',
                locOf(element, file),
              ),
            );
        } else {
          items.push(evaluate(element, scope, ev, moduleDepth));
        }
      }
      return { kind: 'array', items, loc };
    }
    case 'Identifier': {
      const binding = scope.lookup(node.name);
      if (!binding) {
        if (node.name === 'Infinity') return { kind: 'number', value: Infinity, loc };
        if (node.name === 'NaN') return { kind: 'number', value: NaN, loc };
        if (node.name === 'undefined') return unknown('undefined', loc);
        return unknown(`global ${node.name}`, loc);
      }
      const value = guarded(binding.id, loc, ev, () => evaluateBinding(binding, loc, ev, moduleDepth));
      return value;
    }
    case 'MemberExpression':
    case 'OptionalMemberExpression': {
      const env = envVarName(node, scope);
      if (env !== undefined) return unknown(envReason(env), loc);
      const key = memberName(node) ?? computedKey(node, scope, ev, moduleDepth);
      if (key === undefined)
        return unknown(`a computed property of ${sourceOf(node.object, module.text)}`, loc);
      const object = evaluate(node.object, scope, ev, moduleDepth);
      if (object.kind === 'unknown') return unknown(object.reason, loc, object.text);
      if (object.kind === 'array') {
        if (key === 'length') return { kind: 'number', value: object.items.length, loc };
        const item = /^\d+$/.test(key) ? object.items[Number(key)] : undefined;
        return item ?? unknown(`element ${key} does not exist`, loc);
      }
      if (object.kind === 'string' && key === 'length')
        return { kind: 'number', value: object.value.length, loc };
      if (object.kind === 'object') {
        const value = getValue(object, key);
        if (value) return value;
        const hidden = object.entries.find((e) => e.key === '...' && e.value.kind === 'unknown');
        if (hidden && hidden.value.kind === 'unknown') return unknown(hidden.value.reason, loc);
        return unknown(`property ${key} is not set`, loc);
      }
      return unknown(`property ${key} of a ${object.kind}`, loc);
    }
    case 'LogicalExpression': {
      const left = evaluate(node.left, scope, ev, moduleDepth);
      if (left.kind === 'unknown') {
        if (node.operator === '&&') return unknown(left.reason, loc);
        const fallback = evaluate(node.right, scope, ev, moduleDepth);
        return unknown(left.reason, loc, defaultText(fallback, node.right, module));
      }
      const falsy = isFalsy(left);
      if (node.operator === '??')
        return left.kind === 'null' ? evaluate(node.right, scope, ev, moduleDepth) : left;
      if (node.operator === '||') return falsy ? evaluate(node.right, scope, ev, moduleDepth) : left;
      return falsy ? left : evaluate(node.right, scope, ev, moduleDepth);
    }
    case 'ConditionalExpression': {
      const test = evaluate(node.test, scope, ev, moduleDepth);
      const falsy = isFalsy(test);
      if (test.kind === 'unknown' || falsy === undefined) {
        return unknown(
          test.kind === 'unknown' ? test.reason : 'a condition',
          loc,
          sourceOf(node, module.text),
        );
      }
      return evaluate(falsy ? node.alternate : node.consequent, scope, ev, moduleDepth);
    }
    case 'UnaryExpression': {
      const arg = evaluate(node.argument, scope, ev, moduleDepth);
      if (arg.kind === 'unknown') return unknown(arg.reason, loc, sourceOf(node, module.text));
      if (node.operator === '-' && arg.kind === 'number') return { kind: 'number', value: -arg.value, loc };
      if (node.operator === '+') {
        const n = toNumber(arg);
        return n === undefined ? unknown('a conversion to number', loc) : { kind: 'number', value: n, loc };
      }
      if (node.operator === '!') {
        const falsy = isFalsy(arg);
        return falsy === undefined ? unknown('a negation', loc) : { kind: 'boolean', value: falsy, loc };
      }
      return unknown(`the operator ${node.operator}`, loc);
    }
    case 'BinaryExpression':
      return evaluateBinary(node, scope, ev, moduleDepth, loc);
    case 'CallExpression':
      return evaluateCall(node, scope, ev, moduleDepth, loc);
    case 'NewExpression':
      return unknown(`new ${sourceOf(node.callee, module.text)}(...)`, loc);
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      return unknown('a function', loc);
    case 'AwaitExpression':
      return unknown('an awaited value', loc);
    default:
      return unknown(`an expression (${node.type})`, loc, sourceOf(node, module.text));
  }
}

function computedKey(
  node: t.MemberExpression | t.OptionalMemberExpression,
  scope: Scope,
  ev: Evaluator,
  moduleDepth: number,
): string | undefined {
  if (!node.computed || node.property.type === 'PrivateName') return undefined;
  const key = evaluate(node.property, scope, ev, moduleDepth);
  return plainString(key);
}

function toNumber(v: SourceValue): number | undefined {
  if (v.kind === 'number') return v.value;
  if (v.kind === 'string') return v.value.trim() === '' ? 0 : Number(v.value);
  if (v.kind === 'boolean') return v.value ? 1 : 0;
  if (v.kind === 'null') return 0;
  return undefined;
}

function evaluateObject(
  node: t.ObjectExpression,
  scope: Scope,
  ev: Evaluator,
  moduleDepth: number,
  loc: Location,
): SourceValue {
  const file = scope.module.file;
  const entries: ObjectEntry[] = [];
  for (const prop of node.properties) {
    if (prop.type === 'SpreadElement') {
      const spread = evaluate(prop.argument, scope, ev, moduleDepth);
      if (spread.kind === 'object') entries.push(...spread.entries);
      else if (spread.kind === 'unknown') {
        entries.push({
          key: '...',
          keyLoc: locOf(prop, file),
          value: unknown(spread.reason, locOf(prop.argument, file), spread.text),
        });
      }
      // Spreading a string, number or null adds no keys we care about.
      continue;
    }
    let key: string | undefined = staticKeyName(prop.key, prop.computed);
    if (key === undefined && prop.computed && prop.key.type !== 'PrivateName') {
      key = plainString(evaluate(prop.key, scope, ev, moduleDepth));
    }
    if (key === undefined) {
      entries.push({
        key: '...',
        keyLoc: locOf(prop.key, file),
        value: unknown('a computed key', locOf(prop, file)),
      });
      continue;
    }
    if (prop.type === 'ObjectMethod') {
      entries.push({
        key,
        keyLoc: locOf(prop.key, file),
        value: unknown(prop.kind === 'method' ? 'a function' : `a ${prop.kind}ter`, locOf(prop, file)),
      });
      continue;
    }
    entries.push({ key, keyLoc: locOf(prop.key, file), value: evaluate(prop.value, scope, ev, moduleDepth) });
  }
  return { kind: 'object', entries, loc };
}

function evaluateBinary(
  node: t.BinaryExpression,
  scope: Scope,
  ev: Evaluator,
  moduleDepth: number,
  loc: Location,
): SourceValue {
  if (node.left.type === 'PrivateName') return unknown('a private name', loc);
  const left = evaluate(node.left, scope, ev, moduleDepth);
  const right = evaluate(node.right, scope, ev, moduleDepth);
  if (left.kind === 'unknown') return unknown(left.reason, loc, sourceOf(node, scope.module.text));
  if (right.kind === 'unknown') return unknown(right.reason, loc, sourceOf(node, scope.module.text));
  if (node.operator === '+' && (left.kind === 'string' || right.kind === 'string')) {
    const l = plainString(left);
    const r = plainString(right);
    if (l === undefined || r === undefined) return unknown('a concatenation', loc);
    return { kind: 'string', value: l + r, loc };
  }
  const l = toNumber(left);
  const r = toNumber(right);
  if (l === undefined || r === undefined) return unknown(`the operator ${node.operator}`, loc);
  switch (node.operator) {
    case '+':
      return { kind: 'number', value: l + r, loc };
    case '-':
      return { kind: 'number', value: l - r, loc };
    case '*':
      return { kind: 'number', value: l * r, loc };
    case '/':
      return { kind: 'number', value: l / r, loc };
    case '%':
      return { kind: 'number', value: l % r, loc };
    case '**':
      return { kind: 'number', value: l ** r, loc };
    default:
      return unknown(`the operator ${node.operator}`, loc);
  }
}

function calleeName(callee: t.Node, text: string): string {
  return sourceOf(callee, text) || 'a function';
}

function evaluateCall(
  node: t.CallExpression,
  scope: Scope,
  ev: Evaluator,
  moduleDepth: number,
  loc: Location,
): SourceValue {
  const module = scope.module;
  const callee = unwrap(node.callee);
  const name = calleeName(callee, module.text);
  const args = node.arguments;
  const first = args[0];
  const global = (n: string) => callee.type === 'Identifier' && callee.name === n && !scope.lookup(n);
  const method = (object: string, prop: string) =>
    (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') &&
    callee.object.type === 'Identifier' &&
    callee.object.name === object &&
    !scope.lookup(object) &&
    memberName(callee) === prop;

  if (
    (global('Number') || global('parseInt') || global('parseFloat') || global('String')) &&
    first &&
    first.type !== 'SpreadElement' &&
    first.type !== 'ArgumentPlaceholder'
  ) {
    const arg = evaluate(first, scope, ev, moduleDepth);
    if (arg.kind === 'unknown') return unknown(arg.reason, loc, arg.text);
    if (global('String')) {
      const s = plainString(arg);
      return s === undefined ? unknown(`the result of ${name}()`, loc) : { kind: 'string', value: s, loc };
    }
    const s = plainString(arg);
    if (s === undefined) return unknown(`the result of ${name}()`, loc);
    const n = global('Number')
      ? Number(s)
      : global('parseInt')
        ? Number.parseInt(s, 10)
        : Number.parseFloat(s);
    return { kind: 'number', value: n, loc };
  }
  if (
    (method('Object', 'freeze') || method('Object', 'seal')) &&
    first &&
    first.type !== 'SpreadElement' &&
    first.type !== 'ArgumentPlaceholder'
  ) {
    return evaluate(first, scope, ev, moduleDepth);
  }
  if (method('Object', 'assign') && args.length > 0) {
    const entries: ObjectEntry[] = [];
    for (const arg of args) {
      if (arg.type === 'SpreadElement' || arg.type === 'ArgumentPlaceholder') {
        entries.push({
          key: '...',
          keyLoc: locOf(arg, module.file),
          value: unknown('a spread argument', locOf(arg, module.file)),
        });
        continue;
      }
      const v = evaluate(arg, scope, ev, moduleDepth);
      if (v.kind === 'object') entries.push(...v.entries);
      else if (v.kind === 'unknown') entries.push({ key: '...', keyLoc: locOf(arg, module.file), value: v });
    }
    return { kind: 'object', entries, loc };
  }
  if (method('JSON', 'parse') && first) {
    const opened = openedFile(first, scope);
    if (opened !== undefined) return resolveExportOf(module, opened, 'default', loc, ev, moduleDepth);
    if (first.type !== 'SpreadElement' && first.type !== 'ArgumentPlaceholder') {
      // JSON.parse(__ENV.X || '{}'): the value is as unknown as the text, and for the same reason.
      const arg = evaluate(first, scope, ev, moduleDepth);
      if (arg.kind === 'unknown') return unknown(arg.reason, loc, arg.text);
    }
  }
  return unknown(`the result of ${name}()`, loc);
}

/** `open('./config.json')` with a literal path: the one init-context read we can follow without running it. */
function openedFile(node: t.Node, scope: Scope): string | undefined {
  const n = unwrap(node);
  if (n.type !== 'CallExpression' || n.callee.type !== 'Identifier' || n.callee.name !== 'open')
    return undefined;
  if (scope.lookup('open')) return undefined;
  const arg = n.arguments[0];
  if (arg?.type !== 'StringLiteral') return undefined;
  const spec = arg.value;
  if (spec.startsWith('/') || /^[a-z]+:/i.test(spec)) return undefined;
  return spec.startsWith('.') ? spec : `./${spec}`;
}
