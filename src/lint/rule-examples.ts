import { builtinRuleExamples } from './generated/rule-examples.js';
import type { RuleDefinition, RuleExamples } from './types.js';

/**
 * A rule's examples: its own (a repository rule, a rule file being loaded), else the built-in set's. Only the
 * rules command, the docs and the tests need them; importing this module loads them.
 */
export function examplesOf(rule: RuleDefinition): RuleExamples {
  return rule.examples ?? builtinRuleExamples[rule.id] ?? { bad: [], good: [] };
}
