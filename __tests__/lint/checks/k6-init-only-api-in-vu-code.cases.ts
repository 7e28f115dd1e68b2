import { describe, expect, it } from '@jest/globals';
import { findings } from '../../helpers/rule-tester.js';

const ID = 'k6/init-only-api-in-vu-code';
const THRESHOLDS = "  thresholds: { http_req_failed: ['rate<0.01'] },\n";
const OPTIONS = `export const options = {
${THRESHOLDS}  scenarios: { browse: { executor: 'constant-vus', vus: 2, duration: '30s', exec: 'browse' } },
};
`;

const at = (text: string) => findings(ID, text).map((f) => [f.loc.line, f.loc.column, f.message]);

describe(ID, () => {
  it('reports each init-only call in the functions k6 runs later, naming the function and what k6 throws', () => {
    const text = `import grpc from 'k6/net/grpc';
import { Trend } from 'k6/metrics';
import { group } from 'k6';
${OPTIONS}
const client = new grpc.Client();

export function setup() { return JSON.parse(open('./setup.json')); }

export function browse() {
  group('g', () => { new Trend('t'); });
  client.load(['defs'], 'hello.proto');
}

function run() { require('./lib.js'); }
export { run as default };
`;
    expect(at(text)).toEqual([
      [
        11,
        45,
        'open() is called in setup(), which k6 runs after the init stage, so the call throws (the "open" function is only available in the init stage). Call it at the top of the script (init code) and use its result here.',
      ],
      [
        14,
        22,
        expect.stringContaining('new Trend() is called in browse(), the exec function of scenario "browse"'),
      ],
      [
        15,
        3,
        expect.stringContaining(
          'client.load() is called in browse(), the exec function of scenario "browse"',
        ),
      ],
      [18, 18, expect.stringContaining('require() is called in the default function')],
    ]);
  });

  it.each([
    [
      'a helper the init code calls',
      `function load() { return JSON.parse(open('./u.json')); }\nconst users = load();\nexport default function () { users.at(0); }\n`,
    ],
    [
      'a SharedArray callback at the top level',
      `import { SharedArray } from 'k6/data';\nconst users = new SharedArray('u', function () { return JSON.parse(open('./u.json')); });\nexport default function () { users.at(0); }\n`,
    ],
    ['an open of its own', `export default function () { const open = (x) => x; open('./u.json'); }\n`],
    [
      'k6/experimental/fs open, imported',
      `import { open } from 'k6/experimental/fs';\nexport default async function () { await open('./u.json'); }\n`,
    ],
    [
      'a function no stage runs (not exported)',
      `function setup() { open('./u.json'); }\nexport default function () {}\n`,
    ],
    [
      'a method called load of another object',
      `const cache = { load() {} };\nexport default function () { cache.load(); }\n`,
    ],
  ])('is silent for %s', (_name, body) => {
    expect(at(`export const options = {\n${THRESHOLDS}};\n${body}`)).toEqual([]);
  });
});
