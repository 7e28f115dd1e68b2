import { hasIgnoredCriteria } from '../../scenario/artillery/ignored-criteria.js';
import type { Scenario } from '../../scenario/model.js';
import { appendJsProperty, appendYamlBlock, artilleryConfig } from '../fixes/insert-entry.js';
import type { CheckFunction, TextEdit } from '../types.js';

function criteriaEdits(scenario: Scenario): TextEdit[] | undefined {
  if (scenario.tool === 'k6') {
    return appendJsProperty(
      scenario.native,
      scenario.file,
      'thresholds',
      "{ http_req_failed: ['rate<0.01'], http_req_duration: ['p(95)<500'] }",
    );
  }
  if (scenario.tool === 'artillery') {
    return appendYamlBlock(artilleryConfig(scenario.native), scenario.file, 'ensure', [
      '  thresholds:',
      '    - http.response_time.p95: 500',
      '  maxErrorRate: 1',
    ]);
  }
  return undefined;
}

/**
 * Without pass/fail criteria a load test can only pass: the run exits 0 however slow or broken the system
 * was. Reported only when the adapter proves there are none (`absent`); `unknown` (a spread, a config merged
 * from another file) stays silent.
 */
export const check: CheckFunction = {
  name: 'no-pass-fail-criteria',
  run(target, ctx) {
    const scenario = target as Scenario;
    if (scenario?.criteria?.status !== 'absent') return;
    // Criteria written where Artillery ignores them are artillery/ignored-criteria's, with the real cause.
    if (scenario.tool === 'artillery' && hasIgnoredCriteria(scenario.native)) return;
    const file = scenario.file.replace(/\\/g, '/').split('/').pop() ?? scenario.file;
    ctx.report({
      loc: scenario.criteria.anchor,
      messageId: scenario.tool === 'artillery' ? 'artillery' : 'k6',
      data: { file },
      edits: criteriaEdits(scenario),
    });
  },
};
