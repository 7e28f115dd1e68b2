import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { strToU8 } from 'fflate';
import { SECONDARY_RATE_LIMIT } from '../helpers/fake-github.js';
import {
  github,
  MAIN_SHA,
  mainRun,
  root,
  runAction,
  temp,
  THIS_RUN,
  uploadedRunFile,
  useBaselineHarness,
  WORKFLOW,
  workspace,
  zipOf,
} from './e2e-baseline-harness.js';

// `baseline: auto` through the action against the fake GitHub (see e2e-baseline-harness.ts).
useBaselineHarness();

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
    expect(github.results.calls).toEqual([]);
  });
});

describe('dashboard', () => {
  it('writes the trend dashboard to RUNNER_TEMP with this run and the comparison, named in dashboard-file', async () => {
    const result = await runAction({ baseline: 'perf/main.json', dashboard: 'true', maturity: 'true' });
    const file = result.outputs['dashboard-file']!;
    expect(file.startsWith(temp) && file.endsWith('loadgate-dashboard.html')).toBe(true);
    const html = readFileSync(file, 'utf8');
    const data = JSON.parse(/id="loadgate-data">([^<]*)</.exec(html)![1]!) as { runs: { label: string }[] };
    expect(data.runs.map((r) => r.label)).toEqual(['this run']);
    expect(html).toContain('<span class="verdict v-regressed">regressed</span>');
    expect(html).toContain('Maturity scorecard');
    // Off by default: nothing written, the output empty.
    expect((await runAction({ baseline: 'perf/main.json' })).outputs['dashboard-file']).toBe('');
  });
});

describe('baseline: auto on a pull request', () => {
  it('finds the artifact of the latest successful run on main, downloads it and compares with it', async () => {
    const { text } = await uploadedRunFile();
    mainRun(1100, 50, zipOf({ 'loadgate-run.json': strToU8('{"schema":"loadgate/run@2"') }));
    mainRun(1200, 57, zipOf({ 'loadgate-run.json': text }));
    github.requests.length = 0;

    // The bundle, as the runner runs it, downloads and reads the artifact.
    const result = await runAction({}, 'pull_request', {}, 'process');
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
