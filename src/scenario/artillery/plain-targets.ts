import type { Request } from '../model.js';
import { hasUnknownEntries, type SourceValue } from '../value.js';
import { entriesOf, getValue, stringOf } from './tree.js';

const PLAIN = /^(?:http|ws):\/\//i;

/**
 * Does every target of an Artillery script speak plain HTTP or WebSocket (`http://`, `ws://`), so that no TLS
 * is ever set up? `config.target`, every environment's own target, and every absolute request URL must be
 * literal and plain; a template, a missing target or an unreadable environment may be TLS.
 */
export function targetsArePlain(config: SourceValue | undefined, requests: readonly Request[]): boolean {
  const plain = (value: string | undefined) => value !== undefined && PLAIN.test(value.trim());
  const target = getValue(config, 'target');
  const environments = getValue(config, 'environments');
  if (environments !== undefined && (environments.kind !== 'object' || hasUnknownEntries(environments)))
    return false;
  for (const { value: env } of entriesOf(environments)) {
    if (env.kind !== 'object' || hasUnknownEntries(env)) return false;
    const own = getValue(env, 'target');
    if (!plain(stringOf(own ?? target))) return false;
  }
  // Without `-e` the run uses config.target; with no target at all only the environments count.
  if (target !== undefined ? !plain(stringOf(target)) : entriesOf(environments).length === 0) return false;
  return requests.every((r) => !/^[a-z][a-z0-9+.-]*:|^\{\{/i.test(r.url) || plain(r.url));
}
