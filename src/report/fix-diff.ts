import { applyEdits } from '../lint/fixes/apply.js';
import type { TextEdit } from '../lint/types.js';

/**
 * A unified diff of what a fix changes, computed from the file's text and the fix's exact edits. Returns
 * undefined when the edits do not fit the text (the file changed since the lint, or overlapping edits):
 * a wrong diff is worse than none.
 */
export function editsDiff(source: string, edits: TextEdit[]): string | undefined {
  if (edits.length === 0) return undefined;
  const changed = applyEdits(source, edits);
  if (changed === undefined) return undefined;
  const oldLines = source.split(/\r?\n/);
  const newLines = changed.split('\n');
  // The hunk spans the edited lines; unifiedHunk trims what stayed the same at either end.
  const first = Math.min(...edits.map((e) => e.start.line));
  const last = Math.min(oldLines.length, Math.max(...edits.map((e) => e.end.line)));
  const after = oldLines.length - last;
  const oldWindow = oldLines.slice(first - 1, last);
  const newWindow = newLines.slice(first - 1, newLines.length - after);
  if (oldWindow.join('\n') === newWindow.join('\n')) return undefined;
  return unifiedHunk(oldWindow, newWindow, first);
}

function unifiedHunk(oldLines: string[], newLines: string[], firstLine: number): string {
  let prefix = 0;
  while (prefix < oldLines.length && prefix < newLines.length && oldLines[prefix] === newLines[prefix])
    prefix++;
  let suffix = 0;
  while (
    suffix < oldLines.length - prefix &&
    suffix < newLines.length - prefix &&
    oldLines[oldLines.length - 1 - suffix] === newLines[newLines.length - 1 - suffix]
  ) {
    suffix++;
  }
  const context = (line: string) => ` ${line}`;
  const out = [
    `@@ -${firstLine},${oldLines.length} +${firstLine},${newLines.length} @@`,
    ...oldLines.slice(0, prefix).map(context),
    ...oldLines.slice(prefix, oldLines.length - suffix).map((line) => `-${line}`),
    ...newLines.slice(prefix, newLines.length - suffix).map((line) => `+${line}`),
    ...oldLines.slice(oldLines.length - suffix).map(context),
  ];
  return out.join('\n');
}

/** Where an edit applies, in words, for when the file's text is not at hand. */
export function describeEditRange(edit: TextEdit): string {
  if (edit.start.line === edit.end.line && edit.start.column === edit.end.column) {
    return `Insert at line ${edit.start.line}, column ${edit.start.column}:`;
  }
  if (edit.start.line === edit.end.line) {
    return `Replace line ${edit.start.line}, columns ${edit.start.column}–${edit.end.column - 1} with:`;
  }
  return `Replace lines ${edit.start.line}–${edit.end.line} with:`;
}
