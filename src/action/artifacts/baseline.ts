import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResolvedBaseline } from '../../engine/baseline-source.js';
import type { Logger } from '../logger.js';
import type { GitHubClient, Repo } from '../publish/github.js';
import { describeFailure, requestFailure } from '../publish/request-failure.js';
import { DownloadError, downloadArtifactZip } from './download.js';
import { findLatestArtifact, workflowOfRun, type ArtifactSearchResult } from './find-latest.js';
import { readZip, ZipError } from './unzip.js';

/** The run-file schemas this loadgate reads; a newer one in an artifact is a note, not a broken baseline. */
const READABLE = ['loadgate/run@1', 'loadgate/run@2'];

export interface AutoBaselineRequest {
  client: GitHubClient;
  repo: Repo;
  env: Readonly<Record<string, string | undefined>>;
  /** The artifact's name (`baseline-artifact`). */
  artifact: string;
  log?: Logger;
  /** Backoff unit of the blob download's retries (tests shrink it). */
  secondMs?: number;
}

/** The zip of the latest artifact of a name, or why there is none (`failed`: a request failed, not a miss). */
export type LatestArtifactZip =
  | { kind: 'found'; zip: Uint8Array; label: string }
  | { kind: 'missing'; note: string }
  | { kind: 'failed'; note: string };

/**
 * The zip of the latest `artifact` made by a successful push run of this workflow on the pull request's base
 * branch (the default branch on a push). A miss (no such run, no such artifact, expired) and a failed
 * request (a 403, a 404, a 5xx after retries) are told apart: a history chain starts again after a miss but
 * must not be replaced after a failure.
 */
export async function downloadLatestArtifact(request: AutoBaselineRequest): Promise<LatestArtifactZip> {
  const { client, repo, env, artifact } = request;
  let step = 'find this workflow';
  try {
    const workflowId = await currentWorkflow(client, repo, env);
    if (workflowId === undefined)
      return {
        kind: 'failed',
        note: 'the workflow is unknown (neither GITHUB_RUN_ID nor GITHUB_WORKFLOW_REF is set)',
      };
    step = 'find the default branch';
    const branch = await baseBranch(client, repo, env);
    step = `list the successful runs of this workflow on ${branch}`;
    const found = await findLatestArtifact(client, repo, {
      workflowId,
      branch,
      name: artifact,
      event: 'push',
    });
    if (found.kind !== 'found') return { kind: 'missing', note: describeMiss(found, artifact, branch) };
    const label = `artifact ${artifact} of run #${found.run.runNumber} on ${branch}`;
    step = `download ${label}`;
    const zip = await downloadArtifactZip(client, repo, found.artifact.id, {
      ...(request.secondMs !== undefined ? { secondMs: request.secondMs } : {}),
    });
    return { kind: 'found', zip, label };
  } catch (error) {
    if (error instanceof DownloadError)
      return { kind: 'failed', note: `could not ${step}: ${error.message}` };
    return { kind: 'failed', note: explainFailure(step, error) };
  }
}

/**
 * `baseline: auto`: the run file inside the `artifact` of the latest successful push run of this workflow on
 * the pull request's base branch (the default branch on a push). Everything that can go wrong (no such run,
 * the artifact expired or missing, a 403, a corrupt zip, a newer schema) is a note naming why, never an
 * error: the engine then falls back to `baseline-path`, or compares nothing.
 */
export async function resolveAutoBaseline(request: AutoBaselineRequest): Promise<ResolvedBaseline> {
  const latest = await downloadLatestArtifact(request);
  if (latest.kind !== 'found') return { note: latest.note };
  const { zip, label } = latest;
  const entry = runEntry(zip, label);
  if ('note' in entry) return entry;
  const dir = mkdtempSync(join(request.env.RUNNER_TEMP || tmpdir(), 'loadgate-baseline-'));
  const file = join(dir, 'baseline.json');
  writeFileSync(file, entry.text, 'utf8');
  request.log?.info(`loadgate compares with ${label} (${entry.name}).`);
  return { file, name: `${request.artifact}/${entry.name}`, source: label };
}

/** The one loadgate run file in the archive, read and checked for a schema this version reads. */
function runEntry(zip: Uint8Array, label: string): { name: string; text: string } | { note: string } {
  let entries;
  try {
    entries = readZip(zip, (name) => name.toLowerCase().endsWith('.json') && !name.endsWith('/'));
  } catch (error) {
    const why = error instanceof ZipError ? error.message : String(error);
    return { note: `${label} is not a readable zip: ${why}` };
  }
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let newer: string | undefined;
  for (const { name, data } of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const text = decoder.decode(data);
    let schema: unknown;
    try {
      schema = (JSON.parse(text) as { schema?: unknown }).schema;
    } catch {
      continue;
    }
    if (typeof schema !== 'string' || !schema.startsWith('loadgate/run@')) continue;
    if (READABLE.includes(schema)) return { name, text };
    newer ??= `${label} holds ${name} of schema "${schema}", newer than this loadgate reads (${READABLE.join(', ')}): update loadgate`;
  }
  if (newer) return { note: newer };
  return {
    note:
      entries.length === 0
        ? `${label} holds no JSON file`
        : `${label} holds no readable loadgate run file (a corrupt or truncated ${entries.length === 1 ? entries[0]!.name : 'JSON file'})`,
  };
}

function describeMiss(
  found: Exclude<ArtifactSearchResult, { kind: 'found' }>,
  artifact: string,
  branch: string,
) {
  switch (found.kind) {
    case 'no-run':
      return `no successful push run of this workflow on ${branch} yet (the first one with upload-baseline makes the artifact)`;
    case 'no-artifact':
      return `none of the last ${found.runs.length} successful runs of this workflow on ${branch} uploaded an artifact named ${artifact}`;
    case 'expired':
      return `artifact ${artifact} of run #${found.run.runNumber} on ${branch} has expired (artifacts are kept 90 days by default)`;
    case 'other-workflow':
      return `artifact ${artifact} listed under run #${found.run.runNumber} was made by another workflow run (${found.artifact.workflowRunId}), so it is not used`;
  }
}

/** 403 and 404 say what to change (they are not retried); anything else after retries says what failed. */
function explainFailure(step: string, error: unknown): string {
  const failure = requestFailure(error);
  const what = describeFailure(failure);
  if (failure.status === 403 && !/rate limit/i.test(failure.message))
    return `could not ${step}: ${what} (the token needs \`actions: read\`; add it to the job's permissions)`;
  if (failure.status === 404)
    return `could not ${step}: ${what} (the workflow, run or artifact is not there, or the token may not see it)`;
  if (failure.status === 410) return `could not ${step}: ${what} (the artifact has expired or was deleted)`;
  return `could not ${step}: ${what}`;
}

/** This run's workflow id (`GET .../actions/runs/{GITHUB_RUN_ID}`), else its file from GITHUB_WORKFLOW_REF. */
async function currentWorkflow(
  client: GitHubClient,
  repo: Repo,
  env: Readonly<Record<string, string | undefined>>,
): Promise<number | string | undefined> {
  const runId = env.GITHUB_RUN_ID;
  if (runId && /^\d+$/.test(runId)) return workflowOfRun(client, repo, Number(runId));
  // `octo/app/.github/workflows/load.yml@refs/heads/main`: the API takes the file name as the id.
  const m = /\/\.github\/workflows\/([^/@]+)@/.exec(env.GITHUB_WORKFLOW_REF ?? '');
  return m?.[1];
}

/** The pull request's base branch (GITHUB_BASE_REF), else the repository's default branch. */
async function baseBranch(
  client: GitHubClient,
  repo: Repo,
  env: Readonly<Record<string, string | undefined>>,
): Promise<string> {
  if (env.GITHUB_BASE_REF) return env.GITHUB_BASE_REF;
  const fromEvent = defaultBranchOfEvent(env.GITHUB_EVENT_PATH);
  if (fromEvent) return fromEvent;
  const { data } = await client.rest.repos.get({ ...repo });
  return data.default_branch;
}

export function defaultBranchOfEvent(path: string | undefined): string | undefined {
  if (!path) return undefined;
  try {
    const event = JSON.parse(readFileSync(path, 'utf8')) as { repository?: { default_branch?: unknown } };
    const branch = event.repository?.default_branch;
    return typeof branch === 'string' && branch ? branch : undefined;
  } catch {
    return undefined;
  }
}
