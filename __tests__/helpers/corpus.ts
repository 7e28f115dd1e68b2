import { describe, it } from '@jest/globals';
import { CORPUS_PRESENT, PEER_CASES_PRESENT } from './corpus-location.js';

export { CORPUS, CORPUS_PRESENT, PEER_CASES, PEER_CASES_PRESENT, REPO } from './corpus-location.js';

/**
 * `describe` for tests that read the shared corpus. Without it the block is skipped and its body is not even
 * run (bodies list corpus folders); the global setup says so once, in one line.
 */
export function describeCorpus(name: string, body: () => void): void {
  describeIf(CORPUS_PRESENT, name, body);
}

/** `describe` for tests that read the peer projects' cases next to the corpus; skipped the same way. */
export function describePeerCases(name: string, body: () => void): void {
  describeIf(PEER_CASES_PRESENT, name, body);
}

function describeIf(present: boolean, name: string, body: () => void): void {
  if (present) describe(name, body);
  else describe.skip(name, () => it('needs the shared corpus', () => undefined));
}

/** `it` for one test that reads the shared corpus in a block that otherwise owns its fixtures. */
export function itCorpus(name: string, test: () => void | Promise<void>): void {
  (CORPUS_PRESENT ? it : it.skip)(name, test);
}
