import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check as abortOnFailWithoutDelay } from '../../../src/lint/checks/k6-abort-on-fail-without-delay.js';
import { check as arrivalRateMaxvus } from '../../../src/lint/checks/k6-arrival-rate-maxvus.js';
import { check as checksWithoutThresholds } from '../../../src/lint/checks/k6-checks-without-thresholds.js';
import { check as discardResponseBodies } from '../../../src/lint/checks/k6-discard-response-bodies.js';
import { check as iterationsAsThroughputTest } from '../../../src/lint/checks/k6-iterations-as-throughput-test.js';
import { check as sleepInArrivalRate } from '../../../src/lint/checks/k6-sleep-in-arrival-rate.js';
import { check as thresholdAggregationMismatch } from '../../../src/lint/checks/k6-threshold-aggregation-mismatch.js';
import { check as thresholdDuplicateKey } from '../../../src/lint/checks/k6-threshold-duplicate-key.js';
import { check as thresholdInvalidExpression } from '../../../src/lint/checks/k6-threshold-invalid-expression.js';
import { check as thresholdUnknownMetric } from '../../../src/lint/checks/k6-threshold-unknown-metric.js';
import { loadRuleText } from '../../../src/lint/rule-loader.js';
import { runRules } from '../../../src/lint/run-rules.js';
import type { CheckFunction, Finding, RuleDefinition } from '../../../src/lint/types.js';
import type { AdapterContext } from '../../../src/scenario/model.js';
import { FIXTURES, parseText, scenarioOf } from './helpers.js';

export const REPO_ROOT = join(FIXTURES, '../../..');

export const k6Checks: ReadonlyMap<string, CheckFunction> = new Map(
  [
    abortOnFailWithoutDelay,
    arrivalRateMaxvus,
    checksWithoutThresholds,
    discardResponseBodies,
    iterationsAsThroughputTest,
    sleepInArrivalRate,
    thresholdAggregationMismatch,
    thresholdDuplicateKey,
    thresholdInvalidExpression,
    thresholdUnknownMetric,
  ].map((c) => [c.name, c]),
);

/** Loads `rules/k6/<name>.yml` with the project's rule loader; fails loudly on a bad rule file. */
export function k6Rule(name: string): RuleDefinition {
  const origin = `rules/k6/${name}.yml`;
  const result = loadRuleText(readFileSync(join(REPO_ROOT, origin), 'utf8'), origin, `k6/${name}`);
  if ('error' in result) throw new Error(`${origin}:${result.error.line ?? ''} ${result.error.message}`);
  return result.rule;
}

/** Findings of one k6 rule on a script, through the adapter and the rule engine, without the registry. */
export function runK6Rule(
  name: string,
  code: string,
  file = 'script.js',
  options?: Record<string, unknown>,
  context: AdapterContext = {},
): Finding[] {
  const rule = k6Rule(name);
  const scenario = scenarioOf(parseText(code, file, context));
  const { findings, ruleErrors } = runRules(scenario, {
    rules: [rule],
    checks: k6Checks,
    settingFor: () => (options ? { severity: rule.severity, options } : undefined),
  });
  if (ruleErrors.length > 0) throw new Error(ruleErrors.map((e) => e.message).join('; '));
  return findings;
}
