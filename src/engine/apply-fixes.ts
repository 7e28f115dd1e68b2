import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { applyEdits } from '../lint/fixes/apply.js';
import type { TextEdit } from '../lint/types.js';
import type { Report } from '../report/model.js';
import { decodeText, encodeText } from './decode.js';

/**
 * `loadgate lint --fix`: writes every exact fix into its file. Fixes are applied one finding at a time, so
 * one that no longer fits (it overlaps an earlier one) is skipped, never half-applied. Returns how many
 * fixes were written.
 */
export async function applyFixes(report: Report, cwd: string): Promise<number> {
  let applied = 0;
  for (const file of report.files) {
    const fixes = file.findings.flatMap((f) => (f.fix?.edits?.length ? [f.fix.edits] : []));
    if (fixes.length === 0) continue;
    const path = resolve(cwd, file.path);
    const { text: original, encoding } = decodeText(await readFile(path));
    let text = original;
    // Later positions first, so earlier edits keep their coordinates; a fix reaching into text an applied
    // fix already changed is skipped (the next lint reports it again).
    let floor: TextEdit['start'] = { line: Number.POSITIVE_INFINITY, column: 1 };
    for (const edits of fixes.map((e) => [...e].sort(compare)).sort((a, b) => compare(b[0]!, a[0]!))) {
      if (edits.some((e) => before(floor, e.end))) continue;
      const next = applyEdits(text, edits);
      if (next === undefined) continue;
      text = next;
      floor = edits[0]!.start;
      applied++;
    }
    if (text !== original) await writeFile(path, encodeText(text, encoding));
  }
  return applied;
}

function compare(a: TextEdit, b: TextEdit): number {
  return a.start.line - b.start.line || a.start.column - b.start.column;
}

/** Is position `a` strictly before position `b`? */
function before(a: TextEdit['start'], b: TextEdit['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}
