import type { Logger } from '../logger.js';
import type { GitHubClient, Repo } from './github.js';
import { refusedWarning } from './comment.js';
import { readReviewMarker, reviewMarker, type PlannedReviewComment } from './review-plan.js';
import { describeFailure, isNotPermitted, requestFailure } from './request-failure.js';

export interface ReviewRequest {
  client: GitHubClient;
  repo: Repo;
  pullNumber: number;
  job: string;
  /** The pull request's head commit the findings were made on, when the event names it. */
  commitId?: string;
  planned: PlannedReviewComment[];
  /** Files this run linted: only their earlier review comments can be resolved. */
  lintedPaths: ReadonlySet<string>;
  /** The login the token writes as (from the sticky comment), to recognise loadgate's own comments. */
  self?: string;
  fromFork?: boolean;
  log: Logger;
}

export interface ReviewOutcome {
  status: 'posted' | 'nothing-new' | 'refused' | 'not-permitted' | 'failed';
  posted: number;
  /** Already present on the same line from an earlier run. */
  kept: number;
  resolved: number;
  reason?: string;
}

interface ExistingComment {
  id: number;
  path: string;
  line: number | null;
  body: string;
  key: string;
  resolved: boolean;
}

const MAX_PAGES = 30;

async function listOurReviewComments(request: ReviewRequest): Promise<ExistingComment[]> {
  const { client, repo, pullNumber, job, self } = request;
  let pages = 0;
  return client.paginate(
    client.rest.pulls.listReviewComments,
    { ...repo, pull_number: pullNumber, per_page: 100 },
    (response, done) => {
      if (++pages >= MAX_PAGES) done();
      const ours: ExistingComment[] = [];
      for (const c of response.data) {
        const marker = readReviewMarker(c.body);
        // A person quoting the marker never makes their comment ours.
        const byUs = self !== undefined ? c.user?.login === self : c.user?.type === 'Bot';
        if (!marker || marker.job !== job || !byUs) continue;
        ours.push({
          id: c.id,
          path: c.path,
          line: c.line ?? null,
          body: c.body,
          key: marker.key,
          resolved: marker.resolved,
        });
      }
      return ours;
    },
  );
}

/** The body of a suggestion whose finding is gone: marked resolved, its suggestion removed. */
export function resolvedBody(job: string, key: string, body: string): string {
  const heading = body.split('\n')[1] ?? '';
  return [
    reviewMarker(job, key, true),
    `✅ **Resolved:** loadgate no longer reports this here.`,
    '',
    `~~${heading.replace(/~~/g, '')}~~`,
  ].join('\n');
}

/**
 * Posts the findings on changed lines as one pull request review, skips those an earlier run already
 * posted on the same line, and marks earlier ones whose finding is gone as resolved (the suggestion is
 * removed, so it can no longer be committed). Never throws: a 422 (a line GitHub does not count as part of
 * the diff) or a read-only token leaves the findings in the sticky comment, with one log line.
 */
export async function publishReview(request: ReviewRequest): Promise<ReviewOutcome> {
  const { client, repo, pullNumber, planned, log } = request;
  const outcome: ReviewOutcome = { status: 'nothing-new', posted: 0, kept: 0, resolved: 0 };
  try {
    const existing = await listOurReviewComments(request);
    const present = new Set(
      existing.filter((c) => !c.resolved && c.line !== null).map((c) => `${c.path}\0${c.line}\0${c.key}`),
    );
    const fresh = planned.filter((p) => !present.has(`${p.path}\0${p.line}\0${p.key}`));
    outcome.kept = planned.length - fresh.length;
    const wanted = new Set(planned.map((p) => p.key));
    const gone = existing.filter((c) => !c.resolved && !wanted.has(c.key) && request.lintedPaths.has(c.path));

    if (fresh.length > 0) {
      try {
        await client.rest.pulls.createReview({
          ...repo,
          pull_number: pullNumber,
          ...(request.commitId ? { commit_id: request.commitId } : {}),
          event: 'COMMENT',
          body: `loadgate: ${fresh.length} finding${fresh.length === 1 ? '' : 's'} on lines this pull request changed.`,
          comments: fresh.map((p) => ({
            path: p.path,
            line: p.line,
            side: 'RIGHT' as const,
            ...(p.startLine !== undefined ? { start_line: p.startLine, start_side: 'RIGHT' as const } : {}),
            body: p.body,
          })),
        });
        outcome.posted = fresh.length;
        outcome.status = 'posted';
        log.info(
          `loadgate posted a review with ${fresh.length} inline comment(s) on pull request #${pullNumber}.`,
        );
      } catch (error) {
        const failure = requestFailure(error);
        if (failure.status !== 422) throw error;
        // A line GitHub does not count as part of the diff (the diff moved on since the files were listed):
        // the sticky comment already lists every finding, so nothing is lost.
        log.info(
          `GitHub refused the inline review on pull request #${pullNumber} (${describeFailure(failure)}); the findings stay in the sticky comment.`,
        );
        outcome.status = 'refused';
        outcome.reason = describeFailure(failure);
      }
    }
    for (const comment of gone) {
      await client.rest.pulls.updateReviewComment({
        ...repo,
        comment_id: comment.id,
        body: resolvedBody(request.job, comment.key, comment.body),
      });
      outcome.resolved++;
    }
    if (outcome.resolved > 0) log.info(`loadgate marked ${outcome.resolved} earlier suggestion(s) resolved.`);
    return outcome;
  } catch (error) {
    const failure = requestFailure(error);
    const detail = describeFailure(failure);
    if (isNotPermitted(failure)) {
      log.warning(refusedWarning('post review comments', pullNumber, detail, request.fromFork));
      return { ...outcome, status: 'not-permitted', reason: detail };
    }
    log.warning(
      `loadgate could not post its review on pull request #${pullNumber} (${detail}); the findings are in the sticky comment.`,
    );
    return { ...outcome, status: 'failed', reason: detail };
  }
}
