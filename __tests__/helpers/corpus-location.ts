import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Plain Node on purpose: the global setup reads it outside the test environment, where @jest/globals fails.

/** The repository root, whatever folder jest was started from. */
export const REPO = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The shared corpus of real scenario and result files from public projects (`../shared/corpus` next to the
 * checkout, or LOADGATE_CORPUS). Tests read it in place; it is never copied into the repository.
 */
export const CORPUS = resolve(REPO, process.env.LOADGATE_CORPUS || '../shared/corpus');

/** The peer projects' own test cases as data (k6 thresholds, Artillery, Otava), next to the corpus. */
export const PEER_CASES = resolve(CORPUS, '../reference/peer-cases');

/** A fresh clone has neither; a LOADGATE_CORPUS naming a missing folder counts as absent too. */
export const CORPUS_PRESENT = existsSync(CORPUS);
export const PEER_CASES_PRESENT = existsSync(PEER_CASES);
