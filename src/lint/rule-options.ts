import type { RuleDefinition } from './types.js';

/**
 * A rule's own options (its defaults, then its check's), merged once per rule: the same object for every
 * file no user setting changes, so what is derived from it (schemas with `{ $option }` resolved, compiled
 * validators) is derived once too. User options are merged per file.
 */
const own = new WeakMap<RuleDefinition, Record<string, unknown>>();

export function ownOptions(rule: RuleDefinition): Record<string, unknown> {
  let options = own.get(rule);
  if (!options) own.set(rule, (options = { ...rule.defaultOptions, ...rule.check?.options }));
  return options;
}

/**
 * The key `npm run generate` compiles a built-in clause's schema under when it names rule options
 * (`{ $option: minSeconds }`): resolved with the rule's own options, since that is what nearly every run
 * checks with. Compiling it at run time would load ajv's meta-schema first, the slowest part of linting a
 * small repository.
 */
export function defaultsKey(precompiledKey: string): string {
  return `${precompiledKey}:defaults`;
}
