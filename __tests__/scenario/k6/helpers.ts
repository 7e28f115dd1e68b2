import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AdapterContext, AdapterResult, Scenario } from '../../../src/scenario/model.js';
import { k6Adapter } from '../../../src/scenario/k6/adapter.js';

export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/k6');

/** Reads files next to the script, as the node layer does; never anything outside `root`. */
export function siblingReader(root: string): AdapterContext {
  return {
    readSibling(from, specifier) {
      const file = resolve(dirname(from), specifier);
      if (!file.startsWith(root)) return undefined;
      try {
        return { file, text: readFileSync(file, 'utf8') };
      } catch {
        return undefined;
      }
    },
  };
}

export function parseFixture(name: string, context: AdapterContext = siblingReader(FIXTURES)): AdapterResult {
  const file = join(FIXTURES, name);
  return k6Adapter.parse(readFileSync(file, 'utf8'), file, context);
}

export function scenarioOf(result: AdapterResult): Scenario {
  if (!result.scenario) throw new Error(`no scenario: ${JSON.stringify(result.diagnostics)}`);
  return result.scenario;
}

/** Parses inline script text as `script.js` (or the given name) with no sibling files. */
export function parseText(text: string, file = 'script.js', context: AdapterContext = {}): AdapterResult {
  return k6Adapter.parse(text, file, context);
}

export function scenarioFromText(text: string, file = 'script.js', context: AdapterContext = {}): Scenario {
  return scenarioOf(parseText(text, file, context));
}
