import type { Location } from '../location.js';
import type { SourceValue } from '../value.js';
import { effectiveEnsureEntry } from './ensure.js';
import { getEntry, getValue, itemsOf } from './tree.js';

export interface IgnoredCriteria {
  /** Which mistake: the whole ensure as a list, a key outside `config`, or a part of ensure of the wrong shape. */
  kind: 'ensureList' | 'topLevel' | 'configThresholds' | 'notList' | 'itemNotMapping';
  /** The key as written (`ensure`, `thresholds`, `ensure.conditions`). */
  name: string;
  loc: Location;
  /** True when nothing of the criteria survives: the run cannot fail on them. */
  whole: boolean;
}

function isMapping(value: SourceValue): boolean {
  return value.kind === 'object' || value.kind === 'unknown';
}

/**
 * Criteria Artillery never evaluates, the way artillery-plugin-ensure reads them: it takes `config.ensure`
 * (or `config.plugins.ensure`) as a mapping, iterates `thresholds` and `conditions` only when they are lists,
 * and keeps list items only when they are mappings. `ensure:` or `thresholds:` at the top level of the
 * document, or a k6-style `config.thresholds`, are keys nothing reads.
 */
export function ignoredCriteria(document: SourceValue | undefined): IgnoredCriteria[] {
  const found: IgnoredCriteria[] = [];
  for (const key of ['ensure', 'thresholds']) {
    const entry = getEntry(document, key);
    if (entry) found.push({ kind: 'topLevel', name: key, loc: entry.keyLoc, whole: true });
  }
  const config = getValue(document, 'config');
  const configThresholds = getEntry(config, 'thresholds');
  if (configThresholds)
    found.push({ kind: 'configThresholds', name: 'thresholds', loc: configThresholds.keyLoc, whole: true });
  const ensure = effectiveEnsureEntry(document);
  if (!ensure) return found;
  if (ensure.value.kind === 'array') {
    found.push({ kind: 'ensureList', name: 'ensure', loc: ensure.keyLoc, whole: true });
    return found;
  }
  if (ensure.value.kind !== 'object') return found;
  for (const part of ['thresholds', 'conditions']) {
    const entry = getEntry(ensure.value, part);
    if (!entry || entry.value.kind === 'unknown' || entry.value.kind === 'null') continue;
    if (entry.value.kind !== 'array') {
      found.push({ kind: 'notList', name: `ensure.${part}`, loc: entry.keyLoc, whole: false });
      continue;
    }
    for (const item of itemsOf(entry.value)) {
      if (!isMapping(item))
        found.push({ kind: 'itemNotMapping', name: `ensure.${part}`, loc: item.loc, whole: false });
    }
  }
  return found;
}

/** Does the file hold criteria Artillery ignores as a whole (so "no ensure" would mislead)? */
export function hasIgnoredCriteria(document: SourceValue | undefined): boolean {
  return ignoredCriteria(document).some((c) => c.whole);
}
