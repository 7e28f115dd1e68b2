import { resolve } from 'node:path';
import { parseFile } from '../lint/lint-text.js';
import type { FileReport } from '../report/model.js';
import { prepareAdapterFor } from '../scenario/adapters.js';
import type { AdapterContext } from '../scenario/model.js';
import { changeHeadline, profileChanged } from '../scenario/profile/change.js';
import { profileOf } from '../scenario/profile/compute.js';
import { baseReader } from './read-base.js';

/**
 * Compares each scenario's load profile with the same file at `baseRef` and records the difference on its
 * report (`profileChange`), for the pull-request preview. A file whose profile did not change, a part of
 * another script, or a base that cannot be read gets nothing: a preview is a courtesy, never an error.
 */
export async function addProfileChanges(
  files: FileReport[],
  options: { cwd: string; baseRef: string; context: AdapterContext },
): Promise<void> {
  const reader = await baseReader(options.cwd, options.baseRef);
  if (!reader) return;
  for (const file of files) {
    const head = file.profile;
    if (!head || file.tool === null || head.unknown.some((u) => u.startsWith('a part of'))) continue;
    const text = await reader.read(resolve(options.cwd, file.path));
    if (text === undefined) continue;
    let base;
    if (text !== null) {
      const clean = text.replace(/^\uFEFF/, '');
      await prepareAdapterFor(clean, file.path);
      const parsed = parseFile(clean, file.path, { context: options.context, explicit: true });
      // A base the adapter could not read, or read as another tool, shows no preview.
      if (!parsed.scenario || parsed.tool !== file.tool) continue;
      base = profileOf(parsed.scenario);
    }
    if (!profileChanged(base, head)) continue;
    file.profileChange = {
      baseRef: options.baseRef,
      ...(base ? { base } : {}),
      headline: changeHeadline(base, head),
    };
  }
}
