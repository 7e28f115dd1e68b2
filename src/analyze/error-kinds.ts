import type { EndpointStats, Run } from '../results/model.js';
import { count } from './numbers.js';

/** What a failure kind says about where the problem is. */
export type ErrorClass =
  | 'auth'
  | 'not-found'
  | 'client'
  | 'server'
  | 'connection'
  | 'timeout'
  | 'reset'
  | 'generator'
  | 'check'
  | 'other';

/**
 * Classifies an error kind as the readers name it (`HTTP 401`, `ECONNREFUSED`, `j.n.ConnectException`,
 * `java.net.UnknownHostException`, `assertion failed`, `k6 error 1101`).
 */
export function classify(kind: string): ErrorClass {
  const k = kind.toLowerCase();
  const status = /^(?:http|grpc) (\d{3})$/.exec(k)?.[1];
  if (status) {
    const code = Number(status);
    if (code === 401 || code === 403 || code === 407) return 'auth';
    if (code === 404 || code === 410) return 'not-found';
    if (code >= 500) return 'server';
    return 'client';
  }
  if (/eaddrnotavail|emfile|enobufs|too many open files/.test(k)) return 'generator';
  if (/econnreset|epipe|socket hang up|remotedisconnected|connection reset/.test(k)) return 'reset';
  if (/timedout|timeout|timed out/.test(k)) return 'timeout';
  if (
    /econnrefused|connectexception|enotfound|eai_again|unknownhost|ehostunreach|enetunreach|no response|k6 error 1[0-2]\d\d/.test(
      k,
    )
  )
    return 'connection';
  if (/assert|check|expect/.test(k)) return 'check';
  return 'other';
}

/** The kinds of a run's failures, most frequent first. */
export function topKinds(stats: EndpointStats, max = 3): [string, number][] {
  return Object.entries(stats.errorsByKind ?? {})
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, max);
}

/** "HTTP 500 ×40, HTTP 404 ×196" */
export function kindsText(kinds: readonly [string, number][]): string {
  return kinds.map(([k, n]) => `${k} ×${count(n)}`).join(', ');
}

/**
 * The endpoints that produced a run's errors, most first: those with the top kind when the rows say their
 * kinds, else by error count. Transactions are left out (their children are the requests).
 */
export function failingEndpoints(run: Run, kind?: string, max = 3): { name: string; errors: number }[] {
  const rows = run.endpoints.filter((e) => e.kind !== 'transaction');
  const byKind = kind
    ? rows.map((e) => ({ name: e.name, errors: e.errorsByKind?.[kind] ?? 0 })).filter((e) => e.errors > 0)
    : [];
  const list = byKind.length
    ? byKind
    : rows.map((e) => ({ name: e.name, errors: e.errors ?? 0 })).filter((e) => e.errors > 0);
  return list.sort((a, b) => b.errors - a.errors || (a.name < b.name ? -1 : 1)).slice(0, max);
}

/** The next step for failures of these kinds (the most frequent first), one imperative sentence. */
export function adviceFor(kinds: readonly [string, number][]): string {
  const classes = new Set(kinds.map(([k]) => classify(k)));
  if (classes.has('auth'))
    return 'Fix the credentials the script sends (token, login step, its expiry): the service refused them.';
  if (classes.has('generator'))
    return 'Add load generators or lower the rate per generator (the generator ran out of sockets), then rerun.';
  if (classes.has('connection'))
    return 'Check that the target host is up and reachable from the load generator (URL, DNS, port, firewall) before reading any latency.';
  if (classes.has('not-found'))
    return 'Fix the URLs the script requests (base URL, paths, test data ids): the service answered 404.';
  if (classes.has('server'))
    return 'Read the service logs for that time: the 5xx responses came from the service or what it calls; scale the tier or raise its pools if it was saturated.';
  if (classes.has('timeout') || classes.has('reset'))
    return 'Find what the service waited on when it stopped answering in time (pools, locks, a dependency) and raise that limit or scale the tier.';
  if (classes.has('check'))
    return 'Read what the failed checks or assertions expected: the responses came back, but not as the script expects.';
  if (classes.has('client'))
    return 'Fix the requests the script sends (payload, headers, test data): the service rejected them with 4xx.';
  return 'Read the failures by kind and fix their cause before reading the latencies.';
}
