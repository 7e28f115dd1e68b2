import { configIsLocal, pluginConfigs } from '../../scenario/artillery/config.js';
import { flowsOf, forEachStep, HTTP_METHODS } from '../../scenario/artillery/flows.js';
import { entriesOf, getEntry, getValue } from '../../scenario/artillery/tree.js';
import type { Location } from '../../scenario/location.js';
import { isSourceValue } from '../../scenario/value.js';
import { enablePluginEdits } from '../fixes/enable-plugin.js';
import type { CheckFunction } from '../types.js';

/**
 * `expect:` on a request is read by artillery-plugin-expect, which runs only when it is enabled in
 * `config.plugins` (or an environment's); otherwise Artillery ignores every expectation and a wrong status
 * or body never shows. One finding per file, on the first `expect:`. A file whose config may come from
 * another file (`--config`) is left alone.
 */
export const check: CheckFunction = {
  name: 'artillery-expect-without-plugin',
  run(scenario, ctx) {
    if (!isSourceValue(scenario?.native) || !configIsLocal(scenario.native)) return;
    if (pluginConfigs(getValue(scenario.native, 'config'), 'expect').length > 0) return;
    const found: Location[] = [];
    for (const { flow } of flowsOf(scenario.native)) {
      forEachStep(flow, (step) => {
        for (const entry of entriesOf(step)) {
          if (!(HTTP_METHODS as readonly string[]).includes(entry.key)) continue;
          const expect = getEntry(entry.value, 'expect');
          if (expect) found.push(expect.keyLoc);
        }
      });
    }
    const first = found[0];
    if (!first) return;
    const edits = enablePluginEdits(scenario, ctx.source, 'expect');
    ctx.report({
      loc: first,
      data: { count: found.length, expectations: found.length === 1 ? 'check' : 'checks' },
      ...(edits ? { edits } : {}),
    });
  },
};
