import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { strToU8, zipSync } from 'fflate';
import { parse as parseYaml } from 'yaml';
import {
  type FakeGitHub,
  SECONDARY_RATE_LIMIT,
  startFakeGitHub,
  TEST_SECOND_MS,
} from '../helpers/fake-github.js';

/**
 * `baseline: auto` through the bundled action (`node dist/index.js`, as the runner runs it) against the
 * fake GitHub on loopback: workflow runs, their artifacts, and the artifact zip behind a 302 to a blob URL.
 * The baseline artifact is made the way a user's workflow makes it: a push to main with upload-baseline
 * writes the run file named in the baseline-file output, which actions/upload-artifact zips.
 */

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const action = resolve(root, process.env.LOADGATE_ACTION ?? 'dist/index.js');
const node = process.env.LOADGATE_NODE ?? process.execPath;
const RESULTS = join(root, '__tests__/fixtures/results');
const WORKFLOW = 77;
const THIS_RUN = 1234;
const MAIN_SHA = 'abc1234def5678901234567890abcdef12345678';

const defaults: Record<string, string> = Object.fromEntries(
  Object.entries(
    (
      parseYaml(readFileSync(join(root, 'action.yml'), 'utf8')) as {
        inputs: Record<string, { default?: string }>;
      }
    ).inputs,
  ).map(([name, input]) => [name, String(input.default ?? '').replace('${{ github.token }}', 'ghs_fake')]),
);

let github: FakeGitHub;
let temp: string;
let workspace: string;

beforeAll(() => {
  if (!existsSync(action)) throw new Error(`${action} is missing: run \`node scripts/bundle.mjs\` first.`);
});

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

interface Result {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  report: {
    verdict: string;
    comparison?: { baseline: { file: string; origin?: string; source?: string }; verdict: string };
    notCompared?: { reason: string };
  };
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    outputs[m[1]!] = value.join('\n');
  }
  return outputs;
}

async function runAction(inputs: Record<string, string>, event: 'pull_request' | 'push' = 'pull_request') {
  const outputFile = join(temp, `output-${Math.random()}`);
  const summaryFile = join(temp, `summary-${Math.random()}`);
  const eventPath = join(temp, `event-${Math.random()}.json`);
  const repository = { full_name: 'octo/app', name: 'app', owner: { login: 'octo' }, default_branch: 'main' };
  writeFileSync(
    eventPath,
    JSON.stringify(
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
    ),
  );
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_API_URL: github.url,
    LOADGATE_TEST_SECOND_MS: String(TEST_SECOND_MS),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: String(THIS_RUN),
    GITHUB_WORKFLOW_REF: 'octo/app/.github/workflows/load.yml@refs/heads/main',
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_WORKSPACE: workspace,
    GITHUB_JOB: 'load',
    RUNNER_TEMP: temp,
    ...(event === 'push'
      ? { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: MAIN_SHA }
      : { GITHUB_REF: 'refs/pull/42/merge', GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'feature' }),
  };
  const all = {
    ...defaults,
    comment: 'never',
    maturity: 'false',
    'fail-on': 'regression',
    paths: '',
    results: 'perf/current.json',
    baseline: 'auto',
    ...inputs,
  };
  for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value;
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>((done) => {
    execFile(node, [action], { cwd: workspace, env, timeout: 30_000 }, (error, out, err) => {
      done({
        code: error && typeof error.code === 'number' ? error.code : error ? -1 : 0,
        stdout: `${out}${err}`,
      });
    });
  });
  const outputs = parseOutputs(readFileSync(outputFile, 'utf8'));
  const report = outputs['report-path']
    ? (JSON.parse(readFileSync(outputs['report-path'], 'utf8')) as Result['report'])
    : ({ verdict: 'none' } as Result['report']);
  return { code, stdout, outputs, summary: readFileSync(summaryFile, 'utf8'), report };
}

/** A successful push run of the workflow on main, and the artifact it uploaded. */
function mainRun(
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

/** The baseline run file as a push to main with upload-baseline writes it (the real bundle, real provenance). */
async function uploadedRunFile(): Promise<{ text: string; result: Result }> {
  const result = await runAction({ results: 'perf/main.json', 'upload-baseline': 'true' }, 'push');
  expect(result.outputs['baseline-file']).toBeTruthy();
  return { text: readFileSync(result.outputs['baseline-file']!, 'utf8'), result };
}

/** What actions/upload-artifact makes of one file: a zip holding it by its base name. */
function zipOf(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([n, t]) => [n, typeof t === 'string' ? strToU8(t) : t])),
  );
}

describe('upload-baseline', () => {
  it('on a push to main writes the current run as run@2 with provenance and names it in baseline-file', async () => {
    const { text, result } = await uploadedRunFile();
    const run = JSON.parse(text) as { schema: string; provenance: { commit?: string; ref?: string } };
    expect(run.schema).toBe('loadgate/run@2');
    expect(run.provenance.commit).toBe(MAIN_SHA);
    expect(run.provenance.ref).toBe('main');
    expect(result.outputs['baseline-file']!.startsWith(temp)).toBe(true);
    // No baseline artifact yet on main (the first run), and that is no failure.
    expect(result.code).toBe(0);
    expect(result.report.notCompared?.reason).toMatch(/no successful push run of this workflow on main yet/);
  });

  it('on a pull request writes nothing, so pull requests never replace the baseline', async () => {
    const result = await runAction({ 'upload-baseline': 'true' });
    expect(result.outputs['baseline-file']).toBe('');
    expect(result.stdout).toContain('only on a push to the default branch');
  });
});

describe('baseline: auto on a pull request', () => {
  it('finds the artifact of the latest successful run on main, downloads it and compares with it', async () => {
    const { text } = await uploadedRunFile();
    mainRun(1100, 50, zipOf({ 'loadgate-run.json': strToU8('{"schema":"loadgate/run@2"') }));
    mainRun(1200, 57, zipOf({ 'loadgate-run.json': text }));
    github.requests.length = 0;

    const result = await runAction({});
    // The current run is slower than main's: the comparison judged it, with the artifact's run.
    expect(result.report.comparison?.verdict).toBe('regressed');
    expect(result.stdout).not.toContain('failed unexpectedly');
    expect(result.report.comparison?.baseline.file).toBe('loadgate-baseline/loadgate-run.json');
    expect(result.report.comparison?.baseline.source).toBe('artifact loadgate-baseline of run #57 on main');
    expect(result.report.comparison?.baseline.origin).toMatch(/^main@abc1234, /);
    expect(result.summary).toContain('from artifact loadgate-baseline of run `#57` on main');
    const calls = github.requests.map((r) => `${r.method} ${r.path}`);
    expect(calls).toEqual([
      `GET /repos/octo/app/actions/runs/${THIS_RUN}`,
      `GET /repos/octo/app/actions/workflows/${WORKFLOW}/runs`,
      'GET /repos/octo/app/actions/runs/1200/artifacts',
      'GET /repos/octo/app/actions/artifacts/12000/zip',
      'GET /_blob/artifact-12000.zip',
    ]);
    const listing = github.requests[1]!;
    expect(listing.query).toMatchObject({ branch: 'main', status: 'success', event: 'push' });
    // The token goes to the API only, never to the blob URL the API redirected to.
    expect(github.requests[3]!.authorization).toBe('token ghs_fake');
    expect(github.requests[4]!.authorization).toBeUndefined();
  });

  it('asks GitHub nothing when there is no result to compare (lint only)', async () => {
    cpSync(join(root, '__tests__/fixtures/report/e2e/load'), join(workspace, 'load'), { recursive: true });
    const result = await runAction({ results: '', paths: 'load' });
    expect(result.report.verdict).not.toBe('none');
    expect(result.outputs.verdict).not.toBe('error');
    expect(github.requests.filter((r) => r.path.includes('/actions/'))).toEqual([]);
  });

  it('says so when main has no successful run yet, and the action goes on without a baseline', async () => {
    const result = await runAction({});
    expect(result.code).toBe(0);
    expect(result.report.comparison).toBeUndefined();
    expect(result.report.notCompared?.reason).toBe(
      'no baseline: no successful push run of this workflow on main yet (the first one with upload-baseline makes the artifact); no baseline-path is set to fall back to',
    );
    expect(result.summary).toContain('Nothing compared');
    expect(result.outputs.verdict).not.toBe('error');
  });

  it('falls back to baseline-path when the artifact has expired, and names why', async () => {
    mainRun(1200, 57, zipOf({ 'loadgate-run.json': '{}' }), { expired: true });
    const result = await runAction({ 'baseline-path': 'perf/main.json' });
    expect(result.report.comparison?.verdict).toBe('regressed');
    expect(result.report.comparison?.baseline.file).toBe('perf/main.json');
    expect(result.report.comparison?.baseline.source).toBe(
      'baseline-path perf/main.json, since artifact loadgate-baseline of run #57 on main has expired (artifacts are kept 90 days by default)',
    );
    // An expired artifact is not downloaded.
    expect(github.requests.some((r) => r.path.endsWith('/zip'))).toBe(false);
  });

  it('reads baseline: auto and baseline-path from .loadgate.yml', async () => {
    writeFileSync(join(workspace, '.loadgate.yml'), 'baseline: auto\nbaseline-path: perf/main.json\n');
    const result = await runAction({ baseline: '' });
    expect(result.report.comparison?.baseline.file).toBe('perf/main.json');
    expect(result.report.comparison?.baseline.source).toMatch(
      /^baseline-path perf\/main\.json, since no successful push run/,
    );
  });

  it('notes a corrupt zip and goes on without a baseline', async () => {
    mainRun(1200, 57, strToU8('PK\u0003\u0004 this is not really a zip archive at all'));
    const result = await runAction({});
    expect(result.code).toBe(0);
    expect(result.report.notCompared?.reason).toMatch(
      /^no baseline: artifact loadgate-baseline of run #57 on main is not a readable zip: /,
    );
  });

  it('notes a truncated run file inside a good zip', async () => {
    mainRun(1200, 57, zipOf({ 'loadgate-run.json': '{"schema": "loadgate/run@2", "overall": {' }));
    const result = await runAction({});
    expect(result.report.notCompared?.reason).toMatch(
      /holds no readable loadgate run file \(a corrupt or truncated loadgate-run\.json\)/,
    );
  });

  it('notes a run file of a newer schema version, and falls back', async () => {
    mainRun(
      1200,
      57,
      zipOf({ 'loadgate-run.json': JSON.stringify({ schema: 'loadgate/run@3', overall: {} }) }),
    );
    const result = await runAction({ 'baseline-path': 'perf/main.json' });
    expect(result.report.comparison?.baseline.source).toMatch(
      /holds loadgate-run\.json of schema "loadgate\/run@3", newer than this loadgate reads \(loadgate\/run@1, loadgate\/run@2\): update loadgate$/,
    );
  });

  it('refuses an artifact another workflow run made', async () => {
    mainRun(1200, 57, zipOf({ 'loadgate-run.json': '{}' }), { madeByRun: 999 });
    const result = await runAction({});
    expect(result.report.notCompared?.reason).toMatch(
      /was made by another workflow run \(999\), so it is not used/,
    );
  });

  it('explains a 404 and does not retry it', async () => {
    github.fail({
      method: 'GET',
      path: /\/actions\/runs\/1234$/,
      status: 404,
      message: 'Not Found',
      times: 5,
    });
    const result = await runAction({});
    expect(result.code).toBe(0);
    expect(result.report.notCompared?.reason).toBe(
      'no baseline: could not find this workflow: 404 Not Found (the workflow, run or artifact is not there, or the token may not see it); no baseline-path is set to fall back to',
    );
    expect(github.requests.filter((r) => r.path.endsWith('/actions/runs/1234'))).toHaveLength(1);
  });

  it('explains a 403 (the token lacks actions: read) and does not retry it', async () => {
    github.fail({
      method: 'GET',
      path: /\/actions\/workflows\/\d+\/runs$/,
      status: 403,
      message: 'Resource not accessible by integration',
      times: 5,
    });
    const result = await runAction({});
    expect(result.report.notCompared?.reason).toMatch(
      /could not list the successful runs of this workflow on main: 403 Resource not accessible by integration \(the token needs `actions: read`/,
    );
    expect(
      github.requests.filter((r) => r.path.endsWith('/runs') && r.path.includes('workflows')),
    ).toHaveLength(1);
  });

  it('retries a 502 and then uses the artifact', async () => {
    const { text } = await uploadedRunFile();
    mainRun(1200, 57, zipOf({ 'loadgate-run.json': text }));
    github.requests.length = 0;
    github.fail({
      method: 'GET',
      path: /\/actions\/workflows\/\d+\/runs$/,
      status: 502,
      message: 'Bad Gateway',
    });
    const result = await runAction({});
    expect(result.report.comparison?.baseline.source).toBe('artifact loadgate-baseline of run #57 on main');
    const listings = github.requests.filter((r) => r.path.includes('/workflows/'));
    expect(listings.map((r) => r.status)).toEqual([502, 200]);
  });

  it('waits out a secondary rate limit on the artifacts listing, then uses the artifact', async () => {
    const { text } = await uploadedRunFile();
    mainRun(1200, 57, zipOf({ 'loadgate-run.json': text }));
    github.requests.length = 0;
    github.fail({
      method: 'GET',
      path: /\/actions\/runs\/1200\/artifacts$/,
      status: 403,
      message: SECONDARY_RATE_LIMIT,
      headers: { 'retry-after': '1' },
    });
    const result = await runAction({});
    expect(result.report.comparison?.baseline.source).toBe('artifact loadgate-baseline of run #57 on main');
    const listings = github.requests.filter((r) => r.path.endsWith('/artifacts'));
    expect(listings.map((r) => r.status)).toEqual([403, 200]);
  });

  it('retries a 503 of the blob download, then uses the artifact', async () => {
    const { text } = await uploadedRunFile();
    mainRun(1200, 57, zipOf({ 'loadgate-run.json': text }));
    github.requests.length = 0;
    github.fail({ method: 'GET', path: /^\/_blob\//, status: 503, message: 'ServerBusy' });
    const result = await runAction({});
    expect(result.report.comparison?.baseline.source).toBe('artifact loadgate-baseline of run #57 on main');
    expect(github.requests.filter((r) => r.path.startsWith('/_blob/')).map((r) => r.status)).toEqual([
      503, 200,
    ]);
  });
});
