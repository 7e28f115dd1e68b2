import { applyEdits } from '../../lint/fixes/apply.js';
import type { TextEdit } from '../../lint/types.js';

/** What a GitHub ```suggestion block replaces: lines startLine..endLine of the file, with `text`. */
export interface Suggestion {
  startLine: number;
  endLine: number;
  /** The new lines, joined with `\n`, exactly as the fix writes them. */
  text: string;
}

/**
 * The fix's edits as a replacement of whole lines, the form GitHub's suggestions take: the lines the
 * edits touch, and what they read after the fix. An insertion at the very end of the file replaces the
 * last line with itself plus the insertion. Undefined when the edits do not fit the text.
 */
export function suggestionFor(source: string, edits: readonly TextEdit[]): Suggestion | undefined {
  if (edits.length === 0) return undefined;
  const changed = applyEdits(source, edits);
  if (changed === undefined) return undefined;
  const oldLines = source.split(/\r?\n/);
  const newLines = changed.split(/\r?\n/);
  const lastLine = oldLines.length;
  const startLine = Math.min(lastLine, ...edits.map((e) => e.start.line));
  const endLine = Math.min(lastLine, Math.max(...edits.map((e) => e.end.line)));
  const after = lastLine - endLine;
  const replaced = oldLines.slice(startLine - 1, endLine).join('\n');
  const text = newLines.slice(startLine - 1, newLines.length - after).join('\n');
  if (text === replaced) return undefined;
  return { startLine, endLine, text };
}

// Characters a review comment must not carry verbatim (controls, bidi overrides); tabs are fine.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * The ```suggestion block for `text`, byte for byte: GitHub's "Commit suggestion" writes exactly what is
 * between the fences, so nothing is escaped, trimmed or cut. The fence is longer than any backtick run in
 * the text, so no line can close it. Undefined when the text holds characters that must not reach a pull
 * request unescaped, or loadgate's own marker text: the finding is then posted without a suggestion.
 */
export function suggestionBlock(text: string): string | undefined {
  if (UNSAFE.test(text) || /loadgate:(sticky|review)/i.test(text)) return undefined;
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}suggestion\n${text}\n${fence}`;
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
