import { locOf, named, numberValue, stringValue, type PyNode } from '../python/syntax.js';
import type { ClassNode } from './classes.js';
import type { LocustShape, LocustShapeStage } from './facts.js';
import type { LocustNodes } from './nodes.js';

/**
 * `LoadTestShape` classes with a literal `stages` list of `{"duration", "users", "spawn_rate"}` mappings, the
 * pattern of Locust's own example: `tick()` returns the first stage whose `duration` the run time has not
 * reached, so durations are ends measured from the start. A tick() that subtracts (`run_time -= ...`) reads
 * them as lengths; any other stages, or none, leave the shape unknown.
 */
export function readShapes(classes: readonly ClassNode[], nodes: LocustNodes, file: string): LocustShape[] {
  const out: LocustShape[] = [];
  for (const { node, facts } of classes) {
    if (facts.kind !== 'shape') continue;
    const stagesNode = classAttribute(node, 'stages');
    const tick = nodes
      .inside(node, 'function_definition')
      .find((f) => f.childForFieldName('name')?.text === 'tick');
    const relative = /run_time\s*-=/.test(tick?.text ?? '');
    const stages: LocustShapeStage[] = [];
    let literal = stagesNode?.type === 'list' && tick !== undefined;
    let elapsed = 0;
    for (const item of stagesNode?.type === 'list' ? named(stagesNode) : []) {
      if (item.type === 'comment') continue;
      if (item.type !== 'dictionary') {
        literal = false;
        continue;
      }
      const values = new Map<string, number | undefined>();
      for (const pair of named(item)) {
        const key = stringValue(pair.childForFieldName('key'));
        if (key) values.set(key, numberValue(pair.childForFieldName('value')));
      }
      const duration = values.get('duration');
      if (duration === undefined || values.get('users') === undefined) literal = false;
      const endSec = duration === undefined ? undefined : relative ? (elapsed += duration) : duration;
      stages.push({
        endSec,
        users: values.get('users'),
        spawnRate: values.get('spawn_rate'),
        loc: locOf(item, file),
      });
    }
    out.push({ name: facts.name, stages, literal: literal && stages.length > 0, loc: facts.nameLoc });
  }
  return out;
}

function classAttribute(classNode: PyNode, name: string): PyNode | undefined {
  const body = classNode.childForFieldName('body');
  for (const statement of body ? named(body) : []) {
    const assignment = named(statement)[0];
    if (assignment?.type === 'assignment' && assignment.childForFieldName('left')?.text === name)
      return assignment.childForFieldName('right') ?? undefined;
  }
  return undefined;
}
