import { describe, expect, it, afterEach, beforeEach } from '@jest/globals';
import { strToU8, zipSync } from 'fflate';
import { downloadArtifactZip } from '../../src/action/artifacts/download.js';
import { readZip } from '../../src/action/artifacts/unzip.js';
import { createClient } from '../../src/action/publish/github.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';

const repo = { owner: 'octo', repo: 'app' };

describe('readZip', () => {
  it('reads the wanted entries of a real zip', () => {
    const zip = zipSync({ 'run.json': strToU8('{"a":1}'), 'notes.txt': strToU8('x') });
    const entries = readZip(zip, (name) => name.endsWith('.json'));
    expect(entries.map((e) => [e.name, new TextDecoder().decode(e.data)])).toEqual([['run.json', '{"a":1}']]);
  });

  it('refuses an entry whose declared size is over the limit, before inflating it', () => {
    const zip = zipSync({ 'run.json': new Uint8Array(64 * 1024) });
    expect(() => readZip(zip, () => true, 1024)).toThrow(
      'run.json is 65536 bytes uncompressed, over the 1024-byte limit',
    );
  });

  it('cuts an entry that lies about its size at the size it declared (a zip bomb stays bounded)', () => {
    const zip = zipSync({ 'run.json': new Uint8Array(1024 * 1024).fill(65) });
    // The central directory's uncompressed size (offset 24 of its header) claims 100 bytes.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    let at = zip.length - 22;
    at = view.getUint32(at + 16, true);
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    view.setUint32(at + 24, 100, true);
    const [entry] = readZip(zip, () => true, 1000);
    expect(entry!.data.length).toBe(100);
  });

  it('calls bytes that are no zip not readable', () => {
    expect(() => readZip(strToU8('PK\u0003\u0004 garbage'), () => true)).toThrow(
      /not a readable zip archive/,
    );
  });
});

describe('downloadArtifactZip', () => {
  let github: FakeGitHub;
  beforeEach(async () => {
    github = await startFakeGitHub();
    github.artifacts.push({
      id: 5,
      name: 'loadgate-baseline',
      runId: 1,
      zip: zipSync({ 'a.json': strToU8('{}') }),
    });
  });
  afterEach(() => github.stop());

  it('follows the redirect to the blob without the token', async () => {
    const client = createClient('ghs_secret', github.url, { secondMs: 1 });
    const zip = await downloadArtifactZip(client, repo, 5);
    expect(readZip(zip, () => true).map((e) => e.name)).toEqual(['a.json']);
    const blob = github.requests.find((r) => r.path.startsWith('/_blob/'));
    expect(blob?.authorization).toBeUndefined();
  });

  it('refuses a plain-http redirect to a host other than the API', async () => {
    const port = new URL(github.url).port;
    github.blobLocation = (id) => `http://localhost:${port}/_blob/artifact-${id}.zip`;
    const client = createClient('ghs_secret', github.url, { secondMs: 1 });
    await expect(downloadArtifactZip(client, repo, 5)).rejects.toThrow(
      `refusing to download from http://localhost:${port}: not https`,
    );
    expect(github.requests.some((r) => r.path.startsWith('/_blob/'))).toBe(false);
  });

  it('refuses an archive over the size limit', async () => {
    const client = createClient('ghs_secret', github.url, { secondMs: 1 });
    await expect(downloadArtifactZip(client, repo, 5, { maxBytes: 10 })).rejects.toThrow(
      /over the 10-byte limit/,
    );
  });
});
