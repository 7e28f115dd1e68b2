import { describe, expect, it } from '@jest/globals';
import { findings } from '../../helpers/rule-tester.js';

const run = (options: string) =>
  findings(
    'k6/iterations-as-throughput-test',
    `import http from 'k6/http';\nexport const options = ${options};\nexport default function () { http.get('https://a.test/'); }\n`,
  );

describe('k6/iterations-as-throughput-test', () => {
  it('reads the goal from a rate threshold on http_reqs', () => {
    const [finding] = run(
      "{ vus: 20, iterations: 10000, thresholds: { 'http_reqs{scenario:default}': ['rate>=100'] } }",
    );
    expect(finding?.message).toBe(
      'Scenario "default" runs a fixed number of iterations (shared-iterations) but the threshold "http_reqs{scenario:default}: rate>=100" sets a rate goal: the rate it reaches depends on response time. Use executor: \'constant-arrival-rate\' with rate, timeUnit and preAllocatedVUs.',
    );
    expect(finding?.loc).toMatchObject({ line: 2, column: 35 });
  });

  it('reads the goal from a scenario name or tag', () => {
    expect(
      run("{ scenarios: { api_rps: { executor: 'per-vu-iterations', vus: 10, iterations: 100 } } }"),
    ).toHaveLength(1);
    const tagged =
      "{ scenarios: { api: { executor: 'per-vu-iterations', vus: 10, iterations: 100, tags: { test_type: 'throughput' } } } }";
    expect(run(tagged)[0]?.message).toContain('its tag test_type: "throughput" states a throughput goal');
  });

  it("stays silent without a stated rate goal, on counts, and on k6's implicit single iteration", () => {
    expect(run("{ vus: 5, iterations: 50, thresholds: { http_reqs: ['count==50'] } }")).toEqual([]);
    expect(run("{ thresholds: { http_reqs: ['rate>10'] } }")).toEqual([]);
    expect(run("{ vus: 5, duration: '1m', thresholds: { http_reqs: ['rate>10'] } }")).toEqual([]);
  });
});
