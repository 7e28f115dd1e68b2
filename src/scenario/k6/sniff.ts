/** An import or require of k6 or one of its modules (`k6`, `k6/http`, `k6/x/...`). */
const K6_IMPORT = /(?:\bfrom\s*|\bimport\s*|\brequire\s*\(\s*)["']k6(?:\/[\w\-./]*)?["']/;
const OPTIONS_EXPORT = /\bexport\s+(?:const|let|var)\s+options\b|\bexport\s*\{[^}]*\boptions\b[^}]*\}/;
const DEFAULT_FUNCTION = /\bexport\s+default\s+(?:async\s+)?(?:function\b|\(|[A-Za-z_$][\w$]*\s*=>)/;
const DEFAULT_REEXPORT = /\bexport\s*\{[^}]*\bdefault\b[^}]*\}\s*from\b/;
const K6_GLOBALS = /\b(?:__ENV|__VU|__ITER)\b|jslib\.k6\.io/;
/** Keys only a k6 `options` object has together with an exported default. */
const K6_OPTION_KEYS = /\b(?:vus|stages|scenarios|thresholds|iterations|executor|preAllocatedVUs)\s*:/;

/**
 * What only k6 options look like, for scripts whose every import is local (the k6 imports live in their
 * modules): an executor by its k6 name, stages ramping to a `target`, a threshold expression on an
 * aggregation (`p(95)<500`, `rate<0.01`), an `exec` naming the function a scenario runs, or an option no
 * other tool has.
 */
const K6_SHAPES = [
  /\bexecutor\s*:\s*["'`](?:constant-vus|ramping-vus|constant-arrival-rate|ramping-arrival-rate|shared-iterations|per-vu-iterations|externally-controlled)["'`]/,
  /\bstages\s*:\s*\[\s*\{[^}]*\btarget\s*:/,
  /\bthresholds\s*:\s*\{[^}]*["'`](?:p\(\d+(?:\.\d+)?\)|avg|min|max|med|rate|count|value)\s*[<>=!]/,
  /\bexec\s*:\s*["'`][A-Za-z_$][\w$]*["'`]/,
  /\b(?:noConnectionReuse|discardResponseBodies|summaryTrendStats|insecureSkipTLSVerify|batchPerHost|setupTimeout|teardownTimeout|preAllocatedVUs|gracefulRampDown)\s*:/,
  /\bext\s*:\s*\{\s*["']?loadimpact\b/,
];

/** A name with `k6` as a word of it: `k6-config.js`, `checkout.k6.js`, `load_k6_main.js`. */
const K6_NAME = /(?:^|[_.-])k6(?:[_.-]|$)/i;

/** A `k6` folder on the path (`perf/k6/src/rest/index.js`) or a k6 file name: where k6 projects keep tests. */
function k6Path(file: string): boolean {
  const parts = file.split(/[\\/]/);
  const name = parts.pop() ?? '';
  return parts.some((p) => p.toLowerCase() === 'k6') || K6_NAME.test(name);
}

/** Only the start of a huge file is looked at: imports come first, and sniffing must stay cheap. */
const SNIFF_CHARS = 64 * 1024;

/**
 * Is this a k6 script? Decided on content, since `.js` and `.ts` are everyone's extensions: an import of a
 * k6 module; or the k6 script shape (exported `options` and default function) together with a k6 global;
 * or exported `options` that only k6 would read, or that a file in a k6 folder exports, for scripts that
 * import nothing but their own modules (`export { options } from './config.js'`, options built by a helper).
 */
export function sniffK6(text: string, file = ''): boolean {
  const head = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  if (K6_IMPORT.test(head)) return true;
  if (!OPTIONS_EXPORT.test(head)) return false;
  if (K6_SHAPES.some((shape) => shape.test(head))) return true;
  if (k6Path(file)) return true;
  // A script that imports its default function from a module: `export { default } from './flow.js'`.
  const hasDefault = DEFAULT_FUNCTION.test(text) || DEFAULT_REEXPORT.test(head);
  return hasDefault && (K6_GLOBALS.test(text) || K6_OPTION_KEYS.test(head));
}
