import type { Location } from '../location.js';
import type { SourceValue } from '../value.js';
import { flowsOf, forEachStep, HTTP_METHODS } from './flows.js';
import { isTemplate } from './templates.js';
import { entriesOf, getEntry, getValue, itemsOf } from './tree.js';

/** A processor function the script names: what needs `config.processor` to exist. */
export interface FunctionRef {
  /** How it is used: a `function:` step, a hook, a loop's `whileTrue`, or the Playwright engine's function. */
  use: 'step' | 'hook' | 'whileTrue' | 'playwright';
  /** The property naming it (`beforeRequest`, `function`, `testFunction`). */
  property: string;
  name: string;
  /** For `whileTrue`: the loop also has a `count` (without one, the loop never ends unless the function says so). */
  counted?: boolean;
  loc: Location;
}

const SCENARIO_HOOKS = ['beforeScenario', 'afterScenario', 'beforeRequest', 'afterResponse', 'onError'];
const REQUEST_HOOKS = ['beforeRequest', 'afterResponse'];
const PLAYWRIGHT_FUNCTIONS = ['flowFunction', 'testFunction'];

/** Every literal processor function name of the document: scenario hooks, steps, loops and request hooks. */
export function functionRefs(document: SourceValue | undefined): FunctionRef[] {
  const refs: FunctionRef[] = [];
  const add = (
    value: SourceValue | undefined,
    property: string,
    use: FunctionRef['use'],
    counted?: boolean,
  ) => {
    if (!value) return;
    for (const item of value.kind === 'array' ? value.items : [value]) {
      if (item.kind !== 'string' || item.value.trim() === '' || isTemplate(item.value)) continue;
      refs.push({
        use,
        property,
        name: item.value,
        ...(counted !== undefined ? { counted } : {}),
        loc: item.loc,
      });
    }
  };
  for (const s of itemsOf(getValue(document, 'scenarios'))) {
    for (const key of SCENARIO_HOOKS) add(getValue(s, key), key, 'hook');
    for (const key of PLAYWRIGHT_FUNCTIONS) add(getValue(s, key), key, 'playwright');
  }
  for (const { flow } of flowsOf(document)) {
    forEachStep(flow, (step) => {
      add(getValue(step, 'function'), 'function', 'step');
      if (getEntry(step, 'loop'))
        add(getValue(step, 'whileTrue'), 'whileTrue', 'whileTrue', getEntry(step, 'count') !== undefined);
      for (const entry of entriesOf(step)) {
        if (!(HTTP_METHODS as readonly string[]).includes(entry.key)) continue;
        for (const key of REQUEST_HOOKS) add(getValue(entry.value, key), key, 'hook');
      }
    });
  }
  return refs;
}
