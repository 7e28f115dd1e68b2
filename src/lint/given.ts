import { getValue, isSourceValue, type SourceValue } from '../scenario/value.js';

export interface Selected {
  value: unknown;
  /** The concrete path, with indexes: `requests[3]`. */
  path: string;
}

interface Step {
  key: string;
  each: boolean;
}

function parseGiven(given: string): Step[] {
  return given
    .split('.')
    .map((part) =>
      part.endsWith('[*]') ? { key: part.slice(0, -3), each: true } : { key: part, each: false },
    );
}

/**
 * Selects values by a dotted path with `[*]` for "every item". The path walks the typed Scenario model and,
 * past `native`, the tool's own configuration tree by key, so one small syntax reaches every tool's settings.
 * A missing key selects nothing: rules about absent keys select the parent and check it.
 */
export function select(root: unknown, given: string | undefined): Selected[] {
  if (!given) return [{ value: root, path: '' }];
  let current: Selected[] = [{ value: root, path: '' }];
  for (const step of parseGiven(given)) {
    const next: Selected[] = [];
    for (const { value, path } of current) {
      const child = childOf(value, step.key);
      if (child === undefined) continue;
      const childPath = path ? `${path}.${step.key}` : step.key;
      if (!step.each) {
        next.push({ value: child, path: childPath });
        continue;
      }
      const items = itemsOf(child);
      items.forEach((item, i) => next.push({ value: item, path: `${childPath}[${i}]` }));
    }
    current = next;
  }
  return current;
}

function childOf(value: unknown, key: string): unknown {
  if (isSourceValue(value)) return getValue(value, key);
  if (typeof value === 'object' && value !== null && Object.hasOwn(value, key)) {
    return (value as Record<string, unknown>)[key];
  }
  return undefined;
}

function itemsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (isSourceValue(value)) {
    const v = value as SourceValue;
    if (v.kind === 'array') return v.items;
    // A mapping under [*] selects its values: `native.scenarios[*]` visits each k6 scenario.
    if (v.kind === 'object') return v.entries.filter((e) => e.key !== '...').map((e) => e.value);
  }
  return [];
}
