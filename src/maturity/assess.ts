import type { RuleDefinition } from '../lint/types.js';
import { readConfigFacts } from './config-facts.js';
import type { RepoFacts } from './facts.js';
import { LEVEL_NAMES, levelOf, nextStepsFor } from './levels.js';
import type { MaturityReport, PracticeResult, RepoSnapshot } from './model.js';
import { ciPractice, regressionGatingPractice } from './practices/ci.js';
import { criteriaPractice, scenariosPractice } from './practices/foundation.js';
import { actingOnFindingsPractice, historyPractice } from './practices/learning.js';
import { realisticWorkloadPractice, testTypesPractice } from './practices/workload.js';
import { lintSnapshot } from './scenarios.js';
import { countRuleUsage } from './usage.js';
import { readWorkflows } from './workflows.js';

/** The practices in level order; adding one is adding a scorer here and a section in the model doc. */
const PRACTICES: readonly ((facts: RepoFacts) => PracticeResult)[] = [
  scenariosPractice,
  criteriaPractice,
  ciPractice,
  regressionGatingPractice,
  testTypesPractice,
  realisticWorkloadPractice,
  historyPractice,
  actingOnFindingsPractice,
];

/**
 * The maturity of one tree of a repository: collect the evidence (scenarios and their lint results,
 * workflows, `.loadgate.yml`), score each practice 0-10 and derive the level. Files that cannot be read are
 * diagnostics; everything else is still scored. Reads only through the snapshot.
 */
export function assessMaturity(snapshot: RepoSnapshot, rules: readonly RuleDefinition[]): MaturityReport {
  const config = readConfigFacts(snapshot, rules);
  const linted = lintSnapshot(snapshot, config.config, rules);
  const { workflows, diagnostics: workflowDiagnostics } = readWorkflows(snapshot);
  const facts: RepoFacts = { scenarios: linted.scenarios, workflows, config };
  const practices = PRACTICES.map((score) => score(facts));
  const level = levelOf(practices);
  const report: MaturityReport = {
    schemaVersion: 1,
    level,
    levelName: LEVEL_NAMES[level]!,
    practices,
    nextSteps: nextStepsFor(practices, level),
    ruleUsage: countRuleUsage(linted.scenarios),
    diagnostics: [...config.diagnostics, ...workflowDiagnostics, ...linted.diagnostics],
    summary: { scenarioFiles: linted.scenarios.length, workflows: workflows.length },
  };
  if (config.file) report.summary.config = config.file;
  return report;
}
