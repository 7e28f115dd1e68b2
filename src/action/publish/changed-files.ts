import type { GitHubClient, Repo } from './github.js';
import { withRetry, type RetryOptions } from './retry.js';

/** GitHub lists at most 3,000 files of a pull request. */
const MAX_FILES = 3000;

/** Paths (repository-relative) the pull request adds or changes, across all pages. */
export async function listChangedFiles(
  client: GitHubClient,
  repo: Repo,
  pullNumber: number,
  retry: RetryOptions = {},
): Promise<Set<string>> {
  const files = await withRetry(
    'Listing the changed files',
    () =>
      client.paginate(
        client.rest.pulls.listFiles,
        { ...repo, pull_number: pullNumber, per_page: 100 },
        (response, done) => {
          if (response.data.length === 0) done();
          return response.data.map((f) => f.filename);
        },
      ),
    retry,
  );
  return new Set(files.slice(0, MAX_FILES));
}
