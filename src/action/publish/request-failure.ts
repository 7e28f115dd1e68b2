/**
 * What the action tells about a GitHub request that failed after Octokit's retry and throttling plugins
 * gave up: its status (undefined for a network error) and GitHub's message, read from Octokit's
 * RequestError by shape.
 */
export interface RequestFailure {
  status?: number;
  message: string;
}

export function requestFailure(error: unknown): RequestFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    status?: unknown;
    message?: unknown;
  };
  const raw = typeof e.message === 'string' ? e.message : String(error);
  // The first line of GitHub's message, without the documentation link Octokit appends.
  const message = (raw.split('\n')[0] ?? '').replace(/\s+-\s+https?:\/\/\S+$/, '').trim();
  return { status: typeof e.status === 'number' ? e.status : undefined, message };
}

/** `403 Resource not accessible by integration`, or `network error fetch failed`. */
export function describeFailure(failure: RequestFailure): string {
  return `${failure.status ?? 'network error'} ${failure.message}`.trim();
}

/**
 * The token may not do this here: a read-only token (pull requests from forks, `permissions:` without
 * `pull-requests: write`), or a bad one. Rate limits also answer 403, but the throttling plugin has waited
 * those out, or given up on a wait too long to be worth it, before this is asked.
 */
export function isNotPermitted(failure: RequestFailure): boolean {
  return (
    (failure.status === 401 || failure.status === 403 || failure.status === 404) &&
    !/rate limit/i.test(failure.message)
  );
}
