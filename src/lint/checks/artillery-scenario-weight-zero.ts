import { isTemplate } from '../../scenario/artillery/templates.js';
import { getEntry, itemsOf, stringOf, getValue } from '../../scenario/artillery/tree.js';
import { isSourceValue, type ObjectEntry } from '../../scenario/value.js';
import type { CheckFunction } from '../types.js';

/** Artillery's reading of `weight`: undefined is 1, anything else `parseInt` (NaN becomes 0). */
function weightOf(entry: ObjectEntry | undefined): number | undefined {
  if (!entry) return 1;
  const v = entry.value;
  if (v.kind === 'number') return Math.trunc(v.value);
  if (v.kind === 'string') {
    if (isTemplate(v.value)) return undefined;
    const n = Number.parseInt(v.value, 10);
    return Number.isNaN(n) ? 0 : n;
  }
  if (v.kind === 'null' || v.kind === 'boolean') return 0;
  return undefined;
}

/**
 * Artillery picks each new virtual user's scenario in proportion to `weight`; a weight of 0 (or one that
 * does not parse as a whole number) is never picked, so that scenario's requests are never sent. When every
 * weight is 0 there is nothing to pick and the run fails as the first user arrives.
 */
export const check: CheckFunction = {
  name: 'artillery-scenario-weight-zero',
  run(scenario, ctx) {
    if (!isSourceValue(scenario?.native)) return;
    const scenarios = itemsOf(getValue(scenario.native, 'scenarios'));
    const weights = scenarios.map((s) => ({ s, entry: getEntry(s, 'weight') }));
    const values = weights.map((w) => weightOf(w.entry));
    if (values.some((v) => v === undefined)) return;
    const allZero = values.every((v) => (v ?? 1) <= 0);
    weights.forEach(({ s, entry }, i) => {
      if ((values[i] ?? 1) > 0 || !entry) return;
      const name = stringOf(getValue(s, 'name'));
      ctx.report({
        loc: entry.keyLoc,
        messageId: allZero ? 'allZero' : 'default',
        data: { scenario: name ? `"${name}"` : `scenarios[${i}]`, value: describeWeight(entry) },
      });
    });
  },
};

function describeWeight(entry: ObjectEntry): string {
  const v = entry.value;
  return v.kind === 'string' ? `"${v.value}"` : v.kind === 'number' ? String(v.value) : v.kind;
}
