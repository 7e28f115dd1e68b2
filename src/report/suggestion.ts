import { applyEdits } from '../lint/fixes/apply.js';
import type { TextEdit } from '../lint/types.js';

/**
 * A fix as a GitHub review suggestion: the lines it replaces (in the file as the pull request's head has
 * it) and the block that replaces them. The text is the fixed file's own lines, untouched by any escaping:
 * a suggestion is code, and applying it must write byte for byte what `loadgate lint --fix` writes. Only
 * the fence is chosen, longer than any backtick run inside, so the code cannot close it.
 */
export interface Suggestion {
  /** First and last line (1-based, inclusive) the suggestion replaces. */
  startLine: number;
  endLine: number;
  /** The replacement lines, joined with `\n`. */
  text: string;
  /** The review comment body: a ```suggestion block holding `text`. */
  body: string;
}

export function fixSuggestion(source: string, edits: readonly TextEdit[]): Suggestion | undefined {
  if (edits.length === 0) return undefined;
  const fixed = applyEdits(source, edits);
  if (fixed === undefined) return undefined;
  const oldLines = source.split(/\r?\n/);
  const newLines = fixed.split(/\r?\n/);
  const startLine = Math.min(...edits.map((e) => e.start.line));
  // An edit ending at column 1 of a line changes nothing on that line.
  const endLine = Math.min(
    oldLines.length,
    Math.max(
      ...edits.map((e) => (e.end.column === 1 && e.end.line > e.start.line ? e.end.line - 1 : e.end.line)),
    ),
  );
  const after = oldLines.length - endLine;
  const replacement = newLines.slice(startLine - 1, newLines.length - after);
  const text = replacement.join('\n');
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return { startLine, endLine, text, body: `${fence}suggestion\n${text}\n${fence}` };
}

/** The file with the suggestion applied, as GitHub's "Commit suggestion" writes it. */
export function applySuggestion(source: string, suggestion: Suggestion): string {
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const lines = source.split(/\r?\n/);
  lines.splice(
    suggestion.startLine - 1,
    suggestion.endLine - suggestion.startLine + 1,
    ...suggestion.text.split('\n'),
  );
  return lines.join(eol);
}
