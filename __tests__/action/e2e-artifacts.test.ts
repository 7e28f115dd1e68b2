import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  github,
  MAIN_SHA,
  mainRun,
  pushRun,
  root,
  runAction,
  runtimeEnv,
  unzipText,
  uploadedRunFile,
  useBaselineHarness,
  workspace,
  zipOf,
} from './e2e-baseline-harness.js';

// The action's own artifact uploads (upload-baseline, the history chain) through the fake results service
// that the fake GitHub serves, then read back through the REST API (see e2e-baseline-harness.ts).
useBaselineHarness();

describe('upload-baseline through the results service', () => {
  it('uploads the run as the artifact, and the next pull request downloads and compares with it', async () => {
    const succeed = pushRun(1300, 58);
    // The bundle, as the runner runs it: the artifact client is a chunk of its own, loaded on upload.
    const pushed = await runAction(
      { results: 'perf/main.json', 'upload-baseline': 'true' },
      'push',
      runtimeEnv(1300),
      'process',
    );
    expect(pushed.code).toBe(0);
    expect(github.results.calls.map((c) => c.method)).toEqual(['CreateArtifact', 'FinalizeArtifact']);
    const [artifact] = github.artifacts;
    expect(artifact).toMatchObject({ name: 'loadgate-baseline', runId: 1300 });
    expect(pushed.outputs['baseline-artifact-id']).toBe(String(artifact!.id));
    // Uploaded, so no file is left for an actions/upload-artifact step to upload a second time.
    expect(pushed.outputs['baseline-file']).toBe('');
    expect(pushed.stdout).toContain('loadgate uploaded this run as artifact loadgate-baseline');
    // The zip holds the run file, run@2 with this push's provenance.
    const files = unzipText(artifact!.zip);
    expect(Object.keys(files)).toEqual(['loadgate-run.json']);
    const run = JSON.parse(files['loadgate-run.json']!) as { schema: string; provenance: { commit: string } };
    expect(run.schema).toBe('loadgate/run@2');
    expect(run.provenance.commit).toBe(MAIN_SHA);
    // The runtime token goes to the results service only; the signed blob URL gets no token at all.
    const twirp = github.requests.filter((r) => r.path.startsWith('/twirp/'));
    expect(twirp.every((r) => r.authorization === `Bearer ${runtimeEnv(1300).ACTIONS_RUNTIME_TOKEN}`)).toBe(
      true,
    );
    const blob = github.requests.filter((r) => r.path.startsWith('/_upload/'));
    expect(blob.length).toBeGreaterThan(0);
    expect(blob.every((r) => r.method === 'PUT' && r.authorization === undefined)).toBe(true);

    succeed();
    github.requests.length = 0;
    const pr = await runAction({});
    expect(pr.report.comparison?.verdict).toBe('regressed');
    expect(pr.report.comparison?.baseline.source).toBe('artifact loadgate-baseline of run #58 on main');
    expect(pr.report.comparison?.baseline.origin).toMatch(/^main@abc1234, /);
    expect(github.requests.map((r) => `${r.method} ${r.path}`)).toContain(
      `GET /repos/octo/app/actions/artifacts/${artifact!.id}/zip`,
    );
  });

  it('replaces the artifact a first attempt of the same run made (a re-run job)', async () => {
    pushRun(1300, 58);
    github.artifacts.push({
      id: 500,
      name: 'loadgate-baseline',
      runId: 1300,
      zip: zipOf({ 'old.json': '{}' }),
    });
    const pushed = await runAction(
      { results: 'perf/main.json', 'upload-baseline': 'true' },
      'push',
      runtimeEnv(1300),
    );
    expect(github.results.calls.map((c) => c.method)).toEqual([
      'CreateArtifact',
      'ListArtifacts',
      'DeleteArtifact',
      'CreateArtifact',
      'FinalizeArtifact',
    ]);
    expect(github.artifacts.map((a) => a.name)).toEqual(['loadgate-baseline']);
    expect(Object.keys(unzipText(github.artifacts[0]!.zip))).toEqual(['loadgate-run.json']);
    expect(pushed.outputs['baseline-artifact-id']).toBe(String(github.artifacts[0]!.id));
  });

  it('explains a refused upload, does not retry it, and leaves the file for an upload step', async () => {
    pushRun(1300, 58);
    github.fail({ method: 'POST', path: /CreateArtifact$/, status: 403, message: 'Forbidden', times: 5 });
    const pushed = await runAction(
      { results: 'perf/main.json', 'upload-baseline': 'true' },
      'push',
      runtimeEnv(1300),
    );
    expect(pushed.code).toBe(0);
    expect(github.requests.filter((r) => r.path.endsWith('/CreateArtifact'))).toHaveLength(1);
    expect(pushed.stdout).toMatch(
      /::warning::loadgate did not upload the baseline artifact: could not upload loadgate-run\.json: .*\(403\).*; the run file is named in the baseline-file output/,
    );
    expect(pushed.outputs['baseline-file']).toMatch(/loadgate-run\.json$/);
    expect(pushed.outputs['baseline-artifact-id']).toBe('');
  });

  it('without the runtime token (a run: step, a local run) writes the file and says why', async () => {
    const { result } = await uploadedRunFile();
    expect(result.stdout).toContain(
      'loadgate did not upload the baseline: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set',
    );
    expect(result.outputs['baseline-artifact-id']).toBe('');
  });
});

describe('history: true (the history chain)', () => {
  const historyOf = (artifact: { zip: Uint8Array }) => {
    const lines = unzipText(artifact.zip)['loadgate-history.jsonl']!.trim().split('\n');
    return {
      header: JSON.parse(lines[0]!) as { schema: string; maxRuns: number },
      entries: lines.slice(1).map((l) => JSON.parse(l) as { runId: string; commit: string }),
    };
  };
  const latestHistory = () => github.artifacts.filter((a) => a.name === 'loadgate-history').at(-1)!;

  it('each push appends its run and uploads the history again, pruned; a pull request shows its trend', async () => {
    let runNumber = 60;
    for (const id of [1301, 1302, 1303]) {
      const succeed = pushRun(id, runNumber++);
      const pushed = await runAction(
        { results: 'perf/main.json', baseline: '', history: 'true', 'history-size': '2' },
        'push',
        runtimeEnv(id),
      );
      expect(pushed.code).toBe(0);
      expect(pushed.outputs['history-artifact-id']).toBe(String(latestHistory().id));
      succeed();
    }
    const history = historyOf(latestHistory());
    expect(history.header).toEqual({ schema: 'loadgate/history@1', maxRuns: 2 });
    expect(history.entries.map((e) => e.runId)).toEqual(['1302', '1303']);
    expect(history.entries[0]!.commit).toBe(MAIN_SHA);
    // One history artifact per run, the chain read from the latest one.
    expect(github.artifacts.map((a) => a.runId)).toEqual([1301, 1302, 1303]);

    const pr = await runAction({ baseline: '', history: 'true' });
    expect(pr.stdout).toContain(
      'loadgate reads the history of 2 default-branch runs from artifact loadgate-history of run #62 on main',
    );
    expect(pr.summary).toContain('### Trend');
    expect(pr.summary).toContain('The last 2 runs, then this PR (the bar)');
    // A pull request reads the history and never writes it.
    expect(github.artifacts).toHaveLength(3);
    expect(pr.outputs['history-file']).toBe('');
  });

  it('starts a new history after a corrupt one, with a note', async () => {
    mainRun(1200, 57, zipOf({ 'loadgate-history.jsonl': '{"schema":"loadgate/history@1"}\n{"time": 12\n' }), {
      name: 'loadgate-history',
    });
    pushRun(1300, 58);
    const pushed = await runAction(
      { results: 'perf/main.json', baseline: '', history: 'true' },
      'push',
      runtimeEnv(1300),
    );
    expect(pushed.stdout).toMatch(
      /loadgate has no history yet: artifact loadgate-history of run #57 on main is not a readable loadgate\/history@1 file \(loadgate-history\/loadgate-history\.jsonl:2: .*\); a new history starts/,
    );
    expect(historyOf(latestHistory()).entries.map((e) => e.runId)).toEqual(['1300']);
  });

  it('leaves a history of a newer schema as it is, and says to upgrade', async () => {
    mainRun(1200, 57, zipOf({ 'loadgate-history.jsonl': '{"schema":"loadgate/history@2"}\n' }), {
      name: 'loadgate-history',
    });
    pushRun(1300, 58);
    const pushed = await runAction(
      { results: 'perf/main.json', baseline: '', history: 'true' },
      'push',
      runtimeEnv(1300),
    );
    expect(pushed.code).toBe(0);
    expect(pushed.stdout).toContain('upgrade loadgate; it is left as it is');
    expect(pushed.stdout).toContain('did not append this run to the history');
    expect(github.results.calls).toEqual([]);
    expect(pushed.outputs['history-file']).toBe('');
  });

  it('does not replace the chain when the history could not be looked up (a 403)', async () => {
    pushRun(1300, 58);
    github.fail({
      method: 'GET',
      path: /\/actions\/workflows\/\d+\/runs$/,
      status: 403,
      message: 'Resource not accessible by integration',
      times: 5,
    });
    const pushed = await runAction(
      { results: 'perf/main.json', baseline: '', history: 'true' },
      'push',
      runtimeEnv(1300),
    );
    expect(pushed.code).toBe(0);
    expect(pushed.stdout).toMatch(
      /::warning::loadgate has no history: could not list .*the token needs `actions: read`/,
    );
    expect(github.results.calls).toEqual([]);
  });

  it('asks GitHub nothing when there is no result (lint only)', async () => {
    cpSync(join(root, '__tests__/fixtures/report/e2e/load'), join(workspace, 'load'), { recursive: true });
    const result = await runAction({ results: '', paths: 'load', baseline: '', history: 'true' }, 'push');
    expect(result.outputs.verdict).not.toBe('error');
    expect(github.requests).toEqual([]);
  });
});

describe('dashboard: uploaded by the action, published to a Pages branch from the default branch only', () => {
  it('on a push to main uploads the dashboard for the days asked and commits it to gh-pages', async () => {
    pushRun(1400, 60);
    const pushed = await runAction(
      {
        results: 'perf/main.json',
        baseline: '',
        dashboard: 'true',
        'dashboard-pages-branch': 'gh-pages',
        'artifact-retention-days': '7',
      },
      'push',
      runtimeEnv(1400),
    );
    expect(pushed.code).toBe(0);
    const [artifact] = github.artifacts;
    expect(artifact).toMatchObject({ name: 'loadgate-dashboard', runId: 1400 });
    expect(pushed.outputs['dashboard-artifact-id']).toBe(String(artifact!.id));
    const create = github.results.calls.find((c) => c.method === 'CreateArtifact');
    expect(Math.round((Date.parse(String(create?.body.expires_at)) - Date.now()) / 86_400_000)).toBe(7);
    const page = github.git.file('gh-pages', 'loadgate/index.html');
    expect(page).toMatch(/^<!doctype html>/i);
    expect(Object.values(unzipText(artifact!.zip))).toEqual([page]);
    expect(pushed.outputs['dashboard-pages-commit']).toBe(github.git.heads.get('gh-pages'));
    expect(github.git.log('gh-pages')[0]!.message).toBe(
      `loadgate: trend dashboard of ${MAIN_SHA.slice(0, 7)}`,
    );
  });

  it('on a pull request uploads the dashboard but leaves the Pages branch alone', async () => {
    github.git.seed('gh-pages', { 'loadgate/index.html': 'the default branch trend' });
    const pr = await runAction(
      { baseline: '', dashboard: 'true', 'dashboard-pages-branch': 'gh-pages' },
      'pull_request',
      runtimeEnv(1500),
    );
    expect(pr.outputs['dashboard-artifact-id']).toMatch(/^\d+$/);
    expect(pr.outputs['dashboard-pages-commit']).toBe('');
    expect(github.git.file('gh-pages', 'loadgate/index.html')).toBe('the default branch trend');
    expect(pr.stdout).toContain(
      'publishes the dashboard to dashboard-pages-branch only on a push to the default branch',
    );
  });
});
