import type { RuleFunction } from './types.js';

interface PatternOptions {
  match?: string;
  notMatch?: string;
  flags?: string;
}

const cache = new Map<string, RegExp>();
function regex(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  let re = cache.get(key);
  if (!re) cache.set(key, (re = new RegExp(source, flags)));
  return re;
}

/** A string must match `match` and must not match `notMatch`. Values that are not strings are left alone. */
export const pattern: RuleFunction<PatternOptions> = {
  name: 'pattern',
  description: 'A string must match `match` and must not match `notMatch` (JavaScript regular expressions).',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: {
      match: { type: 'string', description: 'The string must match this.' },
      notMatch: { type: 'string', description: 'The string must not match this.' },
      flags: {
        type: 'string',
        pattern: '^[imsu]*$',
        description: 'Flags for both expressions (i, m, s, u).',
      },
    },
  },
  judgesMissing: false,
  readsValue: true,
  readsOtherFields: false,
  valueAlone: true,
  run({ value }, { match, notMatch, flags }) {
    if (typeof value !== 'string') return [];
    if (match !== undefined && !regex(match, flags).test(value))
      return [{ kind: 'match', data: { pattern: match } }];
    if (notMatch !== undefined && regex(notMatch, flags).test(value))
      return [{ kind: 'notMatch', data: { pattern: notMatch } }];
    return [];
  },
};
