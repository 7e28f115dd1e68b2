import type { Scenario } from '../../scenario/model.js';
import type { CheckFunction } from '../types.js';

/**
 * Locust exits 1 when any request failed (`--exit-code-on-error`), so errors already fail a CI run; nothing
 * fails it when responses get slow. A latency limit is code: a listener that compares
 * `environment.stats.total` and sets `environment.process_exit_code`, or locust-plugins' `--check-*`
 * options. Reported once per runnable locustfile with neither; a part of a test (no user class) and files
 * importing locust_plugins are left alone.
 */
export const check: CheckFunction = {
  name: 'locust-no-latency-criteria',
  run(target, ctx) {
    const scenario = target as Scenario;
    const facts = scenario?.locust;
    if (!facts || scenario.module || facts.usesPlugins) return;
    if (scenario.criteria.items.some((c) => c.concerns === 'latency')) return;
    const user = facts.classes.find((c) => c.kind === 'user' && !c.abstract);
    if (!user) return;
    const file = scenario.file.replace(/\\/g, '/').split('/').pop() ?? scenario.file;
    ctx.report({
      loc: user.nameLoc,
      messageId: facts.exitCodeSetters.length > 0 ? 'noLatency' : 'default',
      data: { file },
    });
  },
};
