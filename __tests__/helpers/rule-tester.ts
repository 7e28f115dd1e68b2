import { describe, expect, it } from '@jest/globals';
import { builtinRules } from '../../src/lint/generated/rules.js';
import { defaultChecks, lintText } from '../../src/lint/lint-text.js';
import { runRules } from '../../src/lint/run-rules.js';
import type { Finding, RuleDefinition } from '../../src/lint/types.js';
import { adapterFor, loadAdapters, scenarioAdapters } from '../../src/scenario/adapters.js';
import type { AdapterContext } from '../../src/scenario/model.js';
import { compileSchema, describeAjvError } from '../../src/util/ajv.js';

/**
 * The one harness for rule tests, after ESLint's RuleTester: `ruleTester.run(id, { valid, invalid })` with
 * each invalid case listing `{ ruleId, line, column }`, and `findings(id, code)` for tests that look closer.
 * Files go the way `loadgate lint` takes them (adapter, engine, suppressions, verified fixes); a snippet
 * too small for any adapter to claim is read with the adapter of the rule's tool.
 */

// The registry imports each adapter on demand; rule tests parse synchronously, so every adapter is loaded first.
await loadAdapters();

export interface RuleCase {
  code: string;
  /** Default: script.js for k6 rules, script.yml for Artillery ones. */
  file?: string;
  /** Rule options, as `.loadgate.yml` would set them; checked against the rule's options schema. */
  options?: Record<string, unknown>;
  context?: AdapterContext;
  /** What the case shows, for the test name. */
  name?: string;
}

export interface ExpectedFinding {
  ruleId: string;
  line: number;
  column: number;
  /** A substring or pattern the message must contain. */
  message?: string | RegExp;
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedFinding[];
}

export function builtinRule(id: string): RuleDefinition {
  const rule = builtinRules.find((r) => r.id === id);
  if (!rule) throw new Error(`no built-in rule ${id}`);
  return rule;
}

function defaultFile(rule: RuleDefinition): string {
  return rule.tools[0] === 'artillery' ? 'script.yml' : 'script.js';
}

function optionsProblem(
  rule: RuleDefinition,
  options: Record<string, unknown> | undefined,
): string | undefined {
  if (!options) return undefined;
  const validate = compileSchema(
    rule.optionsSchema ?? { type: 'object', additionalProperties: false, properties: {} },
  );
  if (validate(options)) return undefined;
  const first = validate.errors?.[0];
  return `invalid options for ${rule.id}: ${first ? describeAjvError(first, 'options') : 'invalid'}`;
}

/** The findings of one rule on one file. Throws on a parse error, a rule error or invalid options. */
export function findings(
  id: string,
  code: string,
  file?: string,
  options?: Record<string, unknown>,
  context?: AdapterContext,
): Finding[] {
  const rule = builtinRule(id);
  const problem = optionsProblem(rule, options);
  if (problem) throw new Error(problem);
  const path = file ?? defaultFile(rule);
  const settingFor = () => (options ? { severity: rule.severity, options } : undefined);
  if (adapterFor(code, path)) {
    const result = lintText(code, path, { rules: [rule], settingFor, ...(context ? { context } : {}) });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) throw new Error(errors.map((d) => d.message).join('; '));
    return result.findings.filter((f) => f.ruleId === id);
  }
  const adapter = scenarioAdapters.find((a) => a.tool === rule.tools[0]);
  const scenario = adapter?.parse(code, path, context ?? {}).scenario;
  if (!scenario) throw new Error(`${path}: no scenario read for ${id}`);
  const { findings: found, ruleErrors } = runRules(scenario, {
    rules: [rule],
    checks: defaultChecks,
    settingFor,
    source: code,
  });
  if (ruleErrors.length > 0) throw new Error(ruleErrors.map((e) => e.message).join('; '));
  return found;
}

export const lines = (found: Finding[]): number[] => found.map((f) => f.loc.line);

function caseKey(c: RuleCase): string {
  return JSON.stringify([c.code, c.file ?? '', c.options ?? null]);
}

function title(c: RuleCase, i: number): string {
  return (
    c.name ??
    `#${i} ${
      c.code
        .split('\n')
        .find((l) => l.trim() !== '')
        ?.trim()
        .slice(0, 50) ?? ''
    }`
  );
}

export const ruleTester = {
  /** Valid cases produce no finding of the rule; invalid ones exactly the listed findings, in order. */
  run(id: string, cases: { valid: (RuleCase | string)[]; invalid: InvalidCase[] }): void {
    const valid = cases.valid.map((c) => (typeof c === 'string' ? { code: c } : c));
    describe(id, () => {
      it('has no duplicate cases and only valid options', () => {
        const keys = [...valid, ...cases.invalid].map(caseKey);
        expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
        const rule = builtinRule(id);
        for (const c of [...valid, ...cases.invalid]) expect(optionsProblem(rule, c.options)).toBeUndefined();
      });
      it.each(valid.map((c, i) => [title(c, i), c] as const))('valid %s', (_t, c) => {
        expect(findings(id, c.code, c.file, c.options, c.context)).toEqual([]);
      });
      it.each(cases.invalid.map((c, i) => [title(c, i), c] as const))('invalid %s', (_t, c) => {
        const found = findings(id, c.code, c.file, c.options, c.context);
        expect(found.map((f) => ({ ruleId: f.ruleId, line: f.loc.line, column: f.loc.column }))).toEqual(
          c.errors.map(({ ruleId, line, column }) => ({ ruleId, line, column })),
        );
        c.errors.forEach((e, i) => {
          if (e.message !== undefined)
            expect(found[i]?.message).toMatch(
              typeof e.message === 'string' ? new RegExp(escape(e.message)) : e.message,
            );
        });
      });
    });
  },
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
