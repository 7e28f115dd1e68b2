import { thresholdEntries } from '../../scenario/k6/threshold-entries.js';
import type { Scenario } from '../../scenario/model.js';
import { getEntry, getValue, isSourceValue } from '../../scenario/value.js';
import type { CheckFunction } from '../types.js';

/**
 * `abortOnFail` without `delayAbortEval` evaluates from the first second, when a handful of cold-start
 * samples decide the percentile (k6 docs, Thresholds, "Abort a test when a threshold is crossed").
 */
export const check: CheckFunction = {
  name: 'k6-abort-on-fail-without-delay',
  run(target, ctx) {
    const scenario = target as Scenario;
    if (!isSourceValue(scenario?.native)) return;
    for (const entry of thresholdEntries(scenario.native)) {
      for (const item of entry.items) {
        if (item.item.kind !== 'object') continue;
        const abort = getEntry(item.item, 'abortOnFail');
        if (abort?.value.kind !== 'boolean' || !abort.value.value) continue;
        if (getValue(item.item, 'delayAbortEval') || item.item.entries.some((e) => e.key === '...')) continue;
        const expression = item.expression?.kind === 'string' ? item.expression.value : '';
        ctx.report({ loc: abort.keyLoc, data: { key: entry.key, expression } });
      }
    }
  },
};
