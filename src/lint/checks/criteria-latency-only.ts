import { criteriaComplete } from '../criteria.js';
import { k6ErrorCriterion } from '../fixes/suggested-criteria.js';
import type { CheckFunction } from '../types.js';

/**
 * Latency criteria alone pass a run whose requests fail fast: errors are often quicker than successes, so
 * a broken system can look faster. Reported on the first latency criterion when no criterion is about errors
 * or checks and the criteria read are the whole set.
 */
export const check: CheckFunction = {
  name: 'criteria-latency-only',
  run(scenario, ctx) {
    if (!criteriaComplete(scenario)) return;
    const items = scenario.criteria.items;
    const latency = items.filter((c) => c.concerns === 'latency');
    const first = latency[0];
    if (!first) return;
    if (items.some((c) => c.concerns === 'errors' || c.concerns === 'checks')) return;
    ctx.report({
      loc: first.loc,
      messageId: scenario.tool === 'artillery' || scenario.tool === 'taurus' ? scenario.tool : 'k6',
      data: {
        metric: first.metric,
        count: latency.length,
        // http_req_failed is fed by HTTP requests only: a gRPC or WebSocket script fails through its checks.
        ...(scenario.tool === 'k6' ? { errors: k6ErrorCriterion(scenario) } : {}),
      },
    });
  },
};
