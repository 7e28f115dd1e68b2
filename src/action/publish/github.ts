import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import type { Logger } from '../logger.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface Repo {
  owner: string;
  repo: string;
}

export interface ClientOptions {
  log?: Logger;
  /**
   * What one second of `retry-after`, of the retry plugin's backoff step and of the throttling plugin's spacing
   * of writes lasts, in milliseconds. 1000 on a runner; tests shrink it so that they do not wait for real.
   */
  secondMs?: number;
}

/**
 * The length of a second for the client's waits: 1000, unless LOADGATE_TEST_SECOND_MS is set. Only the test
 * suites set it, for the action process they start against the fake GitHub: every wait keeps its count of
 * seconds (and the log says so), each second just passes faster.
 */
export function secondMsFor(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.LOADGATE_TEST_SECOND_MS);
  return env.LOADGATE_TEST_SECOND_MS && Number.isFinite(value) && value >= 0 ? value : 1000;
}

/** Retries of one request after server errors (502, 503, network errors): waits of 1 s, then 4 s. */
const SERVER_ERROR_RETRIES = 2;
/** Retries of one request after a rate limit. */
const RATE_LIMIT_RETRIES = 2;
/**
 * The longest `retry-after` (or wait for a primary rate limit to reset) worth holding a runner for: a
 * comment is a convenience, and the job summary already carries the report.
 */
export const MAX_RATE_LIMIT_WAIT_S = 60;

/**
 * An Octokit for the API the runner names (GITHUB_API_URL: GitHub Enterprise Server, or a fake server in
 * tests), with Octokit's own retry (server errors, with backoff) and throttling (primary and secondary rate
 * limits, honouring `retry-after`) plugins. Every wait is bounded: at most RATE_LIMIT_RETRIES waits of at
 * most MAX_RATE_LIMIT_WAIT_S each, and two short backoffs for server errors.
 */
export function createClient(
  token: string,
  baseUrl: string = process.env.GITHUB_API_URL || 'https://api.github.com',
  options: ClientOptions = {},
): GitHubClient {
  const secondMs = options.secondMs ?? secondMsFor();
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method?: string; url?: string },
      _octokit: unknown,
      retryCount: number,
    ) => {
      const what = `${request.method ?? 'GET'} ${request.url ?? ''}`.trim();
      if (retryCount >= RATE_LIMIT_RETRIES || retryAfter > MAX_RATE_LIMIT_WAIT_S) {
        options.log?.info(`GitHub's ${kind} rate limit stopped ${what}; not waiting ${retryAfter} s for it.`);
        return false;
      }
      options.log?.info(`GitHub's ${kind} rate limit: retrying ${what} after ${retryAfter} s.`);
      return true;
    };
  return getOctokit(
    token,
    {
      baseUrl: baseUrl.replace(/\/+$/, ''),
      retry: { retries: SERVER_ERROR_RETRIES, retryAfterBaseValue: secondMs },
      throttle: {
        retryAfterBaseValue: secondMs,
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        // The plugin spaces writes 1 s apart, those that notify people (a comment) 3 s and searches 2 s, as
        // GitHub advises; in seconds of `secondMs`, like its waits.
        ...(secondMs === 1000 ? {} : spacing(secondMs)),
      },
      // Octokit's own request log would print every 4xx the action handles (a fork's 403, a review's 422)
      // as a warning; the action logs what matters in its own words.
      log: {
        debug: (message: string) => options.log?.debug(message),
        info: (message: string) => options.log?.debug(message),
        warn: (message: string) => options.log?.debug(message),
        error: (message: string) => options.log?.debug(message),
      },
    },
    retry,
    throttling,
  );
}

/** The throttling plugin's limiters with its spacing (1, 3 and 2 seconds) in seconds of `secondMs`. */
function spacing(secondMs: number) {
  const group = (id: string, seconds: number) =>
    new Bottleneck.Group({ id: `loadgate-${id}`, maxConcurrent: 1, minTime: seconds * secondMs });
  return { write: group('write', 1), notifications: group('notifications', 3), search: group('search', 2) };
}
