import { describe, expect, it } from '@jest/globals';
import { findings, lines } from '../../helpers/rule-tester.js';

const k6 = (thresholds: string) =>
  `import http from 'k6/http';\nexport const options = { thresholds: ${thresholds} };\nexport default function () { http.get(\`\${__ENV.BASE_URL}/\`); }\n`;

describe('criteria-average-only', () => {
  it('reports when every latency threshold is avg, med or min', () => {
    expect(
      lines(
        findings(
          'criteria-average-only',
          k6("{ http_req_duration: ['avg<200', 'min<50'], http_req_waiting: ['med<100'] }"),
          'script.js',
        ),
      ),
    ).toEqual([2]);
    expect(
      findings('criteria-average-only', k6("{ http_req_duration: ['p(50)<200'] }"), 'script.js'),
    ).toHaveLength(1);
  });

  it('accepts one tail aggregation anywhere (percentile or max)', () => {
    expect(
      findings(
        'criteria-average-only',
        k6("{ http_req_duration: ['avg<200'], 'http_req_duration{name:cart}': ['max<2000'] }"),
        'script.js',
      ),
    ).toEqual([]);
  });

  it('does not count non-latency criteria, and stays silent without latency criteria', () => {
    expect(findings('criteria-average-only', k6("{ http_req_failed: ['rate<0.01'] }"), 'script.js')).toEqual(
      [],
    );
  });

  it('reads Artillery mean and median thresholds and legacy keys', () => {
    const code = (ensure: string) =>
      `config:\n  target: http://localhost:3000\n  ensure:\n${ensure}\nscenarios:\n  - flow:\n      - get:\n          url: /\n`;
    expect(
      findings(
        'criteria-average-only',
        code('    thresholds:\n      - http.response_time.mean: 200'),
        'test.yml',
      ),
    ).toHaveLength(1);
    expect(findings('criteria-average-only', code('    median: 200'), 'test.yml')).toHaveLength(1);
    expect(findings('criteria-average-only', code('    median: 200\n    p95: 800'), 'test.yml')).toEqual([]);
  });
});
