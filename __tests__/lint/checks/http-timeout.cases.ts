import { describe, expect, it } from '@jest/globals';
import { findings } from '../../helpers/rule-tester.js';

const k6 = (timeout: string, options?: Record<string, unknown>) =>
  findings(
    'http-timeout',
    `import http from 'k6/http';\nexport default function () {\n  http.get(\`\${__ENV.BASE_URL}/\`, { timeout: ${timeout} });\n}\n`,
    'script.js',
    options,
  );

describe('http-timeout', () => {
  it('reports k6 timeouts outside the bounds, explaining the millisecond slip', () => {
    expect(k6('30')[0]?.message).toContain('30 ms');
    expect(k6("'10m'")[0]?.message).toContain('600 s');
    expect(k6("'60s'")).toEqual([]);
    expect(k6("'500ms'")).toEqual([]);
  });

  it('names the request by the method the code uses and its URL as written', () => {
    const found = findings(
      'http-timeout',
      "import http from 'k6/http';\nconst API = 'https://api.example.com/v1';\nexport default function (method) {\n  const id = Math.random();\n  http.request('patch', `${API}/orders/${id}`, null, { timeout: '5m' });\n  http.request(method, `${API}/x`, null, { timeout: '5m' });\n}\n",
      'script.js',
    );
    expect(found.map((f) => f.message.split(' is ')[0])).toEqual([
      'The timeout of PATCH ${API}/orders/${id}',
      // A method only known at run time is left out, not guessed.
      'The timeout of ${API}/x',
    ]);
  });

  it('respects minSec and maxSec', () => {
    expect(k6("'10m'", { maxSec: 900 })).toEqual([]);
    expect(k6("'2s'", { minSec: 5 })).toHaveLength(1);
  });

  it('never reports a missing timeout, in either tool', () => {
    expect(
      findings(
        'http-timeout',
        "import http from 'k6/http';\nexport default function () { http.get('http://localhost/'); }\n",
        'script.js',
      ),
    ).toEqual([]);
    expect(
      findings(
        'http-timeout',
        'config:\n  target: http://localhost:3000\nscenarios:\n  - flow:\n      - get:\n          url: /\n',
        'test.yml',
      ),
    ).toEqual([]);
  });

  it('reads Artillery config.timeout in seconds', () => {
    const doc = (t: string) =>
      `config:\n  target: http://localhost:3000\n  timeout: ${t}\nscenarios:\n  - flow:\n      - get:\n          url: /\n`;
    expect(findings('http-timeout', doc('0.2'), 'test.yml')[0]?.loc.line).toBe(3);
    expect(findings('http-timeout', doc('20'), 'test.yml')).toEqual([]);
  });
});
