import type { RuleFunction } from './types.js';

interface RangeOptions {
  min?: number;
  max?: number;
}

/** A number must lie within [min, max]; reported as kind `below` or `above`. Non-numbers are left alone. */
export const range: RuleFunction<RangeOptions> = {
  name: 'range',
  description:
    'A number must lie within `min` and `max` (inclusive); a finding is of kind `below` or `above`.',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: {
      min: { type: 'number', description: 'Smallest value allowed.' },
      max: { type: 'number', description: 'Largest value allowed.' },
    },
  },
  judgesMissing: false,
  readsValue: true,
  readsOtherFields: false,
  valueAlone: true,
  run({ value }, { min, max }) {
    if (typeof value !== 'number') return [];
    if (max !== undefined && value > max) return [{ kind: 'above' }];
    if (min !== undefined && value < min) return [{ kind: 'below' }];
    return [];
  },
};
