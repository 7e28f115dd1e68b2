import type { FunctionResult, RuleFunction } from './types.js';

const none: Record<string, unknown> = { type: 'object', additionalProperties: false, properties: {} };
const fail: FunctionResult[] = [{}];

/** Plain truthiness, as JavaScript and YAML readers see it: false, 0, '', null and a missing value are falsy. */
export function isTruthy(value: unknown): boolean {
  return Boolean(value);
}

export const defined: RuleFunction = {
  name: 'defined',
  description: 'The value must be there: reported (at its owner) when the key is missing.',
  optionsSchema: none,
  judgesMissing: true,
  readsValue: false,
  readsOtherFields: false,
  valueAlone: true,
  run: ({ value }) => (value === undefined ? fail : []),
};

export const undefinedFn: RuleFunction = {
  name: 'undefined',
  description: 'The value must not be there: reported wherever it is written.',
  optionsSchema: none,
  judgesMissing: true,
  readsValue: false,
  readsOtherFields: false,
  valueAlone: true,
  run: ({ value }) => (value === undefined ? [] : fail),
};

export const truthy: RuleFunction = {
  name: 'truthy',
  description: 'The value must be truthy: reported when it is missing, false, 0, an empty string or null.',
  optionsSchema: none,
  judgesMissing: true,
  readsValue: true,
  readsOtherFields: false,
  valueAlone: true,
  run: ({ value }) => (isTruthy(value) ? [] : fail),
};

export const falsy: RuleFunction = {
  name: 'falsy',
  description: 'The value must be missing or falsy: reported when it is set to anything truthy.',
  optionsSchema: none,
  judgesMissing: true,
  readsValue: true,
  readsOtherFields: false,
  valueAlone: true,
  run: ({ value }) => (isTruthy(value) ? fail : []),
};
