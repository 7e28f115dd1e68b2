import { display } from './display.js';
import type { RuleFunction } from './types.js';

const OPERATORS = ['<', '<=', '>', '>=', '===', '!=='] as const;
type Operator = (typeof OPERATORS)[number];

interface CompareOptions {
  op: Operator;
  value?: string | number | boolean | null;
  field?: string;
}

function holds(a: unknown, op: Operator, b: unknown): boolean | undefined {
  if (op === '===') return a === b;
  if (op === '!==') return a !== b;
  if (typeof a !== 'number' || typeof b !== 'number') return undefined;
  return op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
}

/**
 * `value op limit` must hold, the limit written in the rule (`value`) or read from another field of the same
 * target (`field`: maxVUs <= preAllocatedVUs). Order comparisons need two numbers; anything else cannot be
 * told and is left alone, as is a limit field that is missing or unknown.
 */
export const compare: RuleFunction<CompareOptions> = {
  name: 'compare',
  description:
    '`value op limit` must hold: `op` one of <, <=, >, >=, ===, !==; the limit is `value`, or another `field` of the same target.',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['op'],
    oneOf: [{ required: ['value'] }, { required: ['field'] }],
    properties: {
      op: { enum: [...OPERATORS], description: 'How the value must relate to the limit.' },
      value: { type: ['string', 'number', 'boolean', 'null'], description: 'The limit.' },
      field: { type: 'string', description: 'A field of the selected value whose value is the limit.' },
    },
  },
  judgesMissing: false,
  readsValue: true,
  readsOtherFields: true,
  valueAlone: false,
  run({ value, fieldValue }, { op, value: fixed, field }) {
    if (value === undefined) return [];
    let limit: unknown = fixed;
    if (field !== undefined) {
      const other = fieldValue(field);
      if (!other.known || other.value === undefined) return [];
      limit = other.value;
    }
    const ok = holds(value, op, limit);
    return ok === false ? [{ kind: op, data: { limit: display(limit) } }] : [];
  },
};
