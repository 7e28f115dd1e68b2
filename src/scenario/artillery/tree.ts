import type { Location } from '../location.js';
import { getEntry, getValue, type ObjectEntry, type SourceValue } from '../value.js';

/** Small readers over the SourceValue tree, tolerant of every wrong shape a hand-written YAML file can have. */

export function entriesOf(value: SourceValue | undefined): ObjectEntry[] {
  return value?.kind === 'object' ? value.entries : [];
}

export function itemsOf(value: SourceValue | undefined): SourceValue[] {
  return value?.kind === 'array' ? value.items : [];
}

export function stringOf(value: SourceValue | undefined): string | undefined {
  return value?.kind === 'string' ? value.value : undefined;
}

/** The value as Artillery would see it in JavaScript, for scalars only. */
export function scalarOf(value: SourceValue | undefined): string | number | boolean | null | undefined {
  switch (value?.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return value.value;
    case 'null':
      return null;
    default:
      return undefined;
  }
}

export { getEntry, getValue };

/** Where a key is written, falling back to its value and then to the parent. */
export function keyLocOf(parent: SourceValue | undefined, key: string): Location | undefined {
  return getEntry(parent, key)?.keyLoc;
}

/** The display text of a scalar for messages (strings unquoted, others as JSON). */
export function describe(value: SourceValue | undefined): string {
  if (value === undefined) return 'nothing';
  switch (value.kind) {
    case 'string':
      return value.value;
    case 'number':
    case 'boolean':
      return String(value.value);
    case 'null':
      return 'null';
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping';
    default:
      return value.text ?? 'an unknown value';
  }
}
