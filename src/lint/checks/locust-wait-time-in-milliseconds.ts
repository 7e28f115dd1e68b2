import type { Scenario } from '../../scenario/model.js';
import type { CheckFunction } from '../types.js';

/**
 * Locust < 1.0 took `min_wait`/`max_wait` in milliseconds; `between`, `constant` and `constant_pacing` take
 * seconds. A migrated `between(1000, 3000)` pauses up to 50 minutes between tasks, so the test sends almost
 * nothing. Reported when an argument is at least `minSeconds` (default 300: five minutes between two actions
 * of one user is not a think time). `constant_throughput` takes tasks per second and is not checked.
 */
export const check: CheckFunction = {
  name: 'locust-wait-time-in-milliseconds',
  optionsSchema: {
    type: 'object',
    properties: { minSeconds: { type: 'number', description: 'Smallest argument, in seconds, reported.' } },
    additionalProperties: false,
  },
  run(target, ctx) {
    const scenario = target as Scenario;
    const min = typeof ctx.options.minSeconds === 'number' ? ctx.options.minSeconds : 300;
    for (const c of scenario?.locust?.classes ?? []) {
      const w = c.waitTime;
      if (!w?.args || !['between', 'constant', 'constant_pacing'].includes(w.kind)) continue;
      if (!w.args.some((a) => a >= min)) continue;
      const seconds = w.args.map((a) => String(a / 1000)).join(', ');
      ctx.report({
        loc: w.loc,
        data: { name: c.name, wait: `${w.kind}(${w.args.join(', ')})`, suggestion: `${w.kind}(${seconds})` },
      });
    }
  },
};
