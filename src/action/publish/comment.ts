import type { Logger } from '../logger.js';
import type { GitHubClient, Repo } from './github.js';
import { httpFailure, isNotPermitted, shortMessage } from './http-error.js';
import type { CommentDecision } from './policy.js';
import { withRetry, type RetryOptions } from './retry.js';
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
  retry?: RetryOptions;
}

export type CommentOutcome =
  | { status: 'created' | 'updated' | 'unchanged'; id: number }
  | { status: 'skipped'; reason: string }
  | { status: 'not-permitted' | 'failed'; reason: string };

/**
 * Publishes the sticky comment as the policy says. It never throws: a comment is a convenience, the job
 * summary and the step's status carry the verdict, so a token that may not comment (fork pull requests)
 * or an API that keeps failing ends in one warning.
 */
export async function publishComment(request: CommentRequest): Promise<CommentOutcome> {
  const { client, repo, pullNumber, job, body, decision, log } = request;
  if (decision === 'skip') return { status: 'skipped', reason: 'the comment policy is never' };
  try {
    const result = await withRetry(
      'Publishing the pull request comment',
      () => upsertStickyComment(client, repo, pullNumber, job, body, decision === 'upsert'),
      { log, ...request.retry },
    );
    if (result.action === 'absent') {
      return { status: 'skipped', reason: 'nothing to report and no earlier comment to update' };
    }
    log.info(`loadgate ${result.action} its comment on pull request #${pullNumber} (id ${result.id}).`);
    return { status: result.action, id: result.id };
  } catch (error) {
    const failure = httpFailure(error);
    const detail = `${failure.status ?? 'network error'} ${shortMessage(failure)}`.trim();
    if (isNotPermitted(failure)) {
      const why = request.fromFork
        ? 'the token is read-only on pull requests from forks'
        : 'the token lacks pull-requests: write or issues: write permission';
      log.warning(
        `loadgate could not comment on pull request #${pullNumber} (${detail}): ${why}; the report is in the job summary.`,
      );
      return { status: 'not-permitted', reason: detail };
    }
    log.warning(
      `loadgate could not comment on pull request #${pullNumber} (${detail}); the report is in the job summary.`,
    );
    return { status: 'failed', reason: detail };
  }
}
