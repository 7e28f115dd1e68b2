import { scenarioToolNames } from '../../scenario/adapters.js';
import { listFiles, practice, testScenarios, type RepoFacts } from '../facts.js';
import type { Evidence, PracticeResult } from '../model.js';

/** Level 1: load-test scenarios live in the repository, where they are reviewed like code. */
export function scenariosPractice(facts: RepoFacts): PracticeResult {
  const files = facts.scenarios;
  const tools = [...new Set(files.map((f) => f.tool))];
  // Tests first: modules (files exporting no options nor default function) are parts of tests.
  const evidence: Evidence[] = [...files]
    .sort((a, b) => Number(a.scenario?.module ?? false) - Number(b.scenario?.module ?? false))
    .map((f) => ({
      file: f.path,
      line: 1,
      note: f.scenario?.module ? `${f.tool} module (no options, no default function)` : `${f.tool} scenario`,
    }));
  return practice(
    'scenarios',
    'Scenarios exist',
    1,
    10,
    files.length > 0 ? 10 : 0,
    files.length > 0
      ? `${files.length} scenario file${files.length === 1 ? '' : 's'} (${tools.join(', ')})`
      : `no ${scenarioToolNames} scenario file found`,
    evidence,
    [
      'Add a first load test to the repository, for example `load/smoke.js` (k6: `import http from "k6/http"` and a default function that requests your service), then run `npx loadgate lint load`.',
    ],
  );
}

/** Level 2: every test can fail. A test without pass/fail criteria passes whatever the service does. */
export function criteriaPractice(facts: RepoFacts): PracticeResult {
  const tests = testScenarios(facts);
  const withCriteria = tests.filter(
    (t) => t.scenario!.criteria.status === 'present' && t.scenario!.criteria.items.some((c) => c.strict),
  );
  const unknown = tests.filter((t) => t.scenario!.criteria.status === 'unknown');
  const without = tests.filter((t) => !withCriteria.includes(t) && !unknown.includes(t));
  const evidence = withCriteria.map((t) => {
    const first = t.scenario!.criteria.items.find((c) => c.strict)!;
    const count = t.scenario!.criteria.items.length;
    return {
      file: t.path,
      line: first.loc.line,
      note: `${count} pass/fail criteri${count === 1 ? 'on' : 'a'}, e.g. ${first.expression.startsWith(first.metric) ? first.expression : `${first.metric}: ${first.expression}`}`,
    };
  });
  // Criteria loadgate cannot see (spread from a file it cannot read) are neither counted for nor against.
  const judged = withCriteria.length + without.length;
  const score = judged === 0 ? 0 : (10 * withCriteria.length) / judged;
  const steps: string[] = [];
  if (without.length > 0)
    steps.push(
      `Give ${listFiles(without.map((t) => t.path))} pass/fail criteria (k6 \`thresholds\`, Artillery \`ensure\`): \`npx loadgate lint --fix\` adds an error-rate and a p95 threshold you then tune (rule \`no-pass-fail-criteria\`).`,
    );
  if (judged === 0 && tests.length === 0) steps.push('Add a scenario first (level 1).');
  return practice(
    'criteria',
    'Pass/fail criteria in every scenario',
    2,
    10,
    score,
    judged === 0
      ? 'no test scenario whose criteria loadgate can read'
      : `${withCriteria.length} of ${judged} test scenario${judged === 1 ? '' : 's'} can fail on criteria` +
          (unknown.length > 0 ? ` (${unknown.length} not readable statically)` : ''),
    evidence,
    steps,
  );
}
