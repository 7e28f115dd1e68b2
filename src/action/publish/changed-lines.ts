import { changedLinesOf, type ChangedLines } from '../../report/changed-lines.js';
import type { GitHubClient, Repo } from './github.js';
import { withRetry, type RetryOptions } from './retry.js';

/** GitHub lists at most 3,000 files of a pull request. */
const MAX_FILES = 3000;

/**
 * The lines a pull request changes, per repository path, from each file's `patch` across all pages of the
 * pull request files API. Files GitHub gives no patch for (binary, too large) count as changed throughout.
 */
export async function listChangedLines(
  client: GitHubClient,
  repo: Repo,
  pullNumber: number,
  retry: RetryOptions = {},
): Promise<ChangedLines> {
  const files = await withRetry(
    'Listing the changed files',
    () =>
      client.paginate(
        client.rest.pulls.listFiles,
        { ...repo, pull_number: pullNumber, per_page: 100 },
        (response, done) => {
          if (response.data.length === 0) done();
          return response.data.map((f) => ({ filename: f.filename, status: f.status, patch: f.patch }));
        },
      ),
    retry,
  );
  return changedLinesOf(files.slice(0, MAX_FILES));
}
