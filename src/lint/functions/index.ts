import { compare } from './compare.js';
import { enumeration } from './enumeration.js';
import { length } from './length.js';
import { pattern } from './pattern.js';
import { defined, falsy, truthy, undefinedFn } from './presence.js';
import { range } from './range.js';
import { schema } from './schema.js';
import type { RuleFunction } from './types.js';

/**
 * The generic functions rule YAML can name in `when` and `then`, built-in and repository rules alike.
 * Repository rules can use only these: they never run code.
 */
export const ruleFunctions: ReadonlyMap<string, RuleFunction<never>> = new Map(
  [defined, undefinedFn, truthy, falsy, pattern, enumeration, compare, range, length, schema].map(
    (f) => [f.name, f as RuleFunction<never>] as const,
  ),
);
