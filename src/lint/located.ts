import type { Location } from '../scenario/location.js';
import { getEntry, hasUnknownEntries, isSourceValue, type SourceValue } from '../scenario/value.js';

/**
 * A value selected from a Scenario with the place it is written. On the typed model a field's place is its
 * own `loc`, a sibling `<field>Loc` (`http.timeoutLoc`), a field that is itself a Location
 * (`http.tlsVerifyDisabled`), or else its owner's; in the native tree every node has its own, and an entry
 * also the place of its key.
 */
export interface Located {
  value: unknown;
  /** The concrete path from the scenario: `requests[3].timeoutSec`, `native.scenarios.browse`. */
  path: string;
  loc: Location;
  /** Where the key naming the value is written (native tree entries only). */
  keyLoc?: Location;
  /** The nearest mapping key on the path: `browse` for `native.scenarios.browse`, `thresholds` for `native.thresholds[0]`. */
  key?: string;
  /** The value is missing, but the object it would be in hides keys we cannot see (`...spread`): cannot tell. */
  hidden?: boolean;
}

export function isLocation(x: unknown): x is Location {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as Location).file === 'string' &&
    typeof (x as Location).line === 'number' &&
    typeof (x as Location).column === 'number' &&
    !('kind' in x)
  );
}

interface Step {
  key: string;
  /** How many `[*]` follow the key: `thresholds[*][*]` visits every item of every threshold list. */
  each: number;
}

const STEP = /\.?([A-Za-z_$][\w$-]*)|\['([^'\]]+)'\]|(\[\*\])/y;

/** Rules name a few dozen paths, selected in every file: each is parsed once. */
const parsedPaths = new Map<string, readonly Step[]>();

export function parsePath(path: string): readonly Step[] {
  const cached = parsedPaths.get(path);
  if (cached) return cached;
  const steps = parseSteps(path);
  // Repository rules add paths at run time; the cache must not grow without bound with them.
  if (parsedPaths.size < 10_000) parsedPaths.set(path, steps);
  return steps;
}

/**
 * `a.b[*]`, and `['...']` for a key that is no identifier: JMeter property names have dots in them
 * (`props['ThreadGroup.main_controller']['LoopController.loops']`). The rule schema refuses other shapes.
 */
function parseSteps(path: string): Step[] {
  const steps: Step[] = [];
  STEP.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (STEP.lastIndex < path.length && (match = STEP.exec(path))) {
    const key = match[1] ?? match[2];
    if (key !== undefined) steps.push({ key, each: 0 });
    else if (steps.length) steps[steps.length - 1]!.each++;
  }
  return steps;
}

/** A field written `$.native.smokePlan` is read from the scenario, not from the selected value. */
export const ROOT_PREFIX = '$.';

/**
 * Selects values by a dotted path with `[*]` for "every item", from `from`. The path walks the typed
 * Scenario model and, past `native`, the tool's own configuration tree by key. A missing key selects
 * nothing; `field` (see `fieldOf`) is how a rule looks at a key that may be missing.
 */
export function selectLocated(from: Located, path: string | undefined): Located[] {
  if (!path) return [from];
  let current: Located[] = [from];
  for (const step of parsePath(path)) {
    const next: Located[] = [];
    for (const parent of current) {
      const child = childOf(parent, step.key);
      if (!child || child.value === undefined) continue;
      let level = [child];
      for (let i = 0; i < step.each; i++) level = level.flatMap(itemsOf);
      // One push per item: a plan's tens of thousands of elements would overflow a spread's arguments.
      for (const item of level) next.push(item);
    }
    current = next;
  }
  return current;
}

/**
 * The value at `field` under `target`, present or not: a missing key is located at its owner, so `defined`
 * can report it there. Missing from an object that hides keys, it is marked `hidden`.
 */
export function fieldOf(target: Located, field: string | undefined): Located {
  if (!field) return target;
  let current = target;
  for (const step of parsePath(field)) {
    const child = childOf(current, step.key);
    if (!child || child.value === undefined) {
      const hidden =
        current.hidden === true || (isSourceValue(current.value) && hasUnknownEntries(current.value));
      return {
        value: undefined,
        path: join(current.path, step.key),
        loc: current.loc,
        ...(current.keyLoc ? { keyLoc: current.keyLoc } : {}),
        ...(current.key !== undefined ? { key: current.key } : {}),
        ...(hidden ? { hidden } : {}),
      };
    }
    current = child;
  }
  return current;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function childOf(parent: Located, key: string): Located | undefined {
  const value = parent.value;
  const path = join(parent.path, key);
  if (isSourceValue(value)) {
    const entry = getEntry(value, key);
    if (!entry) return undefined;
    return { value: entry.value, path, loc: entry.value.loc, keyLoc: entry.keyLoc, key };
  }
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
  const record = value as Record<string, unknown>;
  const child = record[key];
  const sibling = record[`${key}Loc`];
  const loc = isSourceValue(child)
    ? child.loc
    : isLocation(sibling)
      ? sibling
      : isLocation(child)
        ? child
        : hasLoc(child)
          ? child.loc
          : (anchorOf(child) ?? parent.loc);
  return { value: child, path, loc, key };
}

function hasLoc(x: unknown): x is { loc: Location } {
  return typeof x === 'object' && x !== null && isLocation((x as { loc?: unknown }).loc);
}

/** `criteria` has no place of its own but an anchor: where criteria are written or belong. */
function anchorOf(x: unknown): Location | undefined {
  const anchor = typeof x === 'object' && x !== null ? (x as { anchor?: unknown }).anchor : undefined;
  return isLocation(anchor) ? anchor : undefined;
}

function itemsOf(parent: Located): Located[] {
  const value = parent.value;
  if (Array.isArray(value)) {
    return value.map((item: unknown, i) => ({
      value: item,
      path: `${parent.path}[${i}]`,
      loc: isSourceValue(item) ? item.loc : hasLoc(item) ? item.loc : parent.loc,
      ...(parent.key !== undefined ? { key: parent.key } : {}),
    }));
  }
  if (!isSourceValue(value)) return [];
  const v = value as SourceValue;
  if (v.kind === 'array') {
    return v.items.map((item, i) => ({
      value: item,
      path: `${parent.path}[${i}]`,
      loc: item.loc,
      ...(parent.key !== undefined ? { key: parent.key } : {}),
    }));
  }
  // A mapping under [*] selects its values: `native.scenarios[*]` visits each k6 scenario, named by its key.
  if (v.kind === 'object') {
    return v.entries
      .filter((e) => e.key !== '...')
      .map((e) => ({
        value: e.value,
        path: join(parent.path, e.key),
        loc: e.value.loc,
        keyLoc: e.keyLoc,
        key: e.key,
      }));
  }
  return [];
}
