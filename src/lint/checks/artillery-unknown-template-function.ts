import { pluginConfigs } from '../../scenario/artillery/config.js';
import { getValue } from '../../scenario/artillery/tree.js';
import type { Location } from '../../scenario/location.js';
import { isSourceValue, type SourceValue } from '../../scenario/value.js';
import type { CheckFunction } from '../types.js';

/** The functions Artillery puts in every virtual user's context (`createContext` in its runner). */
const BUILTIN_FUNCTIONS = new Set(['$randomNumber', '$randomString', '$template']);

/** Keys that name processor code, which may add functions to `context.funcs` when it runs. */
const CODE_KEYS = new Set([
  'beforeScenario',
  'afterScenario',
  'beforeRequest',
  'afterResponse',
  'onError',
  'function',
  'flowFunction',
  'testFunction',
  'whileTrue',
]);

const CALL = /\{\{\s*(\$[A-Za-z_][\w]*)\s*\(/g;

function walk(
  value: SourceValue,
  visit: (v: SourceValue) => void,
  seesKey: (k: string) => void,
  depth = 0,
): void {
  if (depth > 60) return;
  visit(value);
  if (value.kind === 'object')
    for (const e of value.entries) {
      seesKey(e.key);
      walk(e.value, visit, seesKey, depth + 1);
    }
  else if (value.kind === 'array') for (const item of value.items) walk(item, visit, seesKey, depth + 1);
}

/**
 * `{{ $name(...) }}` calls a function from the virtual user's context. Artillery itself has only
 * `$randomNumber(min, max)`, `$randomString(length)` and `$template(...)`; any other name renders as an
 * undefined value (or, with arguments it cannot parse, as the literal template text), so the request carries
 * wrong data without an error. Silent when the fake-data plugin is enabled (it adds `$rand…` and Faker
 * functions) or when processor code that could add functions runs (hooks, function steps).
 */
export const check: CheckFunction = {
  name: 'artillery-unknown-template-function',
  run(scenario, ctx) {
    if (!isSourceValue(scenario?.native)) return;
    const config = getValue(scenario.native, 'config');
    if (pluginConfigs(config, 'fake-data').length > 0 || getValue(config, 'fake-data') !== undefined) return;
    const calls = new Map<string, { loc: Location; count: number }>();
    let runsCode = false;
    walk(
      scenario.native,
      (v) => {
        if (v.kind !== 'string') return;
        for (const match of v.value.matchAll(CALL)) {
          const name = match[1]!;
          if (BUILTIN_FUNCTIONS.has(name)) continue;
          const seen = calls.get(name);
          if (seen) seen.count++;
          else calls.set(name, { loc: v.loc, count: 1 });
        }
      },
      (key) => {
        if (CODE_KEYS.has(key)) runsCode = true;
      },
    );
    if (runsCode) return;
    for (const [name, { loc, count }] of calls) {
      ctx.report({
        loc,
        messageId: /^\$random(?:Int|Integer)$/.test(name) ? 'randomInt' : 'default',
        data: { name, count, times: count === 1 ? 'once' : `${count} times` },
      });
    }
  },
};
