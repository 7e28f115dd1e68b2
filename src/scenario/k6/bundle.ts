/**
 * Signs that a script is the output of a bundler or minifier rather than what someone wrote: a webpack
 * runtime, esbuild's module helpers, a source-map comment, or minified lines. Findings on such a file point
 * at generated code nobody edits, and its sources are where the fixes go.
 */
const MARKERS: [RegExp, string][] = [
  [/\b__webpack_require__\b|\bwebpackBootstrap\b|\b__webpack_modules__\b/, 'webpack runtime'],
  [/\bvar __(?:toESM|commonJS|export|esm|defProp)\s*=/, 'esbuild runtime'],
  [/^\s*\/\/[#@] sourceMappingURL=/m, 'sourceMappingURL comment'],
];

/** A line this long full of statements is minified code; a long data line (a payload string) is not. */
const MINIFIED_LINE = 3000;
const MINIFIED_STATEMENTS = 40;

export interface BundleMarker {
  what: string;
  /** The line it was found on, 1-based. */
  line: number;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** What gives the file away as generated, and where, or undefined for a hand-written script. */
export function bundleMarker(text: string): BundleMarker | undefined {
  for (const [pattern, what] of MARKERS) {
    const match = pattern.exec(text);
    if (match)
      return { what, line: lineAt(text, match.index + (match[0].length - match[0].trimStart().length)) };
  }
  let start = 0;
  for (let line = 1; start < text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start >= MINIFIED_LINE) {
      const statements = text.slice(start, end).match(/;/g)?.length ?? 0;
      if (statements >= MINIFIED_STATEMENTS) return { what: 'minified code', line };
    }
    start = end + 1;
  }
  return undefined;
}
