import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReadDiagnostic } from '../results/model.js';
import { isGlob, reportPath } from './paths.js';
import { globFiles } from './walk.js';

/**
 * The files a user named for the commands that read runs (`ingest`, `history append`, `report`): a glob is
 * every file it matches, in order; a glob that matches nothing and a file that is not there are said, not
 * thrown, so the other files are still read.
 */
export function givenFiles(
  cwd: string,
  given: string,
  diagnostics: ReadDiagnostic[],
): { absolute: string; path: string }[] {
  const matched = isGlob(given) ? globFiles(cwd, given) : [resolve(cwd, given)];
  if (matched.length === 0) diagnostics.push({ file: given, message: 'matches no file' });
  const out: { absolute: string; path: string }[] = [];
  for (const absolute of matched) {
    const path = reportPath(absolute, cwd);
    if (existsSync(absolute)) out.push({ absolute, path });
    else diagnostics.push({ file: path, message: 'does not exist' });
  }
  return out;
}
