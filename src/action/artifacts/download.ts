import { secondMsFor, type GitHubClient, type Repo } from '../publish/github.js';

/** Larger archives are refused before or while downloading: a baseline is a few megabytes at most. */
export const MAX_ARCHIVE_BYTES = 200 * 1024 * 1024;

/** The archive could not be fetched from where the API sent it (not a GitHub API error). */
export class DownloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DownloadError';
  }
}

export interface DownloadOptions {
  maxBytes?: number;
  /** Attempts at the blob URL (5xx and network errors), with 1 s, then 2 s between them. */
  attempts?: number;
  /** What one second of backoff lasts, in milliseconds (tests shrink it). */
  secondMs?: number;
}

/**
 * The zip of an artifact, in memory. `GET .../actions/artifacts/{id}/zip` answers 302 with a short-lived
 * signed URL; it is asked for without following redirects, so the token is never sent past the API, and the
 * blob is fetched from exactly that URL, with no token and no further redirect. An https URL is followed
 * anywhere (GitHub's blob storage is another host); plain http only to the API's own host (GitHub
 * Enterprise Server without TLS, or a fake server in tests).
 */
export async function downloadArtifactZip(
  client: GitHubClient,
  repo: Repo,
  artifactId: number,
  options: DownloadOptions = {},
): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? MAX_ARCHIVE_BYTES;
  const response = await client.rest.actions.downloadArtifact({
    ...repo,
    artifact_id: artifactId,
    archive_format: 'zip',
    request: { redirect: 'manual' },
  });
  const location = (response.headers as Record<string, string | undefined>).location;
  if (response.status < 300 || response.status >= 400 || !location)
    throw new DownloadError(`GitHub answered ${response.status} without a download location`);
  const target = blobUrl(location, client);
  const attempts = Math.max(1, options.attempts ?? 3);
  const secondMs = options.secondMs ?? secondMsFor();
  let last = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await new Promise((r) => setTimeout(r, secondMs * (attempt - 1)));
    let blob: Response;
    try {
      blob = await fetch(target, { redirect: 'error' });
    } catch (error) {
      last = `network error (${error instanceof Error ? error.message : String(error)})`;
      continue;
    }
    if (blob.status >= 500) {
      last = `the download answered ${blob.status}`;
      await blob.body?.cancel();
      continue;
    }
    if (blob.status !== 200) {
      await blob.body?.cancel();
      throw new DownloadError(`the download answered ${blob.status}`);
    }
    return readBounded(blob, maxBytes);
  }
  throw new DownloadError(last);
}

function blobUrl(location: string, client: GitHubClient): URL {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw new DownloadError(`GitHub sent a download location that is not a URL`);
  }
  if (url.protocol === 'https:') return url;
  const api = new URL(String(client.request.endpoint.DEFAULTS.baseUrl));
  if (url.protocol === 'http:' && url.hostname === api.hostname) return url;
  throw new DownloadError(`refusing to download from ${url.protocol}//${url.host}: not https`);
}

async function readBounded(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new DownloadError(`the archive is ${declared} bytes, over the ${maxBytes}-byte limit`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return new Uint8Array(0);
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > maxBytes) throw new DownloadError(`the archive is over the ${maxBytes}-byte limit`);
    chunks.push(chunk);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
