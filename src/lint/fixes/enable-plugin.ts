import { getEntry, getValue } from '../../scenario/artillery/tree.js';
import type { Scenario } from '../../scenario/model.js';
import { appendEntries } from './insert-entry.js';
import type { CheckContext, TextEdit } from '../types.js';

/**
 * The edit that loads an Artillery plugin with its defaults: `plugin: {}` under `config.plugins`, or a new
 * `plugins` mapping in `config` when there is none. Artillery 2 loads a plugin only when `config.plugins`
 * names it, whatever else in the file configures it.
 */
export function enablePluginEdits(
  scenario: Scenario,
  source: CheckContext['source'],
  plugin: string,
): TextEdit[] | undefined {
  const config = getValue(scenario.native, 'config');
  const plugins = getEntry(config, 'plugins');
  if (!plugins) return appendEntries(config, scenario.file, source, 'yaml', [['plugins', { [plugin]: {} }]]);
  return appendEntries(plugins.value, scenario.file, source, 'yaml', [[plugin, {}]]);
}
