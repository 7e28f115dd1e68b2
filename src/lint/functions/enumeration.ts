import { display } from './display.js';
import type { RuleFunction } from './types.js';

type Scalar = string | number | boolean | null;

/** A scalar must be one of `values`. Objects and lists are left alone. */
export const enumeration: RuleFunction<{ values: Scalar[] }> = {
  name: 'enumeration',
  description: 'A scalar must be one of `values`.',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['values'],
    properties: {
      values: {
        type: 'array',
        minItems: 1,
        items: { type: ['string', 'number', 'boolean', 'null'] },
        description: 'The values allowed.',
      },
    },
  },
  judgesMissing: false,
  readsValue: true,
  readsOtherFields: false,
  valueAlone: true,
  run({ value }, { values }) {
    if (value === undefined || (typeof value === 'object' && value !== null)) return [];
    if (values.includes(value as Scalar)) return [];
    return [{ data: { values: values.map(display).join(', ') } }];
  },
};
