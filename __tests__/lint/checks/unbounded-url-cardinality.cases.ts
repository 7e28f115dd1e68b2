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

  it('shows the value a reassigned URL variable certainly holds at the request, else ${url}', () => {
    const found = findings(
      'unbounded-url-cardinality',
      [
        "import http from 'k6/http';",
        "const base = 'https://api.example.com/v1';",
        'let url;',
        'let other = `${base}/a`;',
        'export default function () {',
        '  const id = Math.random();',
        "  url = base + '/x/' + id;",
        '  http.get(url);',
        '  http.get(other);',
        '  if (id > 0.5) other = `${base}/b/${id}`;',
        '  http.get(other);',
        '}',
      ].join('\n'),
      'script.js',
    );
    expect(found.map((f) => [f.loc.line, f.message.split(' creates')[0]])).toEqual([
      [8, 'GET ${base}/x/${id}'],
      [9, 'GET ${other}'],
      [11, 'GET ${other}'],
    ]);
    // The suggested name follows the constant to the real path.
    expect(found[0]?.message).toContain("name: 'GET /v1/x/:id'");
  });

  it('reads a helper parameter through every call in the file', () => {
    const helper = (calls: string, exported = '') =>
      findings(
        'unbounded-url-cardinality',
        `import http from 'k6/http';\n${exported}function publish(topic, path = '/p') {\n  return http.post(\`\${__ENV.BASE}/publish/\${topic}\${path}\`, '{}');\n}\nexport default function () {\n${calls}\n}\n`,
        'script.js',
      );
    // dapr: every call passes __ENV values or constants.
    expect(helper("publish(__ENV.TOPIC);\npublish('orders', '/raw');")).toEqual([]);
    // One call passes an id: reported.
    expect(lines(helper("publish(__ENV.TOPIC);\npublish('orders', `/${Math.random()}`);"))).toEqual([3]);
    expect(helper('', 'export ')).toEqual([]);
    expect(helper('')).toEqual([]);
    expect(helper('[1, 2].forEach(publish);')).toEqual([]);
  });

  it('stays silent on the parameters of a callback handed to a library (hedera test builders)', () => {
    const code = [
      "import http from 'k6/http';",
      "import { Builder } from './lib.js';",
      "const urlTag = '/accounts';",
      'export const { options, run } = new Builder()',
      '  .request((testParameters) => {',
      "    const url = `${testParameters['BASE_URL_PREFIX']}${urlTag}?limit=${testParameters['DEFAULT_LIMIT']}`;",
      '    return http.get(url);',
      '  })',
      '  .build();',
    ].join('\n');
    expect(findings('unbounded-url-cardinality', code, 'script.js')).toEqual([]);
    // The element of a list a callback iterates is read like a for-of variable.
    const each = (list: string) =>
      findings(
        'unbounded-url-cardinality',
        `import http from 'k6/http';\nconst ids = ${list};\nexport default function () {\n  ids.forEach((id) => http.get(\`\${__ENV.BASE}/items/\${id}\`));\n}\n`,
        'script.js',
      );
    expect(each('[1, 2, 3]')).toEqual([]);
    expect(lines(each("JSON.parse(open('./ids.json'))"))).toEqual([4]);
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
