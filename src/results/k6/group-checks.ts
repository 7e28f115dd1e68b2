import { finite, isObject } from '../json.js';

/**
 * Sums check passes and fails over a k6 `root_group` tree. handleSummary data holds `groups` and `checks` as
 * arrays, the summary export as objects keyed by name (result-formats.md §2.3); both are walked. Used only
 * when the `checks` metric is missing.
 */
export function sumGroupChecks(rootGroup: unknown): { passes: number; fails: number } | undefined {
  let passes = 0;
  let fails = 0;
  let seen = false;
  const pending: unknown[] = [rootGroup];
  // Bounded so a hostile, deeply self-similar tree cannot keep the reader busy.
  for (let visited = 0; pending.length > 0 && visited < 100_000; visited++) {
    const group = pending.pop();
    if (!isObject(group)) continue;
    for (const check of members(group.checks)) {
      if (!isObject(check)) continue;
      const p = finite(check.passes);
      const f = finite(check.fails);
      if (p === undefined || f === undefined) continue;
      passes += p;
      fails += f;
      seen = true;
    }
    pending.push(...members(group.groups));
  }
  return seen ? { passes, fails } : undefined;
}

function members(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (isObject(value)) return Object.values(value);
  return [];
}
