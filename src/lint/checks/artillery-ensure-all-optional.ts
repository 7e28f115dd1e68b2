import { effectiveEnsureEntry } from '../../scenario/artillery/ensure.js';
import { isSourceValue } from '../../scenario/value.js';
import type { CheckFunction } from '../types.js';

/**
 * artillery-plugin-ensure sets the exit code only for strict checks (`if (check.strict) suggestedExitCode = 1`):
 * when every check is a condition with `strict: false`, a failing run still exits 0.
 */
export const check: CheckFunction = {
  name: 'artillery-ensure-all-optional',
  run(scenario, ctx) {
    const items = scenario?.criteria?.items ?? [];
    if (items.length === 0 || items.some((c) => c.strict)) return;
    const ensure = isSourceValue(scenario.native) ? effectiveEnsureEntry(scenario.native) : undefined;
    ctx.report({ loc: ensure?.keyLoc ?? scenario.criteria.anchor, data: { count: items.length } });
  },
};
