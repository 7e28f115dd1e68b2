import { builtinRules } from '../../../src/lint/generated/rules.js';
import { lintText } from '../../../src/lint/lint-text.js';
import type { Finding, RuleDefinition } from '../../../src/lint/types.js';
import type { AdapterContext } from '../../../src/scenario/model.js';

export function commonRule(id: string): RuleDefinition {
  const rule = builtinRules.find((r) => r.id === id);
  if (!rule) throw new Error(`no built-in rule ${id}`);
  return rule;
}

/** Findings of one common rule on one file, through the adapter, the engine and suppressions. */
export function lintWith(
  id: string,
  code: string,
  file: string,
  options?: Record<string, unknown>,
  context?: AdapterContext,
): Finding[] {
  const rule = commonRule(id);
  const result = lintText(code, file, {
    rules: [rule],
    settingFor: () => (options ? { severity: rule.severity, options } : undefined),
    ...(context ? { context } : {}),
  });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map((d) => d.message).join('; '));
  return result.findings.filter((f) => f.ruleId === id);
}

export const lines = (findings: Finding[]): number[] => findings.map((f) => f.loc.line);
