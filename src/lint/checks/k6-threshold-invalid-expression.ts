import { parseK6Duration } from '../../scenario/k6/duration.js';
import { thresholdEntries } from '../../scenario/k6/threshold-entries.js';
import { parseMetricKey, parseThresholdExpression } from '../../scenario/k6/threshold-expression.js';
import { getValue, isSourceValue } from '../../scenario/value.js';
import type { CheckFunction } from '../types.js';

/**
 * Validates `options.thresholds` against k6's own threshold parser (`metrics/thresholds_parser.go`): the
 * metric key with its tag filter, each expression's aggregation, operator and number, the array form, and
 * `delayAbortEval`. k6 refuses to start on any of these, so they are errors. Values built at run time are
 * skipped: we cannot tell.
 */
export const check: CheckFunction = {
  name: 'k6-threshold-invalid-expression',
  run(scenario, ctx) {
    if (!isSourceValue(scenario?.native)) return;
    for (const entry of thresholdEntries(scenario.native)) {
      const key = parseMetricKey(entry.key);
      if (!key.ok)
        ctx.report({ loc: entry.keyLoc, messageId: 'key', data: { key: entry.key, reason: key.error } });
      if (entry.value.kind === 'unknown') continue;
      if (entry.value.kind !== 'array') {
        ctx.report({ loc: entry.value.loc, messageId: 'notArray', data: { key: entry.key } });
        continue;
      }
      for (const item of entry.items) {
        if (item.item.kind === 'object') {
          const delay = getValue(item.item, 'delayAbortEval');
          if (delay?.kind === 'string' && parseK6Duration(delay.value) === undefined) {
            ctx.report({ loc: delay.loc, messageId: 'delay', data: { key: entry.key, delay: delay.value } });
          }
        }
        const expression = item.expression;
        if (!expression) {
          ctx.report({ loc: item.loc, messageId: 'missingThreshold', data: { key: entry.key } });
          continue;
        }
        if (expression.kind === 'unknown') continue;
        if (expression.kind !== 'string') {
          ctx.report({ loc: expression.loc, messageId: 'notString', data: { key: entry.key } });
          continue;
        }
        const parsed = parseThresholdExpression(expression.value);
        if (!parsed.ok) {
          ctx.report({
            loc: expression.loc,
            data: { key: entry.key, expression: expression.value, reason: parsed.error },
          });
        }
      }
    }
  },
};
