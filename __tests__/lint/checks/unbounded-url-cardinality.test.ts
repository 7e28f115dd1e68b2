import { describe, expect, it } from '@jest/globals';
import { lines, lintWith } from './common-helpers.js';

const k6 = (body: string) =>
  lintWith(
    'unbounded-url-cardinality',
    `import http from 'k6/http';\nconst BASE = 'http://localhost';\nexport default function () {\n${body}\n}\n`,
    'script.js',
  );

describe('unbounded-url-cardinality', () => {
  it('reports URLs built from run-time values, each request', () => {
    expect(
      lines(
        k6('const id = Math.random();\nhttp.get(`${BASE}/items/${id}`);\nhttp.get(BASE + "/users/" + id);'),
      ),
    ).toEqual([5, 6]);
  });

  it('accepts constants, __ENV, name tags and http.url', () => {
    expect(k6('http.get(`${BASE}/items`);\nhttp.get(`${__ENV.BASE_URL}/items`);')).toEqual([]);
    expect(
      k6("const id = Math.random();\nhttp.get(`${BASE}/items/${id}`, { tags: { name: 'item' } });"),
    ).toEqual([]);
    expect(k6('const id = Math.random();\nhttp.get(http.url`${BASE}/items/${id}`);')).toEqual([]);
  });

  it('leaves Artillery templates alone while URLs are grouped (the default)', () => {
    const code =
      'config:\n  target: http://localhost:3000\nscenarios:\n  - flow:\n      - get:\n          url: "/items/{{ id }}"\n';
    expect(lintWith('unbounded-url-cardinality', code, 'test.yml')).toEqual([]);
  });
});
