import { basename, dirname } from 'node:path';
import type { Logger } from '../logger.js';

/** What an upload did; never thrown, since the report stands without the artifact. */
export type UploadOutcome =
  | { kind: 'uploaded'; id: number; size: number }
  /** The runner gave no results-service credentials (a `run:` step, GHES, a local run): nothing was sent. */
  | { kind: 'unavailable'; note: string }
  | { kind: 'failed'; note: string };

export interface UploadRequest {
  /** The artifact's name (`baseline-artifact`, `history-artifact`). */
  name: string;
  /** The one file it holds, stored in the zip under its base name. */
  file: string;
  env: Readonly<Record<string, string | undefined>>;
  log?: Logger;
  retentionDays?: number;
}

/**
 * Uploads one file as an artifact of this workflow run, through the official `@actions/artifact` client: the
 * Actions results service (ACTIONS_RESULTS_URL, authorised by ACTIONS_RUNTIME_TOKEN, which the runner gives
 * JavaScript actions but not `run:` steps) creates the artifact and answers a signed blob URL; the zip is
 * put there in blocks and the artifact finalised with its size and SHA-256. The public REST API has no
 * upload, so this is the only way an action can make an artifact itself.
 *
 * The client (and the Azure blob SDK under it) is imported here, on the first upload only, so runs that
 * upload nothing never load it. An artifact of that name already made by this run (a re-run job) is
 * replaced, as `actions/upload-artifact` does with `overwrite: true`.
 */
export async function uploadArtifactFile(request: UploadRequest): Promise<UploadOutcome> {
  const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((n) => !request.env[n]);
  if (missing.length > 0)
    return {
      kind: 'unavailable',
      note: `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set (the runner gives them to actions, not to run: steps)`,
    };
  let client: import('@actions/artifact').ArtifactClient;
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    client = new DefaultArtifactClient();
  } catch (error) {
    return { kind: 'failed', note: `the artifact client could not be loaded (${messageOf(error)})` };
  }
  const options = request.retentionDays ? { retentionDays: request.retentionDays } : {};
  const upload = () => client.uploadArtifact(request.name, [request.file], dirname(request.file), options);
  try {
    try {
      const done = await upload();
      return { kind: 'uploaded', id: done.id ?? 0, size: done.size ?? 0 };
    } catch (error) {
      if (!alreadyExists(error)) throw error;
      request.log?.info(`loadgate replaces artifact ${request.name}, which this workflow run already made.`);
      await client.deleteArtifact(request.name);
      const done = await upload();
      return { kind: 'uploaded', id: done.id ?? 0, size: done.size ?? 0 };
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'GHESNotSupportedError')
      return {
        kind: 'unavailable',
        note: 'this GitHub Enterprise Server does not support the artifact service @actions/artifact uses',
      };
    return { kind: 'failed', note: `could not upload ${basename(request.file)}: ${messageOf(error)}` };
  }
}

/** The results service refuses a second artifact of one name in a run with 409 Conflict. */
function alreadyExists(error: unknown): boolean {
  const message = messageOf(error);
  return /\(409\)|already exists/i.test(message);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
