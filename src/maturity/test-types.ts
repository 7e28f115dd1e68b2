import type { Scenario } from '../scenario/model.js';
import { profileOf } from '../scenario/profile/compute.js';
import { TEST_TYPES, type TestType } from '../scenario/profile/model.js';
import { workloadDeclares } from '../scenario/profile/test-type.js';
import type { Evidence } from './model.js';

export { TEST_TYPES, type TestType };

export interface ClassifiedWorkload extends Evidence {
  type: TestType;
}

/**
 * The test types a scenario runs, as its load profile (`src/scenario/profile/`) says, so the scorecard and the
 * PR comment's profile preview never disagree. One type per scenario, except a file whose workloads are named
 * for different types (k6 scenarios `smoke` and `stress` in one script): each of those counts.
 */
export function classifyScenario(scenario: Scenario): ClassifiedWorkload[] {
  if (scenario.module) return [];
  const named = scenario.workloads.flatMap((w) => {
    const d = workloadDeclares(scenario, w);
    return d ? [{ ...d, line: w.loc.line }] : [];
  });
  if (new Set(named.map((n) => n.type)).size > 1)
    return named.map((n) => ({
      type: n.type,
      file: scenario.file,
      line: n.line,
      note: `${n.type} (named "${n.by}")`,
    }));
  const profile = profileOf(scenario);
  if (profile.testType === 'unknown') return [];
  const why =
    profile.declaredType === profile.testType ? `named "${profile.declaredBy}"` : profile.shapeReason;
  return [
    {
      type: profile.testType,
      file: scenario.file,
      line: profile.loc.line,
      note: why ? `${profile.testType} (${why})` : profile.testType,
    },
  ];
}
