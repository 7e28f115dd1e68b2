/** The two repositories the maturity tests build: a beginner's and one practising well. */

/** One k6 script without thresholds, no workflow, no config. */
export const BEGINNER: Record<string, string> = {
  'load/test.js': `import http from 'k6/http';

export const options = { vus: 10, duration: '30s' };

export default function () {
  http.get('https://shop.example.com/');
}
`,
};

const k6 = (options: string, body = '') => `import http from 'k6/http';
import { check, sleep } from 'k6';
import { SharedArray } from 'k6/data';

const users = new SharedArray('users', () => JSON.parse(open('./users.json')));

export const options = ${options};

export default function () {
  const user = users[__ITER % users.length];
  const res = http.get(\`\${__ENV.BASE_URL}/api/users/\${user.id}\`, { tags: { name: 'user' } });
  check(res, { 'status is 200': (r) => r.status === 200 });
  ${body || 'sleep(1);'}
}
`;

const THRESHOLDS = `thresholds: { http_req_failed: ['rate<0.01'], http_req_duration: ['p(95)<500'], checks: ['rate>0.99'] }`;

/** Five test types with thresholds, think time, test data, an open model; CI on pull requests with a baseline. */
export const PRACTISING: Record<string, string> = {
  'load/users.json': '[{ "id": 1 }, { "id": 2 }]',
  'load/smoke.js': k6(`{ vus: 1, duration: '30s', ${THRESHOLDS} }`),
  'load/average-load.js': k6(`{
  stages: [
    { duration: '2m', target: 50 },
    { duration: '10m', target: 50 },
    { duration: '2m', target: 0 },
  ],
  ${THRESHOLDS},
}`),
  'load/stress.js': k6(`{
  stages: [
    { duration: '2m', target: 100 },
    { duration: '5m', target: 100 },
    { duration: '2m', target: 200 },
    { duration: '5m', target: 200 },
    { duration: '2m', target: 300 },
    { duration: '5m', target: 300 },
    { duration: '2m', target: 0 },
  ],
  ${THRESHOLDS},
}`),
  'load/soak.js': k6(`{
  stages: [
    { duration: '5m', target: 40 },
    { duration: '4h', target: 40 },
    { duration: '5m', target: 0 },
  ],
  ${THRESHOLDS},
}`),
  'load/spike.js': k6(
    `{
  scenarios: {
    spike: {
      executor: 'ramping-arrival-rate',
      startRate: 1,
      timeUnit: '1s',
      preAllocatedVUs: 200,
      stages: [
        { duration: '1m', target: 200 },
        { duration: '1m', target: 0 },
      ],
    },
  },
  ${THRESHOLDS},
}`,
    '// no sleep: the arrival rate paces iterations',
  ),
  '.loadgate.yml': `include: ['load/**/*.js']
baseline: results/baseline.json
results:
  - results/current.json
regression:
  p95: { relative: 10, absolute: 20 }
  error-rate: { absolute: 0.5 }
`,
  '.github/workflows/load.yml': `name: load tests
on:
  pull_request:
  push:
    branches: [main]
jobs:
  load:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: dawidd6/action-download-artifact@v6
        with:
          branch: main
          name: load-baseline
          path: results/
      - run: k6 run --summary-export=results/current.json load/smoke.js
      - uses: loadgate/loadgate@v0
        with:
          results: results/current.json
          baseline: results/baseline.json
          save-run: results/run.json
      - uses: actions/upload-artifact@v4
        if: github.ref == 'refs/heads/main'
        with:
          name: load-baseline
          path: results/run.json
`,
};
