import type { Scenario } from '../../scenario/model.js';
import type { CheckFunction } from '../types.js';

/**
 * In Locust's documented shape, `tick()` returns the first stage whose `duration` the run time has not yet
 * reached: durations are ends counted from the start, not lengths. A stage whose `duration` is not larger
 * than the one before it is never returned, so that load is never applied (a frequent misreading of the
 * example). Only shapes whose tick() follows that pattern are checked (not one that subtracts durations).
 */
export const check: CheckFunction = {
  name: 'locust-shape-stage-unreachable',
  run(target, ctx) {
    const scenario = target as Scenario;
    for (const shape of scenario?.locust?.shapes ?? []) {
      if (!shape.literal) continue;
      let previous: number | undefined;
      for (const stage of shape.stages) {
        const end = stage.endSec;
        if (end === undefined) break;
        if (previous !== undefined && end <= previous) {
          ctx.report({ loc: stage.loc, data: { name: shape.name, end, previous } });
          break;
        }
        previous = end;
      }
    }
  },
};
