import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { applyFixSequence } from '../lint/fixes/sequence.js';
import type { Finding } from '../lint/types.js';
import type { Report } from '../report/model.js';
import { decodeText, encodeText } from './decode.js';

/** Passes `--fix` makes at most, as ESLint does: each writes the fixes that an earlier one kept out. */
export const MAX_FIX_PASSES = 10;

/** One line of what `--fix` did with a finding's fix. */
export interface FixLogEntry {
  path: string;
  line: number;
  ruleId: string;
  /**
   * Written, left for the next run (it overlaps one written now), not written and why, or a suggestion left
   * for `--fix-suggestions`.
   */
  status: 'fixed' | 'deferred' | 'skipped' | 'suggestion';
  reason?: string;
}

/**
 * `loadgate lint --fix`: writes every safe fix into its file, and with `suggestions` (`--fix-suggestions`)
 * the suggested ones too. The fixes were verified when the files were
 * linted (`lint/fixes/verify.ts`) in the same order they are applied here, so what is written is what was
 * checked; a fix withdrawn there is listed with its reason and nothing of it is written.
 */
export async function applyFixes(
  report: Report,
  cwd: string,
  { suggestions }: { suggestions: boolean },
): Promise<FixLogEntry[]> {
  const log: FixLogEntry[] = [];
  for (const file of report.files) {
    const entry = (line: number, ruleId: string, status: FixLogEntry['status'], reason?: string) =>
      log.push(
        reason === undefined
          ? { path: file.path, line, ruleId, status }
          : { path: file.path, line, ruleId, status, reason },
      );
    const applied: Finding[] = [];
    for (const f of file.findings) {
      if (f.fix?.skipped !== undefined) entry(f.loc.line, f.ruleId, 'skipped', f.fix.skipped);
      else if (!f.fix?.edits?.length) continue;
      else if (suggestions || f.fix.safety === 'safe') applied.push(f);
      else entry(f.loc.line, f.ruleId, 'suggestion');
    }
    if (applied.length === 0) continue;
    const path = resolve(cwd, file.path);
    const { text: original, encoding } = decodeText(await readFile(path));
    const { text, outcomes } = applyFixSequence(original, applied);
    for (const { finding, applied, deferred, reason } of outcomes)
      entry(finding.loc.line, finding.ruleId, applied ? 'fixed' : deferred ? 'deferred' : 'skipped', reason);
    if (text !== original) await writeFile(path, encodeText(text, encoding));
  }
  return log.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
}

/** The log as `--fix` prints it on stderr: one line per fix, `path:line: fixed [rule]`. */
export function formatFixLog(log: readonly FixLogEntry[]): string {
  return log
    .map((e) => {
      const what =
        e.status === 'fixed'
          ? 'fixed'
          : e.status === 'deferred'
            ? 'not fixed yet: overlaps another fix; run --fix again'
            : e.status === 'suggestion'
              ? 'not fixed: a suggestion (it changes what the test checks or loads); apply it with --fix-suggestions'
              : `not fixed: ${e.reason ?? 'the fix does not fit the file'}`;
      return `loadgate: ${e.path}:${e.line}: ${what} [${e.ruleId}]\n`;
    })
    .join('');
}
