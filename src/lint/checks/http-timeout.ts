import type { Location } from '../../scenario/location.js';
import { requestLabel } from '../request-label.js';
import type { CheckFunction } from '../types.js';

/**
 * A request timeout far above any response time users would wait for holds VUs on hung requests and hides
 * the failure; one far below normal latency turns ordinary responses into errors. Both usually come from a
 * unit slip: k6 reads a bare number as milliseconds, Artillery reads seconds.
 */
export const check: CheckFunction = {
  name: 'http-timeout',
  optionsSchema: { type: 'object', properties: { minSec: { type: 'number' }, maxSec: { type: 'number' } } },
  run(scenario, ctx) {
    if (!scenario?.http || !Array.isArray(scenario.requests)) return;
    const minSec = typeof ctx.options.minSec === 'number' ? ctx.options.minSec : 0.5;
    const maxSec = typeof ctx.options.maxSec === 'number' ? ctx.options.maxSec : 120;
    const tool = scenario.tool === 'artillery' ? 'artillery' : 'k6';
    const judge = (seconds: number, loc: Location, where: string) => {
      const data = { where, actual: format(seconds), min: format(minSec), max: format(maxSec) };
      if (seconds > maxSec) ctx.report({ loc, messageId: `${tool}High`, data });
      else if (seconds < minSec) ctx.report({ loc, messageId: `${tool}Low`, data });
    };
    const global = scenario.http.timeoutSec;
    if (global !== undefined && scenario.http.timeoutLoc)
      judge(global, scenario.http.timeoutLoc, 'The global request timeout');
    for (const r of scenario.requests) {
      if (r.timeoutSec !== undefined) judge(r.timeoutSec, r.loc, `The timeout of ${requestLabel(r)}`);
    }
  },
};

function format(seconds: number): string {
  if (seconds < 1) return `${Math.round(seconds * 1000 * 1000) / 1000} ms`;
  return `${Math.round(seconds * 1000) / 1000} s`;
}
