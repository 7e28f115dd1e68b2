import { isStickyComment } from '../../report/marker.js';
import type { GitHubClient, Repo } from './github.js';

export interface StickyComment {
  id: number;
  body: string;
  byBot: boolean;
  createdAt: string;
}

/** Comments beyond this many pages (10,000 comments) are not searched. */
const MAX_PAGES = 100;

/**
 * loadgate's comment for this job on the pull request, searched across every page of comments. When
 * earlier bugs left several, the newest wins and the others are left alone; comments by bots win over
 * comments by people, so a human quoting the marker cannot capture the report.
 */
export async function findStickyComment(
  client: GitHubClient,
  repo: Repo,
  issueNumber: number,
  job: string,
): Promise<StickyComment | undefined> {
  let pages = 0;
  const matches = await client.paginate(
    client.rest.issues.listComments,
    { ...repo, issue_number: issueNumber, per_page: 100 },
    (response, done) => {
      if (++pages >= MAX_PAGES) done();
      return response.data
        .filter((c) => typeof c.body === 'string' && isStickyComment(c.body, job))
        .map((c) => ({
          id: c.id,
          body: c.body ?? '',
          byBot: c.user?.type === 'Bot',
          createdAt: c.created_at,
        }));
    },
  );
  const newestFirst = (a: StickyComment, b: StickyComment) =>
    b.createdAt.localeCompare(a.createdAt) || b.id - a.id;
  const bots = matches.filter((c) => c.byBot).sort(newestFirst);
  return bots[0] ?? [...matches].sort(newestFirst)[0];
}

export type UpsertResult = { action: 'created' | 'updated' | 'unchanged'; id: number } | { action: 'absent' };

/**
 * Edits loadgate's comment if there is one, else creates it (unless `createIfAbsent` is false). Finding
 * and writing are one step, so a retry after a lost response finds the comment the first try created
 * instead of adding a second one.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  repo: Repo,
  issueNumber: number,
  job: string,
  body: string,
  createIfAbsent: boolean,
): Promise<UpsertResult> {
  const existing = await findStickyComment(client, repo, issueNumber, job);
  if (existing) {
    if (existing.body === body) return { action: 'unchanged', id: existing.id };
    await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
    return { action: 'updated', id: existing.id };
  }
  if (!createIfAbsent) return { action: 'absent' };
  const created = await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
  return { action: 'created', id: created.data.id };
}
