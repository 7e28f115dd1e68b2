import { describe, expect, it } from '@jest/globals';
import { findings } from '../../helpers/rule-tester.js';

const run = (options: string, ruleOptions?: Record<string, unknown>) =>
  findings(
    'k6/discard-response-bodies',
    `import http from 'k6/http';\nexport const options = ${options};\nexport default function () { http.get('https://a.test/'); }\n`,
    'script.js',
    ruleOptions,
  );

describe('k6/discard-response-bodies', () => {
  it('reports the largest workload, by VUs or by arrival rate', () => {
    expect(run("{ vus: 800, duration: '10m' }")[0]?.message).toBe(
      'Scenario "default" runs 800 VUs and keeps every response body in memory. Add discardResponseBodies: true to options, and responseType: \'text\' on requests whose body you read.',
    );
    const rate =
      "{ scenarios: { api: { executor: 'constant-arrival-rate', rate: 1000, timeUnit: '1s', duration: '1m', preAllocatedVUs: 200 } } }";
    expect(run(rate)[0]?.message).toContain('runs 1000 iterations/s');
  });

  it('respects the configured limits', () => {
    expect(run("{ vus: 100, duration: '10m' }")).toEqual([]);
    expect(run("{ vus: 100, duration: '10m' }", { minVUs: 50 })).toHaveLength(1);
  });

  it('stays silent when the option is set, false on purpose is still reported, a spread may set it', () => {
    expect(run("{ vus: 800, duration: '1m', discardResponseBodies: true }")).toEqual([]);
    expect(run("{ vus: 800, duration: '1m', discardResponseBodies: false }")).toHaveLength(1);
    expect(run("{ ...JSON.parse(__ENV.OPTS), vus: 800, duration: '1m' }")).toEqual([]);
  });
});
