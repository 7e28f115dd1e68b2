import type { GitHubClient, Repo } from '../publish/github.js';

/** The fields of a workflow run loadgate reads (`GET /repos/{o}/{r}/actions/workflows/{id}/runs`). */
export interface WorkflowRunRef {
  id: number;
  runNumber: number;
  workflowId: number;
  headBranch?: string;
  headSha?: string;
  htmlUrl?: string;
}

/** The fields of an artifact loadgate reads (`GET /repos/{o}/{r}/actions/runs/{id}/artifacts`). */
export interface ArtifactRef {
  id: number;
  name: string;
  sizeInBytes: number;
  expired: boolean;
  createdAt?: string;
  /** The run that made it, as GitHub says: checked against the run it was listed under. */
  workflowRunId?: number;
}

export interface ArtifactSearch {
  /** The workflow's numeric id or its file name (`load.yml`). */
  workflowId: number | string;
  branch: string;
  name: string;
  /** Only runs of this event (`push`): pull-request runs on a branch of the same name are not its history. */
  event?: string;
  /** How many of the latest successful runs to look through for the artifact. */
  runs?: number;
}

/** What a search found, or why it found nothing usable; never thrown, since a baseline is optional. */
export type ArtifactSearchResult =
  | { kind: 'found'; run: WorkflowRunRef; artifact: ArtifactRef }
  | { kind: 'no-run' }
  | { kind: 'no-artifact'; runs: WorkflowRunRef[] }
  | { kind: 'expired'; run: WorkflowRunRef; artifact: ArtifactRef }
  | { kind: 'other-workflow'; run: WorkflowRunRef; artifact: ArtifactRef };

const DEFAULT_RUNS = 10;

/** The id of the workflow a run belongs to (`GET /repos/{o}/{r}/actions/runs/{run_id}`). */
export async function workflowOfRun(client: GitHubClient, repo: Repo, runId: number): Promise<number> {
  const { data } = await client.rest.actions.getWorkflowRun({ ...repo, run_id: runId });
  return data.workflow_id;
}

/**
 * The newest artifact named `name` among the latest successful runs of a workflow on a branch. The runs are
 * looked through newest first: a run that made no such artifact (a step skipped) is passed over, but the
 * first one found is the answer even when it has expired, since older ones expired before it. Request
 * failures are thrown (Octokit's RequestError) for the caller to explain.
 */
export async function findLatestArtifact(
  client: GitHubClient,
  repo: Repo,
  search: ArtifactSearch,
): Promise<ArtifactSearchResult> {
  const { data } = await client.rest.actions.listWorkflowRuns({
    ...repo,
    workflow_id: search.workflowId,
    branch: search.branch,
    status: 'success',
    ...(search.event ? { event: search.event } : {}),
    per_page: Math.min(100, search.runs ?? DEFAULT_RUNS),
  });
  const runs: WorkflowRunRef[] = data.workflow_runs.map((r) => ({
    id: r.id,
    runNumber: r.run_number,
    workflowId: r.workflow_id,
    ...(r.head_branch ? { headBranch: r.head_branch } : {}),
    ...(r.head_sha ? { headSha: r.head_sha } : {}),
    ...(r.html_url ? { htmlUrl: r.html_url } : {}),
  }));
  if (runs.length === 0) return { kind: 'no-run' };
  for (const run of runs) {
    const listed = await client.rest.actions.listWorkflowRunArtifacts({
      ...repo,
      run_id: run.id,
      name: search.name,
      per_page: 100,
    });
    const match = listed.data.artifacts
      .filter((a) => a.name === search.name)
      .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? ''))[0];
    if (!match) continue;
    const artifact: ArtifactRef = {
      id: match.id,
      name: match.name,
      sizeInBytes: match.size_in_bytes,
      expired: match.expired,
      ...(match.created_at ? { createdAt: match.created_at } : {}),
      ...(match.workflow_run?.id ? { workflowRunId: match.workflow_run.id } : {}),
    };
    if (artifact.workflowRunId !== undefined && artifact.workflowRunId !== run.id)
      return { kind: 'other-workflow', run, artifact };
    if (artifact.expired) return { kind: 'expired', run, artifact };
    return { kind: 'found', run, artifact };
  }
  return { kind: 'no-artifact', runs };
}
