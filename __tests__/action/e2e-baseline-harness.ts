import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect } from '@jest/globals';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { type Backend, inputDefaults, root, runStep, type StepResult } from '../helpers/action-step.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { FakeResultsService } from '../helpers/fake-results-service.js';

/**
 * The harness of e2e-baseline.test.ts and e2e-artifacts.test.ts (two files, so jest runs them side by
 * side): steps of the action (helpers/action-step.ts; in this process unless a test asks for the bundle)
 * against the fake GitHub on loopback: workflow runs, their artifacts, the artifact zip behind a 302 to a
 * blob URL, and the results service the action uploads artifacts through (ACTIONS_RESULTS_URL,
 * `runtimeEnv`). Without `runtimeEnv` the action cannot upload, and the baseline artifact is made as a
 * workflow without it makes it: the run file named in the baseline-file output, zipped as
 * actions/upload-artifact zips it (`zipOf`).
 */

export { root };
export const RESULTS = join(root, '__tests__/fixtures/results');
export const WORKFLOW = 77;
export const THIS_RUN = 1234;
export const MAIN_SHA = 'abc1234def5678901234567890abcdef12345678';

export let github: FakeGitHub;
export let temp: string;
export let workspace: string;

/** The fake GitHub, a workspace with a current and a main result, and this run; one per test. */
export function useBaselineHarness(): void {
  beforeEach(async () => {
    github = await startFakeGitHub();
    temp = mkdtempSync(join(tmpdir(), 'loadgate-e2e-baseline-'));
    workspace = join(temp, 'workspace');
    mkdirSync(join(workspace, 'perf'), { recursive: true });
    cpSync(join(RESULTS, 'k6-summary-current.json'), join(workspace, 'perf/current.json'));
    cpSync(join(RESULTS, 'k6-summary-baseline.json'), join(workspace, 'perf/main.json'));
    // This run, on the pull request's branch, and the workflow's history on main.
    github.workflowRuns.push({
      id: THIS_RUN,
      run_number: 60,
      workflow_id: WORKFLOW,
      head_branch: 'feature',
      head_sha: 'f'.repeat(40),
      event: 'pull_request',
      status: 'in_progress',
      conclusion: null,
    });
  });

  afterEach(async () => {
    await github.stop();
    rmSync(temp, { recursive: true, force: true });
  });
}

export interface Result extends StepResult {
  report: {
    verdict: string;
    comparison?: { baseline: { file: string; origin?: string; source?: string }; verdict: string };
    notCompared?: { reason: string };
  };
}

/**
 * One step of the action on a pull request (or a push to main): every input at its action.yml default, then
 * what these suites compare (perf/current.json against `baseline: auto`), then `inputs`. `backend` is
 * `process` where a test drives the bundle itself.
 */
export async function runAction(
  inputs: Record<string, string>,
  event: 'pull_request' | 'push' = 'pull_request',
  extraEnv: Record<string, string> = {},
  backend: Backend = 'in-process',
): Promise<Result> {
  const repository = { full_name: 'octo/app', name: 'app', owner: { login: 'octo' }, default_branch: 'main' };
  const step = await runStep({
    backend,
    workspace,
    temp,
    apiUrl: github.url,
    eventName: event,
    event:
      event === 'push'
        ? { ref: 'refs/heads/main', after: MAIN_SHA, repository }
        : {
            number: 42,
            pull_request: {
              number: 42,
              head: { sha: 'f'.repeat(40), repo: { full_name: 'octo/app' } },
              base: { sha: MAIN_SHA, ref: 'main', repo: { full_name: 'octo/app' } },
            },
            repository,
          },
    inputs: {
      ...inputDefaults,
      comment: 'never',
      maturity: 'false',
      'fail-on': 'regression',
      paths: '',
      results: 'perf/current.json',
      baseline: 'auto',
      ...inputs,
    },
    env: {
      GITHUB_RUN_ID: String(THIS_RUN),
      GITHUB_WORKFLOW_REF: 'octo/app/.github/workflows/load.yml@refs/heads/main',
      ...(event === 'push'
        ? { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: MAIN_SHA }
        : { GITHUB_REF: 'refs/pull/42/merge', GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'feature' }),
      ...extraEnv,
    },
  });
  const report = step.outputs['report-path']
    ? (JSON.parse(readFileSync(step.outputs['report-path'], 'utf8')) as Result['report'])
    : ({ verdict: 'none' } as Result['report']);
  return { ...step, report };
}

/** A successful push run of the workflow on main, and the artifact it uploaded. */
export function mainRun(
  id: number,
  runNumber: number,
  zip?: Uint8Array,
  artifact: Partial<{ expired: boolean; madeByRun: number; name: string }> = {},
) {
  github.workflowRuns.push({
    id,
    run_number: runNumber,
    workflow_id: WORKFLOW,
    head_branch: 'main',
    head_sha: MAIN_SHA,
    event: 'push',
    status: 'completed',
    conclusion: 'success',
  });
  if (zip)
    github.artifacts.push({
      id: id * 10,
      name: artifact.name ?? 'loadgate-baseline',
      runId: id,
      zip,
      ...artifact,
    });
}

/** The baseline run file as a push to main with upload-baseline writes it (the action's own, real provenance). */
export async function uploadedRunFile(): Promise<{ text: string; result: Result }> {
  const result = await runAction({ results: 'perf/main.json', 'upload-baseline': 'true' }, 'push');
  expect(result.outputs['baseline-file']).toBeTruthy();
  return { text: readFileSync(result.outputs['baseline-file']!, 'utf8'), result };
}

/** What actions/upload-artifact makes of one file: a zip holding it by its base name. */
export function zipOf(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([n, t]) => [n, typeof t === 'string' ? strToU8(t) : t])),
  );
}

/** A push run of the workflow on main, in progress while the action runs in it, as on GitHub. */
export function pushRun(id: number, runNumber: number) {
  github.workflowRuns.push({
    id,
    run_number: runNumber,
    workflow_id: WORKFLOW,
    head_branch: 'main',
    head_sha: MAIN_SHA,
    event: 'push',
    status: 'in_progress',
    conclusion: null,
  });
  return () => {
    const run = github.workflowRuns.find((r) => r.id === id)!;
    run.status = 'completed';
    run.conclusion = 'success';
  };
}

/** What the runner gives a JavaScript action of workflow run `runId`: the results service and its token. */
export function runtimeEnv(runId: number): Record<string, string> {
  return {
    GITHUB_RUN_ID: String(runId),
    ACTIONS_RUNTIME_TOKEN: FakeResultsService.runtimeToken(runId),
    ACTIONS_RESULTS_URL: `${github.url}/`,
  };
}

export function unzipText(zip: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(zip)).map(([n, d]) => [n, strFromU8(d)]));
}
