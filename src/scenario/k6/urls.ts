import type * as t from '@babel/types';
import { sourceOf, unwrap } from './ast.js';
import { isK6Api, resolveApi } from './apis.js';
import { certainAssignment } from './assigned.js';
import { envVarName } from './evaluate.js';
import { parameterBounded, type ValueJudge } from './parameters.js';
import type { Binding, Scope } from './scope.js';

export interface UrlShape {
  /** The URL with the constants in it followed, and runtime parts kept as `${...}`. */
  text: string;
  dynamic: boolean;
  /** Dynamic parts are only constants (module constants, `__ENV`, imports): one value per run. */
  bounded: boolean;
  /** Written with `http.url\`...\``, which k6 reports under the template, not each URL. */
  named: boolean;
  /** The expression that starts the URL (a literal, `__ENV.X`, a base-URL constant), for host detection. */
  head?: t.Node;
  headScope?: Scope;
}

const MAX_DEPTH = 20;

/**
 * Describes a request URL: its text with runtime parts as `${...}`, and whether those parts are bounded
 * (constants and environment variables, whose cardinality is one) or per-iteration data (parameters, loop
 * variables, random values).
 */
export function describeUrl(node: t.Node, scope: Scope, depth = 0): UrlShape {
  const text = scope.module.text;
  const n = unwrap(node);
  if (depth > MAX_DEPTH)
    return { text: `\${${sourceOf(n, text)}}`, dynamic: true, bounded: false, named: false };
  switch (n.type) {
    case 'StringLiteral':
      return { text: n.value, dynamic: false, bounded: true, named: false, head: n, headScope: scope };
    case 'TemplateLiteral': {
      let out = '';
      let bounded = true;
      let head: t.Node | undefined;
      let headScope: Scope | undefined;
      for (let i = 0; i < n.quasis.length; i++) {
        const quasi = n.quasis[i];
        const raw = quasi?.value.cooked ?? quasi?.value.raw ?? '';
        out += raw;
        if (i === 0 && raw !== '') {
          head = n;
          headScope = scope;
        }
        const expr = n.expressions[i];
        if (!expr) continue;
        const part = describeUrl(expr, scope, depth + 1);
        if (i === 0 && raw === '') {
          head = part.head ?? expr;
          headScope = part.headScope ?? scope;
        }
        out += part.text;
        // k6 needs absolute URLs, so a leading `${x}` before a path is the origin: one value per run.
        const origin = i === 0 && raw === '' && (n.quasis[1]?.value.cooked ?? '').startsWith('/');
        if (!part.bounded && !origin) bounded = false;
      }
      const dynamic = n.expressions.length > 0;
      const shape: UrlShape = { text: out, dynamic, bounded, named: false };
      if (head) Object.assign(shape, { head, headScope });
      return shape;
    }
    case 'TaggedTemplateExpression': {
      const inner = describeUrl(n.quasi, scope, depth + 1);
      if (isK6Api(resolveApi(n.tag, scope), 'k6/http', 'url'))
        return { ...inner, bounded: true, named: true };
      return { ...inner, text: sourceOf(n, text), dynamic: true, bounded: false };
    }
    case 'BinaryExpression': {
      if (n.operator !== '+' || n.left.type === 'PrivateName') break;
      const left = describeUrl(n.left, scope, depth + 1);
      const right = describeUrl(n.right, scope, depth + 1);
      // `base + '/path'`: the leftmost operand before a path is the origin, as in a template literal.
      const origin = n.left.type !== 'BinaryExpression' && !right.dynamic && right.text.startsWith('/');
      const shape: UrlShape = {
        text: left.text + right.text,
        dynamic: left.dynamic || right.dynamic,
        bounded: (left.bounded || origin) && right.bounded,
        named: false,
      };
      if (left.head) Object.assign(shape, { head: left.head, headScope: left.headScope });
      return shape;
    }
    case 'Identifier': {
      const binding = scope.lookup(n.name);
      const shape = bindingShape(binding, depth);
      if (shape) return shape;
      // A variable reassigned per iteration (`url = base + '/x/' + id; http.get(url)`): what it holds here.
      const assigned = variesByAssignment(binding) ? certainAssignment(n, scope.module) : undefined;
      if (assigned) return describeUrl(assigned, scope, depth + 1);
      const element =
        binding?.kind === 'opaque' && binding.elementOf && shortConstantList(binding.elementOf, scope);
      return {
        text: `\${${n.name}}`,
        dynamic: true,
        bounded: constantBinding(binding) || element === true || boundedParameter(binding, scope, depth),
        named: false,
        head: n,
        headScope: scope,
      };
    }
    case 'MemberExpression':
    case 'OptionalMemberExpression': {
      const env = envVarName(n, scope);
      if (env !== undefined)
        return {
          text: `\${${sourceOf(n, text)}}`,
          dynamic: true,
          bounded: true,
          named: false,
          head: n,
          headScope: scope,
        };
      return {
        text: `\${${sourceOf(n, text)}}`,
        dynamic: true,
        bounded: constantMember(n, scope),
        named: false,
        head: n,
        headScope: scope,
      };
    }
    case 'LogicalExpression':
    case 'ConditionalExpression': {
      const parts = n.type === 'LogicalExpression' ? [n.left, n.right] : [n.consequent, n.alternate];
      const shapes = parts.map((p) => describeUrl(p, scope, depth + 1));
      const bounded =
        shapes.every((s) => s.bounded) &&
        (n.type === 'LogicalExpression' || describeUrl(n.test, scope, depth + 1).bounded);
      return {
        text: `\${${sourceOf(n, text)}}`,
        dynamic: true,
        bounded,
        named: false,
        head: n,
        headScope: scope,
      };
    }
    case 'CallExpression': {
      // jslib's randomItem(list) picks one of a few constants.
      const callee = unwrap(n.callee);
      const arg = n.arguments[0];
      const picks =
        callee.type === 'Identifier' && callee.name === 'randomItem' && arg && arg.type !== 'SpreadElement';
      return {
        text: `\${${sourceOf(n, text)}}`,
        dynamic: true,
        bounded: picks === true && shortConstantList(arg as t.Node, scope),
        named: false,
      };
    }
    default:
      break;
  }
  return { text: `\${${sourceOf(n, text)}}`, dynamic: true, bounded: false, named: false };
}

/** Lists from which a URL part is picked stay bounded only while short: a data file of ids is not. */
const SHORT_LIST = 100;

/**
 * A list literal of at most `SHORT_LIST` constants, written in the file (`const PAGES = ['/', '/about']`):
 * any element picked from it, by index, loop or `randomItem`, gives the URL one of a few values.
 */
function shortConstantList(node: t.Node, scope: Scope, depth = 0): boolean {
  const n = unwrap(node);
  if (depth > 5) return false;
  if (n.type === 'Identifier') {
    const binding = scope.lookup(n.name);
    if (binding?.kind !== 'value' || binding.path.length > 0) return false;
    if (binding.declKind !== 'const' && binding.scope.module.reassigned.has(binding.name)) return false;
    return shortConstantList(binding.init, binding.scope, depth + 1);
  }
  if (n.type === 'ArrayExpression') {
    return (
      n.elements.length <= SHORT_LIST &&
      n.elements.every((e) => {
        const v = e && e.type !== 'SpreadElement' ? unwrap(e) : undefined;
        return (
          v !== undefined &&
          (v.type === 'StringLiteral' ||
            v.type === 'NumericLiteral' ||
            v.type === 'ObjectExpression' ||
            (v.type === 'TemplateLiteral' && describeUrl(v, scope, MAX_DEPTH - 2).bounded))
        );
      })
    );
  }
  if (n.type === 'ObjectExpression') return n.properties.length <= SHORT_LIST;
  return false;
}

/** A constant whose value is itself a URL expression: follow it, so `const url = \`${BASE}/x\`` reads as that. */
function bindingShape(binding: Binding | undefined, depth: number): UrlShape | undefined {
  if (binding?.kind !== 'value' || binding.path.length > 0) return undefined;
  if (binding.declKind !== 'const' && binding.scope.module.reassigned.has(binding.name)) return undefined;
  const init = unwrap(binding.init);
  if (
    init.type === 'StringLiteral' ||
    init.type === 'TemplateLiteral' ||
    init.type === 'BinaryExpression' ||
    init.type === 'TaggedTemplateExpression'
  ) {
    return describeUrl(init, binding.scope, depth + 1);
  }
  return undefined;
}

/** A `let` or `var` that is assigned after its declaration, or declared without a value. */
function variesByAssignment(binding: Binding | undefined): boolean {
  if (binding?.kind === 'opaque') return binding.uninitialised === true;
  return (
    binding?.kind === 'value' &&
    binding.path.length === 0 &&
    binding.declKind !== 'const' &&
    binding.scope.module.reassigned.has(binding.name)
  );
}

/** Names whose value is fixed for the whole run: constants, environment-derived constants, imports. */
function constantBinding(binding: Binding | undefined): boolean {
  if (!binding) return false;
  if (binding.kind === 'import') return true;
  if (binding.kind !== 'value') return false;
  if (binding.declKind !== 'const' && binding.scope.module.reassigned.has(binding.name)) return false;
  return (
    describeUrl(binding.init, binding.scope, MAX_DEPTH - 2).bounded ||
    isStaticData(binding.init, binding.scope)
  );
}

/** Object and array literals of constants (a config object), whose properties are constants too. */
function isStaticData(node: t.Node, scope: Scope): boolean {
  const n = unwrap(node);
  if (n.type === 'ObjectExpression' || n.type === 'ArrayExpression') return true;
  if (
    n.type === 'CallExpression' &&
    n.callee.type === 'MemberExpression' &&
    n.callee.object.type === 'Identifier'
  ) {
    // JSON.parse(open('./config.json')) in init code reads one file once: constant for the run.
    return (
      n.callee.object.name === 'JSON' && !scope.lookup('JSON') && n.arguments[0]?.type === 'CallExpression'
    );
  }
  return false;
}

/** `config.baseUrl`: constant when the object is a constant and no part of the path is computed from data. */
function constantMember(node: t.MemberExpression | t.OptionalMemberExpression, scope: Scope): boolean {
  let current: t.Node = node;
  while (current.type === 'MemberExpression' || current.type === 'OptionalMemberExpression') {
    if (
      current.computed &&
      current.property.type !== 'StringLiteral' &&
      current.property.type !== 'NumericLiteral'
    )
      // `PAGES[Math.floor(Math.random() * PAGES.length)]`: any index into a short list of constants.
      return shortConstantList(current.object, scope);
    current = unwrap(current.object);
  }
  if (current.type !== 'Identifier') return false;
  const binding = scope.lookup(current.name);
  return constantBinding(binding) || boundedParameter(binding, scope, MAX_DEPTH - 2);
}

const judge: ValueJudge = {
  bounded: (node, scope, depth) => describeUrl(node, scope, depth).bounded,
  shortList: (node, scope) => shortConstantList(node, scope),
};

/** A function parameter whose callers in this file all pass bounded values, or whose callers are unseen. */
function boundedParameter(binding: Binding | undefined, scope: Scope, depth: number): boolean {
  if (binding?.kind !== 'opaque' || binding.param === undefined) return false;
  return parameterBounded(binding, scope, depth, judge);
}
