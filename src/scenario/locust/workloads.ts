import type { Stage, Workload } from '../model.js';
import type { LocustClass, LocustShape } from './facts.js';

/**
 * Locust is a closed model: users loop over their tasks. How many users and how fast they start are
 * command-line or `locust.conf` settings (`-u`, `-r`), unknown here, unless a `LoadTestShape` sets them:
 * then each stage ramps from the previous user count at its spawn rate and holds until its end.
 */
export function readWorkloads(shapes: readonly LocustShape[], classes: readonly LocustClass[]): Workload[] {
  if (shapes.length > 0) return shapes.map(shapeWorkload);
  return classes
    .filter((c) => c.kind === 'user' && !c.abstract && !c.subclassed)
    .map((c) => ({
      name: c.name,
      executor: 'locust-user',
      model: 'closed' as const,
      stages: [],
      partiallyUnknown: true,
      loc: c.nameLoc,
    }));
}

function shapeWorkload(shape: LocustShape): Workload {
  const stages: Stage[] = [];
  let users = 0;
  let time = 0;
  let known = shape.literal;
  for (const s of shape.stages) {
    if (s.users === undefined || s.endSec === undefined) {
      known = false;
      break;
    }
    const length = Math.max(0, s.endSec - time);
    const rate = s.spawnRate && s.spawnRate > 0 ? s.spawnRate : undefined;
    const ramp = rate ? Math.min(length, Math.abs(s.users - users) / rate) : undefined;
    if (s.users !== users) stages.push({ from: users, to: s.users, durationSec: ramp, loc: s.loc });
    const hold = ramp === undefined ? undefined : length - ramp;
    if (hold === undefined || hold > 0)
      stages.push({ from: s.users, to: s.users, durationSec: hold, loc: s.loc });
    users = s.users;
    time = s.endSec;
  }
  const peak = shape.stages.reduce((m, s) => Math.max(m, s.users ?? 0), 0);
  return {
    name: shape.name,
    executor: 'locust-shape',
    model: 'closed',
    stages: known ? stages : [],
    durationSec: known ? time : undefined,
    maxVUs: known ? peak : undefined,
    partiallyUnknown: !known,
    loc: shape.loc,
  };
}
