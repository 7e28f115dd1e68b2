import { BUILTIN_METRICS } from '../../scenario/k6/metrics.js';
import { metricTypes, modulePrefixes, unlistedMetricsReason } from '../../scenario/k6/known-metrics.js';
import { thresholdEntries } from '../../scenario/k6/threshold-entries.js';
import { isValidMetricName, parseMetricKey } from '../../scenario/k6/threshold-expression.js';
import { isSourceValue } from '../../scenario/value.js';
import { closest } from '../../util/closest.js';
import type { CheckFunction } from '../types.js';

/**
 * k6 (since v0.38) refuses to start on a threshold for a metric nobody registers ("no metric name ... found");
 * older versions ignored it, so the criterion never failed. A name k6 could never register (spaces, dots)
 * is always reported; otherwise we stay silent when the script imports something that may register
 * metrics we cannot list (extensions, remote modules, files we could not read).
 */
export const check: CheckFunction = {
  name: 'k6-threshold-unknown-metric',
  run(scenario, ctx) {
    if (!isSourceValue(scenario?.native)) return;
    const types = metricTypes(scenario);
    const prefixes = modulePrefixes(scenario);
    const unlisted = unlistedMetricsReason(scenario);
    const known = [...types.keys()];
    const checkNames = new Set((scenario.checks ?? []).flatMap((c) => c.names ?? []));
    for (const entry of thresholdEntries(scenario.native)) {
      const key = parseMetricKey(entry.key);
      if (!key.ok) continue;
      const name = key.value.name;
      if (types.has(name) || prefixes.some((p) => name.startsWith(p))) continue;
      // A check's name is a value of the `checks` metric's `check` tag, not a metric of its own.
      if (checkNames.has(name)) {
        ctx.report({ loc: entry.keyLoc, messageId: 'checkName', data: { metric: name } });
        continue;
      }
      const suggestion = closest(name, known) ?? closest(name, [...BUILTIN_METRICS.keys()]);
      if (!isValidMetricName(name)) {
        ctx.report({
          loc: entry.keyLoc,
          messageId: 'invalidName',
          data: { metric: name, suggestion: suggestion ?? 'http_req_duration' },
        });
        continue;
      }
      if (unlisted !== undefined) continue;
      ctx.report({
        loc: entry.keyLoc,
        messageId: suggestion ? 'default' : 'noSuggestion',
        data: { metric: name, suggestion: suggestion ?? '' },
      });
    }
  },
};
