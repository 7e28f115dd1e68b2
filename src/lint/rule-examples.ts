import type { AdapterContext } from '../scenario/model.js';
import { builtinRuleExamples } from './generated/rule-examples.js';
import { lintText, type LintTextResult } from './lint-text.js';
import type { RuleDefinition, RuleExample, RuleExamples } from './types.js';

/**
 * A rule's examples: its own (a repository rule, a rule file being loaded), else the built-in set's. Only the
 * rules command, the docs and the tests need them; importing this module loads them.
 */
export function examplesOf(rule: RuleDefinition): RuleExamples {
  return rule.examples ?? builtinRuleExamples[rule.id] ?? { bad: [], good: [] };
}

/** An example linted with its rule alone, as `loadgate lint` reads it, the files it names beside it included. */
export function lintExample(rule: RuleDefinition, example: RuleExample): LintTextResult {
  const context = exampleContext(example);
  return lintText(example.code, example.file, { rules: [rule], ...(context ? { context } : {}) });
}

/** The files an example says lie beside it (`sizes`), for rules about the data a scenario opens. */
function exampleContext(example: RuleExample): AdapterContext | undefined {
  const sizes = example.sizes;
  if (!sizes) return undefined;
  return { sizeOfSibling: (_from, path) => sizes[path.replace(/^\.\//, '')] };
}
