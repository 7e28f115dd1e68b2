/** An import or require of k6 or one of its modules (`k6`, `k6/http`, `k6/x/...`). */
const K6_IMPORT = /(?:\bfrom\s*|\bimport\s*|\brequire\s*\(\s*)["']k6(?:\/[\w\-./]*)?["']/;
const OPTIONS_EXPORT = /\bexport\s+(?:const|let|var)\s+options\b|\bexport\s*\{[^}]*\boptions\b[^}]*\}/;
const DEFAULT_FUNCTION = /\bexport\s+default\s+(?:async\s+)?(?:function\b|\(|[A-Za-z_$][\w$]*\s*=>)/;
const DEFAULT_REEXPORT = /\bexport\s*\{[^}]*\bdefault\b[^}]*\}\s*from\b/;
const K6_GLOBALS = /\b(?:__ENV|__VU|__ITER)\b|jslib\.k6\.io/;
/** Keys only a k6 `options` object has together with an exported default. */
const K6_OPTION_KEYS = /\b(?:vus|stages|scenarios|thresholds|iterations|executor|preAllocatedVUs)\s*:/;

/** Only the start of a huge file is looked at: imports come first, and sniffing must stay cheap. */
const SNIFF_CHARS = 64 * 1024;

/**
 * Is this a k6 script? Decided on content, since `.js` and `.ts` are everyone's extensions: an import of a
 * k6 module, or the k6 script shape (exported `options` and default function) together with a k6 global.
 */
export function sniffK6(text: string): boolean {
  const head = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  if (K6_IMPORT.test(head)) return true;
  // A script that imports its default function from a module: `export { default } from './flow.js'`.
  const hasDefault = DEFAULT_FUNCTION.test(text) || DEFAULT_REEXPORT.test(head);
  return OPTIONS_EXPORT.test(head) && hasDefault && (K6_GLOBALS.test(text) || K6_OPTION_KEYS.test(head));
}
