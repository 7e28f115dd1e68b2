import { criteriaComplete, isCentralAggregation } from '../criteria.js';
import type { CheckFunction } from '../types.js';

/**
 * An average or median hides the tail: half the users (or the slowest 5 %) can wait seconds while the
 * average stays green. Reported on the first latency criterion when every latency criterion aggregates with
 * avg, mean, median or min, and the criteria read are the whole set.
 */
export const check: CheckFunction = {
  name: 'criteria-average-only',
  run(scenario, ctx) {
    if (!criteriaComplete(scenario)) return;
    const latency = scenario.criteria.items.filter((c) => c.concerns === 'latency');
    const first = latency[0];
    if (!first || !latency.every(isCentralAggregation)) return;
    ctx.report({
      loc: first.loc,
      messageId: scenario.tool === 'artillery' || scenario.tool === 'taurus' ? scenario.tool : 'k6',
      data: { metric: first.metric, aggregation: first.aggregation ?? '' },
    });
  },
};
