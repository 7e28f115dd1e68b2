import type { PatchLines } from '../../report/changed-lines.js';

/**
 * The lines of a file a pull request changed and the hunks around them, read from the `patch` of the pull
 * request files API by the one patch parser (`src/report/changed-lines.ts`).
 */
export { parsePatch, type PatchLines as ChangedLines } from '../../report/changed-lines.js';

/** Whether lines start..end can carry one review comment: all inside one hunk. */
export function commentable(lines: PatchLines, start: number, end: number): boolean {
  return lines.hunks.some((h) => h.start <= start && end <= h.end);
}
