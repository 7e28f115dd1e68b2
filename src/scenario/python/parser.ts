import type { Parser, Tree } from 'web-tree-sitter';
import { grammarPath, initTreeSitter, loadLanguage, parseWithBudget } from '../tree-sitter-runtime.js';

/** Python sources larger than this are not parsed: no locustfile is that big, and memory stays bounded. */
export const MAX_PYTHON_BYTES = 2 * 1024 * 1024;
/** More syntax nodes than any locustfile has: walking them would cost seconds, so such a file is refused. */
export const MAX_PYTHON_NODES = 300_000;

let parser: Parser | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads tree-sitter and its Python grammar, once. Called only when a Python file is about to be parsed, so
 * a run over k6 or Artillery files never pays for the wasm (see `ScenarioAdapter.prepare`).
 */
export function loadPythonParser(): Promise<void> {
  loading ??= (async () => {
    const { Parser: TreeSitter } = await initTreeSitter();
    const language = await loadLanguage(
      grammarPath('tree-sitter-python.wasm', 'tree-sitter-wasms/out/tree-sitter-python.wasm'),
    );
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
  return parseWithBudget(parser, text);
}
