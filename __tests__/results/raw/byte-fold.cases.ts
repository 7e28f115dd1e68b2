import { describe, expect, it } from '@jest/globals';
import { templateName } from '../../../src/results/endpoint-template.js';
import { feedK6Ndjson, feedK6NdjsonBytes } from '../../../src/results/k6/ndjson.js';
import { ByteFolder } from '../../../src/results/raw/byte-fold.js';
import { RunBuilder } from '../../../src/results/raw/run-builder.js';

/** What the folder gives for a name placed amid other bytes, as a reader finds it in a line. */
function fold(folder: ByteFolder, name: string): string | undefined {
  const buf = Buffer.from(`xx"${name}"yy`, 'latin1');
  return folder.fold(buf, 3, 3 + name.length);
}

describe('ByteFolder', () => {
  it('folds ids from the bytes exactly as templateName folds the decoded name', () => {
    const folder = new ByteFolder();
    for (const name of [
      '/booking/1007',
      'https://api.example.com/users/3f2a9c1e-7d4b-4f7a-9a1e-0c2b3d4e5f60/cart',
      'https://API.example.com:8443/users/3F2A9C1E-7D4B-4F7A-9A1E-0C2B3D4E5F60',
      '/items/507f1f77bcf86cd799439011',
      '/files/a94a8fe5ccb19ba61c4c0873d391e987982fbbd3/',
      '/a/12/b/-3/c/12.5',
      '/1',
      '/1/2/3/4',
      '//x//42//',
      'http://h/abcdefab-abcd-abcd-abcd-abcdefabcdef',
    ]) {
      const expected = templateName(name);
      expect(expected).not.toBe(name);
      expect(fold(folder, name)).toBe(expected);
      // Again: the second time the folded name comes from the folder's cache.
      expect(fold(folder, name)).toBe(expected);
    }
  });

  it('leaves to templateName what it cannot fold for certain, and names that fold to themselves', () => {
    const folder = new ByteFolder();
    for (const name of [
      '/s/Zx8kP2qLm9RtY4vWn7', // an opaque token: templateName's rules for words decide
      '/a/12?page=2',
      '/a/12#top',
      '/items/{{ id }}',
      '/caf\u00e9/12',
      'UC01_02 Get users 12',
      'Login 42',
      'https://h',
      'ftp//h/12',
      '/api/v2/products',
      '/reports/2024-summary',
      '/deadbeef',
    ])
      expect(fold(folder, name)).toBeUndefined();
  });
});

/** k6 points of requests to URLs with ids, named by a `name` tag or by their URL alone. */
function k6WithIds(n: number): string {
  const routes = [
    '/users/{n}',
    '/orders/{u}',
    '/static/{h}/app.js',
    '/s/{t}',
    '/health',
    '/items/{n}?page=2',
  ];
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const route = routes[i % routes.length]!;
    const hex = (i * 2654435761).toString(16).padStart(8, '0').slice(-8);
    const url = `https://h.test${route
      .replace('{n}', String(i))
      .replace('{u}', `${hex}-0000-4000-a000-${hex}abcd`)
      .replace('{h}', `${hex}${hex}`)
      .replace('{t}', `Zx8kP2qLm9RtY4vWn${i}`)}`;
    const tags = i % 7 === 0 ? `"name":"${url}","url":"${url}"` : `"url":"${url}"`;
    const status = i % 11 === 0 ? '500' : '200';
    lines.push(
      `{"metric":"http_req_duration","type":"Point","data":{"time":"2026-01-15T10:00:${String(i % 60).padStart(2, '0')}.5+01:00","value":${(i % 97) + 0.25},"tags":{${tags},"method":"${i % 4 ? 'GET' : 'post'}","status":"${status}"}}}`,
    );
    // The request's phases follow its duration point and go to its row.
    lines.push(
      `{"metric":"http_req_waiting","type":"Point","data":{"time":"2026-01-15T10:00:${String(i % 60).padStart(2, '0')}.5+01:00","value":${(i % 13) + 0.5},"tags":{${tags}}}}`,
    );
  }
  return lines.join('\n') + '\n';
}

describe('k6 NDJSON with ids in its URLs', () => {
  it('gives the same run whether names are folded from the bytes or from the decoded text, rows capped or not', async () => {
    const text = k6WithIds(600);
    for (const maxEndpoints of [200, 3]) {
      const options = {
        tool: 'k6',
        format: 'k6-ndjson',
        latencyKind: 'total',
        stamps: 'end',
        maxEndpoints,
      } as const;
      const fromText = new RunBuilder(options);
      await feedK6Ndjson(
        (async function* () {
          yield text;
        })(),
        'f',
        fromText,
      );
      const fromBytes = new RunBuilder(options);
      const bytes = Buffer.from(text, 'latin1');
      await feedK6NdjsonBytes(
        (async function* () {
          for (let i = 0; i < bytes.length; i += 4096) yield bytes.subarray(i, i + 4096);
        })(),
        'f',
        fromBytes,
      );
      const run = fromBytes.build();
      expect(JSON.stringify(run)).toBe(JSON.stringify(fromText.build()));
      expect(run.overall.count).toBe(600);
      expect(run.folding?.templatedRequests).toBeGreaterThan(0);
      expect(run.endpoints.every((e) => e.phases?.waiting !== undefined)).toBe(true);
      if (maxEndpoints === 3) expect(run.folding?.overflowNames).toBeGreaterThan(100);
      else
        expect(run.endpoints.map((e) => `${e.method} ${e.name}`)).toContain('GET https://h.test/users/{id}');
    }
  });
});
