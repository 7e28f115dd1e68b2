import { metricNameOf } from '../../scenario/k6/metrics.js';
import { thresholdsEntry } from '../../scenario/k6/threshold-entries.js';
import type { CheckFunction } from '../types.js';

/**
 * A failed `check()` only counts in the `checks` metric; the run still exits 0 unless a threshold is set on
 * `checks` (k6 docs, Checks; grafana/k6#1526). Reported only when the script has thresholds we can read and
 * none is on `checks`: with no thresholds at all, `no-pass-fail-criteria` says it already. A threshold on a
 * custom Rate or Counter the script adds check() results to (`failures.add(!check(...))`, the pattern of
 * k6's own README) judges the checks just as well.
 */
export const check: CheckFunction = {
  name: 'k6-checks-without-thresholds',
  run(scenario, ctx) {
    // Only check() feeds the `checks` metric; an `if (res.status !== 200) fail()` is not counted there.
    const checks = Array.isArray(scenario?.checks) ? scenario.checks.filter((c) => c.kind === 'check') : [];
    if (checks.length === 0) return;
    if (scenario.criteria?.status !== 'present') return;
    const countsChecks = new Set(
      (scenario.metrics ?? []).filter((m) => m.countsChecks && m.name !== undefined).map((m) => m.name),
    );
    const judged = (metric: string) => metric === 'checks' || countsChecks.has(metric);
    if (scenario.criteria.items.some((c) => judged(metricNameOf(c.metric)))) return;
    const first = checks[0];
    if (!first) return;
    const loc = thresholdsEntry(scenario.native)?.keyLoc ?? scenario.criteria.anchor;
    ctx.report({ loc, data: { count: checks.length, line: first.loc.line } });
  },
};
