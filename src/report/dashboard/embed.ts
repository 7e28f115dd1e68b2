import { createHash } from 'node:crypto';
import { stripUnsafe } from '../escape.js';
import { maskSecretShapes } from '../secrets.js';

/**
 * Text from result files (endpoint names, messages) placed in HTML: control characters dropped, credential
 * shapes masked, and every character HTML gives meaning to written as an entity, so a name can never become
 * markup. Safe in element content and in quoted attribute values.
 */
export function htmlText(text: string, max = 500): string {
  const clean = maskSecretShapes(stripUnsafe(text));
  const cut = clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
  return cut
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * JSON inside `<script type="application/json">`: the HTML parser ends the element at the first `</script`
 * and treats `<!--` specially, whatever the JSON means, so `<`, `>` and `&` are written as JSON escapes; so are
 * U+2028 and U+2029, which older JavaScript parsers took for line ends. `JSON.parse` reads back the same value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Code inlined in a `<script>`: a `</script` inside a string or regular expression would close the element
 * early; `<\/` means the same there. (The uPlot build holds none; this keeps a future one from breaking the page.)
 */
export function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1');
}

/** The CSP source for an inline element's exact text: only these scripts and styles may run. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
