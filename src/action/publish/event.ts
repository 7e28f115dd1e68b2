import { PULL_REQUEST_EVENTS } from '../constants.js';

export interface PullRequestRef {
  number: number;
  /** The head branch lives in another repository: the token is then usually read-only. */
  fromFork: boolean;
  /** The base branch's commit, for the maturity level's change. */
  baseSha?: string;
  /** The head commit, which `path:line` links in the comment point at. */
  headSha?: string;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

function fullName(repo: unknown): string | undefined {
  const name = record(repo)?.full_name;
  return typeof name === 'string' ? name : undefined;
}

/** The pull request an event is about, or undefined (push, schedule, workflow_dispatch: no comment). */
export function pullRequestOf(eventName: string | undefined, payload: unknown): PullRequestRef | undefined {
  if (!PULL_REQUEST_EVENTS.includes(eventName as (typeof PULL_REQUEST_EVENTS)[number])) return undefined;
  const pr = record(record(payload)?.pull_request);
  const number = pr?.number;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) return undefined;
  const head = fullName(record(pr?.head)?.repo);
  const base = fullName(record(pr?.base)?.repo);
  const ref: PullRequestRef = { number, fromFork: head !== undefined && base !== undefined && head !== base };
  const baseSha = record(pr?.base)?.sha;
  if (typeof baseSha === 'string' && /^[0-9a-f]{40,64}$/i.test(baseSha)) ref.baseSha = baseSha;
  const headSha = record(pr?.head)?.sha;
  if (typeof headSha === 'string' && /^[0-9a-f]{40,64}$/i.test(headSha)) ref.headSha = headSha;
  return ref;
}

/** `owner/repo` from GITHUB_REPOSITORY. */
export function repositoryOf(value: string | undefined): { owner: string; repo: string } | undefined {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '');
  return match ? { owner: match[1]!, repo: match[2]! } : undefined;
}
