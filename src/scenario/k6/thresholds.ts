import type { Location } from '../location.js';
import type { CriteriaSet, Criterion } from '../model.js';
import { getEntry, getValue, hasUnknownEntries, type SourceValue } from '../value.js';
import { concernOf, type MetricType } from './metrics.js';
import { parseThresholdExpression } from './threshold-expression.js';

function criterion(metric: string, expression: SourceValue, type: MetricType | undefined): Criterion {
  const text =
    expression.kind === 'string'
      ? expression.value
      : expression.kind === 'unknown'
        ? (expression.text ?? '')
        : '';
  const c: Criterion = {
    metric,
    expression: text,
    concerns: concernOf(metric, type),
    strict: true,
    loc: expression.loc,
  };
  if (expression.kind === 'string') {
    const parsed = parseThresholdExpression(expression.value);
    if (parsed.ok) {
      c.aggregation = parsed.value.aggregation;
      c.operator = parsed.value.operator;
      c.value = parsed.value.value;
    }
  }
  return c;
}

/**
 * Criteria from `options.thresholds`: one per expression, in both forms k6 accepts (`'p(95)<500'` and
 * `{ threshold, abortOnFail, delayAbortEval }`). Status is `unknown` whenever keys could be hidden from us
 * (options or thresholds not readable, or an unresolved spread), so "no criteria" is only said when provable.
 */
export function readCriteria(
  options: SourceValue,
  anchor: Location,
  customTypes: ReadonlyMap<string, MetricType>,
): CriteriaSet {
  const items: Criterion[] = [];
  let unresolved = options.kind !== 'object' || hasUnknownEntries(options);
  const thresholds = getEntry(options, 'thresholds');
  if (thresholds) {
    const value = thresholds.value;
    if (value.kind !== 'object') unresolved = true;
    else {
      if (hasUnknownEntries(value)) unresolved = true;
      for (const entry of value.entries) {
        if (entry.key === '...') continue;
        const type = customTypes.get(entry.key.split('{')[0]?.trim() ?? entry.key);
        const list = entry.value;
        const expressions = list.kind === 'array' ? list.items : [list];
        for (const item of expressions) {
          if (item.kind === 'object') {
            const threshold = getValue(item, 'threshold');
            if (!threshold) continue;
            const c = criterion(entry.key, threshold, type);
            const abort = getValue(item, 'abortOnFail');
            if (abort?.kind === 'boolean') c.abortOnFail = abort.value;
            items.push(c);
          } else if (item.kind === 'string' || item.kind === 'unknown') {
            items.push(criterion(entry.key, item, type));
          }
        }
      }
    }
  }
  const status = items.length > 0 ? 'present' : unresolved ? 'unknown' : 'absent';
  return { status, items, anchor };
}
