import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { commentable, parsePatch } from '../../src/action/publish/diff-hunks.js';
import { FakeGitBranches } from './fake-git-branches.js';
import { FakeResultsService } from './fake-results-service.js';

/**
 * A fake of the few GitHub REST endpoints loadgate uses, on 127.0.0.1 with a random port. It paginates with
 * Link headers the way GitHub does (default 30 per page, at most 100), and can fail like GitHub: 403
 * "Resource not accessible by integration" for read-only tokens (fork pull requests), 5xx, secondary rate
 * limits with retry-after, 422 for bodies over 65,536 characters and for review comments off the diff.
 * Comment ids only grow, as GitHub's do.
 */

export interface FakeUser {
  login: string;
  type: 'Bot' | 'User';
}

export interface FakeComment {
  id: number;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
  html_url: string;
}

export interface FakeFile {
  filename: string;
  /** The unified diff GitHub gives as `patch`; review comments must land inside its hunks. */
  patch?: string;
}

export interface FakeReviewComment {
  id: number;
  pull_request_review_id: number;
  path: string;
  line: number | null;
  start_line: number | null;
  side: 'RIGHT';
  commit_id: string;
  body: string;
  user: FakeUser;
  created_at: string;
}

export interface FakeReview {
  id: number;
  body: string;
  event: string;
  commit_id?: string;
  user: FakeUser;
}

export interface FakePull {
  number: number;
  head: { sha: string; ref: string; label: string };
  base: { sha: string };
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization?: string;
  body?: unknown;
  status: number;
  /** When the request arrived (Date.now()): tests read the waits between a refusal and its retry. */
  at: number;
}

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  /** How many times to fail before answering normally. */
  times: number;
  headers?: Record<string, string>;
  message?: string;
  /** Do the work, then answer with the failure: a response lost on the way back. */
  afterApplying?: boolean;
}

/** A workflow run, for `GET .../actions/workflows/{id}/runs` and `GET .../actions/runs/{id}`. */
export interface FakeWorkflowRun {
  id: number;
  run_number: number;
  workflow_id: number;
  head_branch: string;
  head_sha: string;
  event: string;
  status: 'completed' | 'in_progress';
  conclusion: 'success' | 'failure' | null;
}

/** An artifact of a run; `zip` is what its download (through the 302 to the blob URL) answers. */
export interface FakeArtifact {
  id: number;
  name: string;
  runId: number;
  expired?: boolean;
  zip: Uint8Array;
  /** The run GitHub says made it, when not `runId` (an artifact of another workflow's run). */
  madeByRun?: number;
}

export const BOT: FakeUser = { login: 'github-actions[bot]', type: 'Bot' };
export const HUMAN: FakeUser = { login: 'octocat', type: 'User' };
const MAX_BODY = 65_536;

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  /** Changed files per pull request number. */
  readonly files = new Map<number, (string | FakeFile)[]>();
  /** Inline review comments per pull request number, oldest first. */
  readonly reviewComments = new Map<number, FakeReviewComment[]>();
  readonly reviews: FakeReview[] = [];
  /** Open pull requests, for `GET /pulls?head=owner:branch`. */
  readonly pulls: FakePull[] = [];
  /**
   * Holds this many listings of issue comments until all of them have arrived, then answers them
   * together: two runs that start at once both see no comment, as in the create race on GitHub.
   */
  holdCommentListings = 0;
  private held: (() => void)[] = [];
  /** Runs before a comment is created: a concurrent run's comment can be slipped in here. */
  beforeCreate?: (issue: number) => void;
  /** Comments per issue number, oldest first. */
  readonly comments = new Map<number, FakeComment[]>();
  readonly faults: Fault[] = [];
  /** Workflow runs of the repository, any workflow; listings answer newest (highest id) first. */
  readonly workflowRuns: FakeWorkflowRun[] = [];
  readonly artifacts: FakeArtifact[] = [];
  defaultBranch = 'main';
  /**
   * The Actions results service on the same port (ACTIONS_RESULTS_URL): what `@actions/artifact` uploads
   * through. Artifacts it finalizes join `artifacts`, so the REST listing and download see them.
   */
  readonly results = new FakeResultsService(this);
  /** The repository's branches, for the contents and git data APIs (the dashboard's Pages branch). */
  readonly git = new FakeGitBranches(() => this.readOnly);
  /** Where an artifact's zip download redirects to; default this server's `/_blob/` path. */
  blobLocation?: (artifactId: number) => string;
  /** Writes answer 403 like a read-only GITHUB_TOKEN on a pull request from a fork. */
  readOnly = false;
  /** Who the token belongs to: the author of created comments. */
  author: FakeUser = BOT;
  /** Ids of comments, reviews and artifacts made here; they only grow, as GitHub's do. */
  nextId = 1000;
  private clock = Date.parse('2025-01-01T00:00:00Z');
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.send(res, 500, { message: String(error) });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** Adds a comment as if someone had posted it earlier. */
  seedComment(issue: number, body: string, user: FakeUser = HUMAN): FakeComment {
    const comment = this.newComment(issue, body, user);
    this.list(issue).push(comment);
    return comment;
  }

  fail(fault: Omit<Fault, 'times'> & { times?: number }): void {
    this.faults.push({ times: 1, ...fault });
  }

  /** Adds an inline review comment as if someone had posted it earlier. */
  seedReviewComment(
    pull: number,
    comment: Pick<FakeReviewComment, 'path' | 'line' | 'body'> & { user?: FakeUser },
  ): FakeReviewComment {
    const created = this.newReviewComment(0, 'seeded', { ...comment, user: comment.user ?? HUMAN });
    this.reviewList(pull).push(created);
    return created;
  }

  reviewList(pull: number): FakeReviewComment[] {
    let comments = this.reviewComments.get(pull);
    if (!comments) this.reviewComments.set(pull, (comments = []));
    return comments;
  }

  private newReviewComment(
    reviewId: number,
    commitId: string,
    c: { path: string; line: number | null; start_line?: number | null; body: string; user: FakeUser },
  ): FakeReviewComment {
    this.clock += 60_000;
    return {
      id: this.nextId++,
      pull_request_review_id: reviewId,
      path: c.path,
      line: c.line,
      start_line: c.start_line ?? null,
      side: 'RIGHT',
      commit_id: commitId,
      body: c.body,
      user: c.user,
      created_at: new Date(this.clock).toISOString(),
    };
  }

  /** Requests other than GETs, in order: what the action changed. */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  list(issue: number): FakeComment[] {
    let comments = this.comments.get(issue);
    if (!comments) this.comments.set(issue, (comments = []));
    return comments;
  }

  private newComment(issue: number, body: string, user: FakeUser): FakeComment {
    const id = this.nextId++;
    this.clock += 60_000;
    const at = new Date(this.clock).toISOString();
    return {
      id,
      body,
      user,
      created_at: at,
      updated_at: at,
      html_url: `https://github.com/o/r/pull/${issue}#issuecomment-${id}`,
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const bytes = await new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => resolve(Buffer.concat(chunks)));
    });
    // Blob uploads are bytes (zip blocks) or XML (the block list); everything else here speaks JSON.
    const binary = url.pathname.startsWith('/_upload/');
    const raw = binary ? '' : bytes.toString('utf8');
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers.authorization,
      body,
      status: 0,
      at: Date.now(),
    };
    this.requests.push(record);
    const reply = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      this.send(res, status, payload, headers);
    };
    if (binary) record.body = bytes.length;

    if (
      method === 'GET' &&
      this.holdCommentListings > 0 &&
      /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(url.pathname)
    ) {
      this.holdCommentListings--;
      await new Promise<void>((release) => {
        this.held.push(release);
        if (this.holdCommentListings === 0) for (const r of this.held.splice(0)) r();
      });
    }
    const fault = this.faults.find((f) => f.times > 0 && f.method === method && f.path.test(url.pathname));
    if (fault) {
      fault.times--;
      const failure = () => reply(fault.status, { message: fault.message ?? 'Server Error' }, fault.headers);
      if (!fault.afterApplying) return failure();
      return this.route(method, url, body, failure);
    }
    if (binary) return this.results.upload(method, url, bytes, reply);
    return this.route(method, url, body, reply);
  }

  private route(
    method: string,
    url: URL,
    body: Record<string, unknown> | undefined,
    reply: (status: number, payload: unknown, headers?: Record<string, string>) => void,
  ): void {
    let m: RegExpExecArray | null;
    if (method === 'GET' && this.routeActions(url, reply)) return;
    if (this.results.route(method, url, body, reply)) return;
    if (this.git.route(method, url, body, reply)) return;
    if (method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/.exec(url.pathname))) {
      const files = (this.files.get(Number(m[1])) ?? []).map((file, i) => {
        const { filename, patch } = typeof file === 'string' ? { filename: file, patch: undefined } : file;
        return {
          sha: String(i),
          filename,
          status: 'modified',
          additions: 1,
          deletions: 0,
          changes: 1,
          ...(patch !== undefined ? { patch } : {}),
        };
      });
      return this.page(url, files, reply);
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
      const issue = Number(m[1]);
      if (method === 'GET') return this.page(url, this.list(issue), reply);
      if (method === 'POST') {
        if (this.readOnly) return reply(403, notAccessible());
        const text = String(body?.body ?? '');
        if (text.length > MAX_BODY) return reply(422, tooLong());
        this.beforeCreate?.(issue);
        const comment = this.newComment(issue, text, this.author);
        this.list(issue).push(comment);
        return reply(201, comment);
      }
    }
    if (method === 'GET' && url.pathname === '/user') {
      // Installation tokens (the runner's GITHUB_TOKEN) may not read /user; a personal token may.
      if (this.author.type === 'Bot') return reply(403, notAccessible());
      return reply(200, { login: this.author.login, type: this.author.type, id: 1 });
    }
    if (method === 'DELETE' && (m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname))) {
      if (this.readOnly) return reply(403, notAccessible());
      const id = Number(m[1]);
      for (const list of this.comments.values()) {
        const at = list.findIndex((c) => c.id === id);
        if (at >= 0) {
          list.splice(at, 1);
          return reply(204, '');
        }
      }
      return reply(404, { message: 'Not Found' });
    }
    if (method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/pulls$/.test(url.pathname)) {
      const head = url.searchParams.get('head');
      return this.page(
        url,
        this.pulls.filter((p) => head === null || p.head.label === head),
        reply,
      );
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/comments$/.exec(url.pathname)) && method === 'GET') {
      return this.page(url, this.reviewList(Number(m[1])), reply);
    }
    if (method === 'POST' && (m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/reviews$/.exec(url.pathname))) {
      if (this.readOnly) return reply(403, notAccessible());
      const pull = Number(m[1]);
      const comments = (body?.comments ?? []) as {
        path: string;
        line: number;
        start_line?: number;
        side?: string;
        body: string;
      }[];
      const patches = new Map(
        (this.files.get(pull) ?? []).map((f) =>
          typeof f === 'string' ? [f, undefined] : [f.filename, f.patch],
        ),
      );
      for (const c of comments) {
        const patch = patches.get(c.path);
        const lines = patch === undefined ? undefined : parsePatch(patch);
        if (!lines || !commentable(lines, c.start_line ?? c.line, c.line) || c.side !== 'RIGHT') {
          return reply(422, {
            message: 'Unprocessable Entity',
            errors: ['Line could not be resolved'],
            documentation_url:
              'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
          });
        }
      }
      const review: FakeReview = {
        id: this.nextId++,
        body: String(body?.body ?? ''),
        event: String(body?.event ?? ''),
        commit_id: body?.commit_id as string | undefined,
        user: this.author,
      };
      this.reviews.push(review);
      for (const c of comments) {
        this.reviewList(pull).push(
          this.newReviewComment(review.id, review.commit_id ?? 'head', { ...c, user: this.author }),
        );
      }
      return reply(200, review);
    }
    if (method === 'PATCH' && (m = /^\/repos\/[^/]+\/[^/]+\/pulls\/comments\/(\d+)$/.exec(url.pathname))) {
      if (this.readOnly) return reply(403, notAccessible());
      const id = Number(m[1]);
      const comment = [...this.reviewComments.values()].flat().find((c) => c.id === id);
      if (!comment) return reply(404, { message: 'Not Found' });
      comment.body = String(body?.body ?? '');
      return reply(200, comment);
    }
    if (method === 'PATCH' && (m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname))) {
      if (this.readOnly) return reply(403, notAccessible());
      const id = Number(m[1]);
      const comment = [...this.comments.values()].flat().find((c) => c.id === id);
      if (!comment) return reply(404, { message: 'Not Found' });
      const text = String(body?.body ?? '');
      if (text.length > MAX_BODY) return reply(422, tooLong());
      this.clock += 60_000;
      comment.body = text;
      comment.updated_at = new Date(this.clock).toISOString();
      return reply(200, comment);
    }
    return reply(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }

  /** The Actions endpoints `baseline: auto` reads; true when `url` was one of them. */
  private routeActions(
    url: URL,
    reply: (status: number, payload: unknown, headers?: Record<string, string>) => void,
  ): boolean {
    let m: RegExpExecArray | null;
    const runOf = (r: FakeWorkflowRun) => ({
      ...r,
      html_url: `https://github.com/octo/app/actions/runs/${r.id}`,
      created_at: new Date(this.clock).toISOString(),
    });
    if (/^\/repos\/[^/]+\/[^/]+$/.test(url.pathname)) {
      reply(200, { full_name: 'octo/app', default_branch: this.defaultBranch });
      return true;
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)$/.exec(url.pathname))) {
      const run = this.workflowRuns.find((r) => r.id === Number(m![1]));
      if (run) reply(200, runOf(run));
      else reply(404, { message: 'Not Found' });
      return true;
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/actions\/workflows\/([^/]+)\/runs$/.exec(url.pathname))) {
      const workflow = Number(m[1]);
      const q = url.searchParams;
      const runs = this.workflowRuns
        .filter((r) => r.workflow_id === workflow)
        .filter((r) => !q.get('branch') || r.head_branch === q.get('branch'))
        .filter((r) => !q.get('event') || r.event === q.get('event'))
        .filter((r) => q.get('status') !== 'success' || r.conclusion === 'success')
        .sort((a, b) => b.id - a.id);
      const perPage = Math.min(100, Number(q.get('per_page') ?? 30));
      reply(200, { total_count: runs.length, workflow_runs: runs.slice(0, perPage).map(runOf) });
      return true;
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)\/artifacts$/.exec(url.pathname))) {
      const runId = Number(m[1]);
      const name = url.searchParams.get('name');
      const artifacts = this.artifacts
        .filter((a) => a.runId === runId && (!name || a.name === name))
        .map((a) => {
          const run = this.workflowRuns.find((r) => r.id === (a.madeByRun ?? a.runId));
          return {
            id: a.id,
            name: a.name,
            size_in_bytes: a.zip.length,
            expired: a.expired ?? false,
            created_at: new Date(this.clock).toISOString(),
            archive_download_url: `${this.url}/repos/octo/app/actions/artifacts/${a.id}/zip`,
            workflow_run: {
              id: a.madeByRun ?? a.runId,
              head_branch: run?.head_branch,
              head_sha: run?.head_sha,
            },
          };
        });
      reply(200, { total_count: artifacts.length, artifacts });
      return true;
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/.exec(url.pathname))) {
      const artifact = this.artifacts.find((a) => a.id === Number(m![1]));
      if (!artifact) reply(404, { message: 'Not Found' });
      else if (artifact.expired) reply(410, { message: 'Artifact has expired' });
      // GitHub answers with a short-lived signed URL on its blob storage; here, this server again.
      else
        reply(302, '', {
          location:
            this.blobLocation?.(artifact.id) ?? `${this.url}/_blob/artifact-${artifact.id}.zip?sig=fake`,
        });
      return true;
    }
    if ((m = /^\/_blob\/artifact-(\d+)\.zip$/.exec(url.pathname))) {
      const artifact = this.artifacts.find((a) => a.id === Number(m![1]));
      if (!artifact) reply(404, { message: 'BlobNotFound' });
      else reply(200, artifact.zip, { 'content-type': 'application/zip' });
      return true;
    }
    return false;
  }

  /** One page of `items` per GitHub's rules, with a Link header naming next, last, first and prev. */
  private page(
    url: URL,
    items: unknown[],
    reply: (status: number, payload: unknown, headers?: Record<string, string>) => void,
  ) {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number, rel: string) => {
      const target = new URL(url.toString());
      target.searchParams.set('per_page', String(perPage));
      target.searchParams.set('page', String(p));
      return `<${target.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    reply(
      200,
      items.slice((page - 1) * perPage, page * perPage),
      links.length > 0 ? { link: links.join(', ') } : {},
    );
  }

  private send(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}) {
    if (payload instanceof Uint8Array) {
      res.writeHead(status, { 'content-length': String(payload.length), ...headers });
      res.end(payload);
      return;
    }
    if (status === 204 || status === 302) {
      res.writeHead(status, headers);
      res.end();
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(payload));
  }
}

function notAccessible() {
  return {
    message: 'Resource not accessible by integration',
    documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
    status: '403',
  };
}

/**
 * The action processes the tests start take their GitHub waits (retry-after, the retry backoff, the spacing of
 * writes) with a second this long, through LOADGATE_TEST_SECOND_MS: every wait is still taken and logged in
 * seconds, each second just passes 50 times faster.
 */
export const TEST_SECOND_MS = 20;

/** GitHub's secondary rate limit: 403 with retry-after and this message. */
export const SECONDARY_RATE_LIMIT =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';

function tooLong() {
  return {
    message: 'Validation Failed',
    errors: [
      {
        resource: 'IssueComment',
        code: 'custom',
        field: 'body',
        message: 'body is too long (maximum is 65536 characters)',
      },
    ],
  };
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  return new FakeGitHub().start();
}
