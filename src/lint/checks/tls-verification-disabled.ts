import { entriesOf, getValue, stringOf } from '../../scenario/artillery/tree.js';
import type { Scenario } from '../../scenario/model.js';
import { hasUnknownEntries } from '../../scenario/value.js';
import type { CheckFunction } from '../types.js';

const PLAIN = /^(?:http|ws):\/\//i;

/**
 * Does every Artillery target speak plain HTTP or WebSocket (`http://`, `ws://`), so that no TLS is set up
 * for the setting to loosen? `config.target`, every environment's own target, and every absolute request
 * URL must be literal and plain; a template, a missing target or an unreadable environment may be TLS.
 */
function artilleryPlainOnly(scenario: Scenario): boolean {
  const config = getValue(scenario.native, 'config');
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
  return scenario.requests.every((r) => !/^[a-z][a-z0-9+.-]*:|^\{\{/i.test(r.url) || plain(r.url));
}

/**
 * With certificate verification off the test accepts any certificate, so it neither notices an expired or
 * misissued certificate nor measures the TLS set-up real clients do. Legitimate against a self-signed
 * staging host: keep it, with a suppression comment that says so. An Artillery file whose targets are all
 * `http://` or `ws://` sets up no TLS, so the setting does nothing there.
 */
export const check: CheckFunction = {
  name: 'tls-verification-disabled',
  run(target, ctx) {
    const scenario = target as Scenario;
    const loc = scenario?.http?.tlsVerifyDisabled;
    if (!loc) return;
    if (scenario.tool === 'artillery' && artilleryPlainOnly(scenario)) return;
    ctx.report({ loc, messageId: scenario.tool === 'artillery' ? 'artillery' : 'k6' });
  },
};
