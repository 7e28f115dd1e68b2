import { isStickyComment } from '../../report/marker.js';
import type { GitHubClient, Repo } from './github.js';
import { isOurs, type Identity } from './identity.js';

export interface StickyComment {
  id: number;
  body: string;
  /** Written by the token's identity (a bot, for the runner's token). */
  ours: boolean;
  author?: string;
  createdAt: string;
}

/** Comments beyond this many pages (10,000 comments) are not searched. */
const MAX_PAGES = 100;

const oldestFirst = (a: StickyComment, b: StickyComment) =>
  a.createdAt.localeCompare(b.createdAt) || a.id - b.id;
const newestFirst = (a: StickyComment, b: StickyComment) => oldestFirst(b, a);

/** Every comment on the pull request that carries this job's marker, across every page. */
export async function listStickyComments(
  client: GitHubClient,
  repo: Repo,
  issueNumber: number,
  job: string,
  identity: Identity = { bot: true },
): Promise<StickyComment[]> {
  let pages = 0;
  return client.paginate(
    client.rest.issues.listComments,
    { ...repo, issue_number: issueNumber, per_page: 100 },
    (response, done) => {
      if (++pages >= MAX_PAGES) done();
      return response.data
        .filter((c) => typeof c.body === 'string' && isStickyComment(c.body, job))
        .map((c) => ({
          id: c.id,
          body: c.body ?? '',
          ours: isOurs(identity, c.user),
          author: c.user?.login,
          createdAt: c.created_at,
        }));
    },
  );
}

/**
 * loadgate's comment for this job on the pull request: the newest with the marker written by the token's
 * identity. When earlier bugs left several, the others are left alone. A comment by anyone else is never
 * the one, even with the marker: a person quoting it cannot capture the report or have their comment edited.
 */
export async function findStickyComment(
  client: GitHubClient,
  repo: Repo,
  issueNumber: number,
  job: string,
  identity: Identity = { bot: true },
): Promise<StickyComment | undefined> {
  const matches = await listStickyComments(client, repo, issueNumber, job, identity);
  return matches.filter((c) => c.ours).sort(newestFirst)[0];
}

export type UpsertResult =
  | {
      action: 'created' | 'updated' | 'unchanged';
      id: number;
      /** The login the token comments as, when a write told it. */
      author?: string;
      /** Our own duplicate, deleted after losing a create race to a concurrent run. */
      deletedDuplicate?: number;
    }
  | { action: 'absent' };

/**
 * Edits loadgate's comment if there is one, else creates it (unless `createIfAbsent` is false).
 *
 * GitHub has no atomic "create unless present", so two runs that start together on a pull request without
 * a comment both create one (and Octokit's retry of a create whose response was lost creates a second).
 * After creating, the comments are listed again: when more than one with this job's marker was written by
 * the same identity, the oldest is kept, and this run deletes the one it created and writes its body to the
 * survivor, so the last run's report is the one shown. Only the comment this run created is ever deleted;
 * comments by people are never edited or deleted.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  repo: Repo,
  issueNumber: number,
  job: string,
  body: string,
  createIfAbsent: boolean,
  identity: Identity = { bot: true },
): Promise<UpsertResult> {
  const existing = await findStickyComment(client, repo, issueNumber, job, identity);
  if (existing) {
    if (existing.body === body) return { action: 'unchanged', id: existing.id, author: existing.author };
    const updated = await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
    return { action: 'updated', id: existing.id, author: updated.data.user?.login ?? existing.author };
  }
  if (!createIfAbsent) return { action: 'absent' };
  const created = await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
  const author = created.data.user?.login;
  const ours = (await listStickyComments(client, repo, issueNumber, job, identity))
    .filter((c) => c.ours && author !== undefined && c.author === author)
    .sort(oldestFirst);
  const survivor = ours[0];
  if (!survivor || survivor.id === created.data.id) return { action: 'created', id: created.data.id, author };
  // Another run (or the first try of a create whose response was lost) got there first: ours goes, the
  // survivor carries our report.
  await client.rest.issues.deleteComment({ ...repo, comment_id: created.data.id });
  if (survivor.body !== body)
    await client.rest.issues.updateComment({ ...repo, comment_id: survivor.id, body });
  return { action: 'updated', id: survivor.id, author, deletedDuplicate: created.data.id };
}
