import type { Location } from './location.js';

/**
 * A value read statically from a scenario file, with the place it was written.
 *
 * Adapters turn their tool's syntax (a JS object literal, a YAML mapping, an XML element) into this one
 * tree so that rules can select into any tool's native configuration the same way. A value the adapter
 * could not resolve without executing code is `unknown`, never guessed: rules treat it as "cannot tell".
 */
export type SourceValue =
  | { kind: 'object'; entries: ObjectEntry[]; loc: Location }
  | { kind: 'array'; items: SourceValue[]; loc: Location }
  | { kind: 'string'; value: string; loc: Location; template?: boolean }
  | { kind: 'number'; value: number; loc: Location }
  | { kind: 'boolean'; value: boolean; loc: Location }
  | { kind: 'null'; loc: Location }
  | { kind: 'unknown'; reason: string; loc: Location; text?: string };

export interface ObjectEntry {
  key: string;
  keyLoc: Location;
  value: SourceValue;
}

/** The entry for `key`; the last one wins, as in JavaScript object literals and YAML merges. */
export function getEntry(value: SourceValue | undefined, key: string): ObjectEntry | undefined {
  if (!value || value.kind !== 'object') return undefined;
  for (let i = value.entries.length - 1; i >= 0; i--) {
    const entry = value.entries[i];
    if (entry && entry.key === key) return entry;
  }
  return undefined;
}

export function getValue(value: SourceValue | undefined, key: string): SourceValue | undefined {
  return getEntry(value, key)?.value;
}

/** Follows a path of keys; stops at the first missing key. */
export function getPath(value: SourceValue | undefined, path: readonly string[]): SourceValue | undefined {
  let current = value;
  for (const key of path) current = getValue(current, key);
  return current;
}

/** Does the object, or anything that could be in it, hide keys we cannot see (an unresolved spread)? */
export function hasUnknownEntries(value: SourceValue | undefined): boolean {
  return value?.kind === 'object' && value.entries.some((e) => e.key === '...' && e.value.kind === 'unknown');
}

/** Marker left in plain JSON where a value was unknown, so JSON Schema checks can recognise it. */
export const UNKNOWN_MARKER = '\u0000loadgate:unknown';

/** Plain JSON for JSON Schema checks; unknown values become UNKNOWN_MARKER. */
export function toPlain(value: SourceValue): unknown {
  switch (value.kind) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const entry of value.entries) if (entry.key !== '...') out[entry.key] = toPlain(entry.value);
      return out;
    }
    case 'array':
      return value.items.map(toPlain);
    case 'null':
      return null;
    case 'unknown':
      return UNKNOWN_MARKER;
    default:
      return value.value;
  }
}

const SOURCE_KINDS: ReadonlySet<string> = new Set([
  'object',
  'array',
  'string',
  'number',
  'boolean',
  'null',
  'unknown',
]);

/**
 * A node of a native tree. Typed facts have `kind` and `loc` too (a Locust class of kind `user`, a check of
 * kind `expect`), so the kind must be one a SourceValue has for rules to walk into their fields.
 */
export function isSourceValue(x: unknown): x is SourceValue {
  return (
    typeof x === 'object' &&
    x !== null &&
    'kind' in x &&
    'loc' in x &&
    typeof (x as { kind: unknown }).kind === 'string' &&
    SOURCE_KINDS.has((x as { kind: string }).kind)
  );
}

export function asNumber(value: SourceValue | undefined): number | undefined {
  return value?.kind === 'number' ? value.value : undefined;
}

export function asString(value: SourceValue | undefined): string | undefined {
  return value?.kind === 'string' ? value.value : undefined;
}
