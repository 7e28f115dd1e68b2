import type { Workload } from '../../scenario/model.js';
import { getEntry, hasUnknownEntries } from '../../scenario/value.js';
import type { CheckFunction } from '../types.js';

/**
 * Every response body is kept in memory by default; at hundreds of VUs that is most of k6's memory (k6 docs,
 * Running large tests, "Save memory with discardResponseBodies"). Reported on the largest workload when
 * `discardResponseBodies` is not set and could not be set by a spread we cannot read.
 */
export const check: CheckFunction = {
  name: 'k6-discard-response-bodies',
  optionsSchema: {
    type: 'object',
    properties: { minVUs: { type: 'number' }, minRatePerSec: { type: 'number' } },
  },
  run(scenario, ctx) {
    if (
      !Array.isArray(scenario?.workloads) ||
      !Array.isArray(scenario.requests) ||
      scenario.requests.length === 0
    )
      return;
    if (scenario.http?.discardResponseBodies === true) return;
    const entry = getEntry(scenario.native, 'discardResponseBodies');
    if (entry?.value.kind === 'unknown' || (!entry && hasUnknownEntries(scenario.native))) return;
    const minVUs = typeof ctx.options.minVUs === 'number' ? ctx.options.minVUs : 500;
    const minRate = typeof ctx.options.minRatePerSec === 'number' ? ctx.options.minRatePerSec : 500;
    let largest: { workload: Workload; load: string } | undefined;
    let score = 0;
    for (const w of scenario.workloads) {
      const vus = w.model === 'closed' ? (w.maxVUs ?? 0) : 0;
      const rate = w.model === 'open' ? (w.maxRatePerSec ?? 0) : 0;
      const s = Math.max(vus / minVUs, rate / minRate);
      if (s >= 1 && s > score) {
        score = s;
        largest = { workload: w, load: vus >= minVUs ? `${vus} VUs` : `${rate} iterations/s` };
      }
    }
    if (!largest) return;
    ctx.report({ loc: largest.workload.loc, data: { name: largest.workload.name, load: largest.load } });
  },
};
