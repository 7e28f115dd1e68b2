import type { HostRef } from '../model.js';

/**
 * Artillery renders `{{ ... }}` templates at run time (variables, captures, `$processEnvironment`, `$env`,
 * helper functions). A value holding one is unknown statically; these helpers say what kind of unknown.
 */
const TEMPLATE = /\{\{/;
const ENV_REFERENCE = /\{\{\s*\$(?:processEnvironment|env)\.[A-Za-z_$][\w$]*\s*\}\}/;

export const ARTILLERY_TEMPLATE_PATTERN = TEMPLATE;

export function isTemplate(text: string): boolean {
  return TEMPLATE.test(text);
}

/** Does the text take its value from the environment (`{{ $processEnvironment.X }}` / `{{ $env.X }}`)? */
export function referencesEnvironment(text: string): boolean {
  return ENV_REFERENCE.test(text);
}

/** Where a URL's host comes from: only a template in the scheme or authority makes the host dynamic. */
export function originOf(text: string): HostRef['origin'] {
  const authority = /^\s*[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(text)?.[0] ?? text;
  if (!isTemplate(authority)) return 'literal';
  return referencesEnvironment(authority) ? 'env' : 'unknown';
}
