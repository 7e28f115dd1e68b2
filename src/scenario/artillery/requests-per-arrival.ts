import type { SourceValue } from '../value.js';
import { HTTP_METHODS } from './flows.js';
import { entriesOf, getValue, itemsOf, stringOf } from './tree.js';

const METHODS = new Set<string>(HTTP_METHODS);
/** Steps that send nothing. */
const QUIET = new Set(['think', 'log', 'function']);

/**
 * HTTP requests one arrival sends, when the script says it exactly: every scenario runs the default HTTP
 * engine and sends the same number of requests, with no `loop`, no conditional step (`ifTrue`) and no step
 * whose effect is unknown. Redirects followed are not counted. Undefined otherwise.
 */
export function requestsPerArrival(document: SourceValue): number | undefined {
  const scenarios = itemsOf(getValue(document, 'scenarios'));
  if (scenarios.length === 0) return undefined;
  const counts = new Set<number | undefined>();
  for (const scenario of scenarios) {
    const engine = stringOf(getValue(scenario, 'engine'));
    if (engine !== undefined && engine !== 'http') return undefined;
    counts.add(countSteps(getValue(scenario, 'flow')));
  }
  const [only] = counts;
  return counts.size === 1 ? only : undefined;
}

function countSteps(flow: SourceValue | undefined): number | undefined {
  if (flow?.kind !== 'array') return undefined;
  let total = 0;
  for (const step of itemsOf(flow)) {
    const entries = entriesOf(step);
    if (step.kind !== 'object' || entries.length !== 1) return undefined;
    const [{ key, value }] = entries as [(typeof entries)[number]];
    if (METHODS.has(key)) {
      if (getValue(value, 'ifTrue') !== undefined) return undefined;
      total += 1;
    } else if (key === 'parallel') {
      const nested = countSteps(value);
      if (nested === undefined) return undefined;
      total += nested;
    } else if (!QUIET.has(key)) return undefined;
  }
  return total;
}
