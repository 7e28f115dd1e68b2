import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { publishDashboard } from '../../src/action/dashboard.js';
import type { Logger } from '../../src/action/logger.js';
import { writeBranchFile } from '../../src/action/publish/branch-file.js';
import { createClient } from '../../src/action/publish/github.js';
import { blobSha } from '../helpers/fake-git-branches.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { FakeResultsService } from '../helpers/fake-results-service.js';

const repo = { owner: 'octo', repo: 'app' };
const PAGE = '<!doctype html><title>loadgate trend</title><p>p95 over 12 runs</p>';

let github: FakeGitHub;
let temp: string;
const said: string[] = [];
const log: Logger = {
  debug: () => undefined,
  info: (m) => said.push(`info: ${m}`),
  warning: (m) => said.push(`warning: ${m}`),
};

beforeEach(async () => {
  github = await startFakeGitHub();
  temp = mkdtempSync(join(tmpdir(), 'loadgate-dashboard-'));
  said.length = 0;
});

afterEach(async () => {
  await github.stop();
  rmSync(temp, { recursive: true, force: true });
});

const client = () => createClient('ghs_fake', github.url, { secondMs: 1 });
const file = (content = PAGE) => ({
  branch: 'gh-pages',
  path: 'loadgate/index.html',
  content,
  message: 'loadgate: trend dashboard of abc1234',
});

describe('writeBranchFile', () => {
  it('makes a missing Pages branch as an orphan holding only the dashboard', async () => {
    const outcome = await writeBranchFile(client(), repo, file());
    expect(outcome).toMatchObject({ kind: 'written', created: true });
    const [commit, ...older] = github.git.log('gh-pages');
    expect(older).toEqual([]);
    expect(commit!.parents).toEqual([]);
    expect([...commit!.files]).toEqual([['loadgate/index.html', PAGE]]);
  });

  it("adds a commit on top of an existing branch and leaves the site's other files alone", async () => {
    github.git.seed('gh-pages', { 'index.html': '<h1>docs</h1>', 'loadgate/index.html': 'old trend' });
    const before = github.git.heads.get('gh-pages');
    const outcome = await writeBranchFile(client(), repo, file());
    expect(outcome).toMatchObject({ kind: 'written', created: false });
    const [commit] = github.git.log('gh-pages');
    expect(commit!.parents).toEqual([before]);
    expect(commit!.message).toBe('loadgate: trend dashboard of abc1234');
    expect(github.git.file('gh-pages', 'loadgate/index.html')).toBe(PAGE);
    expect(github.git.file('gh-pages', 'index.html')).toBe('<h1>docs</h1>');
  });

  it('makes no commit when the dashboard did not change', async () => {
    github.git.seed('gh-pages', { 'loadgate/index.html': PAGE });
    expect(await writeBranchFile(client(), repo, file())).toEqual({ kind: 'unchanged' });
    expect(github.writes()).toEqual([]);
    expect(github.git.log('gh-pages')).toHaveLength(1);
  });

  it('reads again and retries when another job committed between its read and its write (409)', async () => {
    github.git.seed('gh-pages', { 'loadgate/index.html': 'old trend' });
    github.fail({ method: 'PUT', path: /\/contents\//, status: 409, message: 'does not match' });
    const outcome = await writeBranchFile(client(), repo, file());
    expect(outcome).toMatchObject({ kind: 'written' });
    expect(github.writes().map((r) => [r.method, r.status])).toEqual([
      ['PUT', 409],
      ['PUT', 200],
    ]);
    expect(github.git.file('gh-pages', 'loadgate/index.html')).toBe(PAGE);
  });

  it('reads again after a 502 on the write, and commits once whether or not the lost write was applied', async () => {
    github.git.seed('gh-pages', { 'loadgate/index.html': 'old trend' });
    github.fail({ method: 'PUT', path: /\/contents\//, status: 502, afterApplying: true });
    expect(await writeBranchFile(client(), repo, file())).toEqual({ kind: 'unchanged' });
    expect(github.git.log('gh-pages')).toHaveLength(2);
    expect(github.git.file('gh-pages', 'loadgate/index.html')).toBe(PAGE);
  });

  it('sends the blob sha it read, so a stale write is refused rather than undoing another', async () => {
    github.git.seed('gh-pages', { 'loadgate/index.html': 'old trend' });
    await writeBranchFile(client(), repo, file());
    const put = github.writes().find((r) => r.method === 'PUT');
    expect(put?.body).toMatchObject({ sha: blobSha('old trend'), branch: 'gh-pages' });
  });

  it('names the permission when the token may not write, and writes nothing', async () => {
    github.readOnly = true;
    const outcome = await writeBranchFile(client(), repo, file());
    expect(outcome.kind).toBe('failed');
    expect(outcome.kind === 'failed' && outcome.note).toMatch(
      /^403 Resource not accessible by integration: .*permissions: contents: write/,
    );
    expect(github.git.heads.has('gh-pages')).toBe(false);
  });

  it('gives up after two retries of a branch that keeps moving, with the reason', async () => {
    github.git.seed('gh-pages', { 'loadgate/index.html': 'old trend' });
    github.fail({ method: 'PUT', path: /\/contents\//, status: 409, message: 'does not match', times: 5 });
    const outcome = await writeBranchFile(client(), repo, file());
    expect(outcome).toEqual({ kind: 'failed', note: '409 does not match' });
    expect(github.writes()).toHaveLength(3);
  });
});

describe('publishDashboard', () => {
  const inputs = {
    dashboardArtifact: 'loadgate-dashboard',
    dashboardPagesBranch: 'gh-pages',
    dashboardPagesPath: 'loadgate/index.html',
    retentionDays: 14,
  };
  const saved: Record<string, string | undefined> = {};
  const runtime = (runId: number) => ({
    ACTIONS_RUNTIME_TOKEN: FakeResultsService.runtimeToken(runId),
    ACTIONS_RESULTS_URL: `${github.url}/`,
  });
  // @actions/artifact reads the runner's variables from process.env itself.
  const withRuntime = async <T>(env: Record<string, string>, work: () => Promise<T>): Promise<T> => {
    for (const [k, v] of Object.entries(env)) [saved[k], process.env[k]] = [process.env[k], v];
    try {
      return await work();
    } finally {
      for (const k of Object.keys(env)) {
        if (saved[k] === undefined) delete process.env[k];
        else process.env[k] = saved[k];
      }
    }
  };

  it('uploads the dashboard as an artifact kept for the days asked, and commits it to the Pages branch', async () => {
    const page = join(temp, 'loadgate-dashboard.html');
    writeFileSync(page, PAGE);
    const env = runtime(7);
    const published = await withRuntime(env, () =>
      publishDashboard(page, inputs, env, log, { client: client(), repo, sha: 'abc1234def' }),
    );
    expect(published.file).toBe(page);
    expect(published.artifactId).toMatch(/^\d+$/);
    expect(github.artifacts.map((a) => [a.name, a.runId])).toEqual([['loadgate-dashboard', 7]]);
    const create = github.results.calls.find((c) => c.method === 'CreateArtifact');
    const expires = Date.parse(String(create?.body.expires_at));
    expect(Math.round((expires - Date.now()) / 86_400_000)).toBe(14);
    expect(github.git.file('gh-pages', 'loadgate/index.html')).toBe(PAGE);
    expect(published.pagesCommit).toBe(github.git.heads.get('gh-pages'));
    expect(said.join('\n')).toMatch(
      /committed the dashboard to gh-pages:loadgate\/index.html \(a new branch/,
    );
  });

  it('without the runner credentials, names the file for an upload step and still publishes the page', async () => {
    const page = join(temp, 'loadgate-dashboard.html');
    writeFileSync(page, PAGE);
    const published = await publishDashboard(page, inputs, {}, log, { client: client(), repo, sha: 'abc' });
    expect(published).toMatchObject({ file: page, artifactId: '' });
    expect(published.pagesCommit).not.toBe('');
    expect(said).toContain(
      'info: loadgate did not upload the dashboard: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set (the runner gives them to actions, not to run: steps); it is named in the dashboard-file output, for an actions/upload-artifact step.',
    );
  });

  it('warns, and keeps the file and artifact, when the Pages branch refuses the write', async () => {
    const page = join(temp, 'loadgate-dashboard.html');
    writeFileSync(page, PAGE);
    github.readOnly = true;
    const published = await publishDashboard(page, inputs, {}, log, { client: client(), repo, sha: 'abc' });
    expect(published).toEqual({ file: page, artifactId: '', pagesCommit: '' });
    expect(
      said.some((s) => s.startsWith('warning: loadgate could not commit the dashboard to gh-pages')),
    ).toBe(true);
  });
});
