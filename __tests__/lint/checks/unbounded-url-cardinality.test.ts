import { describe, expect, it } from '@jest/globals';
import { findings, lines } from '../../helpers/rule-tester.js';

const k6 = (body: string) =>
  findings(
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

  it('accepts an element of a short constant list, by index, loop or randomItem', () => {
    const list = "const PAGES = ['/', '/pizza', '/about'];\n";
    expect(
      k6(
        `${list}const page = PAGES[Math.floor(Math.random() * PAGES.length)];\nhttp.get(\`\${BASE}\${page}\`);`,
      ),
    ).toEqual([]);
    expect(k6(`${list}for (const p of PAGES) http.get(BASE + p);`)).toEqual([]);
    expect(k6(`${list}http.get(BASE + randomItem(PAGES));`)).toEqual([]);
  });

  it('reports a module-level URL variable reassigned per iteration, and concatenation', () => {
    const found = findings(
      'unbounded-url-cardinality',
      "import http from 'k6/http';\nconst base = __ENV.BASE_URL;\nlet url = `${base}/orders`;\nexport default function () {\n  const order = http.post(url, '{}').json();\n  http.del(base + '/shipping/' + order.id);\n  url = `${base}/orders/${order.id}`;\n  http.get(url);\n}\n",
      'script.js',
    );
    expect(lines(found)).toEqual([5, 6, 8]);
    // The URL as written, the method the code uses, and a name made from its path.
    expect(found[1]?.message).toBe(
      "DELETE ${base}/shipping/${order.id} creates one metric series per distinct URL. Group it under one name: http.del(url, body, { tags: { name: 'DELETE /shipping/:id' } }), or build the URL with http.url`…`.",
    );
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
    expect(findings('unbounded-url-cardinality', code, 'test.yml')).toEqual([]);
  });
});
