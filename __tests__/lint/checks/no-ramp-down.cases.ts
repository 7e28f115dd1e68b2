import { describe, expect, it } from '@jest/globals';
import { findings, lines } from '../../helpers/rule-tester.js';

const k6 = (options: string, ruleOptions?: Record<string, unknown>) =>
  findings(
    'no-ramp-down',
    `import http from 'k6/http';\nexport const options = ${options};\nexport default function () { http.get(\`\${__ENV.BASE_URL}/\`); }\n`,
    'script.js',
    ruleOptions,
  );

describe('no-ramp-down', () => {
  it('reports the last stage when it is the peak', () => {
    expect(
      lines(
        k6(
          "{\n  stages: [\n    { duration: '1m', target: 100 },\n    { duration: '5m', target: 100 },\n  ],\n}",
        ),
      ),
    ).toEqual([5]);
  });

  it('is silent for a single step, a lower last stage, or a peak at minLoad', () => {
    expect(k6("{ vus: 50, duration: '5m' }")).toEqual([]);
    expect(k6("{ stages: [{ duration: '1m', target: 100 }, { duration: '1m', target: 20 }] }")).toEqual([]);
    expect(k6("{ stages: [{ duration: '1m', target: 10 }, { duration: '1m', target: 10 }] }")).toEqual([]);
    expect(
      k6("{ stages: [{ duration: '1m', target: 10 }, { duration: '1m', target: 10 }] }", { minLoad: 5 }),
    ).toHaveLength(1);
  });

  it('is silent for breakpoint tests and unknown targets', () => {
    expect(
      k6(
        "{ scenarios: { breakpoint: { executor: 'ramping-arrival-rate', preAllocatedVUs: 10, stages: [{ duration: '1h', target: 100 }, { duration: '1h', target: 2000 }] } } }",
      ),
    ).toEqual([]);
    expect(
      k6("{ stages: [{ duration: '1m', target: 100 }, { duration: '5m', target: __ENV.PEAK }] }"),
    ).toEqual([]);
  });

  it('does not take a trailing Artillery pause for a ramp-down', () => {
    const code =
      'config:\n  target: http://localhost:3000\n  phases:\n    - duration: 60\n      arrivalRate: 1\n      rampTo: 20\n    - duration: 300\n      arrivalRate: 20\n    - pause: 30\nscenarios:\n  - flow:\n      - get:\n          url: /\n';
    expect(lines(findings('no-ramp-down', code, 'test.yml'))).toEqual([7]);
  });
});
