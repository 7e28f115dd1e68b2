import { describe, expect, it } from '@jest/globals';
import { findings } from '../../helpers/rule-tester.js';

const ID = 'k6/open-outside-sharedarray';
const SIZES: Record<string, number> = {
  'users.json': 4_200_000,
  'small.json': 2_000,
  'users.csv': 1_500_000,
};
const context = { sizeOfSibling: (_from: string, path: string) => SIZES[path.replace(/^\.\//, '')] };
const script = (init: string) =>
  `import http from 'k6/http';\nimport { SharedArray } from 'k6/data';\nimport papaparse from 'https://jslib.k6.io/papaparse/5.1.1/index.js';\nexport const options = { vus: 100, duration: '5m', thresholds: { http_req_failed: ['rate<0.01'] } };\n${init}\nexport default function () { http.get(\`\${__ENV.BASE_URL}/\`); }\n`;
const at = (init: string, options?: Record<string, unknown>) =>
  findings(ID, script(init), 'script.js', options, context).map((f) => [f.loc.line, f.message]);

describe(ID, () => {
  it('reports a large file every VU parses, with its size and how it is parsed', () => {
    expect(at(`const users = JSON.parse(open('./users.json'));`)).toEqual([
      [
        5,
        expect.stringMatching(
          /^\.\/users\.json \(4\.2 MB\) is parsed with JSON\.parse\(\) in the init code, outside a SharedArray/,
        ),
      ],
    ]);
    expect(at(`const rows = papaparse.parse(open('users.csv'), { header: true }).data;`)).toEqual([
      [5, expect.stringContaining('users.csv (1.5 MB) is parsed with papaparse.parse()')],
    ]);
    expect(at(`const lines = open('./users.csv').split('\\n');`)).toEqual([
      [5, expect.stringContaining('./users.csv (1.5 MB) is parsed with .split()')],
    ]);
  });

  it('takes its threshold from minBytes', () => {
    expect(at(`const small = JSON.parse(open('./small.json'));`)).toEqual([]);
    expect(at(`const small = JSON.parse(open('./small.json'));`, { minBytes: 1000 })).toHaveLength(1);
  });

  it.each([
    ['a SharedArray', `const users = new SharedArray('users', () => JSON.parse(open('./users.json')));`],
    ['a file it cannot find', `const users = JSON.parse(open('./missing.json'));`],
    ['a file read but not parsed', `const body = open('./users.json');`],
    [
      'a helper (it may run in a SharedArray)',
      `const load = (f) => JSON.parse(open(f));\nconst users = new SharedArray('u', () => load('./users.json'));`,
    ],
    ['an open of its own', `const open = (f) => '[]';\nconst users = JSON.parse(open('./users.json'));`],
  ])('is silent for %s', (_name, init) => {
    expect(at(init)).toEqual([]);
  });
});
