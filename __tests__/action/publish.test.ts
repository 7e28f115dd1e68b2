import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Logger } from '../../src/action/logger.js';
import { listChangedFiles, listPullFiles } from '../../src/action/publish/changed-files.js';
import { publishComment, type CommentRequest } from '../../src/action/publish/comment.js';
import { createClient } from '../../src/action/publish/github.js';
import { decideComment } from '../../src/action/publish/policy.js';
import { findStickyComment } from '../../src/action/publish/sticky-comment.js';
import { stickyMarker } from '../../src/report/marker.js';
import { BOT, FakeGitHub, HUMAN, SECONDARY_RATE_LIMIT, startFakeGitHub } from '../helpers/fake-github.js';
import { file, finding, report } from '../report/build.js';

const repo = { owner: 'o', repo: 'r' };
const PR = 7;

class RecordingLogger implements Logger {
  readonly lines: { level: string; message: string }[] = [];
  debug(message: string) {
    this.lines.push({ level: 'debug', message });
  }
  info(message: string) {
    this.lines.push({ level: 'info', message });
  }
  warning(message: string) {
    this.lines.push({ level: 'warning', message });
  }
  warnings(): string[] {
    return this.lines.filter((l) => l.level === 'warning').map((l) => l.message);
  }
}

let github: FakeGitHub;
let log: RecordingLogger;
/** One second of retry-after and backoff lasts this long here, so no test waits for real. */
const SECOND_MS = 5;

beforeEach(async () => {
  github = await startFakeGitHub();
  log = new RecordingLogger();
});

function client() {
  return createClient('secret-token', github.url, { log, secondMs: SECOND_MS });
}

afterEach(async () => {
  await github.stop();
});

function request(overrides: Partial<CommentRequest> = {}): CommentRequest {
  return {
    client: client(),
    repo,
    pullNumber: PR,
    job: 'load',
    body: `${stickyMarker('load')}\n### ❌ loadgate: 1 scenario error\n`,
    decision: 'upsert',
    log,
    ...overrides,
  };
}

function seedUnrelated(count: number) {
  for (let i = 0; i < count; i++) github.seedComment(PR, `LGTM ${i}`, i % 2 ? BOT : HUMAN);
}

describe('finding the sticky comment', () => {
  it('searches every page of comments', async () => {
    seedUnrelated(250);
    const sticky = github.seedComment(PR, `${stickyMarker('load')}\nold`, BOT);
    const found = await findStickyComment(createClient('t', github.url), repo, PR, 'load');
    expect(found?.id).toBe(sticky.id);
    const pages = github.requests
      .filter((r) => r.path.endsWith(`/issues/${PR}/comments`))
      .map((r) => r.query.page ?? '1');
    expect(pages).toEqual(['1', '2', '3']);
    expect(github.requests[0]!.query.per_page).toBe('100');
    expect(github.requests[0]!.authorization).toBe('token t');
  });

  it("matches this job's marker on the first line only", async () => {
    github.seedComment(PR, `${stickyMarker('other')}\nother job`, BOT);
    github.seedComment(PR, `quoting:\n${stickyMarker('load')}`, BOT);
    expect(await findStickyComment(createClient('t', github.url), repo, PR, 'load')).toBeUndefined();
  });

  it('prefers the newest comment by a bot over a human quoting the marker', async () => {
    const older = github.seedComment(PR, `${stickyMarker('load')}\nfirst`, BOT);
    const newer = github.seedComment(PR, `${stickyMarker('load')}\nsecond`, BOT);
    github.seedComment(PR, `${stickyMarker('load')}\nby a person`, HUMAN);
    const found = await findStickyComment(createClient('t', github.url), repo, PR, 'load');
    expect(found?.id).toBe(newer.id);
    expect(found?.id).not.toBe(older.id);
  });
});

describe('publishing the comment', () => {
  it('creates the comment once, then edits the same one', async () => {
    seedUnrelated(210);
    const first = await publishComment(request());
    expect(first).toMatchObject({ status: 'created', id: expect.any(Number), author: BOT.login });
    const second = await publishComment(
      request({ body: `${stickyMarker('load')}\n### ✅ loadgate: all clean\n` }),
    );
    expect(second).toMatchObject({ status: 'updated', id: (first as { id: number }).id });
    const mine = github.list(PR).filter((c) => c.body.startsWith(stickyMarker('load')));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body).toContain('all clean');
    expect(github.writes().map((w) => w.method)).toEqual(['POST', 'PATCH']);
  });

  it('does not edit a comment that already says the same', async () => {
    await publishComment(request());
    const again = await publishComment(request());
    expect(again.status).toBe('unchanged');
    expect(github.writes()).toHaveLength(1);
  });

  it('leaves older duplicates alone and edits the newest', async () => {
    const older = github.seedComment(PR, `${stickyMarker('load')}\nold 1`, BOT);
    const newer = github.seedComment(PR, `${stickyMarker('load')}\nold 2`, BOT);
    await publishComment(request());
    expect(github.writes().map((w) => w.path)).toEqual([`/repos/o/r/issues/comments/${newer.id}`]);
    expect(github.list(PR).find((c) => c.id === older.id)!.body).toContain('old 1');
  });

  it('on-problems: stays silent when all is clean and nothing was said before', async () => {
    const clean = report([file('a.js')]);
    const outcome = await publishComment(request({ decision: decideComment('on-problems', clean) }));
    expect(outcome.status).toBe('skipped');
    expect(github.writes()).toHaveLength(0);
  });

  it('on-problems: edits the earlier comment to say all is clean now', async () => {
    const earlier = github.seedComment(PR, `${stickyMarker('load')}\n### ❌ loadgate: 1 scenario error`, BOT);
    const clean = report([file('a.js')]);
    const outcome = await publishComment(
      request({
        decision: decideComment('on-problems', clean),
        body: `${stickyMarker('load')}\n### ✅ clean`,
      }),
    );
    expect(outcome).toMatchObject({ status: 'updated', id: earlier.id });
  });

  it('on-problems: comments when there is a problem; always: comments anyway; never: never', () => {
    const problem = report([file('a.js', [finding('a.js', 1, { severity: 'warning' })])]);
    const clean = report([file('a.js', [finding('a.js', 1, { severity: 'info' })])]);
    expect(decideComment('on-problems', problem)).toBe('upsert');
    expect(decideComment('on-problems', clean)).toBe('update-only');
    expect(decideComment('always', clean)).toBe('upsert');
    expect(decideComment('never', problem)).toBe('skip');
  });

  it('never: sends no request at all', async () => {
    const outcome = await publishComment(request({ decision: 'skip' }));
    expect(outcome.status).toBe('skipped');
    expect(github.requests).toHaveLength(0);
  });

  it('warns in one sentence instead of failing when a fork token is read-only', async () => {
    github.readOnly = true;
    const outcome = await publishComment(request({ fromFork: true }));
    expect(outcome.status).toBe('not-permitted');
    const [warning, ...more] = log.warnings();
    expect(more).toEqual([]);
    expect(warning).toBe(
      'loadgate could not comment on pull request #7: GitHub refused (403 Resource not accessible by integration): the token is read-only on pull requests from forks (see docs/fork-pull-requests.md); the report is in the job summary and the annotations.',
    );
    // A refusal is not retried.
    expect(github.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('treats a 404 (no access to the repository) the same way', async () => {
    github.fail({ method: 'GET', path: /comments$/, status: 404, message: 'Not Found' });
    const outcome = await publishComment(request());
    expect(outcome.status).toBe('not-permitted');
    expect(log.warnings()[0]).toMatch(
      /^loadgate could not comment on pull request #7: GitHub refused \(404 Not Found\)/,
    );
  });

  it("retries a server error (Octokit's retry plugin) and still posts exactly one comment", async () => {
    github.fail({ method: 'POST', path: /comments$/, status: 500 });
    const outcome = await publishComment(request());
    expect(outcome.status).toBe('created');
    expect(github.list(PR)).toHaveLength(1);
    expect(github.writes().map((w) => `${w.method} ${w.status}`)).toEqual(['POST 500', 'POST 201']);
  });

  it('keeps one comment when the response to a successful post is lost and the retry posts again', async () => {
    github.fail({ method: 'POST', path: /comments$/, status: 502, afterApplying: true });
    const outcome = await publishComment(request());
    const mine = github.list(PR).filter((c) => c.body.startsWith(stickyMarker('load')));
    expect(mine).toHaveLength(1);
    expect(outcome).toMatchObject({ status: 'updated', id: mine[0]!.id });
    expect(github.writes().map((w) => `${w.method} ${w.status}`)).toEqual([
      'POST 502',
      'POST 201',
      'DELETE 204',
    ]);
  });

  it('waits out a secondary rate limit as retry-after asks (Octokit throttling plugin)', async () => {
    github.fail({
      method: 'GET',
      path: /comments$/,
      status: 403,
      headers: { 'retry-after': '3' },
      message: SECONDARY_RATE_LIMIT,
    });
    const outcome = await publishComment(request());
    expect(outcome.status).toBe('created');
    expect(log.lines.map((l) => l.message)).toContainEqual(
      expect.stringMatching(/^GitHub's secondary rate limit: retrying GET .*comments.* after 3 s\.$/),
    );
  });

  it('does not hold the runner for a rate limit that asks for more than a minute', async () => {
    github.fail({
      method: 'GET',
      path: /comments$/,
      status: 403,
      headers: { 'retry-after': '3600' },
      message: SECONDARY_RATE_LIMIT,
    });
    const started = Date.now();
    const outcome = await publishComment(request());
    expect(outcome.status).toBe('failed');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(log.warnings()).toEqual([
      expect.stringMatching(
        /^loadgate could not comment on pull request #7 \(403 You have exceeded a secondary rate limit/,
      ),
    ]);
  });

  it('gives up after two retries when the API keeps failing', async () => {
    github.fail({ method: 'GET', path: /comments$/, status: 503, times: 100 });
    const outcome = await publishComment(request());
    expect(outcome.status).toBe('failed');
    expect(github.requests.filter((r) => r.status === 503)).toHaveLength(3);
    expect(log.warnings()).toHaveLength(1);
    expect(log.warnings()[0]).toMatch(/^loadgate could not comment on pull request #7 \(503 /);
  });

  it("deletes only its own duplicate after a create race, never a person's comment", async () => {
    const body = `${stickyMarker('load')}\n### ❌ loadgate: 1 scenario error\n`;
    const quoting = github.seedComment(PR, `${stickyMarker('load')}\nquoted by a person`, HUMAN);
    // Another run creates its comment after this run listed and found none, just before this run creates.
    let theirs: { id: number } = { id: 0 };
    github.beforeCreate = (issue) => {
      github.beforeCreate = undefined;
      theirs = github.seedComment(issue, `${stickyMarker('load')}\nthe other run`, BOT);
    };
    const pending = publishComment(request());
    const outcome = await pending;
    // The person's comment was found first, but it is never edited: the bot comments are the candidates.
    expect(outcome).toMatchObject({ status: 'updated', id: theirs.id });
    expect(github.list(PR).map((c) => c.id)).toEqual([quoting.id, theirs.id]);
    expect(github.list(PR)[0]!.body).toContain('quoted by a person');
    expect(github.list(PR)[1]!.body).toBe(body);
    expect(github.writes().map((w) => `${w.method} ${w.status}`)).toEqual([
      'POST 201',
      'DELETE 204',
      'PATCH 200',
    ]);
  });
});

describe('a personal access token', () => {
  it("edits only the token owner's comment, never another person's with the marker", async () => {
    const me = { login: 'release-bot-user', type: 'User' as const };
    github.author = me;
    const theirs = github.seedComment(PR, `${stickyMarker('load')}\nquoted by octocat`, HUMAN);
    const mine = github.seedComment(PR, `${stickyMarker('load')}\nmy old report`, me);
    const outcome = await publishComment(request());
    expect(outcome).toMatchObject({ status: 'updated', id: mine.id });
    expect(github.list(PR).find((c) => c.id === theirs.id)!.body).toContain('quoted by octocat');
    expect(github.requests.some((r) => r.path === '/user' && r.status === 200)).toBe(true);
  });
});

describe('changed files', () => {
  it('lists every page', async () => {
    github.files.set(
      PR,
      Array.from({ length: 250 }, (_, i) => `load/f${i}.js`),
    );
    const files = await listChangedFiles(createClient('t', github.url), repo, PR);
    expect(files.size).toBe(250);
    expect(files.has('load/f249.js')).toBe(true);
  });

  it('reads the changed lines from each patch', async () => {
    github.files.set(PR, [{ filename: 'load/a.js', patch: '@@ -1,2 +1,3 @@\n a\n+b\n c' }, 'image.png']);
    const files = await listPullFiles(createClient('t', github.url), repo, PR);
    expect([...files.get('load/a.js')!.added]).toEqual([2]);
    expect(files.has('image.png')).toBe(true);
    expect(files.get('image.png')).toBeUndefined();
  });
});
