import type { Location } from '../location.js';
import type { CheckRef, HostRef, Request, SecretRef, ThinkTime } from '../model.js';
import { classifySecret, isCredentialKey } from '../secrets.js';
import { hasReference, mentionsParameter, prop, propText, propertyReference, propXml } from './properties.js';
import type { JmxElement } from './tree.js';
import type { XmlElement } from './xml.js';

/** How every token shape `classifySecret` knows begins (see `TOKEN_SHAPES` in ../secrets.ts). */
const TOKEN_PREFIX =
  /^(?:gh[pousr]_|github_pat_|AKIA|ASIA|eyJ|xox[abposr]-|sk_(?:live|test)_|glpat-|-----BEGIN|Bearer\s|Basic\s)/i;

/** Every credential key `isCredentialKey` accepts contains one of these: a cheap test before the exact one. */
const CREDENTIAL_HINT = /pass|pwd|secret|token|key|auth|bearer|credential|cookie|session/i;

/** `TOKEN_PREFIX` anywhere in a text: a JSON body with none of these holds no token-shaped value. */
const TOKEN_PREFIX_ANYWHERE = new RegExp(TOKEN_PREFIX.source.slice(1), 'i');

/** `TOKEN_PREFIX` after leading white space: the test of `value.trimStart()` without a trimmed copy. */
const TOKEN_PREFIX_INDENTED = new RegExp(`^\\s*${TOKEN_PREFIX.source.slice(1)}`, 'i');

/** The name and value properties of the key/value elementProps JMeter writes (headers, arguments). */
const NAMED_PAIRS = [
  ['Header.name', 'Header.value'],
  ['Argument.name', 'Argument.value'],
] as const;

/** HTTP samplers across JMeter versions: the proxy (2.2+), and the older Java and HttpClient samplers. */
export const HTTP_SAMPLERS = new Set(['HTTPSamplerProxy', 'HTTPSampler', 'HTTPSampler2', 'AjpSampler']);

/** HTTP Request Defaults: a ConfigTestElement with the defaults GUI. */
export function isHttpDefaults(element: JmxElement): boolean {
  return element.kind === 'ConfigTestElement' && element.guiclass === 'HttpDefaultsGui';
}

/** Timers that pause a thread. The Synchronizing Timer is a rendezvous, not a pause, and is not one. */
export function isPause(element: JmxElement): boolean {
  if (element.kind === 'SyncTimer') return false;
  if (/Timer$/.test(element.kind)) return true;
  // Flow Control Action (`TestAction`) set to pause: action 1.
  return element.kind === 'TestAction' && propText(element, 'ActionProcessor.action')?.trim() === '1';
}

export function isAssertion(element: JmxElement): boolean {
  return /Assertion$/.test(element.kind);
}

function where(element: JmxElement): { within?: string } {
  return element.threadGroup === undefined ? {} : { within: element.threadGroup };
}

/** An HTTP sampler as a request: its URL as written, grouped under its label (JMeter reports by label). */
export function readRequest(element: JmxElement): Request {
  const domain = propText(element, 'HTTPSampler.domain')?.trim() ?? '';
  const port = propText(element, 'HTTPSampler.port')?.trim() ?? '';
  const protocol = propText(element, 'HTTPSampler.protocol')?.trim() ?? '';
  const path = propText(element, 'HTTPSampler.path')?.trim() ?? '';
  const method = (propText(element, 'HTTPSampler.method')?.trim() || 'GET').toUpperCase();
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(path)
    ? path
    : domain
      ? `${protocol || 'http'}://${domain}${port ? `:${port}` : ''}${path.startsWith('/') || path === '' ? '' : '/'}${path}`
      : path;
  const dynamicUrl = hasReference(url);
  const request: Request = {
    method,
    url,
    dynamicUrl,
    boundedUrl: !dynamicUrl || onlyParameters(url),
    name: element.name,
    ...where(element),
    loc: element.loc,
  };
  const timeout = Number(propText(element, 'HTTPSampler.response_timeout')?.trim() || NaN);
  if (Number.isFinite(timeout) && timeout > 0) request.timeoutSec = timeout / 1000;
  return request;
}

/** Every `${...}` in the text is a property or environment reference: the same value for the whole run. */
function onlyParameters(text: string): boolean {
  const refs = text.match(/\$\{[^}]*\}?\)?\}?/g) ?? [];
  return refs.every((r) => /^\$\{__(?:P|property|env)\(/.test(r));
}

/** The host a sampler or HTTP Request Defaults names, as an origin (`https://api.example.com:8443`). */
export function readHost(element: JmxElement, role: HostRef['role']): HostRef | undefined {
  const domain = prop(element, 'HTTPSampler.domain');
  const name = domain?.text.trim() ?? '';
  if (!domain || name === '') {
    // A full URL in the path names the host too.
    const path = prop(element, 'HTTPSampler.path');
    const m = path && /^([a-z][a-z0-9+.-]*:\/\/[^/?#\s]+)/i.exec(path.text.trim());
    if (!m || !path) return undefined;
    return { value: m[1]!, origin: originOf(m[1]!), role, loc: path.loc };
  }
  // Whether the host is a parameter is up to the server name; a protocol or port from a property does not
  // make a literal host configurable.
  const written = propText(element, 'HTTPSampler.protocol')?.trim() ?? '';
  const protocol = written === '' || hasReference(written) ? 'http' : written;
  const port = propText(element, 'HTTPSampler.port')?.trim() ?? '';
  const value = `${protocol}://${name}${port && !hasReference(port) ? `:${port}` : ''}`;
  return { value, origin: originOf(name), role, loc: domain.loc };
}

function originOf(text: string): HostRef['origin'] {
  if (!hasReference(text)) return 'literal';
  return mentionsParameter(text) ? 'env' : 'unknown';
}

export function readCheck(element: JmxElement): CheckRef {
  return { kind: 'assertion', names: [element.name], ...where(element), loc: element.loc };
}

/** A timer or pause as think time, with its fixed part in seconds when it is a literal. */
export function readThinkTime(element: JmxElement): ThinkTime {
  const think: ThinkTime = { ...where(element), loc: element.loc };
  const delay =
    element.kind === 'TestAction'
      ? propText(element, 'ActionProcessor.duration')
      : (propText(element, 'ConstantTimer.delay') ?? propText(element, 'RandomTimer.delay'));
  const ms = Number(delay?.trim() || NaN);
  if (Number.isFinite(ms)) think.seconds = ms / 1000;
  return think;
}

/**
 * Literal credentials: name/value pairs (headers, User Defined Variables, HTTP arguments), properties
 * whose own name is a credential (`Authorization.password`, a JDBC `password`), and JSON request bodies.
 * `${...}` references are parameters, never secrets. Appended to `found`: this runs on every element of a
 * plan, and most have none, so it allocates nothing for them.
 */
export function readSecrets(element: JmxElement, found: SecretRef[]): void {
  const file = element.loc.file;
  const stack: XmlElement[] = [element.xml];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const pair = namedPair(node);
    if (pair) {
      if (pair.name === '' || /^\s*[[{]/.test(pair.value.text)) scanJson(pair.value, found, file);
      else addSecret(found, file, pair.name, pair.value.text, pair.value.line, pair.value.column);
      continue;
    }
    for (const child of node.children) {
      if (child.name === 'stringProp') {
        const value = child.text;
        if (value === '') continue;
        if (/^\s*[[{]/.test(value)) scanJson(child, found, file);
        else {
          const name = child.attributes.name ?? '';
          // Tested on the whole name first: most properties are neither credentials nor tokens.
          if (!CREDENTIAL_HINT.test(name) && !TOKEN_PREFIX_INDENTED.test(value)) continue;
          const key = name.slice(name.lastIndexOf('.') + 1);
          if (key) addSecret(found, file, key, value, child.line, child.column);
        }
      } else if (child.children.length > 0) stack.push(child);
    }
  }
}

function addSecret(
  found: SecretRef[],
  file: string,
  key: string,
  value: string,
  line: number,
  column: number,
): void {
  // Most properties are neither under a credential key nor token-shaped: skip the classifier for them.
  if (!(CREDENTIAL_HINT.test(key) && isCredentialKey(key)) && !TOKEN_PREFIX_INDENTED.test(value)) return;
  const verdict = classifySecret(key, value);
  if (verdict) found.push({ key, ...verdict, loc: { file, line, column } });
}

/** `Header.name`/`Header.value`, `Argument.name`/`Argument.value`: a key and its value in one elementProp. */
function namedPair(node: XmlElement): { name: string; value: XmlElement } | undefined {
  if (node.name !== 'elementProp') return undefined;
  for (const [nameKey, valueKey] of NAMED_PAIRS) {
    const value = propXml(node, valueKey);
    if (value) return { name: propXml(node, nameKey)?.text.trim() ?? '', value };
  }
  return undefined;
}

/** A JSON body's string values under credential keys (`{"password": "..."}`), placed on the body's property. */
function scanJson(node: XmlElement, found: SecretRef[], file: string): void {
  // Only a credential key or a token-shaped value is reported, and in a body without escapes both are
  // written as they are: a body with neither (most of them) need not be parsed at all.
  const text = node.text;
  if (!text.includes('\\') && !CREDENTIAL_HINT.test(text) && !TOKEN_PREFIX_ANYWHERE.test(text)) return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return;
  }
  const stack: { value: unknown; key?: string; depth: number }[] = [{ value: parsed, depth: 0 }];
  while (stack.length > 0) {
    const { value, key, depth } = stack.pop()!;
    if (depth > 50) continue;
    if (typeof value === 'string' && key !== undefined)
      addSecret(found, file, key, value, node.line, node.column);
    else if (Array.isArray(value)) for (const v of value) stack.push({ value: v, key, depth: depth + 1 });
    else if (typeof value === 'object' && value !== null)
      for (const [k, v] of Object.entries(value)) stack.push({ value: v, key: k, depth: depth + 1 });
  }
}

export interface DataSourceFacts {
  path: string;
  variables: string[];
  loc: Location;
}

/** CSV Data Set Config: the file and the variables it sets. */
export function readCsvDataSet(element: JmxElement): DataSourceFacts {
  const filename = prop(element, 'filename');
  return {
    path: filename?.text.trim() ?? '',
    variables: (propText(element, 'variableNames') ?? '')
      .split(/[,;\t]/)
      .map((v) => v.trim())
      .filter(Boolean),
    loc: filename?.loc ?? element.loc,
  };
}

export { propertyReference };
