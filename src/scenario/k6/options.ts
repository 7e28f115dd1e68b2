import type { Location } from '../location.js';
import type { SourceValue } from '../value.js';
import { fileStart, locOf } from './ast.js';
import { resolveExport, resolveExportOf, type Evaluator } from './evaluate.js';
import { applyOptionMutations } from './options-mutations.js';
import type { ModuleInfo } from './scope.js';

export interface ResolvedOptions {
  /** The options object as far as it can be read; an empty object at line 1 when the script exports none. */
  value: SourceValue;
  /** Where `options` is declared, or line 1: where "add this to options" findings go. */
  anchor: Location;
  exported: boolean;
}

/**
 * Finds the exported `options` in any of the forms k6 accepts (`export const/let/var options`,
 * `export { options }`, `export { x as options }`, re-export from a local file) and reads it statically.
 */
export function resolveOptions(module: ModuleInfo, ev: Evaluator): ResolvedOptions {
  const file = module.file;
  const target = module.exports.get('options');
  if (!target) {
    return {
      value: { kind: 'object', entries: [], loc: fileStart(file) },
      anchor: fileStart(file),
      exported: false,
    };
  }
  let anchor = locOf(target.node, file);
  if (target.kind === 'local') {
    const binding = module.scope.bindings.get(target.local);
    if (binding) anchor = locOf(binding.id, file);
  }
  const declared =
    target.kind === 'reexport'
      ? resolveExportOf(module, target.source, target.imported, anchor, ev, 0)
      : resolveExport(module, 'options', anchor, ev, 0);
  const value = target.kind === 'local' ? applyOptionMutations(module, target.local, declared, ev) : declared;
  return { value, anchor, exported: true };
}
