import { describe, expect, it } from '@jest/globals';
import { findings } from '../../helpers/rule-tester.js';

const script = (scenarios: string, body: string) => `import http from 'k6/http';
import { sleep, group } from 'k6';
export const options = { scenarios: { ${scenarios} } };
${body}
`;
const run = (code: string) => findings('k6/sleep-in-arrival-rate', code);
const open = (exec: string) =>
  `open: { executor: 'ramping-arrival-rate', exec: '${exec}', preAllocatedVUs: 10, stages: [{ duration: '1m', target: 10 }] }`;

describe('k6/sleep-in-arrival-rate', () => {
  it('reports the trailing sleep of the function the scenario runs, through group callbacks', () => {
    const findings = run(
      script(
        open('buy'),
        "export function buy() {\n  group('buy', () => {\n    http.get('https://a.test/');\n    sleep(2);\n  });\n}\nexport default function () { http.get('https://a.test/'); sleep(1); }",
      ),
    );
    expect(findings.map((f) => [f.loc.line, f.message])).toEqual([
      [
        7,
        'Function "buy" ends with sleep() but scenario "open" uses ramping-arrival-rate, which paces iterations itself; the pause only holds VUs and can drop iterations. Remove the trailing sleep.',
      ],
    ]);
  });

  it('keeps sleeps between steps', () => {
    expect(
      run(
        script(
          open('default'),
          "export default function () { http.get('https://a.test/'); sleep(1); http.get('https://a.test/b'); }",
        ),
      ),
    ).toEqual([]);
  });

  it('skips a function that a VU-based scenario runs too', () => {
    const scenarios = `${open('default')}, users: { executor: 'constant-vus', vus: 5, duration: '1m' }`;
    expect(
      run(script(scenarios, "export default function () { http.get('https://a.test/'); sleep(1); }")),
    ).toEqual([]);
  });
});
