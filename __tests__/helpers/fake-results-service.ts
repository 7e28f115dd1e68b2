import { createHash } from 'node:crypto';
import type { FakeArtifact } from './fake-github.js';

/**
 * A fake of the Actions results service `@actions/artifact` uploads through, served by the fake GitHub on
 * its own port (ACTIONS_RESULTS_URL = the fake's url). Twirp JSON over POST, as the client speaks it:
 * `CreateArtifact` answers a signed upload URL (here `/_upload/{id}?sig=…` on this server), the blob is put
 * as Azure Blob Storage takes it (Put Block with `comp=block&blockid=…`, then Put Block List with
 * `comp=blocklist` naming the blocks in XML; or one Put Blob), and `FinalizeArtifact` checks the size and
 * SHA-256 the client computed against the bytes received before the artifact exists. `ListArtifacts` and
 * `DeleteArtifact` serve the client's overwrite. The runtime token is a JWT whose `scp` claim names the
 * run's backend id `run-{GITHUB_RUN_ID}`, so artifacts land under that run in the REST listing.
 */

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';

interface Pending {
  id: number;
  name: string;
  runId: number;
  blocks: Map<string, Buffer>;
  blob?: Buffer;
}

type Reply = (status: number, payload: unknown, headers?: Record<string, string>) => void;

export interface ResultsHost {
  readonly artifacts: FakeArtifact[];
  nextId: number;
  url: string;
}

export class FakeResultsService {
  private readonly pending = new Map<number, Pending>();
  /** Every twirp call by method name, in order (their headers are in FakeGitHub.requests). */
  readonly calls: { method: string; body: Record<string, unknown> }[] = [];

  constructor(private readonly host: ResultsHost) {}

  /** The ACTIONS_RUNTIME_TOKEN the runner would give a job of workflow run `runId` (unsigned: only decoded). */
  static runtimeToken(runId: number): string {
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: `Actions.GenericRead Actions.Results:run-${runId}:job-${runId}` })}.sig`;
  }

  /** A twirp call; true when `url` was one. */
  route(method: string, url: URL, body: Record<string, unknown> | undefined, reply: Reply): boolean {
    if (method !== 'POST' || !url.pathname.startsWith(SERVICE)) return false;
    const call = url.pathname.slice(SERVICE.length);
    const req = body ?? {};
    this.calls.push({ method: call, body: req });
    const runId = runOf(req.workflow_run_backend_id);
    if (runId === undefined) {
      reply(400, { code: 'invalid_argument', msg: 'workflow_run_backend_id is invalid' });
      return true;
    }
    const name = String(req.name ?? '');
    const live = () => this.host.artifacts.filter((a) => a.runId === runId);
    switch (call) {
      case 'CreateArtifact': {
        if (
          live().some((a) => a.name === name) ||
          [...this.pending.values()].some((p) => p.runId === runId && p.name === name)
        ) {
          reply(409, {
            code: 'already_exists',
            msg: 'an artifact with this name already exists on the workflow run',
          });
          return true;
        }
        const id = this.host.nextId++;
        this.pending.set(id, { id, name, runId, blocks: new Map() });
        reply(200, { ok: true, signed_upload_url: `${this.host.url}/_upload/${id}?sv=2023-11-03&sig=fake` });
        return true;
      }
      case 'FinalizeArtifact': {
        const pending = [...this.pending.values()].find((p) => p.runId === runId && p.name === name);
        if (!pending?.blob) {
          reply(404, { code: 'not_found', msg: 'no upload of this artifact' });
          return true;
        }
        const hash = `sha256:${createHash('sha256').update(pending.blob).digest('hex')}`;
        if (
          String(req.size) !== String(pending.blob.length) ||
          (req.hash !== undefined && req.hash !== hash)
        ) {
          reply(400, {
            code: 'invalid_argument',
            msg: `size or hash does not match the upload (${pending.blob.length}, ${hash})`,
          });
          return true;
        }
        this.pending.delete(pending.id);
        this.host.artifacts.push({ id: pending.id, name, runId, zip: new Uint8Array(pending.blob) });
        reply(200, { ok: true, artifact_id: String(pending.id) });
        return true;
      }
      case 'ListArtifacts': {
        const filter = req.name_filter;
        const artifacts = live()
          .filter((a) => filter === undefined || a.name === filter)
          .map((a) => ({
            workflow_run_backend_id: `run-${runId}`,
            workflow_job_run_backend_id: `job-${runId}`,
            database_id: String(a.id),
            name: a.name,
            size: String(a.zip.length),
            created_at: '2025-01-01T00:00:00Z',
          }));
        reply(200, { artifacts });
        return true;
      }
      case 'DeleteArtifact': {
        const at = this.host.artifacts.findIndex((a) => a.runId === runId && a.name === name);
        if (at < 0) {
          reply(404, { code: 'not_found', msg: 'artifact not found' });
          return true;
        }
        const [gone] = this.host.artifacts.splice(at, 1);
        reply(200, { ok: true, artifact_id: String(gone!.id) });
        return true;
      }
    }
    reply(404, { code: 'bad_route', msg: `no such method ${call}` });
    return true;
  }

  /** Azure Blob Storage's Put Block, Put Block List and Put Blob, at the signed URL CreateArtifact gave. */
  upload(method: string, url: URL, bytes: Buffer, reply: Reply): void {
    const m = /^\/_upload\/(\d+)$/.exec(url.pathname);
    const pending = m ? this.pending.get(Number(m[1])) : undefined;
    if (method !== 'PUT' || !pending || url.searchParams.get('sig') !== 'fake') {
      reply(403, { message: 'AuthenticationFailed' });
      return;
    }
    const comp = url.searchParams.get('comp');
    if (comp === 'block') {
      pending.blocks.set(url.searchParams.get('blockid') ?? '', bytes);
    } else if (comp === 'blocklist') {
      const ids = [...bytes.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map(
        (x) => x[1]!,
      );
      const missing = ids.filter((id) => !pending.blocks.has(id));
      if (missing.length > 0) {
        reply(400, { message: 'InvalidBlockList' });
        return;
      }
      pending.blob = Buffer.concat(ids.map((id) => pending.blocks.get(id)!));
    } else if (comp === null) {
      pending.blob = bytes;
    }
    reply(201, new Uint8Array(0));
  }
}

function runOf(backendId: unknown): number | undefined {
  const m = /^run-(\d+)$/.exec(String(backendId ?? ''));
  return m ? Number(m[1]) : undefined;
}
