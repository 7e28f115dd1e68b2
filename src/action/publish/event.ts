import { PULL_REQUEST_EVENTS } from '../constants.js';
import type { GitHubClient, Repo } from './github.js';

export interface PullRequestRef {
  number: number;
  /** The head branch lives in another repository: the token is then usually read-only. */
  fromFork: boolean;
  /** The base branch's commit, for the maturity level's change. */
  baseSha?: string;
  /** The head commit: the inline review sits on it, and `path:line` links in the comment point at it. */
  headSha?: string;
}

/**
 * A `workflow_run` event whose triggering run was for a pull request that the payload does not name:
 * GitHub leaves `workflow_run.pull_requests` empty when the head branch is in a fork. The pull request is
 * then found by its head (`owner:branch`) and commit.
 */
export interface PullRequestLookup {
  lookup: { headOwner: string; headBranch: string; headSha: string };
  fromFork: boolean;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

function fullName(repo: unknown): string | undefined {
  const name = record(repo)?.full_name;
  return typeof name === 'string' ? name : undefined;
}

const SHA = /^[0-9a-f]{40,64}$/i;

function refOf(pr: Record<string, unknown> | undefined, fallbackFork = false): PullRequestRef | undefined {
  const number = pr?.number;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) return undefined;
  const head = fullName(record(pr?.head)?.repo);
  const base = fullName(record(pr?.base)?.repo);
  const fromFork = head !== undefined && base !== undefined ? head !== base : fallbackFork;
  const ref: PullRequestRef = { number, fromFork };
  const baseSha = record(pr?.base)?.sha;
  if (typeof baseSha === 'string' && SHA.test(baseSha)) ref.baseSha = baseSha;
  const headSha = record(pr?.head)?.sha;
  if (typeof headSha === 'string' && SHA.test(headSha)) ref.headSha = headSha;
  return ref;
}

/**
 * The pull request an event is about, or undefined (push, schedule, workflow_dispatch: no comment).
 * `pull_request` and `pull_request_target` name it; `workflow_run` (the second half of the fork pattern,
 * docs/fork-pull-requests.md) names the triggering run, whose pull request is in `pull_requests` for
 * branches of this repository, and must be looked up for forks.
 */
export function pullRequestOf(
  eventName: string | undefined,
  payload: unknown,
): PullRequestRef | PullRequestLookup | undefined {
  if (PULL_REQUEST_EVENTS.includes(eventName as (typeof PULL_REQUEST_EVENTS)[number])) {
    return refOf(record(record(payload)?.pull_request));
  }
  if (eventName !== 'workflow_run') return undefined;
  const run = record(record(payload)?.workflow_run);
  if (run?.event !== 'pull_request' && run?.event !== 'pull_request_target') return undefined;
  const headRepo = fullName(run.head_repository);
  const fromFork = headRepo !== undefined && headRepo !== fullName(run.repository);
  const headSha = typeof run.head_sha === 'string' && SHA.test(run.head_sha) ? run.head_sha : undefined;
  const listed = Array.isArray(run.pull_requests) ? run.pull_requests.map(record) : [];
  const match = listed.find((p) => record(p?.head)?.sha === headSha) ?? listed[0];
  const ref = refOf(match, fromFork);
  if (ref) return { ...ref, ...(headSha ? { headSha } : {}) };
  const headOwner = record(record(run.head_repository)?.owner)?.login;
  const headBranch = run.head_branch;
  if (typeof headOwner !== 'string' || typeof headBranch !== 'string' || !headSha) return undefined;
  return { lookup: { headOwner, headBranch, headSha }, fromFork };
}

/**
 * The open pull request whose head is `owner:branch` at the commit the triggering run checked. Undefined
 * when there is none (closed since, or pushed to again: a newer run will report on the newer commit).
 */
export async function findPullRequest(
  client: GitHubClient,
  repo: Repo,
  target: PullRequestLookup,
): Promise<PullRequestRef | undefined> {
  const { headOwner, headBranch, headSha } = target.lookup;
  const pulls = await client.rest.pulls.list({
    ...repo,
    state: 'open',
    head: `${headOwner}:${headBranch}`,
    per_page: 100,
  });
  const pr = pulls.data.find((p) => p.head.sha === headSha);
  if (!pr) return undefined;
  return { number: pr.number, fromFork: target.fromFork, baseSha: pr.base.sha, headSha };
}

/** `owner/repo` from GITHUB_REPOSITORY. */
export function repositoryOf(value: string | undefined): { owner: string; repo: string } | undefined {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '');
  return match ? { owner: match[1]!, repo: match[2]! } : undefined;
}
