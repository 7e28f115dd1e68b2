import type { Scenario } from '../../scenario/model.js';
import type { CheckFunction } from '../types.js';

/**
 * One JMeter process runs every thread group of its plan at once (unless the plan serialises them), so the
 * threads of all closed workloads add up. Reported once, on the largest group, when the sum is above
 * `maxThreads`. Workloads we could not read count as nothing: silence rather than a guess.
 */
export const check: CheckFunction = {
  name: 'jmeter-threads-per-generator',
  optionsSchema: { type: 'object', properties: { maxThreads: { type: 'number' } } },
  run(target, ctx) {
    const scenario = target as Scenario;
    if (scenario?.tool !== 'jmeter' || !Array.isArray(scenario.workloads)) return;
    const max = typeof ctx.options.maxThreads === 'number' ? ctx.options.maxThreads : 2000;
    const closed = scenario.workloads.filter((w) => w.model === 'closed' && w.maxVUs !== undefined);
    const threads = closed.reduce((sum, w) => sum + (w.maxVUs ?? 0), 0);
    if (threads <= max) return;
    const largest = closed.reduce((a, b) => ((b.maxVUs ?? 0) > (a.maxVUs ?? 0) ? b : a));
    ctx.report({
      loc: largest.stages[largest.stages.length - 1]?.loc ?? largest.loc,
      data: {
        threads,
        max,
        groups: closed.length === 1 ? `Thread Group "${largest.name}"` : `${closed.length} thread groups`,
      },
    });
  },
};
