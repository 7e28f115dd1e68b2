import type { ConfigFacts } from './config-facts.js';
import type { Evidence, PracticeId, PracticeResult, ScenarioFacts } from './model.js';
import type { Workflow } from './workflows.js';

/** Everything the practices score, collected once from a snapshot. */
export interface RepoFacts {
  scenarios: ScenarioFacts[];
  workflows: Workflow[];
  config: ConfigFacts;
}

/** Scenario files that are tests of their own (not modules other scripts import). */
export function testScenarios(facts: RepoFacts): ScenarioFacts[] {
  return facts.scenarios.filter((s) => s.scenario && !s.scenario.module);
}

/** Evidence lists are capped: a repository with 300 scripts needs a few examples, not all of them. */
export const EVIDENCE_MAX = 12;

export function practice(
  id: PracticeId,
  name: string,
  level: number,
  required: number,
  score: number,
  reason: string,
  evidence: Evidence[],
  nextSteps: string[],
): PracticeResult {
  const clamped = Math.max(0, Math.min(10, Math.round(score)));
  return {
    id,
    name,
    score: clamped,
    required,
    level,
    reason,
    evidence: evidence.slice(0, EVIDENCE_MAX),
    nextSteps: clamped >= 10 ? [] : nextSteps,
  };
}

/** `a.js, b.js and 3 more` for next steps that name files. */
export function listFiles(paths: readonly string[], max = 3): string {
  const shown = paths.slice(0, max).map((p) => `\`${p}\``);
  const rest = paths.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
