/**
 * Which lines a pull request changes, from the `patch` of each file the pull request files API returns.
 * Pure: the action fetches the files (src/action/publish/changed-files.ts), the renderers and the review
 * use these ranges to put findings on changed lines first. A file whose patch GitHub leaves out (binary,
 * too large) counts as changed throughout: the finding may be on a changed line and must not fold away.
 */

/** Inclusive 1-based line range in the new version of the file. */
export interface LineRange {
  start: number;
  end: number;
}

/** Changed lines per repository path; `null` means the whole file counts as changed (no patch). */
export type ChangedLines = ReadonlyMap<string, readonly LineRange[] | null>;

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

function patchLines(patch: string, withContext: boolean): LineRange[] {
  const ranges: LineRange[] = [];
  let next = 0;
  let inHunk = false;
  const add = (line: number) => {
    const last = ranges[ranges.length - 1];
    if (last && last.end + 1 >= line) last.end = Math.max(last.end, line);
    else ranges.push({ start: line, end: line });
  };
  for (const line of patch.split('\n')) {
    const hunk = HUNK.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    const mark = line[0];
    if (mark === '+') add(next++);
    else if (mark === ' ') {
      if (withContext) add(next);
      next++;
    }
    // '-' lines and "\ No newline at end of file" do not advance the new file's numbering.
  }
  return ranges;
}

/**
 * The added or modified lines of a unified-diff patch, in the new file's numbering, merged into ranges.
 * Deleted lines have no number in the new file; a deletion marks no line (nothing there to annotate).
 */
export function changedLines(patch: string): LineRange[] {
  return patchLines(patch, false);
}

/**
 * Every new-file line the patch shows, added or context: the lines a review comment (and a suggestion)
 * may be placed on. GitHub refuses review comments outside them.
 */
export function diffLines(patch: string): LineRange[] {
  return patchLines(patch, true);
}

/** One entry of the pull request files API, as far as line ranges need it. */
export interface PullRequestFile {
  filename: string;
  status?: string;
  patch?: string;
}

/** The changed lines of every file of a pull request; removed files are left out (no lines to mark). */
export function changedLinesOf(files: readonly PullRequestFile[]): Map<string, LineRange[] | null> {
  const out = new Map<string, LineRange[] | null>();
  for (const file of files) {
    if (file.status === 'removed') continue;
    out.set(file.filename, typeof file.patch === 'string' ? changedLines(file.patch) : null);
  }
  return out;
}

/** Every path changed throughout, for when only the file names are known. */
export function wholeFiles(paths: Iterable<string>): Map<string, null> {
  return new Map([...paths].map((path) => [path, null]));
}

export function isChangedFile(changed: ChangedLines | undefined, path: string): boolean {
  return changed?.has(path) ?? false;
}

/**
 * Whether a finding's range touches a changed line. A file without a patch counts as changed throughout.
 */
export function isChangedLine(
  changed: ChangedLines | undefined,
  path: string,
  line: number,
  endLine = line,
): boolean {
  if (!changed?.has(path)) return false;
  const ranges = changed.get(path);
  if (ranges === null || ranges === undefined) return true;
  return ranges.some((r) => r.start <= endLine && line <= r.end);
}
