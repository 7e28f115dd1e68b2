import type { Stage } from '../../scenario/model.js';
import type { CheckFunction } from '../types.js';
import { describeLoad, rampedShapes } from '../workload.js';

interface Jump {
  from: number;
  to: number;
  seconds: number;
  stage: Stage;
}

/**
 * The first place a workload's load rises by at least `minIncrease` within `maxSeconds`: a stage that ramps
 * too steeply, the start itself (k6 `startVUs`, an Artillery first phase at a high rate), or a step between two
 * Artillery phases, measured from the highest load so far. A first step that is already the peak is `no-ramp-up`'s finding, not this one.
 */
function firstJump(
  stages: readonly Stage[],
  peak: number,
  minIncrease: number,
  maxSeconds: number,
): Jump | undefined {
  // The highest load so far: a system that already carried it is warm, so only a rise above it is abrupt.
  let highest = 0;
  for (const [i, stage] of stages.entries()) {
    const from = stage.from!;
    const to = stage.to!;
    const startsAtPeak = i === 0 && from === peak;
    if (!startsAtPeak && from - highest >= minIncrease) return { from: highest, to: from, seconds: 0, stage };
    highest = Math.max(highest, from);
    const seconds = stage.durationSec;
    if (seconds !== undefined && to - highest >= minIncrease && seconds <= maxSeconds)
      return { from: highest, to, seconds, stage };
    highest = Math.max(highest, to);
  }
  return undefined;
}

/**
 * Hundreds of VUs or arrivals per second started within seconds hit a cold system all at once: connection
 * pools, caches and autoscalers have no time to react, so the test measures the stampede rather than the
 * service. Smoke, spike and breakpoint tests (by name or `test_type` tag) are left alone.
 */
export const check: CheckFunction = {
  name: 'abrupt-ramp-up',
  optionsSchema: {
    type: 'object',
    properties: { minIncrease: { type: 'number' }, maxSeconds: { type: 'number' } },
  },
  run(scenario, ctx) {
    const minIncrease = typeof ctx.options.minIncrease === 'number' ? ctx.options.minIncrease : 100;
    const maxSeconds = typeof ctx.options.maxSeconds === 'number' ? ctx.options.maxSeconds : 10;
    for (const { workload, stages, peak } of rampedShapes(scenario, minIncrease)) {
      const jump = firstJump(stages, peak, minIncrease, maxSeconds);
      if (!jump) continue;
      ctx.report({
        loc: jump.stage.loc,
        messageId: scenario.tool === 'artillery' ? 'artillery' : 'k6',
        data: {
          name: workload.name,
          from: describeLoad(workload, jump.from),
          to: describeLoad(workload, jump.to),
          seconds: jump.seconds === 0 ? 'at once' : `in ${jump.seconds} s`,
        },
      });
    }
  },
};
