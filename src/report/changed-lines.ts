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

/**
 * What a unified-diff patch says of the new file: the lines it adds or changes (`+` lines) and the line range
 * of each hunk (added and context lines), where GitHub accepts a review comment; a multi-line comment must
 * stay within one hunk. Lines are the new file's (GitHub's `RIGHT` side), 1-based.
 */
export interface PatchLines {
  added: Set<number>;
  hunks: LineRange[];
}

export function parsePatch(patch: string): PatchLines {
  const added = new Set<number>();
  const hunks: LineRange[] = [];
  let line = 0;
  let hunk: LineRange | undefined;
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

/** Line numbers as ranges, adjacent and overlapping ones merged. */
export function toRanges(lines: Iterable<number> | readonly LineRange[]): LineRange[] {
  const items = [...lines].map((l) => (typeof l === 'number' ? { start: l, end: l } : { ...l }));
  items.sort((a, b) => a.start - b.start);
  const ranges: LineRange[] = [];
  for (const item of items) {
    const last = ranges[ranges.length - 1];
    if (last && last.end + 1 >= item.start) last.end = Math.max(last.end, item.end);
    else ranges.push(item);
  }
  return ranges;
}

/**
 * The added or modified lines of a unified-diff patch, in the new file's numbering, merged into ranges.
 * Deleted lines have no number in the new file; a deletion marks no line (nothing there to annotate).
 */
export function changedLines(patch: string): LineRange[] {
  return toRanges(parsePatch(patch).added);
}

/**
 * Every new-file line the patch shows, added or context: the lines a review comment (and a suggestion)
 * may be placed on. GitHub refuses review comments outside them.
 */
export function diffLines(patch: string): LineRange[] {
  return toRanges(parsePatch(patch).hunks);
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
