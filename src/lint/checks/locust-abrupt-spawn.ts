import type { Scenario } from '../../scenario/model.js';
import type { CheckFunction } from '../types.js';

/**
 * A `LoadTestShape` stage that starts hundreds of users within seconds hits a cold system all at once:
 * connection pools, caches and autoscalers have no time to react, and Locust itself warns when the spawn
 * rate is high. Reported for the first stage that adds at least `minIncrease` users at a spawn rate that
 * gets there within `maxSeconds`. Users and spawn rate set on the command line are not visible here.
 */
export const check: CheckFunction = {
  name: 'locust-abrupt-spawn',
  optionsSchema: {
    type: 'object',
    properties: {
      minIncrease: { type: 'number', description: 'Smallest increase in users reported.' },
      maxSeconds: {
        type: 'number',
        description: 'Ramps reaching the increase faster than this are reported.',
      },
    },
    additionalProperties: false,
  },
  run(target, ctx) {
    const scenario = target as Scenario;
    const minIncrease = typeof ctx.options.minIncrease === 'number' ? ctx.options.minIncrease : 100;
    const maxSeconds = typeof ctx.options.maxSeconds === 'number' ? ctx.options.maxSeconds : 10;
    for (const shape of scenario?.locust?.shapes ?? []) {
      let users = 0;
      for (const stage of shape.stages) {
        if (stage.users === undefined) break;
        const increase = stage.users - users;
        const rate = stage.spawnRate;
        if (increase >= minIncrease && rate !== undefined && rate > 0 && increase / rate < maxSeconds) {
          ctx.report({
            loc: stage.loc,
            data: {
              name: shape.name,
              from: users,
              to: stage.users,
              rate,
              seconds: Math.round((increase / rate) * 10) / 10,
              suggested: Math.ceil(increase / (maxSeconds * 6)),
            },
          });
          break;
        }
        users = stage.users;
      }
    }
  },
};
