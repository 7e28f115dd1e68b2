import type { HostRef } from '../model.js';

/**
 * Taurus passes `${...}` through to the tool that runs the scenario: JMeter variables and functions
 * (`${url}`, `${__P(host)}`, `${__Random(1,100)}`, `${__env(HOST)}`), and Taurus' own `${VAR}` environment
 * interpolation of the config. A value holding one is unknown statically.
 */
export const TAURUS_TEMPLATE_PATTERN = /\$\{[^}]*\}/;

export function isTemplate(text: string): boolean {
  return TAURUS_TEMPLATE_PATTERN.test(text);
}

/**
 * Where a URL's host comes from. A JMeter property (`${__P(host)}`, `${__property(host)}`) or environment
 * reference (`${__env(HOST)}`, `${__BeanShell(System.getenv...)}`, a bare upper-case `${HOST}` that Taurus
 * interpolates from the environment) is set per run: `env`. Another `${var}` is unknown.
 */
export function originOf(text: string): HostRef['origin'] {
  const authority = /^\s*[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(text)?.[0] ?? text;
  if (!isTemplate(authority)) return 'literal';
  return /\$\{(__P\(|__property\(|__env\(|__eval\(\$\{__P|[A-Z][A-Z0-9_]*\})/.test(authority)
    ? 'env'
    : 'unknown';
}
