import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

import type { Language, Parser, Tree } from 'web-tree-sitter';

let runtime: Promise<typeof import('web-tree-sitter')> | undefined;
let loads: Promise<unknown> = Promise.resolve();

/**
 * A grammar's wasm file: next to the bundle (`dist/grammars/`, copied by scripts/bundle.mjs; the CLI and the
 * action run from dist/ alone), else in node_modules (tests and `tsx` runs from source).
 */
export function grammarPath(fileName: string, packagePath: string): string {
  for (const relative of ['../grammars/', './grammars/']) {
    const path = fileURLToPath(new URL(`${relative}${fileName}`, import.meta.url));
    if (existsSync(path)) return path;
  }
  return createRequire(import.meta.url).resolve(packagePath);
}

/**
 * tree-sitter's runtime, initialised once for every grammar: a second `Parser.init` would start a second
 * wasm module, and languages loaded into one cannot be used by parsers of the other.
 */
export function initTreeSitter(): Promise<typeof import('web-tree-sitter')> {
  runtime ??= (async () => {
    const wasm = grammarPath('tree-sitter.wasm', 'web-tree-sitter/tree-sitter.wasm');
    const module = await import('web-tree-sitter');
    await module.Parser.init({ locateFile: () => wasm });
    return module;
  })();
  return runtime;
}

/**
 * Loads a grammar into the runtime. One at a time: a grammar is a wasm side module linked into the runtime's
 * symbol table, and two loaded concurrently (maturity prepares every adapter at once) can fail to link
 * ("bad export type for 'tree_sitter_python_external_scanner_create'").
 */
export function loadLanguage(path: string): Promise<Language> {
  const next = loads.then(async () => {
    const { Language: TreeSitterLanguage } = await initTreeSitter();
    return TreeSitterLanguage.load(path);
  });
  loads = next.catch(() => undefined);
  return next;
}

/** Parsing stops after this long, whatever the input (pathological nesting, generated code). */
const PARSE_BUDGET_MS = 3000;

export type BudgetedParse = { tree: Tree } | { error: string };

/** Parses within the time budget. Never throws; the caller must delete the tree. */
export function parseWithBudget(parser: Parser, text: string): BudgetedParse {
  const deadline = performance.now() + PARSE_BUDGET_MS;
  try {
    const tree = parser.parse(text, null, { progressCallback: () => performance.now() > deadline });
    if (!tree) {
      // A cancelled parse resumes on the next call unless the parser is reset: the next file would get this one's tree.
      parser.reset();
      return { error: `could not be parsed within ${PARSE_BUDGET_MS / 1000} s` };
    }
    return { tree };
  } catch (error) {
    parser.reset();
    return { error: `could not be parsed: ${(error as Error).message}` };
  }
}
