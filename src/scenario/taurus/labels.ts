import type { Criterion } from '../model.js';
import { getValue, type SourceValue } from '../value.js';
import { isTemplate } from './templates.js';

/** Keys of the requests DSL whose value lists more steps. */
const NESTED = ['do', 'then', 'else', 'requests'];

/**
 * The sample labels the scenarios' requests report under, as Taurus names them: a request's `label`, else
 * its URL as written; a `transaction` block's name. Undefined when a label is only known at run time (a
 * `${...}` in it) or the list cannot be read, since then any criterion label may match.
 */
export function requestLabels(scenarios: readonly SourceValue[]): Set<string> | undefined {
  const labels = new Set<string>();
  let known = true;
  const add = (value: SourceValue | undefined): void => {
    if (value?.kind !== 'string' && value?.kind !== 'number') return;
    const text = String(value.value);
    if (isTemplate(text)) known = false;
    labels.add(text);
  };
  const steps = (list: SourceValue | undefined, depth: number): void => {
    if (list === undefined || list.kind === 'null') return;
    if (list.kind !== 'array' || depth > 50) {
      known = false;
      return;
    }
    for (const item of list.items) {
      if (item.kind === 'string') add(item);
      if (item.kind !== 'object') continue;
      add(getValue(item, 'label') ?? getValue(item, 'url'));
      add(getValue(item, 'transaction'));
      for (const key of NESTED) steps(getValue(item, key), depth + 1);
    }
  };
  for (const scenario of scenarios) steps(getValue(scenario, 'requests'), 0);
  return known ? labels : undefined;
}

/** The label a Taurus criterion is about (`avg-rt of Login>1s`), undefined for the overall figures. */
export function criterionLabel(criterion: Criterion): string | undefined {
  const at = criterion.metric.indexOf(' of ');
  const label = at >= 0 ? criterion.metric.slice(at + 4).trim() : '';
  return label === '' ? undefined : label;
}
