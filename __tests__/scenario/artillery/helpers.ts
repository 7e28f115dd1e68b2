import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS, PEER_CASES } from '../../helpers/corpus.js';
import { artilleryAdapter } from '../../../src/scenario/artillery/adapter.js';
import type { AdapterResult, Scenario } from '../../../src/scenario/model.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const corpusRoot = CORPUS;
export const artilleryCorpus = join(corpusRoot, 'scenarios/artillery');
export const peerCases = PEER_CASES;
export const fixtures = join(repoRoot, '__tests__/fixtures/artillery');

export function parse(text: string, file = 'test.yml'): AdapterResult {
  return artilleryAdapter.parse(text, file, {});
}

/** Parses a text that must give a Scenario; fails the test with the diagnostics otherwise. */
export function scenarioOf(text: string, file = 'test.yml'): Scenario {
  const result = parse(text, file);
  if (!result.scenario) throw new Error(`no scenario: ${JSON.stringify(result.diagnostics)}`);
  return result.scenario;
}

export function fixture(name: string): { text: string; file: string } {
  return { text: readFileSync(join(fixtures, name), 'utf8'), file: name };
}

export function scriptFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/i.test(f))
    .sort();
}
