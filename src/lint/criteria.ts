import { configIsLocal } from '../scenario/artillery/config.js';
import type { Criterion, Scenario } from '../scenario/model.js';
import { getValue, hasUnknownEntries } from '../scenario/value.js';

/**
 * Can the criteria the adapter read be the whole set? Rules that say "no criterion is about errors" must
 * not fire when a spread (`...sharedThresholds`) or a config merged with `--config` may add the missing one.
 */
export function criteriaComplete(scenario: Scenario): boolean {
  if (scenario.criteria?.status !== 'present') return false;
  if (scenario.tool === 'k6') {
    const options = scenario.native;
    if (options?.kind !== 'object' || hasUnknownEntries(options)) return false;
    const thresholds = getValue(options, 'thresholds');
    return thresholds?.kind === 'object' && !hasUnknownEntries(thresholds);
  }
  if (scenario.tool === 'artillery') return configIsLocal(scenario.native);
  // A Taurus fragment or a config with included-configs is merged with criteria this file does not show.
  if (scenario.tool === 'taurus') return !scenario.taurus?.fragment && !scenario.taurus?.includesConfigs;
  return true;
}

/** Aggregations that describe the middle or the best of a distribution, never its tail. */
const CENTRAL = new Set(['avg', 'mean', 'med', 'median', 'min', 'p50', 'p(50)']);

export function isCentralAggregation(criterion: Criterion): boolean {
  return criterion.aggregation !== undefined && CENTRAL.has(criterion.aggregation.replace(/\s+/g, ''));
}
