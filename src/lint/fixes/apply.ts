import type { TextEdit } from '../types.js';

/**
 * Applies exact edits to a file's text. Returns undefined when they do not fit it (out of range, overlapping,
 * or the file changed since the lint): a wrong edit is worse than none.
 */
export function applyEdits(source: string, edits: readonly TextEdit[]): string | undefined {
  const lines = source.split(/\r?\n/);
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  const text = lines.join('\n');
  const offset = (line: number, column: number): number | undefined => {
    if (line === lines.length + 1 && column === 1) return text.length;
    const lineText = lines[line - 1];
    if (lineText === undefined || column < 1 || column - 1 > lineText.length) return undefined;
    return starts[line - 1]! + column - 1;
  };
  const ranges = edits.map((edit) => ({
    edit,
    start: offset(edit.start.line, edit.start.column),
    end: offset(edit.end.line, edit.end.column),
  }));
  if (ranges.some((r) => r.start === undefined || r.end === undefined || r.end < r.start)) return undefined;
  ranges.sort((a, b) => b.start! - a.start!);
  let out = text;
  let previousStart = Number.POSITIVE_INFINITY;
  for (const { edit, start, end } of ranges) {
    if (end! > previousStart) return undefined;
    out = out.slice(0, start) + edit.text.replace(/\r\n/g, '\n') + out.slice(end);
    previousStart = start!;
  }
  // Edits work on lines; the file keeps the line endings it had.
  return source.includes('\r\n') ? out.replace(/\n/g, '\r\n') : out;
}
