import { configIsLocal } from '../../scenario/artillery/config.js';
import { isSourceValue } from '../../scenario/value.js';
import { enablePluginEdits } from '../fixes/enable-plugin.js';
import type { CheckFunction } from '../types.js';

/**
 * `config.ensure` is read by artillery-plugin-ensure, and Artillery 2 loads a plugin only when `config.plugins`
 * names it: without `plugins: { ensure: {} }` the checks never run and the run exits 0 whatever they say.
 * Reported on the `ensure` key, with the edit that loads the plugin. A file whose config may come from another
 * file (`--config`) is left alone.
 */
export const check: CheckFunction = {
  name: 'artillery-ensure-plugin-not-loaded',
  run(scenario, ctx) {
    const at = scenario?.artillery?.ensureNotLoaded;
    if (!at || !isSourceValue(scenario.native) || !configIsLocal(scenario.native)) return;
    const edits = enablePluginEdits(scenario, ctx.source, 'ensure');
    ctx.report({ loc: at, ...(edits ? { edits } : {}) });
  },
};
