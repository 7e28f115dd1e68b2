/** What the action needs to know about a failed GitHub request, read from Octokit's RequestError by shape. */
export interface HttpFailure {
  status?: number;
  message: string;
  headers: Record<string, string | undefined>;
}

export function httpFailure(error: unknown): HttpFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    status?: unknown;
    message?: unknown;
    response?: { headers?: Record<string, unknown> };
  };
  const headers: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(e.response?.headers ?? {})) {
    headers[key.toLowerCase()] = value === undefined || value === null ? undefined : String(value);
  }
  return {
    status: typeof e.status === 'number' ? e.status : undefined,
    message: typeof e.message === 'string' ? e.message : String(error),
    headers,
  };
}

/** GitHub's secondary rate limit answers 403 (or 429) with a retry-after header or a telling message. */
export function isRateLimited(failure: HttpFailure): boolean {
  if (failure.status === 429) return true;
  if (failure.status !== 403) return false;
  return (
    failure.headers['retry-after'] !== undefined ||
    failure.headers['x-ratelimit-remaining'] === '0' ||
    /rate limit/i.test(failure.message)
  );
}

/** The token may not do this here (fork pull requests, missing `pull-requests: write`, bad token). */
export function isNotPermitted(failure: HttpFailure): boolean {
  return (
    (failure.status === 401 || failure.status === 403 || failure.status === 404) && !isRateLimited(failure)
  );
}

/** The first line of GitHub's message, without the documentation link Octokit appends. */
export function shortMessage(failure: HttpFailure): string {
  const first = failure.message.split('\n')[0] ?? '';
  return first.replace(/\s+-\s+https?:\/\/\S+$/, '').trim();
}
