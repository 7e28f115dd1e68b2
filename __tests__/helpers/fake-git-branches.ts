import { createHash } from 'node:crypto';

/**
 * The branches of the fake repository, for the REST endpoints that write one file to a branch: the
 * contents API (`GET`/`PUT .../contents/{path}`, with GitHub's 422 for a missing `sha` and 409 for a stale
 * one) and the git data API (`GET .../git/ref/heads/{b}`, `POST .../git/trees`, `.../git/commits`,
 * `.../git/refs`, with 422 "Reference already exists"). Blob ids are git's own (`git hash-object`).
 */

export interface FakeCommit {
  sha: string;
  message: string;
  parents: string[];
  /** The whole tree at this commit: path → content. */
  files: Map<string, string>;
}

type Reply = (status: number, payload: unknown, headers?: Record<string, string>) => void;

export class FakeGitBranches {
  /** Branch name → the sha of its head commit. */
  readonly heads = new Map<string, string>();
  readonly commits = new Map<string, FakeCommit>();
  private readonly trees = new Map<string, Map<string, string>>();
  private counter = 0;

  constructor(private readonly readOnly: () => boolean) {}

  /** The file's content at the head of `branch`, or undefined. */
  file(branch: string, path: string): string | undefined {
    const head = this.heads.get(branch);
    return head ? this.commits.get(head)?.files.get(path) : undefined;
  }

  /** Commits on `branch`, newest first. */
  log(branch: string): FakeCommit[] {
    const out: FakeCommit[] = [];
    for (let sha = this.heads.get(branch); sha; sha = this.commits.get(sha)?.parents[0]) {
      out.push(this.commits.get(sha)!);
    }
    return out;
  }

  /** Makes a branch holding these files, as if someone had pushed it. */
  seed(branch: string, files: Record<string, string>): void {
    const sha = this.commit('seed', [], new Map(Object.entries(files)));
    this.heads.set(branch, sha);
  }

  route(method: string, url: URL, body: Record<string, unknown> | undefined, reply: Reply): boolean {
    // Octokit sends `{ref}` and `{path}` URL-encoded (`heads%2Fgh-pages`), as GitHub accepts them.
    const path = decodeURIComponent(url.pathname);
    let m: RegExpExecArray | null;
    if ((m = /^\/repos\/[^/]+\/[^/]+\/git\/ref\/heads\/(.+)$/.exec(path)) && method === 'GET') {
      const branch = m[1]!;
      const sha = this.heads.get(branch);
      if (!sha) reply(404, { message: 'Not Found' });
      else reply(200, { ref: `refs/heads/${branch}`, object: { sha, type: 'commit' } });
      return true;
    }
    if (/^\/repos\/[^/]+\/[^/]+\/git\/(trees|commits|refs)$/.test(path) && method === 'POST') {
      if (this.readOnly()) reply(403, { message: 'Resource not accessible by integration' });
      else this.gitData(path.slice(path.lastIndexOf('/') + 1), body ?? {}, reply);
      return true;
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/.exec(path))) {
      const file = m[1]!;
      if (method === 'GET') this.getContent(file, url.searchParams.get('ref') ?? 'main', reply);
      else if (method === 'PUT') this.putContent(file, body ?? {}, reply);
      else return false;
      return true;
    }
    return false;
  }

  private gitData(kind: string, body: Record<string, unknown>, reply: Reply): void {
    if (kind === 'trees') {
      const entries = (body.tree ?? []) as { path: string; content?: string }[];
      const sha = this.nextSha();
      this.trees.set(sha, new Map(entries.map((e) => [e.path, e.content ?? ''])));
      return reply(201, { sha, tree: entries.map((e) => ({ path: e.path, type: 'blob' })) });
    }
    if (kind === 'commits') {
      const files = this.trees.get(String(body.tree));
      if (!files) return reply(422, { message: 'Tree SHA does not exist' });
      const sha = this.commit(String(body.message), (body.parents ?? []) as string[], files);
      return reply(201, { sha, message: body.message });
    }
    const ref = String(body.ref);
    const branch = ref.replace(/^refs\/heads\//, '');
    if (this.heads.has(branch)) return reply(422, { message: 'Reference already exists' });
    if (!this.commits.has(String(body.sha))) return reply(422, { message: 'Object does not exist' });
    this.heads.set(branch, String(body.sha));
    return reply(201, { ref, object: { sha: body.sha, type: 'commit' } });
  }

  private getContent(path: string, ref: string, reply: Reply): void {
    const head = this.heads.get(ref);
    if (!head) return reply(404, { message: `No commit found for the ref ${ref}` });
    const content = this.commits.get(head)!.files.get(path);
    if (content === undefined) return reply(404, { message: 'Not Found' });
    reply(200, { type: 'file', path, sha: blobSha(content), size: Buffer.byteLength(content) });
  }

  private putContent(path: string, body: Record<string, unknown>, reply: Reply): void {
    if (this.readOnly()) return reply(403, { message: 'Resource not accessible by integration' });
    const branch = String(body.branch ?? 'main');
    const head = this.heads.get(branch);
    if (!head) return reply(404, { message: `Branch ${branch} not found` });
    const files = new Map(this.commits.get(head)!.files);
    const existing = files.get(path);
    if (existing !== undefined && body.sha === undefined)
      return reply(422, { message: 'Invalid request.\n\n"sha" wasn\'t supplied.' });
    if (existing !== undefined && body.sha !== blobSha(existing))
      return reply(409, { message: `${path} does not match ${String(body.sha)}` });
    files.set(path, Buffer.from(String(body.content), 'base64').toString('utf8'));
    const sha = this.commit(String(body.message), [head], files);
    this.heads.set(branch, sha);
    reply(existing === undefined ? 201 : 200, {
      content: { path, sha: blobSha(files.get(path)!) },
      commit: { sha },
    });
  }

  private commit(message: string, parents: string[], files: Map<string, string>): string {
    const sha = this.nextSha();
    this.commits.set(sha, { sha, message, parents, files: new Map(files) });
    return sha;
  }

  private nextSha(): string {
    return createHash('sha1').update(`fake-${++this.counter}`).digest('hex');
  }
}

export function blobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
