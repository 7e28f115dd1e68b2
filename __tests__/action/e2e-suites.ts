import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readReviewMarker } from '../../src/action/publish/review-plan.js';
import { readStickyMarker } from '../../src/report/marker.js';
import { type Backend, inputDefaults, root, runStep, type StepResult } from '../helpers/action-step.js';
import { runCli } from '../helpers/cli.js';
import {
  BOT,
  type FakeComment,
  type FakeGitHub,
  HUMAN,
  SECONDARY_RATE_LIMIT,
  startFakeGitHub,
  TEST_SECOND_MS,
} from '../helpers/fake-github.js';

/**
 * The action on a pull request against a fake GitHub on loopback, one step at a time (see
 * helpers/action-step.ts): most cases run the action's `run()` in this process; the steps that drive the
 * bundle itself, as the runner does (`node dist/index.js`), say `bundle`: a comment created then edited with
 * the exit codes of fail-on, one of two runs racing, the problem matcher's path beside dist/.
 */

const fixtures = join(root, '__tests__/fixtures/report');
const PR = 42;
const HEAD_SHA = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432';
/** A step run as a process of the bundle, as the runner runs it. */
const bundle = { backend: 'process' } as const;

let github: FakeGitHub;
let workspace: string;
let temp: string;

beforeEach(async () => {
  github = await startFakeGitHub();
  temp = mkdtempSync(join(tmpdir(), 'loadgate-e2e-'));
  workspace = join(temp, 'workspace');
  cpSync(join(fixtures, 'e2e'), workspace, { recursive: true });
  github.files.set(PR, ['load/checkout.js', 'README.md']);
  people = [];
});

/** People's comments as seeded: the action must leave every one of them as it was. */
let people: FakeComment[] = [];

function seedPeople(count: number) {
  for (let i = 0; i < count; i++) {
    const comment = github.seedComment(PR, `review comment ${i}`, i % 3 ? HUMAN : BOT);
    if (comment.user.type === 'User') people.push({ ...comment });
  }
  // A person quoting loadgate's marker does not make their comment loadgate's.
  people.push({ ...github.seedComment(PR, `<!-- loadgate:sticky job=load -->\nquoted by a person`, HUMAN) });
}

function expectPeopleUntouched() {
  const now = new Map(github.list(PR).map((c) => [c.id, c]));
  for (const comment of people) expect(now.get(comment.id)).toEqual(comment);
}

afterEach(async () => {
  await github.stop();
  rmSync(temp, { recursive: true, force: true });
});

function eventOf(fork: boolean, event: string): unknown {
  const repository = { full_name: 'octo/app', name: 'app', owner: { login: 'octo' } };
  return event === 'workflow_run'
    ? {
        action: 'completed',
        // The run of the `pull_request` workflow on a fork's branch: GitHub names no pull request.
        workflow_run: {
          event: 'pull_request',
          conclusion: 'success',
          head_sha: HEAD_SHA,
          head_branch: 'feature',
          pull_requests: [],
          head_repository: { full_name: 'someone/app', owner: { login: 'someone' } },
          repository,
        },
        repository,
      }
    : {
        action: 'synchronize',
        number: PR,
        pull_request: {
          number: PR,
          head: { sha: HEAD_SHA, repo: { full_name: fork ? 'someone/app' : 'octo/app' } },
          base: { sha: 'a1b2c3d4e5f6', repo: { full_name: 'octo/app' } },
        },
        repository,
      };
}

/** One step of the action: every input at its action.yml default, then the two scenarios, then `inputs`. */
function runAction(
  inputs: Record<string, string>,
  options: { event?: string; fork?: boolean; backend?: Backend } = {},
): Promise<StepResult> {
  const eventName = options.event ?? 'pull_request';
  return runStep({
    backend: options.backend ?? 'in-process',
    workspace,
    temp,
    apiUrl: github.url,
    eventName,
    event: eventOf(options.fork ?? false, eventName),
    inputs: { ...inputDefaults, paths: 'load/checkout.js\nload/cart.yml', ...inputs },
  });
}

/** loadgate's comments: the marker, written by the runner's token (people may quote the marker). */
function loadgateComments() {
  return github.list(PR).filter((c) => readStickyMarker(c.body) !== undefined && c.user.type === 'Bot');
}

/** A patch that adds the whole file, as GitHub gives for a new file. */
function addedPatch(path: string): string {
  const lines = readFileSync(join(workspace, path), 'utf8').replace(/\n$/, '').split('\n');
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n');
}

/** The ```suggestion block of a review comment: the text GitHub's "Commit suggestion" writes. */
function suggestionOf(body: string): string | undefined {
  const m = /^(`{3,})suggestion\n([\s\S]*?)\n\1$/m.exec(body);
  return m?.[2];
}

/**
 * The end-to-end suites share one harness (the hooks above: a fake GitHub on loopback, a workspace, a step
 * of the action). They are split over two test files so that jest runs them side by side.
 */
export function actionSuites(): void {
  describe('the action on a pull request', () => {
    it('creates one sticky comment, then edits it, and fails per fail-on', async () => {
      seedPeople(200);

      const first = await runAction({ 'fail-on': 'error' }, bundle);
      expect(first.stdout).not.toContain('failed unexpectedly');
      expect(first.code).toBe(1);
      expect(first.stdout).toMatch(
        /::error::loadgate found \d+ errors? in the scenario files \(fail-on: error\)\./,
      );
      expect(first.stdout).toMatch(/::error (.*,)?file=load\/checkout\.js,/);
      expect(first.outputs.verdict).toBe('fail');
      expect(Number(first.outputs.errors)).toBeGreaterThanOrEqual(1);
      expect(Number(first.outputs.violations)).toBeGreaterThanOrEqual(1);
      expect(first.outputs['report-path']).toBe(join(workspace, 'loadgate-report.json'));
      expect(first.outputs['sarif-path']).toBe(join(workspace, 'loadgate.sarif'));
      const json = JSON.parse(readFileSync(first.outputs['report-path']!, 'utf8'));
      expect(json.files.map((f: { path: string }) => f.path).sort()).toEqual([
        'load/cart.yml',
        'load/checkout.js',
      ]);
      expect(JSON.parse(readFileSync(first.outputs['sarif-path']!, 'utf8')).version).toBe('2.1.0');
      expect(first.summary).toContain('<!-- loadgate:sticky job=load -->');
      expect(first.summary).toContain('**Scenario findings in changed files**');
      // The e2e workspace has two scenarios, one without criteria, and no git history for the base.
      expect(first.summary).toContain(
        '**Load-testing maturity:** level 1 of 5, Scenarios exist · next: Give',
      );
      expect(first.outputs['maturity-level']).toBe('1');

      const created = loadgateComments();
      expect(created).toHaveLength(1);
      expect(created[0]!.body.split('\n')[1]).toMatch(/^### ❌ loadgate: /);
      expect(readStickyMarker(created[0]!.body)).toBe('load');
      const id = created[0]!.id;
      const bodyBefore = created[0]!.body;

      // The author fixes the scenario; the API fails once on the way.
      cpSync(join(fixtures, 'e2e-fixed'), workspace, { recursive: true });
      github.fail({ method: 'PATCH', path: /\/issues\/comments\/\d+$/, status: 500 });
      const second = await runAction({ 'fail-on': 'never' }, bundle);
      expect(second.stdout).not.toContain('failed unexpectedly');
      expect(second.code).toBe(0);
      const after = loadgateComments();
      expect(after).toHaveLength(1);
      expect(after[0]!.id).toBe(id);
      expect(after[0]!.body).not.toBe(bodyBefore);
      expect(github.writes().map((w) => `${w.method} ${w.status}`)).toEqual([
        'POST 201',
        'PATCH 500',
        'PATCH 200',
      ]);
      // Every listing of comments went past the two pages of unrelated ones.
      expect(github.requests.some((r) => r.path.endsWith('/comments') && r.query.page === '3')).toBe(true);
      expect(github.requests.every((r) => r.authorization === 'token ghs_fake')).toBe(true);
      expectPeopleUntouched();
    });

    it('warns and relies on the job summary when a fork token may not comment', async () => {
      github.readOnly = true;
      const result = await runAction({ 'fail-on': 'error' }, { fork: true });
      expect(result.stdout).not.toContain('failed unexpectedly');
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(
        /::warning::loadgate could not comment on pull request #42: GitHub refused \(403 Resource not accessible by integration\): the token is read-only on pull requests from forks/,
      );
      // One warning, and the report still reaches the reader through annotations and the summary.
      expect(result.stdout.match(/^::warning::/gm)).toHaveLength(1);
      expect(result.stdout).toMatch(/^::error title=no-pass-fail-criteria,file=load\/checkout\.js,line=5,/m);
      expect(result.summary).toContain('<!-- loadgate:sticky job=load -->');
      expect(result.outputs.verdict).toBe('fail');
      expect(loadgateComments()).toHaveLength(0);
    });

    it('exits 0 under fail-on never, and comments nowhere on a push', async () => {
      const result = await runAction({ 'fail-on': 'never' }, { event: 'push' });
      expect(result.code).toBe(0);
      expect(result.stdout).not.toContain('::error::');
      expect(github.requests).toHaveLength(0);
      expect(result.summary).toContain('### ');
    });

    it('stops on a config error with one annotation on the config line, and still writes the outputs', async () => {
      writeFileSync(join(workspace, '.loadgate.yml'), "fail-on: error\ninclude: ['laod/**']\n");
      const result = await runAction({ paths: '' });
      expect(result.code).toBe(1);
      expect(result.stdout).not.toContain('failed unexpectedly');
      const errors = result.stdout.split('\n').filter((l) => l.startsWith('::error'));
      expect(errors).toEqual([
        expect.stringMatching(
          /^::error title=loadgate%3A configuration error,file=\.loadgate\.yml,line=2::"include" \(laod\/\*\*\) matches no k6, Artillery, JMeter, Locust, Gatling or Taurus scenario file/,
        ),
      ]);
      expect(result.outputs).toMatchObject({
        verdict: 'error',
        errors: '1',
        violations: '0',
        regressions: '0',
      });
      expect(result.summary).toMatch(/^### ❌ loadgate: \.loadgate\.yml:2: "include"/);
      expect(github.requests).toHaveLength(0);
    });

    it('annotates every configuration error on its own line of the config, in line order', async () => {
      writeFileSync(join(workspace, '.loadgate.yml'), 'fail-on: sometimes\nrules:\n  no-ramp-up: loud\n');
      const result = await runAction({ paths: '' });
      expect(result.code).toBe(1);
      const errors = result.stdout.split('\n').filter((l) => l.startsWith('::error'));
      expect(errors).toEqual([
        expect.stringMatching(
          /^::error title=loadgate%3A configuration error,file=\.loadgate\.yml,line=1::"fail-on"/,
        ),
        expect.stringMatching(
          /^::error title=loadgate%3A configuration error,file=\.loadgate\.yml,line=3::"rules\.no-ramp-up"/,
        ),
      ]);
      expect(result.outputs).toMatchObject({ verdict: 'error', errors: '2' });
      expect(result.summary).toMatch(
        /^### ❌ loadgate: \.loadgate\.yml:1: "fail-on" .*and 1 more configuration error/,
      );
      expect(result.summary).toContain('\n- .loadgate.yml:3: "rules.no-ramp-up"');
      expect(result.summary).not.toContain(workspace);
    });

    it('keeps a missing baseline input a note on the first run, and says nothing was compared', async () => {
      cpSync(
        join(root, '__tests__/fixtures/results/k6-summary-current.json'),
        join(workspace, 'current.json'),
      );
      const result = await runAction({
        'fail-on': 'regression',
        results: 'current.json',
        baseline: 'main.json',
      });
      expect(result.code).toBe(0);
      expect(result.outputs.verdict).toBe('inconclusive');
      expect(result.summary).toMatch(/\n### \S+ loadgate: nothing compared \(no baseline yet\), /);
      expect(result.summary).toContain('| `(all requests)` |');
    });

    it('fails in one sentence on a bad input', async () => {
      const result = await runAction({ 'fail-on': 'sometimes' });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(
        '::error::Input "fail-on" must be one of error, warning, regression, never; got "sometimes".',
      );
      expect(github.requests).toHaveLength(0);
    });
  });

  describe('GitHub API faults, end to end', () => {
    it('edits the comment it finds on page 3 instead of creating another', async () => {
      seedPeople(230);
      const sticky = github.seedComment(PR, '<!-- loadgate:sticky job=load -->\nold report', BOT);
      seedPeople(20);
      const result = await runAction({ 'fail-on': 'never' });
      expect(result.code).toBe(0);
      const pages = github.requests
        .filter((r) => r.path.endsWith(`/issues/${PR}/comments`))
        .map((r) => r.query.page);
      expect(pages).toContain('3');
      expect(github.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
        `PATCH /repos/octo/app/issues/comments/${sticky.id}`,
      ]);
      expect(loadgateComments()).toHaveLength(1);
      expectPeopleUntouched();
    });

    it('ends the create race with one comment: two first runs at once', async () => {
      seedPeople(5);
      // Both runs list the comments before either creates one, as two runs that start together do. A
      // process has one environment, so one of the two is the bundle in a process of its own.
      github.holdCommentListings = 2;
      const [a, b] = await Promise.all([
        runAction({ 'fail-on': 'never' }, bundle),
        runAction({ 'fail-on': 'never' }),
      ]);
      expect([a.code, b.code]).toEqual([0, 0]);
      expect(
        github
          .writes()
          .filter((w) => w.method === 'POST')
          .map((w) => w.status),
      ).toEqual([201, 201]);
      expect(loadgateComments()).toHaveLength(1);
      expect(github.writes().filter((w) => w.method === 'DELETE')).toHaveLength(1);
      expect(`${a.stdout}${b.stdout}`).toContain('a concurrent run had commented first');
      expectPeopleUntouched();
    });

    it('keeps one sticky comment per comment-id: matrix legs do not overwrite each other', async () => {
      seedPeople(3);
      await runAction({ 'fail-on': 'never', 'comment-id': 'k6-checkout' });
      await runAction({ 'fail-on': 'never', 'comment-id': 'k6-cart' });
      await runAction({ 'fail-on': 'never', 'comment-id': 'k6-checkout' });
      const jobs = loadgateComments().map((c) => readStickyMarker(c.body));
      expect(jobs.sort()).toEqual(['k6-cart', 'k6-checkout']);
      expectPeopleUntouched();
    });

    it('retries a 502 and then succeeds', async () => {
      github.fail({ method: 'POST', path: /\/issues\/\d+\/comments$/, status: 502, message: 'Bad Gateway' });
      const result = await runAction({ 'fail-on': 'error' });
      expect(result.code).toBe(1);
      expect(result.stdout).not.toContain('::warning::loadgate could not');
      expect(github.writes().map((w) => `${w.method} ${w.status}`)).toEqual(['POST 502', 'POST 201']);
      expect(loadgateComments()).toHaveLength(1);
    });

    it('warns that commenting was refused on a 403, and exits as it would have', async () => {
      github.fail({
        method: 'POST',
        path: /\/issues\/\d+\/comments$/,
        status: 403,
        message: 'Resource not accessible by integration',
      });
      const failing = await runAction({ 'fail-on': 'error' });
      expect(failing.code).toBe(1);
      expect(failing.stdout).toMatch(
        /^::warning::loadgate could not comment on pull request #42: GitHub refused \(403 Resource not accessible by integration\): the token lacks pull-requests: write/m,
      );
      expect(failing.outputs.verdict).toBe('fail');
      github.fail({
        method: 'POST',
        path: /\/issues\/\d+\/comments$/,
        status: 403,
        message: 'Resource not accessible by integration',
      });
      const passing = await runAction({ 'fail-on': 'never' });
      expect(passing.code).toBe(0);
      expect(passing.stdout).toContain(
        '::warning::loadgate could not comment on pull request #42: GitHub refused',
      );
      expect(loadgateComments()).toHaveLength(0);
    });

    it('waits out a secondary rate limit as Retry-After asks, then succeeds', async () => {
      github.fail({
        method: 'GET',
        path: /\/issues\/\d+\/comments$/,
        status: 403,
        headers: { 'retry-after': '1', 'x-ratelimit-remaining': '4000' },
        message: SECONDARY_RATE_LIMIT,
      });
      const result = await runAction({ 'fail-on': 'never' });
      // retry-after: 1 is one second of the action's clock (TEST_SECOND_MS here): the retry came after it.
      const listings = github.requests.filter(
        (r) => r.method === 'GET' && /\/issues\/\d+\/comments$/.test(r.path),
      );
      expect(listings[1]!.at - listings[0]!.at).toBeGreaterThanOrEqual(TEST_SECOND_MS);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("GitHub's secondary rate limit: retrying GET");
      expect(github.requests.filter((r) => r.path.endsWith('/comments') && r.status === 403)).toHaveLength(1);
      expect(loadgateComments()).toHaveLength(1);
    });
  });

  describe('the problem matcher', () => {
    it('is registered from the action checkout', async () => {
      const result = await runAction({ 'fail-on': 'never' }, { ...bundle, event: 'push' });
      const registered = /^::add-matcher::(.+)$/m.exec(result.stdout)?.[1];
      expect(registered).toBe(join(root, 'matchers/loadgate.json'));
      expect(existsSync(registered!)).toBe(true);
    });
  });
}

/** The comment as a reader sees it, review suggestions, and fork pull requests through workflow_run. */
export function reviewSuites(): void {
  describe('the sticky comment, as a reader sees it', () => {
    it('starts with the marker, then the verdict, and links only where it should', async () => {
      await runAction({ 'fail-on': 'error' });
      const [comment] = loadgateComments();
      const lines = comment!.body.split('\n');
      expect(lines[0]).toBe('<!-- loadgate:sticky job=load -->');
      expect(lines[1]).toMatch(/^### ❌ loadgate: /);
      const targets = [...comment!.body.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
      expect(targets.length).toBeGreaterThan(0);
      for (const target of targets) {
        // The run's page, a page of loadgate's documentation, or a line of a linted file at the PR's head
        // commit: never a link from a scenario's text.
        const file = new RegExp(
          `^https://github\\.com/octo/app/blob/${HEAD_SHA}/([^#]+)#L(\\d+)(?:-L\\d+)?$`,
        ).exec(target);
        if (file) {
          const lines = readFileSync(join(workspace, decodeURIComponent(file[1]!)), 'utf8').split('\n');
          expect(Number(file[2])).toBeLessThanOrEqual(lines.length);
          continue;
        }
        expect(target).toMatch(
          /^https:\/\/github\.com\/(octo\/app\/actions\/runs\/1234|octo\/app\/blob\/[0-9a-f]{40}\/load\/|loadgate\/loadgate\/blob\/[^/]+\/docs\/)/,
        );
      }
    });
  });

  describe('inline review suggestions', () => {
    beforeEach(() => {
      github.files.set(PR, [
        { filename: 'load/checkout.js', patch: addedPatch('load/checkout.js') },
        { filename: 'load/cart.yml', patch: addedPatch('load/cart.yml') },
      ]);
    });

    it('posts one review whose suggestions are byte for byte what the fix writes', async () => {
      const result = await runAction({ 'fail-on': 'error' });
      expect(result.code).toBe(1);
      expect(github.reviews).toHaveLength(1);
      expect(github.reviews[0]!.commit_id).toBe(HEAD_SHA);
      const comments = github.reviewList(PR);
      // Errors and warnings on changed lines; info findings stay in the sticky comment.
      expect(comments.map((c) => `${c.path}:${c.line}`).sort()).toEqual([
        'load/cart.yml:13',
        'load/cart.yml:15',
        'load/checkout.js:6',
        'load/checkout.js:7',
      ]);
      expect(comments.every((c) => readReviewMarker(c.body)?.job === 'load')).toBe(true);

      // Apply each suggestion as GitHub's "Commit suggestion" would, and compare with `loadgate lint --fix-suggestions`.
      const fixed = join(temp, 'fixed');
      cpSync(join(fixtures, 'e2e'), fixed, { recursive: true });
      await runCli(['lint', '--fix-suggestions', 'load/checkout.js', 'load/cart.yml'], fixed);
      const suggested = comments.filter((c) => suggestionOf(c.body) !== undefined);
      expect(suggested.map((c) => c.path).sort()).toEqual(['load/cart.yml', 'load/checkout.js']);
      for (const c of suggested) {
        const lines = readFileSync(join(workspace, c.path), 'utf8').split('\n');
        const start = c.start_line ?? c.line!;
        lines.splice(start - 1, c.line! - start + 1, ...suggestionOf(c.body)!.split('\n'));
        expect(lines.join('\n')).toBe(readFileSync(join(fixed, c.path), 'utf8'));
      }
    });

    it('does not repost a suggestion already there, and resolves the one whose finding is gone', async () => {
      await runAction({ 'fail-on': 'never' });
      const first = github.reviewList(PR).length;
      expect(first).toBeGreaterThan(0);
      const human = github.seedReviewComment(PR, {
        path: 'load/checkout.js',
        line: 7,
        body: `${github.reviewList(PR)[0]!.body}\n\n(quoted by a person)`,
      });
      const humanBody = human.body;

      await runAction({ 'fail-on': 'never' });
      expect(github.reviews).toHaveLength(1);
      expect(github.reviewList(PR)).toHaveLength(first + 1);

      // The author adds criteria: the no-pass-fail-criteria suggestion is resolved, the rest stay as they were.
      cpSync(join(fixtures, 'e2e-fixed'), workspace, { recursive: true });
      github.files.set(PR, [
        { filename: 'load/checkout.js', patch: addedPatch('load/checkout.js') },
        { filename: 'load/cart.yml', patch: addedPatch('load/cart.yml') },
      ]);
      await runAction({ 'fail-on': 'never' });
      const resolved = github
        .reviewList(PR)
        .filter((c) => c.path === 'load/checkout.js' && readReviewMarker(c.body)?.resolved);
      expect(resolved.length).toBeGreaterThan(0);
      for (const c of resolved) {
        expect(c.body).toContain('✅ **Resolved:**');
        expect(suggestionOf(c.body)).toBeUndefined();
      }
      expect(human.body).toBe(humanBody);
    });

    it('falls back to the sticky comment when GitHub refuses the review with 422', async () => {
      github.fail({
        method: 'POST',
        path: /\/pulls\/\d+\/reviews$/,
        status: 422,
        message: 'Unprocessable Entity: Line could not be resolved',
      });
      const result = await runAction({ 'fail-on': 'error' });
      expect(result.code).toBe(1);
      expect(result.stdout).not.toContain('failed unexpectedly');
      expect(result.stdout).toContain('GitHub refused the inline review on pull request #42 (422');
      expect(result.stdout).not.toMatch(/^::warning::.*review/m);
      expect(github.reviewList(PR)).toHaveLength(0);
      expect(loadgateComments()[0]!.body).toContain('no-pass-fail-criteria');
    });

    it('places no comment on a line outside the diff', async () => {
      // Only the imports changed: every finding is on an unchanged line.
      github.files.set(PR, [
        {
          filename: 'load/checkout.js',
          patch:
            "@@ -1,2 +1,2 @@\n-import http from \"k6/http\";\n+import http from 'k6/http';\n import { check, sleep } from 'k6';",
        },
      ]);
      const result = await runAction({ 'fail-on': 'never' });
      expect(result.code).toBe(0);
      expect(github.requests.some((r) => r.path.endsWith('/reviews'))).toBe(false);
      expect(loadgateComments()[0]!.body).toContain('no-pass-fail-criteria');
    });
  });

  describe('fork pull requests through workflow_run', () => {
    it('reads the pull request from the triggering run and comments with the write token', async () => {
      github.pulls.push({
        number: PR,
        head: { sha: HEAD_SHA, ref: 'feature', label: 'someone:feature' },
        base: { sha: 'a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2' },
      });
      const result = await runAction({ 'fail-on': 'never' }, { event: 'workflow_run' });
      expect(result.code).toBe(0);
      expect(github.requests.find((r) => r.path === '/repos/octo/app/pulls')?.query.head).toBe(
        'someone:feature',
      );
      expect(loadgateComments()).toHaveLength(1);
    });

    it('says nothing and fails nothing when the pull request has moved on', async () => {
      const result = await runAction({ 'fail-on': 'never' }, { event: 'workflow_run' });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('found no open pull request for someone:feature');
      expect(github.writes()).toHaveLength(0);
    });

    it('takes the number from the pull-request input', async () => {
      const result = await runAction(
        { 'fail-on': 'never', 'pull-request': String(PR) },
        { event: 'workflow_run' },
      );
      expect(result.code).toBe(0);
      expect(loadgateComments()).toHaveLength(1);
    });
  });
}
