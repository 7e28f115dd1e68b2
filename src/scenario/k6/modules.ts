import { parseExpression } from '@babel/parser';
import type * as t from '@babel/types';
import type { AdapterContext } from '../model.js';
import { parseModule } from './parse.js';
import { analyseModule, type ModuleInfo } from './scope.js';

import { isK6Module, isLocalModule, isRemoteModule } from './specifiers.js';

export type LoadedModule =
  | { kind: 'js'; module: ModuleInfo }
  /** A JSON file: its one value, parsed as an expression so that every key keeps its position. */
  | { kind: 'json'; module: ModuleInfo; value: t.Expression }
  | { kind: 'missing'; reason: string };

/** How many files deep we follow imports of configuration; real configs are one or two levels. */
const MAX_IMPORT_DEPTH = 4;

/**
 * Reads the local files a script imports (or `open`s as JSON), parses them, and never runs them. Each file is
 * read once per scenario. Anything that is not a local file is reported back as a reason, not an error.
 */
export class ModuleLoader {
  private readonly cache = new Map<string, LoadedModule>();

  constructor(private readonly context: AdapterContext) {}

  load(from: ModuleInfo, specifier: string, depth: number): LoadedModule {
    if (isK6Module(specifier)) return { kind: 'missing', reason: `a value from the k6 module ${specifier}` };
    if (isRemoteModule(specifier))
      return { kind: 'missing', reason: `a value from the remote module ${specifier}` };
    if (/^(?:\/|file:)/i.test(specifier))
      return { kind: 'missing', reason: `${specifier} is an absolute path` };
    if (!isLocalModule(specifier))
      return { kind: 'missing', reason: `a value from the package ${specifier}` };
    if (depth > MAX_IMPORT_DEPTH)
      return { kind: 'missing', reason: `${specifier} is imported too many levels deep` };
    const key = `${from.file}\u0000${specifier}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    // Reading never follows the file's own imports (evaluation does, guarded against cycles), so one
    // read per specifier is all the caching needed.
    const loaded = this.read(from.file, specifier);
    this.cache.set(key, loaded);
    return loaded;
  }

  /** The modules read so far, for dropping what was cached about them once the scenario is built. */
  modules(): ModuleInfo[] {
    return [...this.cache.values()].flatMap((m) => (m.kind === 'missing' ? [] : [m.module]));
  }

  private read(fromFile: string, specifier: string): LoadedModule {
    let found: { file: string; text: string } | undefined;
    try {
      found = this.context.readSibling?.(fromFile, specifier);
    } catch {
      found = undefined;
    }
    if (!found) return { kind: 'missing', reason: `${specifier} could not be read` };
    if (/\.json$/i.test(found.file) || /\.json$/i.test(specifier))
      return this.readJson(found.file, found.text, specifier);
    const parsed = parseModule(found.text, found.file);
    if (!parsed.ok) return { kind: 'missing', reason: `${specifier} has a syntax error` };
    return { kind: 'js', module: analyseModule(found.file, found.text, parsed.program) };
  }

  private readJson(file: string, text: string, specifier: string): LoadedModule {
    try {
      const value = parseExpression(text, { sourceFilename: file });
      const empty = parseModule('', file);
      if (!empty.ok) return { kind: 'missing', reason: `${specifier} could not be read` };
      return { kind: 'json', module: analyseModule(file, text, empty.program), value };
    } catch {
      return { kind: 'missing', reason: `${specifier} is not valid JSON` };
    }
  }
}
