import { describe, expect, it } from '@jest/globals';
import { findings } from '../../helpers/rule-tester.js';

const k6 = (thresholds: string, body = 'http.get(`${__ENV.BASE_URL}/`);', prelude = '') =>
  `import http from 'k6/http';\n${prelude}export const options = { thresholds: ${thresholds} };\nexport default function () { ${body} }\n`;
const ids = (code: string, file = 'script.js') =>
  findings('unfailable-criterion', code, file).map((f) => f.message.split(':')[0]);

describe('unfailable-criterion', () => {
  it('reports error rates that allow 100 % and rates of at least 0', () => {
    expect(
      findings(
        'unfailable-criterion',
        k6("{ http_req_failed: ['rate<1.01', 'rate<=1', 'rate<1'] }"),
        'script.js',
      ),
    ).toHaveLength(2);
    expect(findings('unfailable-criterion', k6("{ checks: ['rate>=0'] }"), 'script.js')).toHaveLength(1);
    expect(findings('unfailable-criterion', k6("{ checks: ['rate>0'] }"), 'script.js')).toEqual([]);
  });

  it('treats custom Rate metrics as rates, but not a Counter rate (per second)', () => {
    const rate = "import { Rate } from 'k6/metrics';\nconst errors = new Rate('errors');\n";
    expect(
      findings('unfailable-criterion', k6("{ errors: ['rate<=1'] }", undefined, rate), 'script.js'),
    ).toHaveLength(1);
    expect(findings('unfailable-criterion', k6("{ http_reqs: ['rate<=1'] }"), 'script.js')).toEqual([]);
  });

  it('reports counts and other values of at least 0', () => {
    expect(ids(k6("{ http_reqs: ['count>=0'], iterations: ['count>-1'] }"))).toHaveLength(2);
  });

  it('compares latency limits with the longest request timeout (k6 default 60 s)', () => {
    expect(
      findings('unfailable-criterion', k6("{ http_req_duration: ['p(95)<60000'] }"), 'script.js'),
    ).toHaveLength(1);
    expect(
      findings('unfailable-criterion', k6("{ http_req_duration: ['p(95)<59000'] }"), 'script.js'),
    ).toEqual([]);
    const slow = "http.get(`${__ENV.BASE_URL}/`, { timeout: '120s' });";
    expect(
      findings('unfailable-criterion', k6("{ http_req_duration: ['p(95)<60000'] }", slow), 'script.js'),
    ).toEqual([]);
    const fast = "http.get(`${__ENV.BASE_URL}/`, { timeout: '5s' });";
    // A request without a timeout elsewhere would still wait 60 s; here all requests stop at 60 s at most.
    expect(
      findings('unfailable-criterion', k6("{ http_req_duration: ['max<60000'] }", fast), 'script.js'),
    ).toHaveLength(1);
  });

  it('uses Artillery 10 s default, an explicit http.timeout, and the longest environment timeout', () => {
    const doc = (config: string, limit: number) =>
      `config:\n  target: http://localhost:3000\n${config}  ensure:\n    thresholds:\n      - http.response_time.p99: ${limit}\nscenarios:\n  - flow:\n      - get:\n          url: /\n`;
    expect(findings('unfailable-criterion', doc('', 10000), 'test.yml')).toHaveLength(1);
    expect(findings('unfailable-criterion', doc('', 9000), 'test.yml')).toEqual([]);
    expect(findings('unfailable-criterion', doc('  http:\n    timeout: 30\n', 20000), 'test.yml')).toEqual(
      [],
    );
    expect(
      findings(
        'unfailable-criterion',
        doc('  environments:\n    slow:\n      http:\n        timeout: 60\n', 20000),
        'test.yml',
      ),
    ).toEqual([]);
    expect(
      findings(
        'unfailable-criterion',
        doc('  http:\n    timeout: "{{ $processEnvironment.T }}"\n', 20000),
        'test.yml',
      ),
    ).toEqual([]);
  });

  it('reports maxErrorRate of 100 or more only', () => {
    const doc = (rate: number) =>
      `config:\n  target: http://localhost:3000\n  ensure:\n    maxErrorRate: ${rate}\nscenarios:\n  - flow:\n      - get:\n          url: /\n`;
    expect(findings('unfailable-criterion', doc(100), 'test.yml')).toHaveLength(1);
    expect(findings('unfailable-criterion', doc(5), 'test.yml')).toEqual([]);
  });
});
