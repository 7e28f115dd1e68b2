import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever folder jest was started from. */
export const REPO = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The shared corpus of real scenario and result files from public projects (`../shared/corpus` next to the
 * checkout, or LOADGATE_CORPUS). Tests read it in place; it is never copied into the repository.
 */
export const CORPUS = resolve(REPO, process.env.LOADGATE_CORPUS ?? '../shared/corpus');

/** The peer projects' own test cases as data (k6 thresholds, Artillery, Otava), next to the corpus. */
export const PEER_CASES = resolve(CORPUS, '../reference/peer-cases');
