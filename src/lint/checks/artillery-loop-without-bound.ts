import { processorConfigured } from '../../scenario/artillery/processor.js';
import { forEachStep, flowsOf } from '../../scenario/artillery/flows.js';
import { isTemplate } from '../../scenario/artillery/templates.js';
import { describe, getEntry, getValue } from '../../scenario/artillery/tree.js';
import { isSourceValue, type SourceValue } from '../../scenario/value.js';
import type { CheckFunction } from '../types.js';

/**
 * A `loop:` step runs `createLoopWithCount(count || -1, …)` (engine_http.ts, engine_ws.ts): without `count`,
 * `over` or a `whileTrue` function that the processor provides, -1 means "forever", and so does `count: 0`.
 */
export const check: CheckFunction = {
  name: 'artillery-loop-without-bound',
  run(scenario, ctx) {
    if (!isSourceValue(scenario?.native)) return;
    const processor = processorConfigured(scenario.native);
    for (const { flow } of flowsOf(scenario.native)) {
      forEachStep(flow, (step) => {
        const loop = getEntry(step, 'loop');
        if (!loop) return;
        const count = getValue(step, 'count');
        if (getEntry(step, 'over')) return;
        const whileTrue = getValue(step, 'whileTrue');
        if (whileTrue) {
          // Without a processor the engine drops `whileTrue` and falls back to `count`.
          if (processor !== 'absent') return;
          if (count === undefined || unbounded(count)) {
            ctx.report({
              loc: whileTrue.loc,
              messageId: 'whileTrueWithoutProcessor',
              data: { name: describe(whileTrue) },
            });
          }
          return;
        }
        if (count === undefined || count.kind === 'null') {
          ctx.report({ loc: loop.keyLoc });
        } else if (unbounded(count)) {
          ctx.report({ loc: count.loc, messageId: 'countForever', data: { count: describe(count) } });
        }
      });
    }
  },
};

/** Does this `count` make the loop endless? Only a falsy count (0, '', null) or exactly -1 does. */
function unbounded(count: SourceValue): boolean {
  switch (count.kind) {
    case 'null':
      return true;
    case 'number':
      return count.value === 0 || count.value === -1;
    case 'string':
      // A string is truthy unless empty; '-1' parses to -1 and loops forever.
      if (isTemplate(count.value)) return false;
      return count.value === '' || Number(count.value) === -1;
    case 'boolean':
      return !count.value;
    default:
      return false;
  }
}
