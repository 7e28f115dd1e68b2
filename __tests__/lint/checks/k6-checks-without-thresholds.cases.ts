import { describe, expect, it } from '@jest/globals';
import { findings } from '../../helpers/rule-tester.js';

const run = (options: string) =>
  findings(
    'k6/checks-without-thresholds',
    `import http from 'k6/http';\nimport { check } from 'k6';\nexport const options = ${options};\nexport default function () {\n  check(http.get('https://a.test/'), { ok: (r) => r.status === 200 });\n}\n`,
  );

describe('k6/checks-without-thresholds', () => {
  it('reports on the thresholds key, naming the first check', () => {
    const [finding] = run("{ thresholds: { http_req_duration: ['p(95)<500'] } }");
    expect(finding?.loc).toMatchObject({ line: 3, column: 26 });
    expect(finding?.message).toBe(
      'The script calls check() 1 time(s) (first on line 5) but no threshold is on "checks", so failed checks never fail the run. Add checks: [\'rate>0.99\'] to thresholds.',
    );
  });

  it('accepts a threshold on checks or on a checks sub-metric', () => {
    expect(run("{ thresholds: { checks: ['rate>0.99'] } }")).toEqual([]);
    expect(run("{ thresholds: { 'checks{group:::login}': ['rate>0.99'] } }")).toEqual([]);
  });

  it('leaves scripts without thresholds, or with thresholds it cannot read, to other rules', () => {
    expect(run('{ vus: 1 }')).toEqual([]);
    expect(run('{ thresholds: JSON.parse(open("./t.json")) }')).toEqual([]);
  });

  it('accepts a threshold on a custom Rate or Counter fed with check() results (k6 README pattern)', () => {
    const script = (feed: string, metric = 'Rate') =>
      findings(
        'k6/checks-without-thresholds',
        `import http from 'k6/http';\nimport { check } from 'k6';\nimport { ${metric} } from 'k6/metrics';\nconst failures = new ${metric}('failed_checks');\nexport const options = { thresholds: { failed_checks: ['${metric === 'Rate' ? 'rate<0.1' : 'count<10'}'] } };\nexport default function () {\n  const res = http.get('https://a.test/');\n${feed}\n}\n`,
      );
    expect(script('  const ok = check(res, { ok: (r) => r.status === 200 });\n  failures.add(!ok);')).toEqual(
      [],
    );
    expect(script('  failures.add(!check(res, { ok: (r) => r.status === 200 }));')).toEqual([]);
    expect(
      script(
        '  let ok = true;\n  ok = check(res, { ok: (r) => r.status === 200 }) && ok;\n  failures.add(ok ? 0 : 1);',
        'Counter',
      ),
    ).toEqual([]);
  });

  it('still reports when the thresholded custom metric counts something other than checks', () => {
    const found = findings(
      'k6/checks-without-thresholds',
      `import http from 'k6/http';\nimport { check } from 'k6';\nimport { Rate } from 'k6/metrics';\nconst slow = new Rate('slow');\nexport const options = { thresholds: { slow: ['rate<0.1'] } };\nexport default function () {\n  const res = http.get('https://a.test/');\n  check(res, { ok: (r) => r.status === 200 });\n  slow.add(res.timings.duration > 500);\n}\n`,
    );
    expect(found.map((f) => f.loc.line)).toEqual([5]);
  });
});
