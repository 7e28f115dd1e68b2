import { CORPUS } from '../helpers/corpus.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The shared corpus of real result files; never copied into the repository. */
export const corpusDir = CORPUS;

export function corpusFiles(folder: string): string[] {
  return readdirSync(join(corpusDir, 'results', folder)).sort();
}

export function corpusText(folder: string, name: string): string {
  return readFileSync(join(corpusDir, 'results', folder, name), 'utf8');
}

export function fixtureText(name: string): string {
  return readFileSync(resolve(process.cwd(), '__tests__/fixtures/results', name), 'utf8');
}

/** The path of a corpus result file. */
export function corpusPath(folder: string, name: string): string {
  return join(corpusDir, 'results', folder, name);
}

/** `describe` for tests on the real corpus: skipped in one line when the corpus is absent. */
export { describeCorpus } from '../helpers/corpus.js';
