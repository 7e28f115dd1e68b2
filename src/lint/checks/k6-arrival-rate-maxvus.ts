import type { Scenario } from '../../scenario/model.js';
import { getEntry, getValue } from '../../scenario/value.js';
import type { CheckFunction } from '../types.js';

/**
 * VUs above `preAllocatedVUs` are created while the test runs, which costs the load generator CPU and
 * memory exactly when it is busiest and skews the results (k6 docs, Arrival-rate VU allocation, "You
 * probably don't need maxVUs").
 */
export const check: CheckFunction = {
  name: 'k6-arrival-rate-maxvus',
  run(target, ctx) {
    const scenario = target as Scenario;
    const scenarios = getValue(scenario?.native, 'scenarios');
    if (!Array.isArray(scenario?.workloads) || scenarios?.kind !== 'object') return;
    for (const workload of scenario.workloads) {
      if (workload.model !== 'open') continue;
      const config = getValue(scenarios, workload.name);
      const max = getEntry(config, 'maxVUs');
      const pre = getValue(config, 'preAllocatedVUs');
      if (max?.value.kind !== 'number' || pre?.kind !== 'number' || max.value.value <= pre.value) continue;
      ctx.report({ loc: max.keyLoc, data: { name: workload.name, max: max.value.value, pre: pre.value } });
    }
  },
};
