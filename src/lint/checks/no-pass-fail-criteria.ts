import type { Scenario } from '../../scenario/model.js';
import type { CheckFunction } from '../types.js';

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
    const file = scenario.file.replace(/\\/g, '/').split('/').pop() ?? scenario.file;
    ctx.report({
      loc: scenario.criteria.anchor,
      messageId: scenario.tool === 'artillery' ? 'artillery' : 'k6',
      data: { file },
    });
  },
};
