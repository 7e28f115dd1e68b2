import { ignoredCriteria } from '../../scenario/artillery/ignored-criteria.js';
import { isSourceValue } from '../../scenario/value.js';
import type { CheckFunction } from '../types.js';

/**
 * Pass/fail criteria written where or how Artillery never reads them: the run exits 0 whatever they say.
 * `no-pass-fail-criteria` leaves such files to this rule, whose message names the actual mistake.
 */
export const check: CheckFunction = {
  name: 'artillery-ignored-criteria',
  run(scenario, ctx) {
    if (!isSourceValue(scenario?.native)) return;
    for (const c of ignoredCriteria(scenario.native)) {
      ctx.report({ loc: c.loc, messageId: c.kind, data: { key: c.key } });
    }
  },
};
