import type { CheckRef, HostRef, HttpOptions, Request, ThinkTime } from '../model.js';
import {
  callArguments,
  dottedName,
  enclosing,
  locOf,
  named,
  numberValue,
  stringValue,
  nodesOfTypes,
  type PyNode,
} from '../python/syntax.js';
import type { LocustNames } from './imports.js';
import { urlOf } from './urls.js';

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

export interface CallFacts {
  requests: Request[];
  thinkTimes: ThinkTime[];
  hosts: HostRef[];
  checks: CheckRef[];
  http: HttpOptions;
}

/** The name of the function a node is in, for `within` (`Class.method` would differ from k6's plain names). */
function withinOf(node: PyNode): string | undefined {
  return enclosing(node, 'function_definition')?.childForFieldName('name')?.text;
}

/** `self.client.get`, `self.user.client.post`, `client.request`: Locust's HTTP client, not `requests.get`. */
function clientMethod(callee: PyNode | null): string | undefined {
  if (callee?.type !== 'attribute') return undefined;
  const method = callee.childForFieldName('attribute')?.text;
  const object = dottedName(callee.childForFieldName('object'));
  if (!method || !object) return undefined;
  if (object !== 'client' && !object.endsWith('.client')) return undefined;
  return HTTP_METHODS.has(method) || method === 'request' ? method : undefined;
}

function isEnvRead(node: PyNode | null | undefined): boolean {
  if (!node) return false;
  const text = node.text;
  return /^os\.(?:getenv|environ)\b/.test(text) || /^environ\b/.test(text) || /^getenv\(/.test(text);
}

const CALL_TYPES = ['call', 'assignment', 'assert_statement'];

/**
 * Requests, pauses, hosts and response checks: one pass over the module. Nothing is evaluated; a URL held in
 * a variable is followed only to a literal assigned to it in the same function or at the top level.
 */
export function readCalls(root: PyNode, file: string, names: LocustNames): CallFacts {
  const out: CallFacts = { requests: [], thinkTimes: [], hosts: [], checks: [], http: {} };
  for (const node of nodesOfTypes(root, CALL_TYPES)) {
    if (node.type === 'call') readCall(node, file, names, out);
    else if (node.type === 'assignment') readAssignment(node, file, out);
    else if (withinOf(node))
      out.checks.push({ kind: 'assertion', within: withinOf(node), loc: locOf(node, file) });
  }
  return out;
}

function readCall(node: PyNode, file: string, names: LocustNames, out: CallFacts): void {
  const callee = node.childForFieldName('function');
  const args = callArguments(node);
  const method = clientMethod(callee);
  if (method) {
    readRequest(node, method, args, file, out);
    return;
  }
  const dotted = dottedName(callee) ?? '';
  const attribute = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
  // Pauses inside tasks: gevent-patched `time.sleep`, `gevent.sleep`, Locust's own `self.wait()`.
  if (
    dotted === 'time.sleep' ||
    dotted === 'gevent.sleep' ||
    names.sleeps.has(dotted) ||
    dotted === 'self.wait'
  ) {
    const seconds = numberValue(args.positional[0]);
    out.thinkTimes.push({ seconds, within: withinOf(node), loc: locOf(node, file) });
    return;
  }
  // `response.failure(...)`, `response.success()`, `raise_for_status()`: the response is judged.
  if (attribute === 'failure' || attribute === 'success' || attribute === 'raise_for_status') {
    out.checks.push({ kind: 'assertion', within: withinOf(node), loc: locOf(node, file) });
  }
}

function readRequest(
  node: PyNode,
  method: string,
  args: ReturnType<typeof callArguments>,
  file: string,
  out: CallFacts,
): void {
  let verb = method.toUpperCase();
  let urlNode: PyNode | undefined;
  if (method === 'request') {
    const methodNode = args.positional[0] ?? args.keywords.get('method');
    verb = stringValue(methodNode)?.toUpperCase() ?? 'REQUEST';
    urlNode = args.positional[1] ?? args.keywords.get('url');
  } else urlNode = args.positional[0] ?? args.keywords.get('url') ?? args.keywords.get('path');
  const loc = locOf(node, file);
  const within = withinOf(node);
  const url = urlNode ? urlOf(urlNode) : { url: '(unknown)', dynamic: true, bounded: true };
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
  if (args.keywords.get('catch_response')?.type === 'true')
    out.checks.push({ kind: 'assertion', within, loc });
  if (args.keywords.get('verify')?.type === 'false')
    out.http.tlsVerifyDisabled ??= locOf(args.keywords.get('verify')!, file);
}

/** Class attribute `host = ...`; `self.client.verify = False`. */
function readAssignment(node: PyNode, file: string, out: CallFacts): void {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (!left || !right) return;
  if (left.text === 'host' && enclosing(node, 'class_definition') && !withinOf(node)) {
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
