import type { SourceValue } from '../value.js';
import { configIsLocal } from './config.js';
import { entriesOf, getValue } from './tree.js';

/**
 * Is a processor module configured? `present` when `config.processor` (or an environment's) is set,
 * `absent` when this file holds the whole config and sets none, `unknown` when the config may come from
 * another file (`--config`), where a processor could be set.
 */
export function processorConfigured(document: SourceValue | undefined): 'present' | 'absent' | 'unknown' {
  const config = getValue(document, 'config');
  const scopes = [config, ...entriesOf(getValue(config, 'environments')).map((e) => e.value)];
  if (scopes.some((s) => getValue(s, 'processor') !== undefined)) return 'present';
  return configIsLocal(document) ? 'absent' : 'unknown';
}
