import type { Parser, Tree } from 'web-tree-sitter';
import { grammarPath, initTreeSitter, loadLanguage, parseWithBudget } from '../tree-sitter-runtime.js';

export type JvmLanguage = 'java' | 'kotlin' | 'scala';

/** Simulations larger than this are not parsed: no simulation is that big, and memory stays bounded. */
export const MAX_SIMULATION_BYTES = 2 * 1024 * 1024;
/** More syntax nodes than any simulation has: walking them would cost seconds, so such a file is refused. */
export const MAX_SIMULATION_NODES = 300_000;

/**
 * The grammars: Java from tree-sitter-wasms (the package the Python grammar comes from); Scala and Kotlin from
 * their own packages, whose wasm files are newer than tree-sitter-wasms' (its Scala grammar has no Scala 3 nor
 * postfix `10 seconds`, its Kotlin grammar fails on plain classes). All three are ABI 14, which
 * web-tree-sitter 0.25 loads.
 */
const GRAMMARS: Record<JvmLanguage, { file: string; packagePath: string }> = {
  java: { file: 'tree-sitter-java.wasm', packagePath: 'tree-sitter-wasms/out/tree-sitter-java.wasm' },
  kotlin: {
    file: 'tree-sitter-kotlin.wasm',
    packagePath: '@tree-sitter-grammars/tree-sitter-kotlin/tree-sitter-kotlin.wasm',
  },
  scala: { file: 'tree-sitter-scala.wasm', packagePath: 'tree-sitter-scala/tree-sitter-scala.wasm' },
};

const parsers = new Map<JvmLanguage, Parser>();
const loading = new Map<JvmLanguage, Promise<void>>();

/** The language of a file by its extension; undefined for files no grammar here reads. */
export function languageOf(file: string): JvmLanguage | undefined {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'java') return 'java';
  if (ext === 'kt' || ext === 'kts') return 'kotlin';
  if (ext === 'scala' || ext === 'sc') return 'scala';
  return undefined;
}

/** Loads one grammar, once, when a file of its language is about to be parsed. */
export function loadGrammar(language: JvmLanguage): Promise<void> {
  let promise = loading.get(language);
  if (!promise) {
    promise = (async () => {
      const { Parser: TreeSitter } = await initTreeSitter();
      const grammar = GRAMMARS[language];
      const loaded = await loadLanguage(grammarPath(grammar.file, grammar.packagePath));
      const parser = new TreeSitter();
      parser.setLanguage(loaded);
      parsers.set(language, parser);
    })();
    loading.set(language, promise);
  }
  return promise;
}

/** The grammars loaded in this process (a run over other files must load none). */
export function loadedGrammars(): JvmLanguage[] {
  return [...parsers.keys()];
}

export type JvmParse = { tree: Tree } | { error: string };

/** Parses with the loaded grammar. Never throws; the caller must delete the tree. */
export function parseJvm(text: string, language: JvmLanguage): JvmParse {
  const parser = parsers.get(language);
  if (!parser) return { error: `could not be read: the ${language} parser was not loaded` };
  return parseWithBudget(parser, text);
}
