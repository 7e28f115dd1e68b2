import { dottedName, locOf, named, type PyNode } from '../python/syntax.js';
import type { LocustDeprecatedUse } from './facts.js';
import type { LocustNodeType, LocustNodes } from './nodes.js';

/**
 * Names of the Locust API, mapped from what the file calls them: `from locust import FastHttpUser as
 * HttpUser` makes `HttpUser` mean `FastHttpUser`; `import locust` makes `locust.HttpUser` mean `HttpUser`.
 */
export interface LocustNames {
  /** Local name → Locust's name. */
  byLocal: Map<string, string>;
  /** Module aliases: `locust`, `import locust as l` → `l`. */
  modules: Set<string>;
  /** Local names bound to functions from `time`/`gevent` that pause (`sleep`). */
  sleeps: Set<string>;
  usesPlugins: boolean;
  deprecated: LocustDeprecatedUse[];
}

/** Old names and what replaced them (Locust 1.0 changelog "Locust class renamed to User", 2.0 events). */
export const RENAMED: Record<string, { replacement: string; since: string; rename?: string }> = {
  HttpLocust: { replacement: 'HttpUser', since: '1.0', rename: 'HttpUser' },
  Locust: { replacement: 'User', since: '1.0', rename: 'User' },
  FastHttpLocust: { replacement: 'FastHttpUser', since: '1.0', rename: 'FastHttpUser' },
  TaskSequence: { replacement: 'SequentialTaskSet', since: '1.0', rename: 'SequentialTaskSet' },
  seq_task: {
    replacement: '@task on the methods of a SequentialTaskSet, in the order they run',
    since: '1.0',
  },
  StopLocust: { replacement: 'StopUser', since: '1.0', rename: 'StopUser' },
};

const LOCUST_MODULE = /^locust(?:\.|$)/;
const STATEMENT_CONTAINERS = new Set([
  'module',
  'block',
  'if_statement',
  'elif_clause',
  'else_clause',
  'try_statement',
  'except_clause',
  'finally_clause',
  'with_statement',
]);

export function readImports(nodes: LocustNodes, file: string): LocustNames {
  const names: LocustNames = {
    byLocal: new Map(),
    modules: new Set(),
    sleeps: new Set(),
    usesPlugins: false,
    deprecated: [],
  };
  for (const [node, type] of nodes.ofAny(IMPORT_TYPES)) {
    if (!atStatementLevel(node)) continue;
    if (type === 'import_statement') {
      for (const item of named(node)) {
        const module = item.type === 'aliased_import' ? item.childForFieldName('name') : item;
        const alias = item.type === 'aliased_import' ? item.childForFieldName('alias')?.text : undefined;
        const text = module?.text ?? '';
        if (text === 'locust') names.modules.add(alias ?? 'locust');
        if (text.startsWith('locust_plugins')) names.usesPlugins = true;
      }
      continue;
    }
    const module = node.childForFieldName('module_name')?.text ?? '';
    if (module.startsWith('locust_plugins')) names.usesPlugins = true;
    const fromLocust = LOCUST_MODULE.test(module);
    const fromSleep = module === 'time' || module === 'gevent';
    for (const item of node.childrenForFieldName('name')) {
      if (!item) continue;
      const nameNode = item.type === 'aliased_import' ? item.childForFieldName('name') : item;
      const local = item.type === 'aliased_import' ? item.childForFieldName('alias')?.text : nameNode?.text;
      const name = nameNode?.text;
      if (!name || !local || !nameNode) continue;
      if (fromSleep && name === 'sleep') names.sleeps.add(local);
      if (!fromLocust) continue;
      names.byLocal.set(local, name);
      const old = RENAMED[name];
      if (old)
        names.deprecated.push({
          name,
          where: `imported from ${module}`,
          replacement: old.replacement,
          since: old.since,
          text: old.rename,
          loc: locOf(nameNode, file),
        });
    }
  }
  return names;
}

const IMPORT_TYPES = new Set<LocustNodeType>(['import_statement', 'import_from_statement']);

/** Imports at the top level or in try/if/with blocks; those inside definitions or expressions are not read. */
function atStatementLevel(node: PyNode): boolean {
  for (let p = node.parent; p; p = p.parent) if (!STATEMENT_CONTAINERS.has(p.type)) return false;
  return true;
}

/** The Locust name an expression refers to (`HttpUser`, `locust.HttpUser`, an alias), if any. */
export function locustName(node: PyNode | null | undefined, names: LocustNames): string | undefined {
  const dotted = dottedName(node);
  if (!dotted) return undefined;
  const direct = names.byLocal.get(dotted);
  if (direct) return direct;
  const parts = dotted.split('.');
  const head = parts[0];
  if (head && names.modules.has(head) && parts.length >= 2) return parts[parts.length - 1];
  return undefined;
}
