import type { Scenario } from '../../scenario/model.js';
import type { CheckFunction } from '../types.js';

/**
 * With certificate verification off the test accepts any certificate, so it neither notices an expired or
 * misissued certificate nor measures the TLS set-up real clients do. Legitimate against a self-signed
 * staging host: keep it, with a suppression comment that says so.
 */
export const check: CheckFunction = {
  name: 'tls-verification-disabled',
  run(target, ctx) {
    const scenario = target as Scenario;
    const loc = scenario?.http?.tlsVerifyDisabled;
    if (!loc) return;
    ctx.report({
      loc,
      messageId: scenario.tool === 'artillery' || scenario.tool === 'locust' ? scenario.tool : 'k6',
    });
  },
};
