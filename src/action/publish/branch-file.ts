import { createHash } from 'node:crypto';
import type { GitHubClient, Repo } from './github.js';
import { describeFailure, isNotPermitted, requestFailure, type RequestFailure } from './request-failure.js';

export interface BranchFile {
  /** The branch to commit to, e.g. `gh-pages`; made (with no history) when it does not exist. */
  branch: string;
  /** The file's path in that branch. */
  path: string;
  content: string;
  message: string;
}

/** What became of the write; never thrown, since the report stands without it. */
export type BranchFileOutcome =
  | { kind: 'written'; commit: string; created: boolean }
  | { kind: 'unchanged' }
  | { kind: 'failed'; note: string };

/**
 * How many times a write that lost a race (another job committed to the branch between our read and our
 * write: 409, or a branch made under us: 422) is tried again from a fresh read.
 */
const RACE_RETRIES = 2;

/**
 * Commits one file to a branch through the REST API, as a Pages branch is kept: no checkout, no git, and
 * only the GITHUB_TOKEN (`contents: write`). A missing branch is made as an orphan holding just this file
 * (a Pages branch shares no history with the code); an existing one gets a commit on top, through the
 * contents API with the file's blob sha, so a concurrent writer makes GitHub answer 409 instead of one
 * write silently undoing the other, and the write is tried again from a fresh read.
 */
export async function writeBranchFile(
  client: GitHubClient,
  repo: Repo,
  file: BranchFile,
): Promise<BranchFileOutcome> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await writeOnce(client, repo, file);
    } catch (error) {
      const failure = requestFailure(error);
      if (attempt < RACE_RETRIES && lostRace(failure)) continue;
      return { kind: 'failed', note: explain(failure, file.branch) };
    }
  }
}

async function writeOnce(client: GitHubClient, repo: Repo, file: BranchFile): Promise<BranchFileOutcome> {
  if (!(await branchExists(client, repo, file.branch))) return createOrphan(client, repo, file);
  const current = await currentBlob(client, repo, file);
  const content = Buffer.from(file.content, 'utf8');
  if (current && current.sha === gitBlobSha(content)) return { kind: 'unchanged' };
  const { data } = await client.rest.repos.createOrUpdateFileContents({
    ...repo,
    path: file.path,
    branch: file.branch,
    message: file.message,
    content: content.toString('base64'),
    ...(current ? { sha: current.sha } : {}),
    // A 409 means our sha is stale: the retry plugin would send the same stale write again after a backoff;
    // reading afresh (writeBranchFile's loop) settles it, and a 5xx too (the write may have been applied).
    request: { retries: 0 },
  });
  return { kind: 'written', commit: data.commit.sha ?? '', created: false };
}

async function branchExists(client: GitHubClient, repo: Repo, branch: string): Promise<boolean> {
  try {
    await client.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
    return true;
  } catch (error) {
    if (requestFailure(error).status === 404) return false;
    throw error;
  }
}

/** The file's blob sha on the branch, or undefined when the branch has no such file. */
async function currentBlob(
  client: GitHubClient,
  repo: Repo,
  file: BranchFile,
): Promise<{ sha: string } | undefined> {
  try {
    const { data } = await client.rest.repos.getContent({ ...repo, path: file.path, ref: file.branch });
    if (Array.isArray(data) || data.type !== 'file')
      throw Object.assign(new Error(`${file.path} on ${file.branch} is not a file`), { status: 422 });
    return { sha: data.sha };
  } catch (error) {
    if (requestFailure(error).status === 404) return undefined;
    throw error;
  }
}

/** A tree with the one file, a commit with no parent, and the branch pointing at it. */
async function createOrphan(client: GitHubClient, repo: Repo, file: BranchFile): Promise<BranchFileOutcome> {
  const tree = await client.rest.git.createTree({
    ...repo,
    tree: [{ path: file.path, mode: '100644', type: 'blob', content: file.content }],
  });
  const commit = await client.rest.git.createCommit({
    ...repo,
    message: file.message,
    tree: tree.data.sha,
    parents: [],
  });
  await client.rest.git.createRef({ ...repo, ref: `refs/heads/${file.branch}`, sha: commit.data.sha });
  return { kind: 'written', commit: commit.data.sha, created: true };
}

/**
 * 409: the file changed since we read its sha. 422 "Reference already exists": another job made the
 * branch after we found none. A server error on the write, which may or may not have been applied. All are
 * settled by reading again.
 */
function lostRace(failure: RequestFailure): boolean {
  return (
    failure.status === 409 ||
    (failure.status === 422 && /already exists/i.test(failure.message)) ||
    (failure.status !== undefined && failure.status >= 500)
  );
}

function explain(failure: RequestFailure, branch: string): string {
  const what = describeFailure(failure);
  if (isNotPermitted(failure))
    return `${what}: the token may not write to ${branch} (the job needs \`permissions: contents: write\`, and a branch protection rule may refuse it)`;
  return what;
}

/** Git's blob id (`git hash-object`): equal content means nothing to commit. */
function gitBlobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}
