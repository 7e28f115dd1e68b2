// Global setup runs outside the test environment, without the `.js` → `.ts` mapping tests get.
import { CORPUS, CORPUS_PRESENT, PEER_CASES, PEER_CASES_PRESENT } from '../helpers/corpus-location.ts';
import { MISSING_TOOLS, TOOLS_DIR, TOOLS_REQUIRED, TOOLS_WANTED } from '../helpers/real-tools-location.ts';

/** Jest global setup: one line, once per run, when tests that read the shared corpus will be skipped. */
export default function corpusNotice(): void {
  const missing = !CORPUS_PRESENT ? CORPUS : !PEER_CASES_PRESENT ? PEER_CASES : null;
  if (missing)
    console.log(`corpus: ${missing} not found (set LOADGATE_CORPUS); tests that read it are skipped`);
  if (!TOOLS_WANTED)
    console.log(
      'real tools: their end-to-end tests (Artillery, autocannon, Locust, Chromium) are skipped; LOADGATE_REAL_TOOLS=1 runs them',
    );
  else if (MISSING_TOOLS.length > 0 && !TOOLS_REQUIRED)
    console.log(
      `real tools: ${MISSING_TOOLS.join(', ')} not in ${TOOLS_DIR} (set LOADGATE_TOOLS_DIR; .ci/run installs them); their end-to-end tests are skipped`,
    );
}
