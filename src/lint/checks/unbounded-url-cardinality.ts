import type { Scenario } from '../../scenario/model.js';
import type { CheckFunction } from '../types.js';

/**
 * Each distinct URL becomes its own time series: with an id in the path, k6's memory grows with every id
 * (grafana/k6#2762) and per-endpoint results and thresholds become unreadable. The adapters decide what is
 * bounded (constants, `__ENV`, Artillery's default URL grouping); a name tag groups the rest.
 */
export const check: CheckFunction = {
  name: 'unbounded-url-cardinality',
  run(target, ctx) {
    const scenario = target as Scenario;
    if (!Array.isArray(scenario?.requests)) return;
    for (const r of scenario.requests) {
      if (!r.dynamicUrl || r.boundedUrl || r.name !== undefined) continue;
      ctx.report({
        loc: r.loc,
        messageId: scenario.tool === 'artillery' ? 'artillery' : 'k6',
        data: { method: r.method, url: r.url },
      });
    }
  },
};
