import type { ThinkTime } from '../model.js';
import type { LocustClass, LocustFacts } from './facts.js';

/** Locust < 1.0 bases: their default wait was one second, and `locust/deprecated-api` reports them. */
const OLD_BASES = /(?:^|\.)(?:HttpLocust|Locust|FastHttpLocust)$/;

/**
 * Facts about each class as Locust runs it, for rules stated as data: whether Locust would run it, and what
 * it has of its own or from the bases defined in the file (tasks, a wait time). A base from another module
 * is `opaqueBase`: what it gives cannot be seen, so rules leave such classes alone.
 */
export function addClassFacts(facts: LocustFacts, thinkTimes: readonly ThinkTime[]): void {
  const byName = new Map(facts.classes.map((c) => [c.name, c]));
  for (const c of facts.classes) {
    const w = c.waitTime;
    if (w?.args) {
      w.call = `${w.kind}(${w.args.join(', ')})`;
      w.callFromMilliseconds = `${w.kind}(${w.args.map((a) => String(a / 1000)).join(', ')})`;
    }
    c.runnable = c.kind === 'user' && !c.abstract && !c.subclassed && !c.opaqueBase;
    c.legacy = c.bases.some((b) => OLD_BASES.test(b));
    c.hasTasks = hasTasks(c);
    c.inheritsTasks = inherited(c, byName, (k) => hasTasks(k));
    c.tasksAt = c.tasks?.loc ?? c.nameLoc;
    c.inheritsWaitTime = inherited(c, byName, (k) => k.waitTime !== undefined || k.minWait !== undefined);
  }
  const first = facts.classes.find((c) => c.kind === 'user' && !c.abstract);
  for (const c of facts.classes) c.firstUser = c === first;
  facts.taskSetWaits = facts.classes.some((c) => c.kind === 'taskset' && c.waitTime !== undefined);
  // Pauses written in functions (a task function, a helper), not the wait time of a class.
  facts.pausesInFunctions = thinkTimes.some((t) => !byName.has(t.within ?? ''));
}

function hasTasks(c: LocustClass): boolean {
  return (
    c.taskMethods.length > 0 || (c.tasks !== undefined && c.tasks.count !== 0) || c.taskSet !== undefined
  );
}

/** Does the class, or a base of it defined in the file, have the property? */
function inherited(
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
