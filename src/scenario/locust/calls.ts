import type { CheckRef, HostRef, HttpOptions, Request, ThinkTime } from '../model.js';
import {
  callArguments,
  dottedName,
  enclosing,
  locOf,
  named,
  nodesOfTypes,
  numberValue,
  stringValue,
  type PyNode,
} from '../python/syntax.js';
import type { UnreportedRequest } from './facts.js';
import type { LocustNames } from './imports.js';
import type { LocustNodeType, LocustNodes } from './nodes.js';
import { urlOf } from './urls.js';

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

export interface CallFacts {
  requests: Request[];
  unreported: UnreportedRequest[];
  thinkTimes: ThinkTime[];
  hosts: HostRef[];
  checks: CheckRef[];
  http: HttpOptions;
}

/** `self.client.get`, `self.user.client.post`, `client.request`: Locust's HTTP client, not `requests.get`. */
function clientMethod(callee: PyNode, method: string): string | undefined {
  if (!HTTP_METHODS.has(method) && method !== 'request') return undefined;
  const object = dottedName(callee.childForFieldName('object'));
  if (!object) return undefined;
  if (object !== 'client' && !object.endsWith('.client')) return undefined;
  return method;
}

/** Method names whose call judges a response: `response.failure(...)`, `.success()`, `raise_for_status()`. */
const CHECK_METHODS = new Set(['failure', 'success', 'raise_for_status']);

function isEnvRead(node: PyNode | null | undefined): boolean {
  if (!node) return false;
  const text = node.text;
  return /^os\.(?:getenv|environ)\b/.test(text) || /^environ\b/.test(text) || /^getenv\(/.test(text);
}

const CALL_TYPES = new Set<LocustNodeType>(['call', 'assignment', 'assert_statement']);

/**
 * Requests, pauses, hosts and response checks: one pass over the module. Nothing is evaluated; a URL held in
 * a variable is followed only to a literal assigned to it in the same function or at the top level.
 */
export function readCalls(nodes: LocustNodes, file: string, names: LocustNames): CallFacts {
  const out: CallFacts = { requests: [], unreported: [], thinkTimes: [], hosts: [], checks: [], http: {} };
  for (const [node, type] of nodes.ofAny(CALL_TYPES)) {
    if (type === 'call') readCall(node, file, names, nodes, out);
    else if (type === 'assignment') readAssignment(node, file, nodes, out);
    else {
      const within = nodes.functionNameAround(node);
      if (within) out.checks.push({ kind: 'assertion', within, loc: locOf(node, file) });
    }
  }
  return out;
}

/**
 * Most calls of a locustfile are none of these; the callee's shape is looked at first, and the arguments
 * read only for a request or a pause.
 */
function readCall(node: PyNode, file: string, names: LocustNames, nodes: LocustNodes, out: CallFacts): void {
  const callee = node.childForFieldName('function');
  if (!callee) return;
  const calleeType = callee.type;
  let pause = false;
  if (calleeType === 'attribute') {
    const attribute = callee.childForFieldName('attribute')?.text;
    if (!attribute) return;
    const method = clientMethod(callee, attribute);
    if (method) {
      readRequest(node, method, file, nodes, out);
      return;
    }
    // Pauses inside tasks: gevent-patched `time.sleep`, `gevent.sleep`, Locust's own `self.wait()`.
    if (attribute === 'sleep' || attribute === 'wait') {
      const dotted = dottedName(callee);
      pause = dotted === 'time.sleep' || dotted === 'gevent.sleep' || dotted === 'self.wait';
    }
    // `response.failure(...)`, `response.success()`, `raise_for_status()`: the response is judged.
    if (!pause && CHECK_METHODS.has(attribute)) {
      out.checks.push({ kind: 'assertion', within: nodes.functionNameAround(node), loc: locOf(node, file) });
      return;
    }
  } else if (calleeType === 'identifier') {
    // `from time import sleep as pause`: a local name bound to a pausing function.
    pause = names.sleeps.has(callee.text);
  }
  if (!pause) return;
  const seconds = numberValue(callArguments(node).positional[0]);
  out.thinkTimes.push({ seconds, within: nodes.functionNameAround(node), loc: locOf(node, file) });
}

function readRequest(node: PyNode, method: string, file: string, nodes: LocustNodes, out: CallFacts): void {
  const args = callArguments(node);
  let verb = method.toUpperCase();
  let urlNode: PyNode | undefined;
  if (method === 'request') {
    const methodNode = args.positional[0] ?? args.keywords.get('method');
    verb = stringValue(methodNode)?.toUpperCase() ?? 'REQUEST';
    urlNode = args.positional[1] ?? args.keywords.get('url');
  } else urlNode = args.positional[0] ?? args.keywords.get('url') ?? args.keywords.get('path');
  const loc = locOf(node, file);
  const within = nodes.functionNameAround(node);
  const url = urlNode ? urlOf(urlNode, nodes) : { url: '(unknown)', dynamic: true, bounded: true };
  const nameNode = args.keywords.get('name');
  const request: Request = {
    method: verb,
    url: url.url,
    dynamicUrl: url.dynamic,
    boundedUrl: url.bounded,
    within,
    loc,
  };
  if (nameNode) request.name = stringValue(nameNode) ?? nameNode.text;
  const timeout = numberValue(args.keywords.get('timeout'));
  if (timeout !== undefined) request.timeoutSec = timeout;
  out.requests.push(request);
  if (!url.dynamic && /^https?:\/\//i.test(url.url))
    out.hosts.push({ value: url.url, origin: 'literal', role: 'url', loc: locOf(urlNode!, file) });
  if (args.keywords.get('catch_response')?.type === 'true') {
    out.checks.push({ kind: 'assertion', within, loc });
    if (neverEntered(node))
      out.unreported.push({ call: `${node.childForFieldName('function')?.text ?? method}()`, loc });
  }
  if (args.keywords.get('verify')?.type === 'false')
    out.http.tlsVerifyDisabled ??= locOf(args.keywords.get('verify')!, file);
}

/** Class attribute `host = ...`; `self.client.verify = False`. */
function readAssignment(node: PyNode, file: string, nodes: LocustNodes, out: CallFacts): void {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (!left || !right) return;
  if (left.text === 'host' && enclosing(node, 'class_definition') && !nodes.functionNameAround(node)) {
    const value = stringValue(right);
    if (value !== undefined)
      out.hosts.push({ value, origin: 'literal', role: 'target', loc: locOf(right, file) });
    else if (isEnvRead(right))
      out.hosts.push({ value: right.text, origin: 'env', role: 'target', loc: locOf(right, file) });
    else out.hosts.push({ value: right.text, origin: 'unknown', role: 'target', loc: locOf(right, file) });
    return;
  }
  if (left.text.endsWith('client.verify') && right.type === 'false')
    out.http.tlsVerifyDisabled ??= locOf(right, file);
}

/** Tuples and lists of literal items, for `for x in [...]` loops. */
export function literalItems(node: PyNode): PyNode[] | undefined {
  if (node.type !== 'list' && node.type !== 'tuple') return undefined;
  return named(node).filter((c) => c.type !== 'comment');
}

/**
 * With `catch_response=True` the client returns a context manager that records the request when its `with`
 * block ends (`ResponseContextManager.__exit__`): a response never entered is never counted, as a success or
 * a failure. True when the call's result is dropped, or kept in a name the function only reads attributes of
 * (`r = ...; if r.status_code != 200: r.failure(...)`); a name used otherwise (`with r:`, `return r`, passed
 * on) may be entered elsewhere, and a call written anywhere else (a `with`, a `return`) is not judged.
 */
function neverEntered(call: PyNode): boolean {
  const parent = call.parent;
  if (parent?.type === 'expression_statement') return true;
  if (parent?.type !== 'assignment' || parent.childForFieldName('right')?.id !== call.id) return false;
  const left = parent.childForFieldName('left');
  const scope = enclosing(call, 'function_definition');
  if (left?.type !== 'identifier' || !scope) return false;
  for (const use of nodesOfTypes(scope, ['identifier'])) {
    if (use.text !== left.text || use.id === left.id) continue;
    const holder = use.parent;
    if (holder?.type !== 'attribute' || holder.childForFieldName('object')?.id !== use.id) return false;
  }
  return true;
}
