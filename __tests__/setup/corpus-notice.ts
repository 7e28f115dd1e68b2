// Global setup runs outside the test environment, without the `.js` → `.ts` mapping tests get.
import { CORPUS, CORPUS_PRESENT, PEER_CASES, PEER_CASES_PRESENT } from '../helpers/corpus-location.ts';

/** Jest global setup: one line, once per run, when tests that read the shared corpus will be skipped. */
export default function corpusNotice(): void {
  const missing = !CORPUS_PRESENT ? CORPUS : !PEER_CASES_PRESENT ? PEER_CASES : null;
  if (missing)
    console.log(`corpus: ${missing} not found (set LOADGATE_CORPUS); tests that read it are skipped`);
}
