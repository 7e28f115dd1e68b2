import { AGGREGATIONS_BY_TYPE, aggregationAllowed, type MetricType } from '../../scenario/k6/metrics.js';
import { thresholdEntries } from '../../scenario/k6/threshold-entries.js';
import { parseMetricKey, parseThresholdExpression } from '../../scenario/k6/threshold-expression.js';
import { isSourceValue } from '../../scenario/value.js';
import type { CheckFunction } from '../types.js';
import { metricTypes } from '../../scenario/k6/known-metrics.js';

const TYPE_NAMES: Record<MetricType, string> = {
  counter: 'Counter',
  gauge: 'Gauge',
  rate: 'Rate',
  trend: 'Trend',
};

/**
 * k6 (since v0.38) refuses to start when a threshold aggregates a metric with a method its type does not
 * have (`Thresholds.Validate`): `p(95)` on the Rate `http_req_failed`, `rate` on the Trend
 * `http_req_duration`. Built-in types are known; custom ones come from `new Trend('name')` and friends.
 */
export const check: CheckFunction = {
  name: 'k6-threshold-aggregation-mismatch',
  run(scenario, ctx) {
    if (!isSourceValue(scenario?.native)) return;
    const types = metricTypes(scenario);
    for (const entry of thresholdEntries(scenario.native)) {
      const key = parseMetricKey(entry.key);
      if (!key.ok) continue;
      const type = types.get(key.value.name);
      if (!type) continue;
      for (const item of entry.items) {
        if (item.expression?.kind !== 'string') continue;
        const parsed = parseThresholdExpression(item.expression.value);
        if (!parsed.ok || aggregationAllowed(type, parsed.value.method)) continue;
        ctx.report({
          loc: item.expression.loc,
          data: {
            metric: key.value.name,
            aggregation: parsed.value.aggregation,
            type: TYPE_NAMES[type],
            allowed: AGGREGATIONS_BY_TYPE[type].join(', '),
            example: exampleFor(type, parsed.value.operator, parsed.value.value),
          },
        });
      }
    }
  },
};

function exampleFor(type: MetricType, operator: string, value: number): string {
  const method = { counter: 'rate', gauge: 'value', rate: 'rate', trend: 'p(95)' }[type];
  return `${method}${operator}${value}`;
}
