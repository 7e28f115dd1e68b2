import {
  toRanges,
  type ChangedLines as ChangedLineRanges,
  type LineRange,
} from '../../report/changed-lines.js';
import { parsePatch, type ChangedLines as PatchLines } from './diff-hunks.js';
import type { GitHubClient, Repo } from './github.js';

/** GitHub lists at most 3,000 files of a pull request. */
const MAX_FILES = 3000;

/**
 * The files (repository-relative paths) the pull request adds or changes, across all pages, each with the
 * lines it changed. `lines` is undefined when GitHub gives no patch (binary files, very large diffs): such a
 * file is changed, but no review comment can be placed on it. Retries and rate limits are the client's.
 */
export async function listPullFiles(
  client: GitHubClient,
  repo: Repo,
  pullNumber: number,
): Promise<Map<string, PatchLines | undefined>> {
  const files = await client.paginate(
    client.rest.pulls.listFiles,
    { ...repo, pull_number: pullNumber, per_page: 100 },
    (response, done) => {
      if (response.data.length === 0) done();
      return response.data
        .filter((f) => f.status !== 'removed')
        .map((f) => [f.filename, f.patch === undefined ? undefined : parsePatch(f.patch)] as const);
    },
  );
  return new Map(files.slice(0, MAX_FILES));
}

/** Paths the pull request adds or changes. */
export async function listChangedFiles(
  client: GitHubClient,
  repo: Repo,
  pullNumber: number,
): Promise<Set<string>> {
  return new Set((await listPullFiles(client, repo, pullNumber)).keys());
}

/**
 * The changed lines of the pull request's files as the renderers read them (ranges of added lines); a file
 * GitHub gives no patch for (binary, too large) counts as changed throughout.
 */
export function changedLinesOf(files: ReadonlyMap<string, PatchLines | undefined>): ChangedLineRanges {
  const out = new Map<string, LineRange[] | null>();
  for (const [path, lines] of files) out.set(path, lines ? toRanges(lines.added) : null);
  return out;
}
