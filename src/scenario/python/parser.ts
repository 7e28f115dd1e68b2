import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Parser, Tree } from 'web-tree-sitter';

/** Python sources larger than this are not parsed: no locustfile is that big, and memory stays bounded. */
export const MAX_PYTHON_BYTES = 2 * 1024 * 1024;
/** More syntax nodes than any locustfile has: walking them would cost seconds, so such a file is refused. */
export const MAX_PYTHON_NODES = 300_000;
/** Parsing stops after this long, whatever the input (pathological nesting, generated code). */
const PARSE_BUDGET_MS = 3000;

let parser: Parser | undefined;
let loading: Promise<void> | undefined;

/**
 * Where the two wasm files are: next to the bundle (`dist/grammars/`, copied by scripts/bundle.mjs; the CLI
 * and the action run from dist/ alone), else in node_modules (tests and `tsx` runs from source).
 */
function wasmPaths(): { runtime: string; python: string } {
  for (const relative of ['../grammars/', './grammars/']) {
    const dir = fileURLToPath(new URL(relative, import.meta.url));
    const python = `${dir}tree-sitter-python.wasm`;
    if (existsSync(python)) return { runtime: `${dir}tree-sitter.wasm`, python };
  }
  const require = createRequire(import.meta.url);
  return {
    runtime: require.resolve('web-tree-sitter/tree-sitter.wasm'),
    python: require.resolve('tree-sitter-wasms/out/tree-sitter-python.wasm'),
  };
}

/**
 * Loads tree-sitter and its Python grammar, once. Called only when a Python file is about to be parsed, so
 * a run over k6 or Artillery files never pays for the wasm (see `ScenarioAdapter.prepare`).
 */
export function loadPythonParser(): Promise<void> {
  loading ??= (async () => {
    const paths = wasmPaths();
    const { Parser: TreeSitter, Language } = await import('web-tree-sitter');
    await TreeSitter.init({ locateFile: () => paths.runtime });
    const language = await Language.load(paths.python);
    const instance = new TreeSitter();
    instance.setLanguage(language);
    parser = instance;
  })();
  return loading;
}

/** Whether the wasm parser has been loaded in this process (a run over k6 files must not load it). */
export function pythonParserLoaded(): boolean {
  return parser !== undefined;
}

export type PythonParse = { tree: Tree } | { error: string };

/** Parses Python text with the loaded parser. Never throws; the caller must delete the tree. */
export function parsePython(text: string): PythonParse {
  if (!parser) return { error: 'could not be read: the Python parser was not loaded' };
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
