import type { CheckFunction } from '../types.js';
import { constantExecutorLoc, describeLoad, formatPeak, rampedShapes } from '../workload.js';

/**
 * A workload whose first load step already runs at its peak hits a cold system (empty caches, unscaled
 * pools, JIT) with full load, and gives no low-load baseline to compare with. Silent when a step is unknown,
 * for loads under `minLoad`, and for tests that say they are smoke, spike or breakpoint tests.
 */
export const check: CheckFunction = {
  name: 'no-ramp-up',
  optionsSchema: { type: 'object', properties: { minLoad: { type: 'number' } } },
  run(scenario, ctx) {
    const minLoad = typeof ctx.options.minLoad === 'number' ? ctx.options.minLoad : 10;
    for (const { workload, stages, peak } of rampedShapes(scenario, minLoad)) {
      const first = stages[0]!;
      if (first.from !== peak) continue;
      ctx.report({
        loc: constantExecutorLoc(scenario, workload) ?? first.loc,
        messageId:
          scenario.tool === 'artillery' || scenario.tool === 'jmeter'
            ? scenario.tool
            : workload.model === 'open'
              ? 'k6Arrival'
              : 'k6',
        data: { name: workload.name, load: describeLoad(workload, peak), peak: formatPeak(peak) },
      });
    }
  },
};
