import type { CheckFunction } from '../types.js';
import { constantExecutorLoc, describeLoad, formatPeak, rampedShapes } from '../workload.js';

/**
 * A multi-step workload that ends at its peak stops all load at once: the run cannot show whether the
 * system recovers, and in-flight iterations are cut off. Info only: many tests rightly stop at the plateau.
 */
export const check: CheckFunction = {
  name: 'no-ramp-down',
  optionsSchema: { type: 'object', properties: { minLoad: { type: 'number' } } },
  run(scenario, ctx) {
    const minLoad = typeof ctx.options.minLoad === 'number' ? ctx.options.minLoad : 10;
    for (const { workload, stages, peak } of rampedShapes(scenario, minLoad)) {
      const last = stages[stages.length - 1]!;
      // A single step has no shape to end; the peak must be strictly above the floor to call the stop abrupt.
      if (stages.length < 2 || last.to !== peak || peak <= minLoad) continue;
      ctx.report({
        loc: constantExecutorLoc(scenario, workload) ?? last.loc,
        messageId: scenario.tool === 'artillery' ? 'artillery' : 'k6',
        data: { name: workload.name, load: describeLoad(workload, peak), peak: formatPeak(peak) },
      });
    }
  },
};
