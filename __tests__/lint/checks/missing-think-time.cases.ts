import { describe, expect, it } from '@jest/globals';
import { findings, lines } from '../../helpers/rule-tester.js';

const k6 = (options: string, body: string) =>
  findings(
    'missing-think-time',
    `import http from 'k6/http';\nimport { sleep } from 'k6';\nexport const options = ${options};\n${body}\n`,
    'script.js',
  );

const twoGets = 'http.get(`${__ENV.BASE_URL}/a`); http.get(`${__ENV.BASE_URL}/b`);';

describe('missing-think-time', () => {
  it('reports on the function that never sleeps: the default function or a named exec function', () => {
    const [d] = k6("{ vus: 10, duration: '1m' }", `\nexport default function () { ${twoGets} }`);
    // `function ()` on line 5, not the options on line 3.
    expect(d?.loc).toMatchObject({ line: 5, column: 16, endLine: 5, endColumn: 28 });
    const named = `{ scenarios: { shop: { executor: 'ramping-vus', stages: [{ duration: '1m', target: 10 }], exec: 'shop' } } }`;
    const [f] = k6(named, `export function shop() { ${twoGets} }`);
    expect(f?.message).toContain('runs shop()');
    expect(f?.loc).toMatchObject({ line: 4, column: 17, endColumn: 21 });
    const arrow = k6(named, `\n\nexport const shop = () => { ${twoGets} };`);
    expect(arrow.map((a) => [a.loc.line, a.loc.column])).toEqual([[6, 14]]);
  });

  it('is silent for open-model executors and when the exec function sleeps', () => {
    const open =
      "{ scenarios: { a: { executor: 'constant-arrival-rate', rate: 10, duration: '1m', preAllocatedVUs: 5 } } }";
    expect(k6(open, `export default function () { ${twoGets} }`)).toEqual([]);
    expect(k6("{ vus: 10, duration: '1m' }", `export default function () { ${twoGets} sleep(1); }`)).toEqual(
      [],
    );
  });

  it('does not count sleep in setup, but stays silent when a helper function may sleep', () => {
    const setup = `export function setup() { sleep(5); }\nexport default function () { ${twoGets} }`;
    expect(k6("{ vus: 10, duration: '1m' }", setup)).toHaveLength(1);
    const helper = `function pause() { sleep(1); }\nexport default function () { ${twoGets} pause(); }`;
    expect(k6("{ vus: 10, duration: '1m' }", helper)).toEqual([]);
  });

  it('stays silent when the workloads are not in the file or the exec is unknown', () => {
    expect(k6('{}', `export default function () { ${twoGets} }`)).toEqual([]);
    expect(k6("{ ...JSON.parse(open('./o.json')) }", `export default function () { ${twoGets} }`)).toEqual(
      [],
    );
    expect(
      k6(
        "{ scenarios: { a: { executor: 'constant-vus', vus: 5, duration: '1m', exec: __ENV.EXEC } } }",
        `export default function () { ${twoGets} }`,
      ),
    ).toEqual([]);
  });

  it('reports an Artillery flow with two requests and no think, but not one with a function step', () => {
    const doc = (steps: string) =>
      `config:\n  target: http://localhost:3000\n  processor: ./p.js\nscenarios:\n  - name: shop\n    flow:\n${steps}\n`;
    const gets = '      - get:\n          url: /a\n      - get:\n          url: /b';
    // On the `flow` key of the scenario (line 6), not on its first request.
    expect(lines(findings('missing-think-time', doc(gets), 'test.yml'))).toEqual([6]);
    expect(findings('missing-think-time', doc(`${gets}\n      - function: pace`), 'test.yml')).toEqual([]);
    expect(findings('missing-think-time', doc('      - get:\n          url: /a'), 'test.yml')).toEqual([]);
  });
});
