import type * as t from '@babel/types';
import type { Request } from '../model.js';
import { getValue } from '../value.js';
import { locOf, sourceOf, unwrap } from './ast.js';
import { parseK6Duration } from './duration.js';
import { evaluate, type Evaluator } from './evaluate.js';
import { describeUrl, type UrlShape } from './urls.js';
import { writtenUrl } from './written-url.js';
import type { Scope } from './scope.js';

/** Where the URL and params are in each k6/http function's arguments (k6 docs, "k6/http"). */
const SIGNATURES: Record<string, { method?: string; url: number; params: number }> = {
  get: { method: 'GET', url: 0, params: 1 },
  head: { method: 'HEAD', url: 0, params: 1 },
  post: { method: 'POST', url: 0, params: 2 },
  put: { method: 'PUT', url: 0, params: 2 },
  patch: { method: 'PATCH', url: 0, params: 2 },
  del: { method: 'DELETE', url: 0, params: 2 },
  options: { method: 'OPTIONS', url: 0, params: 2 },
  request: { url: 1, params: 3 },
  asyncRequest: { url: 1, params: 3 },
};

export const HTTP_FUNCTIONS = new Set([...Object.keys(SIGNATURES), 'batch']);

export interface FoundRequest {
  request: Request;
  url: UrlShape;
  urlNode: t.Node;
  scope: Scope;
}

function argAt(node: t.CallExpression | t.ArrayExpression, index: number): t.Node | undefined {
  const list = node.type === 'CallExpression' ? node.arguments : node.elements;
  for (let i = 0; i < list.length && i <= index; i++) {
    const a = list[i];
    if (!a || a.type === 'SpreadElement' || a.type === 'ArgumentPlaceholder') return undefined;
    if (i === index) return a;
  }
  return undefined;
}

function methodOf(node: t.Node | undefined, scope: Scope, ev: Evaluator): string {
  if (!node) return 'UNKNOWN';
  const v = evaluate(node, scope, ev);
  return v.kind === 'string' ? v.value.toUpperCase() : 'UNKNOWN';
}

function build(
  method: string,
  urlNode: t.Node | undefined,
  paramsNode: t.Node | undefined,
  at: t.Node,
  scope: Scope,
  ev: Evaluator,
  within: string | undefined,
): FoundRequest | undefined {
  if (!urlNode) return undefined;
  const file = scope.module.file;
  const url = describeUrl(urlNode, scope);
  const request: Request = {
    method,
    url: writtenUrl(urlNode, scope),
    dynamicUrl: url.dynamic,
    boundedUrl: url.bounded,
    loc: locOf(at, file),
  };
  if (url.text !== request.url) request.resolvedUrl = url.text;
  if (within !== undefined) request.within = within;
  if (paramsNode) {
    const params = evaluate(paramsNode, scope, ev);
    const name = getValue(getValue(params, 'tags'), 'name');
    if (name?.kind === 'string') request.name = name.value;
    else if (name?.kind === 'unknown') request.name = name.text ?? '(dynamic)';
    const timeout = getValue(params, 'timeout');
    if (timeout?.kind === 'string' || timeout?.kind === 'number') {
      const sec = parseK6Duration(timeout.value);
      if (sec !== undefined) request.timeoutSec = sec;
    }
  }
  return { request, url, urlNode, scope };
}

/** Requests from one k6/http call; `batch` yields one per request it lists. */
export function requestsFromCall(
  fn: string,
  call: t.CallExpression,
  scope: Scope,
  ev: Evaluator,
  within: string | undefined,
): FoundRequest[] {
  if (fn === 'batch') return batchRequests(call, scope, ev, within);
  const sig = SIGNATURES[fn];
  if (!sig) return [];
  const method = sig.method ?? methodOf(argAt(call, 0), scope, ev);
  const found = build(method, argAt(call, sig.url), argAt(call, sig.params), call, scope, ev, within);
  return found ? [found] : [];
}

function batchRequests(
  call: t.CallExpression,
  scope: Scope,
  ev: Evaluator,
  within: string | undefined,
): FoundRequest[] {
  const arg = argAt(call, 0);
  const list = arg ? unwrap(arg) : undefined;
  const items: t.Node[] = [];
  if (list?.type === 'ArrayExpression') {
    for (const e of list.elements) if (e && e.type !== 'SpreadElement') items.push(e);
  } else if (list?.type === 'ObjectExpression') {
    for (const p of list.properties) if (p.type === 'ObjectProperty') items.push(p.value);
  }
  const out: FoundRequest[] = [];
  for (const item of items) {
    const n = unwrap(item);
    let found: FoundRequest | undefined;
    if (n.type === 'ArrayExpression') {
      found = build(methodOf(argAt(n, 0), scope, ev), argAt(n, 1), argAt(n, 3), n, scope, ev, within);
    } else if (n.type === 'ObjectExpression') {
      const prop = (key: string) =>
        n.properties.find(
          (p): p is t.ObjectProperty =>
            p.type === 'ObjectProperty' && !p.computed && p.key.type === 'Identifier' && p.key.name === key,
        )?.value;
      const method = prop('method');
      found = build(
        method ? methodOf(method, scope, ev) : 'GET',
        prop('url'),
        prop('params'),
        n,
        scope,
        ev,
        within,
      );
    } else {
      found = build('GET', n, undefined, n, scope, ev, within);
    }
    if (found) out.push(found);
  }
  if (out.length === 0 && arg) {
    // The list is built at run time: one request stands for the batch so that "sends requests" stays true.
    const text = sourceOf(arg, scope.module.text);
    const request: Request = {
      method: 'BATCH',
      url: `\${${text}}`,
      dynamicUrl: true,
      boundedUrl: true,
      loc: locOf(call, scope.module.file),
    };
    if (within !== undefined) request.within = within;
    out.push({
      request,
      url: { text: request.url, dynamic: true, bounded: true, named: false },
      urlNode: arg,
      scope,
    });
  }
  return out;
}
