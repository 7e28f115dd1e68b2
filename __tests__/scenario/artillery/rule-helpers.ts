import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRuleText } from '../../../src/lint/rule-loader.js';
import { runRules } from '../../../src/lint/run-rules.js';
import type { CheckFunction, Finding, RuleDefinition } from '../../../src/lint/types.js';
import { check as ensureAllOptional } from '../../../src/lint/checks/artillery-ensure-all-optional.js';
import { check as ensureUnknownMetric } from '../../../src/lint/checks/artillery-ensure-unknown-metric.js';
import { check as invalidPhase } from '../../../src/lint/checks/artillery-invalid-phase.js';
import { check as loopWithoutBound } from '../../../src/lint/checks/artillery-loop-without-bound.js';
import { check as maxVusers } from '../../../src/lint/checks/artillery-max-vusers-caps-open-model.js';
import { check as payloadLoadAll } from '../../../src/lint/checks/artillery-payload-loadall-without-name.js';
import { check as processorMissing } from '../../../src/lint/checks/artillery-processor-function-missing.js';
import { repoRoot, scenarioOf } from './helpers.js';

/**
 * Runs one Artillery rule straight from its rules/artillery/<name>.yml with its check function, without the
 * generated registry, so the Artillery rules can be tested on their own.
 */
const checks: ReadonlyMap<string, CheckFunction> = new Map(
  [
    ensureAllOptional,
    ensureUnknownMetric,
    invalidPhase,
    loopWithoutBound,
    maxVusers,
    payloadLoadAll,
    processorMissing,
  ].map((c) => [c.name, c]),
);

const loaded = new Map<string, RuleDefinition>();

export function artilleryRule(name: string): RuleDefinition {
  const cached = loaded.get(name);
  if (cached) return cached;
  const origin = `rules/artillery/${name}.yml`;
  const result = loadRuleText(readFileSync(join(repoRoot, origin), 'utf8'), origin, `artillery/${name}`);
  if ('error' in result) throw new Error(`${origin}: ${result.error.message}`);
  loaded.set(name, result.rule);
  return result.rule;
}

export function runArtilleryRule(
  name: string,
  text: string,
  file = 'script.yml',
  options?: Record<string, unknown>,
): Finding[] {
  const rule = artilleryRule(name);
  const { findings, ruleErrors } = runRules(scenarioOf(text, file), {
    rules: [rule],
    checks,
    settingFor: () => (options ? { severity: rule.severity, options } : undefined),
  });
  if (ruleErrors.length) throw new Error(ruleErrors.map((e) => e.message).join('; '));
  return findings;
}
