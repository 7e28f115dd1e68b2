import type { TextEdit } from '../lint/types.js';

/**
 * A unified diff of what a fix changes, computed from the file's text and the fix's exact edits. Returns
 * undefined when the edits do not fit the text (the file changed since the lint, or overlapping edits):
 * a wrong diff is worse than none.
 */
export function editsDiff(source: string, edits: TextEdit[]): string | undefined {
  if (edits.length === 0) return undefined;
  const lines = source.split(/\r?\n/);
  const sorted = [...edits].sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column);
  for (const edit of sorted) {
    if (edit.start.line < 1 || edit.start.column < 1 || edit.end.line < edit.start.line) return undefined;
    if (edit.end.line === edit.start.line && edit.end.column < edit.start.column) return undefined;
    if (edit.start.line > lines.length || edit.end.line > lines.length + 1) return undefined;
  }
  const first = sorted[0]!.start.line;
  const last = Math.min(lines.length, Math.max(...sorted.map((e) => e.end.line)));
  const oldLines = lines.slice(first - 1, last);
  const oldText = oldLines.join('\n');

  const offset = (line: number, column: number): number | undefined => {
    if (line > last) return oldText.length;
    let at = 0;
    for (let l = first; l < line; l++) at += (lines[l - 1] ?? '').length + 1;
    const lineText = lines[line - 1] ?? '';
    if (column - 1 > lineText.length) return undefined;
    return at + column - 1;
  };

  let newText = oldText;
  let previousStart = Number.POSITIVE_INFINITY;
  for (const edit of [...sorted].reverse()) {
    const start = offset(edit.start.line, edit.start.column);
    const end = offset(edit.end.line, edit.end.column);
    if (start === undefined || end === undefined || end < start || end > previousStart) return undefined;
    newText = newText.slice(0, start) + edit.text.replace(/\r\n/g, '\n') + newText.slice(end);
    previousStart = start;
  }
  if (newText === oldText) return undefined;
  return unifiedHunk(oldLines, newText.split('\n'), first);
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
