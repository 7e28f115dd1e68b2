import type { Scenario } from '../../scenario/model.js';
import type { CheckFunction } from '../types.js';

/**
 * Locust is a closed model: a user waits for each response before its next task. With a wait time of zero
 * (`constant(0)`, `between(0, 0)`, `min_wait = max_wait = 0`) the load a user makes is set by how fast the
 * server answers, so a slower server receives less load and the slowdown is hidden (coordinated omission).
 * For a rate, `constant_throughput(n)` or `constant_pacing(s)` keeps each user's pace whatever the latency.
 */
export const check: CheckFunction = {
  name: 'locust-zero-wait-time',
  run(target, ctx) {
    const scenario = target as Scenario;
    for (const c of scenario?.locust?.classes ?? []) {
      if (c.kind !== 'user' && c.kind !== 'taskset') continue;
      const w = c.waitTime;
      if (
        w &&
        (w.kind === 'constant' || w.kind === 'between') &&
        w.args?.length &&
        w.args.every((a) => a === 0)
      ) {
        ctx.report({ loc: w.loc, data: { name: c.name, wait: `${w.kind}(${w.args.join(', ')})` } });
        continue;
      }
      if (c.minWait?.value === 0 && c.maxWait?.value === 0)
        ctx.report({ loc: c.minWait.loc, data: { name: c.name, wait: 'min_wait = max_wait = 0' } });
    }
  },
};
