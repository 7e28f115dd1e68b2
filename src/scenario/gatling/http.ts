import type { CheckRef, HostRef, Request } from '../model.js';
import type { Program } from './program.js';
import { locOf, toExpr, type CallExpr, type Expr } from './syntax.js';
import { follow, GATLING_EL, stringValue, writtenText } from './values.js';

const METHODS: Record<string, string> = {
  get: 'GET',
  post: 'POST',
  put: 'PUT',
  patch: 'PATCH',
  delete: 'DELETE',
  head: 'HEAD',
  options: 'OPTIONS',
};

export interface HttpFacts {
  requests: Request[];
  hosts: HostRef[];
  checks: CheckRef[];
}

/** `repeat(4, "i")`: loop counters with a literal count, whose values in a request name are bounded. */
function boundedCounters(program: Program): Set<string> {
  const out = new Set<string>();
  for (const call of program.calls) {
    if (call.name !== 'repeat' || (call.args?.length ?? 0) < 2) continue;
    const times = follow(call.args![0], program);
    const name = stringValue(call.args![1], program);
    if (times?.kind === 'number' && name) out.add(name);
  }
  return out;
}

export function readHttp(program: Program): HttpFacts {
  const requests: Request[] = [];
  const hosts: HostRef[] = [];
  const checks: CheckRef[] = [];
  const counters = boundedCounters(program);
  for (const call of program.calls) {
    if (call.name === 'check' || call.name === 'checkIf') {
      if (call.args?.length) checks.push({ kind: 'check', loc: locOf(call.nameNode, program.file) });
      continue;
    }
    if (/^base(?:Url|URL)s?$/.test(call.name) && call.args) {
      for (const arg of call.args) hosts.push(hostOf(arg, program, 'target'));
      continue;
    }
    const method = METHODS[call.name] ?? (call.name === 'httpRequest' ? 'custom' : undefined);
    if (!method || !call.args?.length) continue;
    // Past the conversion's depth limit the receiver is `other`: convert it on its own.
    const http =
      call.receiver?.kind === 'other' ? toExpr(call.receiver.node, program.language) : call.receiver;
    if (http?.kind !== 'call' || http.name !== 'http' || !http.args?.length) continue;
    const urlArg = call.name === 'httpRequest' ? call.args[1] : call.args[0];
    if (!urlArg) continue;
    const request = readRequest(
      program,
      call,
      http,
      urlArg,
      method === 'custom' ? (stringValue(call.args[0], program) ?? 'GET') : method,
      counters,
    );
    requests.push(request);
    const url = stringValue(urlArg, program);
    if (url !== undefined && /^[a-z][a-z0-9+.-]*:\/\//i.test(url))
      hosts.push({ value: url, origin: 'literal', role: 'url', loc: locOf(urlArg.node, program.file) });
  }
  return { requests, hosts, checks };
}

function readRequest(
  program: Program,
  call: CallExpr,
  http: CallExpr,
  urlArg: Expr,
  method: string,
  counters: Set<string>,
): Request {
  const fixedUrl = stringValue(urlArg, program);
  const url = writtenText(urlArg, program) ?? `\${${urlArg.node.text}}`;
  const el = fixedUrl !== undefined && GATLING_EL.test(fixedUrl);
  const dynamicUrl = fixedUrl === undefined || el;
  // Gatling groups statistics by the request's name, not its URL: a fixed name keeps one row whatever the URL.
  const name = stringValue(http.args![0], program);
  const nameBounded = name !== undefined && elNames(name).every((v) => counters.has(v));
  const out: Request = {
    method,
    url,
    dynamicUrl: dynamicUrl || (name !== undefined && GATLING_EL.test(name)),
    boundedUrl: name !== undefined && nameBounded,
    loc: locOf(call.nameNode, program.file),
  };
  if (name !== undefined && !GATLING_EL.test(name)) out.name = name;
  // A name computed at run time (a helper's parameter, a session function) may well be fixed: cannot tell.
  else if (name === undefined) out.boundedUrl = true;
  return out;
}

function elNames(text: string): string[] {
  return [...text.matchAll(/[#$]\{([^}.(]*)/g)].map((m) => m[1]!.trim());
}

const ENV_CALL =
  /^(?:getProperty|getenv|getInteger|getBoolean|getLong|env|props|getOrElse|getOrDefault|orElse)$/;

/** A base URL: a literal (or constants joined) is `literal`; `System.getProperty`/`getenv`/`sys.env` is `env`. */
function hostOf(arg: Expr, program: Program, role: HostRef['role']): HostRef {
  const literal = stringValue(arg, program);
  const value = follow(arg, program);
  if (literal !== undefined)
    return { value: literal, origin: 'literal', role, loc: locOf(arg.node, program.file) };
  const text = value?.node.text ?? arg.node.text;
  if (value && readsEnvironment(value))
    return { value: text, origin: 'env', role, loc: locOf(arg.node, program.file) };
  return { value: text, origin: 'unknown', role, loc: locOf(arg.node, program.file) };
}

function readsEnvironment(expr: Expr): boolean {
  const stack: Expr[] = [expr];
  while (stack.length > 0) {
    const e = stack.pop()!;
    if (e.kind === 'call') {
      if (ENV_CALL.test(e.name) && /System|sys|env|props|Integer|Long|Boolean|getenv/.test(e.node.text))
        return true;
      if (e.receiver) stack.push(e.receiver);
      stack.push(...(e.args ?? []));
    } else if (e.kind === 'concat') stack.push(...e.parts);
  }
  return /System\.(?:getenv|getProperty)|sys\.(?:env|props)/.test(expr.node.text);
}
