import { entriesOf, getEntry, getValue } from '../../scenario/artillery/tree.js';
import { isSourceValue, type SourceValue } from '../../scenario/value.js';
import type { CheckFunction } from '../types.js';

/**
 * The runner exposes a `loadAll` payload only under its `name` (runner.ts `datafileVariables`); without one it
 * prints "loadAll is set to true but no name is provided" and the data is nowhere.
 */
export const check: CheckFunction = {
  name: 'artillery-payload-loadall-without-name',
  run(scenario, ctx) {
    if (!isSourceValue(scenario?.native)) return;
    const config = getValue(scenario.native, 'config');
    const scopes = [config, ...entriesOf(getValue(config, 'environments')).map((e) => e.value)];
    for (const scope of scopes) {
      for (const payload of payloadsOf(getValue(scope, 'payload'))) {
        const loadAll = getEntry(payload, 'loadAll');
        if (!loadAll || !truthy(loadAll.value) || getEntry(payload, 'name')) continue;
        const path = getValue(payload, 'path');
        ctx.report({
          loc: loadAll.keyLoc,
          data: { payload: path?.kind === 'string' ? `"${path.value}"` : 'without a path' },
        });
      }
    }
  },
};

/** `payload` is a list of files, or one file written as a mapping. */
function payloadsOf(payload: SourceValue | undefined): SourceValue[] {
  if (payload?.kind === 'array') return payload.items.filter((p) => p.kind === 'object');
  return payload?.kind === 'object' ? [payload] : [];
}

function truthy(value: SourceValue): boolean {
  switch (value.kind) {
    case 'boolean':
      return value.value;
    case 'string':
      return value.value !== '';
    case 'number':
      return value.value !== 0;
    case 'null':
      return false;
    default:
      return true;
  }
}
