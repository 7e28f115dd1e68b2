import type { ObjectEntry, SourceValue } from '../value.js';

/**
 * The config Taurus runs from a file's documents: each later document is merged over the ones before it,
 * as `bzt` merges every config it is given (mappings key by key, lists appended, scalars replaced), then
 * `execution` given as one mapping becomes a list of one, as Taurus reads it. Every value keeps the place
 * it was written; a merged mapping is located where it first appears.
 */
export function effectiveConfig(documents: readonly SourceValue[]): SourceValue | undefined {
  let merged: SourceValue | undefined;
  for (const document of documents) merged = merged === undefined ? document : mergeValues(merged, document);
  if (merged?.kind !== 'object') return merged;
  return {
    ...merged,
    entries: merged.entries.map((e) => (e.key === 'execution' ? { ...e, value: asList(e.value) } : e)),
  };
}

/** A single mapping where Taurus accepts a list of them (`execution`, `reporting`, `services`). */
export function asList(value: SourceValue): SourceValue {
  return value.kind === 'object' ? { kind: 'array', items: [value], loc: value.loc } : value;
}

function mergeValues(base: SourceValue, over: SourceValue): SourceValue {
  if (base.kind === 'object' && over.kind === 'object') {
    const entries: ObjectEntry[] = [...base.entries];
    for (const entry of over.entries) {
      const at = entries.findIndex((e) => e.key === entry.key);
      const previous = entries[at];
      if (!previous) entries.push(entry);
      else entries[at] = { ...previous, value: mergeValues(previous.value, entry.value) };
    }
    return { ...base, entries };
  }
  if (base.kind === 'array' && over.kind === 'array')
    return { ...base, items: [...base.items, ...over.items] };
  // Taurus appends a mapping to a list written as one mapping elsewhere (`execution:` in two forms).
  if (base.kind === 'array' && over.kind === 'object') return { ...base, items: [...base.items, over] };
  if (base.kind === 'object' && over.kind === 'array') return { ...over, items: [base, ...over.items] };
  return over;
}
