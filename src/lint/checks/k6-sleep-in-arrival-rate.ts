import type { CheckFunction } from '../types.js';

/**
 * Arrival-rate executors start iterations on their own schedule; a sleep that ends the iteration only keeps
 * the VU busy, so k6 needs more VUs for the same rate and drops iterations when it runs out (k6 docs,
 * constant-arrival-rate and ramping-arrival-rate). Sleeps between the steps of a journey are kept: they are
 * the user's think time. A function also run by a VU-based scenario is skipped: there the pause paces the loop.
 */
export const check: CheckFunction = {
  name: 'k6-sleep-in-arrival-rate',
  run(scenario, ctx) {
    if (!Array.isArray(scenario?.workloads) || !Array.isArray(scenario.thinkTimes)) return;
    const closedExecs = new Set(scenario.workloads.filter((w) => w.model !== 'open').map((w) => w.exec));
    const reported = new Set<string>();
    for (const workload of scenario.workloads) {
      if (workload.model !== 'open' || workload.exec === undefined || closedExecs.has(workload.exec))
        continue;
      for (const pause of scenario.thinkTimes) {
        if (pause.within !== workload.exec || !pause.trailing || pause.loc.file !== scenario.file) continue;
        const key = `${pause.loc.line}:${pause.loc.column}`;
        if (reported.has(key)) continue;
        reported.add(key);
        ctx.report({
          loc: pause.loc,
          data: { name: workload.name, executor: workload.executor, fn: workload.exec },
        });
      }
    }
  },
};
