import type { Logger } from '../logger.js';
import type { GitHubClient, Repo } from './github.js';
import type { CommentDecision } from './policy.js';
import { describeFailure, isNotPermitted, requestFailure } from './request-failure.js';
import { whoAmI } from './identity.js';
import { upsertStickyComment } from './sticky-comment.js';

export interface CommentRequest {
  client: GitHubClient;
  repo: Repo;
  pullNumber: number;
  job: string;
  body: string;
  decision: CommentDecision;
  /** The pull request comes from a fork, so a read-only token is expected. */
  fromFork?: boolean;
  log: Logger;
}

export type CommentOutcome =
  | { status: 'created' | 'updated' | 'unchanged'; id: number; author?: string }
  | { status: 'skipped'; reason: string }
  | { status: 'not-permitted' | 'failed'; reason: string };

/** The warning for a token that may not write to the pull request. */
export function refusedWarning(what: string, pullNumber: number, detail: string, fromFork?: boolean): string {
  const why = fromFork
    ? 'the token is read-only on pull requests from forks (see docs/fork-pull-requests.md)'
    : 'the token lacks pull-requests: write or issues: write permission';
  return `loadgate could not ${what} on pull request #${pullNumber}: GitHub refused (${detail}): ${why}; the report is in the job summary and the annotations.`;
}

/**
 * Publishes the sticky comment as the policy says. It never throws: a comment is a convenience, the job
 * summary and the step's status carry the verdict, so a token that may not comment (fork pull requests)
 * or an API that keeps failing after Octokit's retries ends in one warning.
 */
export async function publishComment(request: CommentRequest): Promise<CommentOutcome> {
  const { client, repo, pullNumber, job, body, decision, log } = request;
  if (decision === 'skip') return { status: 'skipped', reason: 'the comment policy is never' };
  try {
    const identity = await whoAmI(client);
    const result = await upsertStickyComment(
      client,
      repo,
      pullNumber,
      job,
      body,
      decision === 'upsert',
      identity,
    );
    if (result.action === 'absent') {
      return { status: 'skipped', reason: 'nothing to report and no earlier comment to update' };
    }
    if (result.deletedDuplicate !== undefined) {
      log.info(
        `loadgate found that a concurrent run had commented first; it deleted its own duplicate (id ${result.deletedDuplicate}).`,
      );
    }
    log.info(`loadgate ${result.action} its comment on pull request #${pullNumber} (id ${result.id}).`);
    return { status: result.action, id: result.id, author: result.author };
  } catch (error) {
    const failure = requestFailure(error);
    const detail = describeFailure(failure);
    if (isNotPermitted(failure)) {
      log.warning(refusedWarning('comment', pullNumber, detail, request.fromFork));
      return { status: 'not-permitted', reason: detail };
    }
    log.warning(
      `loadgate could not comment on pull request #${pullNumber} (${detail}); the report is in the job summary.`,
    );
    return { status: 'failed', reason: detail };
  }
}
