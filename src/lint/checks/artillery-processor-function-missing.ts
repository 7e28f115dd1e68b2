import { flowsOf, forEachStep, HTTP_METHODS } from '../../scenario/artillery/flows.js';
import { processorConfigured } from '../../scenario/artillery/processor.js';
import { isTemplate } from '../../scenario/artillery/templates.js';
import { entriesOf, getEntry, getValue, itemsOf } from '../../scenario/artillery/tree.js';
import { isSourceValue, type SourceValue } from '../../scenario/value.js';
import type { CheckContext, CheckFunction } from '../types.js';

const SCENARIO_HOOKS = ['beforeScenario', 'afterScenario', 'beforeRequest', 'afterResponse', 'onError'];
const REQUEST_HOOKS = ['beforeRequest', 'afterResponse'];
const PLAYWRIGHT_FUNCTIONS = ['flowFunction', 'testFunction'];

/**
 * Names of processor functions used while no processor is configured. Only the "no processor at all" case
 * is checked: whether the processor module exports each name needs a static read of that module, which
 * is a later step. A file without a full config (split `--config` files) is skipped: the processor may be
 * set in the other file.
 */
export const check: CheckFunction = {
  name: 'artillery-processor-function-missing',
  run(scenario, ctx) {
    if (!isSourceValue(scenario?.native) || processorConfigured(scenario.native) !== 'absent') return;
    for (const s of itemsOf(getValue(scenario.native, 'scenarios'))) {
      for (const key of SCENARIO_HOOKS) names(getValue(s, key), key, 'hook', ctx);
      for (const key of PLAYWRIGHT_FUNCTIONS) names(getValue(s, key), key, 'playwright', ctx);
    }
    for (const { flow } of flowsOf(scenario.native)) {
      forEachStep(flow, (step) => {
        names(getValue(step, 'function'), 'function', 'step', ctx);
        // Without a count the loop never ends; artillery/loop-without-bound reports that case.
        if (getEntry(step, 'loop') && getEntry(step, 'count'))
          names(getValue(step, 'whileTrue'), 'whileTrue', 'whileTrue', ctx);
        for (const entry of entriesOf(step)) {
          if (!(HTTP_METHODS as readonly string[]).includes(entry.key)) continue;
          for (const key of REQUEST_HOOKS) names(getValue(entry.value, key), key, 'hook', ctx);
        }
      });
    }
  },
};

function names(value: SourceValue | undefined, key: string, messageId: string, ctx: CheckContext): void {
  if (!value) return;
  const list = value.kind === 'array' ? value.items : [value];
  for (const item of list) {
    if (item.kind !== 'string' || item.value.trim() === '' || isTemplate(item.value)) continue;
    ctx.report({ loc: item.loc, messageId, data: { key, name: item.value } });
  }
}
