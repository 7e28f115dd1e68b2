/**
 * The lines of a file a pull request changed and the hunks around them, read from the unified diff GitHub
 * gives as `patch` in the pull request files API. Pure: text in, line numbers out. Lines are the new file's
 * (GitHub's `RIGHT` side), 1-based. The review needs the hunks as well as the added lines: GitHub accepts
 * a review comment (and a multi-line suggestion) on any line of one hunk, context lines included.
 */
export interface ChangedLines {
  /** Lines the pull request added or changed (`+` lines). */
  added: Set<number>;
  /**
   * The new file's line range of each hunk (added and context lines): where GitHub accepts a review
   * comment. A multi-line comment must stay within one hunk.
   */
  hunks: { start: number; end: number }[];
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

export function parsePatch(patch: string): ChangedLines {
  const added = new Set<number>();
  const hunks: ChangedLines['hunks'] = [];
  let line = 0;
  let hunk: { start: number; end: number } | undefined;
  for (const text of patch.split('\n')) {
    const header = HUNK.exec(text);
    if (header) {
      line = Number(header[1]);
      const count = header[2] === undefined ? 1 : Number(header[2]);
      hunk = count > 0 ? { start: line, end: line + count - 1 } : undefined;
      if (hunk) hunks.push(hunk);
      continue;
    }
    if (!hunk) continue;
    const kind = text[0];
    if (kind === '+') {
      added.add(line);
      line++;
    } else if (kind === ' ' || (kind === undefined && line <= hunk.end)) {
      // An empty context line can lose its leading space on the way; it still counts.
      line++;
    }
    // '-' lines are the old file's; '\ No newline at end of file' is neither.
  }
  return { added, hunks };
}

/** Whether lines start..end can carry one review comment: all inside one hunk. */
export function commentable(lines: ChangedLines, start: number, end: number): boolean {
  return lines.hunks.some((h) => h.start <= start && end <= h.end);
}
