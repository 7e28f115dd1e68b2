import type { Scenario } from '../../scenario/model.js';
import type { CheckFunction } from '../types.js';
import { inherited } from './locust-missing-wait-time.js';

/**
 * Locust refuses to start a user class without tasks ("No tasks defined on X. Use the @task decorator or set
 * the 'tasks' property of the User"). Reported for runnable user classes (not `abstract`, not a base of
 * another class of the file, no base from another module) with no `@task` method and an empty or missing
 * `tasks`, here or in an in-file base.
 */
export const check: CheckFunction = {
  name: 'locust-user-without-tasks',
  run(target, ctx) {
    const scenario = target as Scenario;
    const facts = scenario?.locust;
    if (!facts) return;
    const byName = new Map(facts.classes.map((c) => [c.name, c]));
    for (const c of facts.classes) {
      if (c.kind !== 'user' || c.abstract || c.subclassed || c.opaqueBase) continue;
      const hasTasks = inherited(
        c,
        byName,
        (k) =>
          k.taskMethods.length > 0 ||
          k.taskSet !== undefined ||
          (k.tasks !== undefined && k.tasks.count !== 0),
      );
      if (hasTasks) continue;
      ctx.report({ loc: c.tasks?.loc ?? c.nameLoc, data: { name: c.name } });
    }
  },
};
