import type { Scenario } from '../../scenario/model.js';
import type { CheckFunction } from '../types.js';
import { describeLoad, loadStages, peakLoad, suggestsNoRamp } from '../workload.js';

/**
 * A multi-step workload that ends at its peak stops all load at once: the run cannot show whether the
 * system recovers, and in-flight iterations are cut off. Info only: many tests rightly stop at the plateau.
 */
export const check: CheckFunction = {
  name: 'no-ramp-down',
  optionsSchema: { type: 'object', properties: { minLoad: { type: 'number' } } },
  run(target, ctx) {
    const scenario = target as Scenario;
    if (!Array.isArray(scenario?.workloads)) return;
    const minLoad = typeof ctx.options.minLoad === 'number' ? ctx.options.minLoad : 10;
    for (const w of scenario.workloads) {
      if (w.partiallyUnknown || w.model === 'unknown') continue;
      const stages = loadStages(w);
      const last = stages?.[stages.length - 1];
      const peak = peakLoad(w);
      if (!stages || stages.length < 2 || !last || peak === undefined) continue;
      if (last.to !== peak || peak <= minLoad) continue;
      if (suggestsNoRamp(scenario, w)) continue;
      ctx.report({
        loc: last.loc,
        messageId: scenario.tool === 'artillery' ? 'artillery' : 'k6',
        data: { name: w.name, load: describeLoad(w, peak) },
      });
    }
  },
};
