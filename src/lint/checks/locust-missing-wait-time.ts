import type { LocustClass } from '../../scenario/locust/facts.js';
import type { Scenario } from '../../scenario/model.js';
import type { CheckFunction } from '../types.js';

const OLD_BASES = /(?:^|\.)(?:HttpLocust|Locust|FastHttpLocust)$/;

/**
 * Without `wait_time` a Locust user starts its next task the moment the last one ends, so each user sends
 * requests back to back and the load is set by the server's latency, not by the test. Reported on runnable
 * user classes whose tasks pause nowhere: no `wait_time` on the class, its in-file bases or the file's task
 * sets, and no `time.sleep`/`gevent.sleep`/`self.wait()` in the file's functions. Classes with a base from
 * another module may inherit a wait time and are left alone, as are Locust < 1.0 classes (their default
 * wait was one second; `locust/deprecated-api` reports them).
 */
export const check: CheckFunction = {
  name: 'locust-missing-wait-time',
  run(target, ctx) {
    const scenario = target as Scenario;
    const facts = scenario?.locust;
    if (!facts) return;
    const byName = new Map(facts.classes.map((c) => [c.name, c]));
    if (facts.classes.some((c) => c.kind === 'taskset' && c.waitTime)) return;
    const pausesInTasks = scenario.thinkTimes.some((t) => !byName.has(t.within ?? ''));
    if (pausesInTasks) return;
    for (const c of facts.classes) {
      if (c.kind !== 'user' || c.abstract || c.subclassed || c.opaqueBase) continue;
      if (c.bases.some((b) => OLD_BASES.test(b))) continue;
      if (!hasTasks(c)) continue;
      if (inherited(c, byName, (k) => k.waitTime !== undefined || k.minWait !== undefined)) continue;
      ctx.report({ loc: c.nameLoc, data: { name: c.name } });
    }
  },
};

function hasTasks(c: LocustClass): boolean {
  return (
    c.taskMethods.length > 0 || (c.tasks !== undefined && c.tasks.count !== 0) || c.taskSet !== undefined
  );
}

/** Does the class, or a base of it defined in the file, have the property? */
export function inherited(
  c: LocustClass,
  byName: ReadonlyMap<string, LocustClass>,
  has: (k: LocustClass) => boolean,
  seen = new Set<string>(),
): boolean {
  if (has(c)) return true;
  seen.add(c.name);
  return c.bases.some((b) => {
    const parent = byName.get(b);
    return parent !== undefined && !seen.has(b) && inherited(parent, byName, has, seen);
  });
}
