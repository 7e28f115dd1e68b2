import { VERSION } from '../version.js';
import type { Provenance, Run } from './model.js';

/** The `GITHUB_*` variables a run file records; anything else in the environment is never read. */
type GithubEnv = Partial<
  Record<
    | 'GITHUB_SHA'
    | 'GITHUB_REF'
    | 'GITHUB_HEAD_REF'
    | 'GITHUB_RUN_ID'
    | 'GITHUB_RUN_ATTEMPT'
    | 'GITHUB_WORKFLOW'
    | 'GITHUB_REPOSITORY',
    string | undefined
  >
>;

/**
 * Where a run came from, for the run file written now: the commit, ref and workflow run from `GITHUB_*` when
 * present (outside Actions there are none, and no git command is run to guess them), the tool and the files
 * the run was read from.
 */
export function provenanceOf(
  run: Run,
  env: GithubEnv = {},
  now: Date = new Date(),
  sources: Provenance['sources'] = run.provenance?.sources ?? sourcesOf(run),
): Provenance {
  const value = (name: keyof GithubEnv) => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };
  // On a pull request GITHUB_REF is refs/pull/N/merge; the branch people know is GITHUB_HEAD_REF.
  const ref =
    value('GITHUB_HEAD_REF') ?? value('GITHUB_REF')?.replace(/^refs\/(heads|tags)\//, '') ?? undefined;
  const provenance: Provenance = {
    createdAt: now.toISOString(),
    tool: { name: run.source.tool, ...(run.source.version ? { version: run.source.version } : {}) },
    sources,
    loadgate: VERSION,
  };
  const commit = value('GITHUB_SHA');
  if (commit) provenance.commit = commit;
  if (ref) provenance.ref = ref;
  const repository = value('GITHUB_REPOSITORY');
  if (repository) provenance.repository = repository;
  const workflow = value('GITHUB_WORKFLOW');
  if (workflow) provenance.workflow = workflow;
  const runId = value('GITHUB_RUN_ID');
  if (runId) provenance.runId = runId;
  const runAttempt = value('GITHUB_RUN_ATTEMPT');
  if (runAttempt) provenance.runAttempt = runAttempt;
  return provenance;
}

/** The files a run was read from, as its `source` names them (merged runs list several, comma-separated). */
function sourcesOf(run: Run): Provenance['sources'] {
  return run.source.file
    .split(', ')
    .filter(Boolean)
    .map((file) => ({ file, format: run.source.format }));
}

/** What a report says about a baseline's origin, from run@2 provenance or a run@1 file's `meta`. */
export interface Origin {
  ref?: string;
  commit?: string;
  createdAt?: string;
}

export function originOf(run: Run): Origin | undefined {
  const p = run.provenance ?? run.meta;
  if (!p) return undefined;
  const origin: Origin = {};
  if (p.ref) origin.ref = p.ref;
  if (p.commit) origin.commit = p.commit;
  if (p.createdAt) origin.createdAt = p.createdAt;
  return Object.keys(origin).length ? origin : undefined;
}

/**
 * "main@abc1234, 2 days old": the ref and short commit, and the age against `now`. Undefined when the run says
 * nothing about where it came from. Plain text; renderers escape it.
 */
export function describeOrigin(origin: Origin | undefined, now: Date = new Date()): string | undefined {
  if (!origin) return undefined;
  const commit = origin.commit ? origin.commit.slice(0, 7) : undefined;
  const where = origin.ref && commit ? `${origin.ref}@${commit}` : (origin.ref ?? commit);
  const age = origin.createdAt ? ageOf(origin.createdAt, now) : undefined;
  const parts = [where, age].filter((p): p is string => p !== undefined);
  return parts.length ? parts.join(', ') : undefined;
}

function ageOf(createdAt: string, now: Date): string | undefined {
  const t = Date.parse(createdAt);
  if (!Number.isFinite(t)) return undefined;
  const minutes = Math.max(0, (now.getTime() - t) / 60_000);
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'} old`;
  if (minutes < 1) return 'made just now';
  if (minutes < 60) return unit(Math.floor(minutes), 'minute');
  if (minutes < 48 * 60) return unit(Math.floor(minutes / 60), 'hour');
  return unit(Math.floor(minutes / (24 * 60)), 'day');
}
