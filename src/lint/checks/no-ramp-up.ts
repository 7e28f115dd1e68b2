import type { Scenario } from '../../scenario/model.js';
import type { CheckFunction } from '../types.js';
import { describeLoad, loadStages, peakLoad, suggestsNoRamp } from '../workload.js';

/**
 * A workload whose first load step already runs at its peak hits a cold system (empty caches, unscaled
 * pools, JIT) with full load, and gives no low-load baseline to compare with. Silent when a step is unknown,
 * for loads under `minLoad`, and for tests that say they are smoke, spike or breakpoint tests.
 */
export const check: CheckFunction = {
  name: 'no-ramp-up',
  optionsSchema: { type: 'object', properties: { minLoad: { type: 'number' } } },
  run(target, ctx) {
    const scenario = target as Scenario;
    if (!Array.isArray(scenario?.workloads)) return;
    const minLoad = typeof ctx.options.minLoad === 'number' ? ctx.options.minLoad : 10;
    for (const w of scenario.workloads) {
      if (w.partiallyUnknown || w.model === 'unknown') continue;
      const stages = loadStages(w);
      const first = stages?.[0];
      const peak = peakLoad(w);
      if (!first || peak === undefined || first.from !== peak || peak < minLoad) continue;
      if (suggestsNoRamp(scenario, w)) continue;
      ctx.report({
        loc: first.loc,
        messageId: scenario.tool === 'artillery' ? 'artillery' : 'k6',
        data: { name: w.name, load: describeLoad(w, peak) },
      });
    }
  },
};
