import type * as t from '@babel/types';
import type { HostRef } from '../model.js';
import { locOf, sourceOf, unwrap } from './ast.js';
import { envVarName, evaluate, type Evaluator } from './evaluate.js';
import type { FoundRequest } from './requests.js';
import { writtenUrl } from './written-url.js';

const ABSOLUTE_URL = /^(?:https?|wss?):\/\/[^\s/?#]+/i;

/** The scheme and authority of an absolute URL as written (`https://api.example.com:8443`). */
export function originOf(url: string): string | undefined {
  return ABSOLUTE_URL.exec(url)?.[0];
}

function within(node: t.Node, outer: t.Node): boolean {
  return (
    (node.start ?? -1) >= (outer.start ?? 0) &&
    (node.end ?? 0) <= (outer.end ?? -1) &&
    node.loc?.filename === outer.loc?.filename
  );
}

/**
 * Hosts a script targets: the start of each request URL, followed into the constant it comes from. A host
 * written in the request is role `url`; one that comes from a base-URL constant is role `variable`, reported
 * where the constant is defined (once, however many requests use it).
 */
export function collectHosts(
  found: readonly FoundRequest[],
  call: (r: FoundRequest) => t.Node,
  ev: Evaluator,
): HostRef[] {
  const hosts: HostRef[] = [];
  const seen = new Set<string>();
  const add = (ref: HostRef) => {
    const key = `${ref.loc.file}:${ref.loc.line}:${ref.loc.column}`;
    if (seen.has(key)) return;
    seen.add(key);
    hosts.push(ref);
  };
  for (const f of found) {
    const head = f.url.head ? unwrap(f.url.head) : undefined;
    const scope = f.url.headScope ?? f.scope;
    if (!head) continue;
    const file = scope.module.file;
    const role = within(head, call(f)) && scope.module.file === f.scope.module.file ? 'url' : 'variable';
    if (head.type === 'StringLiteral' || head.type === 'TemplateLiteral') {
      // The host is literal when the text before any run-time part already holds it; the value shown is the
      // whole URL or base URL as written, path included.
      const text = head.type === 'StringLiteral' ? head.value : (head.quasis[0]?.value.cooked ?? '');
      if (!originOf(text)) continue;
      const value = writtenUrl(head, scope);
      // A constant that holds the request's whole URL is a request URL kept in a variable, not a base URL.
      const whole = value === f.request.url;
      add({ value, origin: 'literal', role: whole ? 'url' : role, loc: locOf(head, file) });
      continue;
    }
    const env = envVarName(head, scope);
    if (env !== undefined) {
      add({ value: sourceOf(head, scope.module.text), origin: 'env', role, loc: locOf(head, file) });
      continue;
    }
    if (head.type === 'Identifier') {
      const binding = scope.lookup(head.name);
      if (binding?.kind !== 'value') continue;
      const init = unwrap(binding.init);
      const value = evaluate(init, binding.scope, ev);
      const initFile = binding.scope.module.file;
      if (value.kind === 'string') {
        const whole = value.value === f.request.url;
        if (originOf(value.value))
          add({ value: value.value, origin: 'literal', role: whole ? 'url' : 'variable', loc: value.loc });
      } else if (value.kind === 'unknown' && value.reason.startsWith('environment variable ')) {
        add({
          value: sourceOf(init, binding.scope.module.text),
          origin: 'env',
          role: 'variable',
          loc: locOf(init, initFile),
        });
      }
    }
  }
  return hosts;
}
