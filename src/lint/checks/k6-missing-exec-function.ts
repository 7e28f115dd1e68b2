import { getEntry, getValue, hasUnknownEntries, isSourceValue } from '../../scenario/value.js';
import type { CheckFunction } from '../types.js';

/**
 * k6 runs the exported default function, or for a scenario with `exec` the exported function of that name;
 * when it is not exported, k6 stops before the test starts. Silent when the file's exports cannot all be
 * listed (`export *`, CommonJS), when `scenarios` cannot be read, and for files that define no function and
 * send no request: shared option files that an entry script re-exports.
 */
export const check: CheckFunction = {
  name: 'k6-missing-exec-function',
  run(scenario, ctx) {
    if (!isSourceValue(scenario?.native) || scenario.module || !scenario.exportsOptions) return;
    const exports = scenario.exports;
    if (!exports?.complete || scenario.native.kind !== 'object' || hasUnknownEntries(scenario.native)) return;
    const names = new Map(exports.list.map((e) => [e.name, e]));
    const hasFunction = exports.list.some((e) => e.kind === 'function') || scenario.requests.length > 0;
    if (!hasFunction) return;
    const exported = (name: string) => {
      const e = names.get(name);
      return e !== undefined && e.kind !== 'value';
    };
    const available = exports.list
      .filter((e) => e.kind === 'function' && e.name !== 'options')
      .map((e) => e.name)
      .join(', ');
    const scenarios = getEntry(scenario.native, 'scenarios');
    if (!scenarios) {
      if (!exported('default'))
        ctx.report({ loc: scenario.loc, messageId: 'noDefault', data: { available: available || 'none' } });
      return;
    }
    if (scenarios.value.kind !== 'object' || hasUnknownEntries(scenarios.value)) return;
    for (const entry of scenarios.value.entries) {
      if (entry.key === '...' || entry.value.kind !== 'object' || hasUnknownEntries(entry.value)) continue;
      const exec = getEntry(entry.value, 'exec');
      if (!exec) {
        if (!exported('default'))
          ctx.report({
            loc: entry.keyLoc,
            messageId: 'scenarioNoDefault',
            data: { scenario: entry.key, available: available || 'none' },
          });
        continue;
      }
      const name = getValue(entry.value, 'exec');
      if (name?.kind !== 'string' || exported(name.value)) continue;
      ctx.report({
        loc: exec.value.loc,
        messageId: 'execNotExported',
        data: { scenario: entry.key, exec: name.value, available: available || 'none' },
      });
    }
  },
};
