import { isSourceValue } from '../../scenario/value.js';
import type { RuleFunction } from './types.js';

function lengthOf(value: unknown): number | undefined {
  if (typeof value === 'string' || Array.isArray(value)) return value.length;
  if (isSourceValue(value)) {
    if (value.kind === 'array') return value.items.length;
    // A mapping with keys we cannot see has a length we cannot tell.
    if (value.kind === 'object')
      return value.entries.some((e) => e.key === '...') ? undefined : value.entries.length;
    return undefined;
  }
  if (typeof value === 'object' && value !== null) return Object.keys(value).length;
  return undefined;
}

/** A string's, list's or mapping's length must lie within [min, max]. */
export const length: RuleFunction<{ min?: number; max?: number }> = {
  name: 'length',
  description:
    "A string's, list's or mapping's length must lie within `min` and `max`; a finding is of kind `short` or `long`.",
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: {
      min: { type: 'integer', minimum: 0, description: 'Shortest length allowed.' },
      max: { type: 'integer', minimum: 0, description: 'Longest length allowed.' },
    },
  },
  judgesMissing: false,
  readsValue: true,
  readsOtherFields: false,
  valueAlone: true,
  run({ value }, { min, max }) {
    const n = lengthOf(value);
    if (n === undefined) return [];
    if (max !== undefined && n > max) return [{ kind: 'long', data: { length: n } }];
    if (min !== undefined && n < min) return [{ kind: 'short', data: { length: n } }];
    return [];
  },
};
