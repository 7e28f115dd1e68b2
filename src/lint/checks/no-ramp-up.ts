import { getValue, itemsOf } from '../../scenario/artillery/tree.js';
import type { Scenario } from '../../scenario/model.js';
import { profileOf } from '../../scenario/profile/compute.js';
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
    // A smoke test checks the script works at minimal load: it has no ramp to add (Grafana's smoke tests
    // start at their few VUs), whether its name or its shape says it is one.
    if (profileOf(scenario).testType === 'smoke') return;
    const minLoad = typeof ctx.options.minLoad === 'number' ? ctx.options.minLoad : 10;
    for (const { workload, stages, peak } of rampedShapes(scenario, minLoad)) {
      const first = stages[0]!;
      if (first.from !== peak) continue;
      if (scenario.tool === 'jmeter' && rateShaped(scenario, workload.name)) continue;
      ctx.report({
        loc: constantExecutorLoc(scenario, workload) ?? first.loc,
        messageId:
          scenario.tool === 'artillery' || scenario.tool === 'jmeter' || scenario.tool === 'taurus'
            ? scenario.tool
            : workload.model === 'open'
              ? 'k6Arrival'
              : 'k6',
        data: { name: workload.name, load: describeLoad(workload, peak), peak: formatPeak(peak) },
      });
    }
  },
};

/**
 * JMeter: a Throughput Shaping Timer (or another rate-shaping timer) in scope of the Thread Group sets the
 * load; the threads started at once are only the pool it paces, so the ramp, if any, is the timer's schedule.
 * In scope: inside the Thread Group, or outside every Thread Group (it then applies to all of them).
 */
const RATE_SHAPERS = new Set(['VariableThroughputTimer']);

function rateShaped(scenario: Scenario, threadGroup: string): boolean {
  for (const element of itemsOf(getValue(scenario.native, 'elements'))) {
    const kind = getValue(element, 'kind');
    if (kind?.kind !== 'string' || !RATE_SHAPERS.has(kind.value)) continue;
    const group = getValue(element, 'threadGroup');
    if (group === undefined || (group.kind === 'string' && group.value === threadGroup)) return true;
  }
  return false;
}
