import type { Logger } from '../logger.js';
import { httpFailure, isRateLimited } from './http-error.js';

export interface RetryOptions {
  /** Attempts in all, the first included. */
  attempts?: number;
  baseDelayMs?: number;
  /** No single wait is longer, whatever `retry-after` asks. */
  maxDelayMs?: number;
  /** Total waiting allowed across attempts: a comment is not worth holding a runner for. */
  budgetMs?: number;
  sleep?: (ms: number) => Promise<void>;
  log?: Logger;
}

export const DEFAULT_RETRY: Required<Omit<RetryOptions, 'log'>> = {
  attempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 3000,
  budgetMs: 8000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** How long to wait before retrying after `error`, or undefined when retrying cannot help. */
export function retryDelay(
  error: unknown,
  attempt: number,
  options: Required<Omit<RetryOptions, 'log'>>,
): number | undefined {
  const failure = httpFailure(error);
  const transient = failure.status === undefined || failure.status >= 500 || isRateLimited(failure);
  if (!transient) return undefined;
  const retryAfter = Number(failure.headers['retry-after']);
  const asked =
    Number.isFinite(retryAfter) && retryAfter >= 0
      ? retryAfter * 1000
      : options.baseDelayMs * 2 ** (attempt - 1);
  return Math.min(asked, options.maxDelayMs);
}

/**
 * Runs `fn` again on server errors, network errors and rate limits, with a short bounded backoff that
 * honours `retry-after` up to a cap. Anything else (403, 404, 422) is thrown at once.
 */
export async function withRetry<T>(
  what: string,
  fn: () => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const settings = { ...DEFAULT_RETRY, ...options };
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      const delay = retryDelay(error, attempt, settings);
      if (delay === undefined || attempt >= settings.attempts || waited + delay > settings.budgetMs)
        throw error;
      options.log?.debug(
        `${what} failed (${httpFailure(error).status ?? 'network error'}); retrying in ${delay} ms.`,
      );
      await settings.sleep(delay);
      waited += delay;
    }
  }
}
