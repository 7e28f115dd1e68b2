import { describe, expect, it } from '@jest/globals';
import { findings } from '../../helpers/rule-tester.js';

const script = (head: string, thresholds: string) =>
  `${head}\nimport http from 'k6/http';\nexport const options = { thresholds: ${thresholds} };\nexport default function () { http.get('https://test.k6.io'); }\n`;
const run = (code: string, context = {}) =>
  findings('k6/threshold-unknown-metric', code, '/s/script.js', undefined, context);

describe('k6/threshold-unknown-metric', () => {
  it('suggests the built-in metric a typo was meant to be', () => {
    const [finding] = run(script('', "{ http_req_duraton: ['p(95)<500'] }"));
    expect(finding?.message).toBe(
      '"http_req_duraton" is not a metric this script produces; did you mean "http_req_duration"? Use a built-in metric or declare it with new Trend("http_req_duraton").',
    );
    expect(finding?.loc).toMatchObject({ line: 3, column: 40 });
  });

  it('tells a check name apart from a metric and points to its checks sub-metric, never to new Trend', () => {
    const code = `import http from 'k6/http';\nimport { check } from 'k6';\nexport const options = { thresholds: { 'status is 200': ['rate>0.99'] } };\nexport default function () { check(http.get('https://test.k6.io'), { 'status is 200': (r) => r.status === 200 }); }\n`;
    const [finding] = run(code);
    expect(finding?.message).toBe(
      `"status is 200" is the name of a check, not a metric. To judge that check, put the threshold on its sub-metric: 'checks{check:status is 200}': ['rate>0.99'].`,
    );
    expect(finding?.message).not.toContain('Trend');
    expect(run(code.replace("{ 'status is 200': ['rate", "{ 'checks{check:status is 200}': ['rate"))).toEqual(
      [],
    );
  });

  it('accepts built-ins with tag filters, and custom metrics however they are imported', () => {
    const head = "import * as metrics from 'k6/metrics';\nconst t = new metrics.Trend('cart_time');";
    expect(
      run(
        script(
          head,
          "{ 'http_reqs{scenario:api}': ['count>1'], cart_time: ['p(95)<1'], vus_max: ['value<9'] }",
        ),
      ),
    ).toEqual([]);
  });

  it('reads custom metrics declared in a local helper module', () => {
    const files: Record<string, string> = {
      '/s/metrics.js':
        "import { Rate } from 'k6/metrics';\nexport const failures = new Rate('payment_failures');",
    };
    const context = {
      readSibling: (_from: string, spec: string) => {
        const file = `/s/${spec.slice(2)}`;
        return files[file] === undefined ? undefined : { file, text: files[file] as string };
      },
    };
    const code = script("import { failures } from './metrics.js';", "{ payment_failures: ['rate<0.01'] }");
    expect(run(code, context)).toEqual([]);
    // Without the file, the metric may exist: the rule stays silent rather than guess.
    expect(run(code)).toEqual([]);
  });

  it('stays silent when an extension or a remote module may register metrics', () => {
    expect(
      run(script("import kafka from 'k6/x/kafka';", "{ kafka_writer_error_count: ['count<1'] }")),
    ).toEqual([]);
    expect(run(script("import x from 'https://jslib.k6.io/x.js';", "{ mystery: ['count<1'] }"))).toEqual([]);
    expect(
      run(
        script(
          "import { Trend } from 'k6/metrics';\nconst t = new Trend(__ENV.NAME);",
          "{ mystery: ['avg<1'] }",
        ),
      ),
    ).toEqual([]);
  });

  it('knows the metrics of imported k6 modules', () => {
    expect(run(script("import grpc from 'k6/net/grpc';", "{ grpc_streams_msgs_sent: ['count>0'] }"))).toEqual(
      [],
    );
    expect(
      run(script("import { browser } from 'k6/browser';", "{ browser_web_vital_lcp: ['p(75)<2500'] }")),
    ).toEqual([]);
    expect(run(script('', "{ browser_web_vital_lcp: ['p(75)<2500'] }"))).toHaveLength(1);
  });

  it('always reports names k6 could never register, even with extensions around', () => {
    const findings = run(script("import kafka from 'k6/x/kafka';", "{ 'http req duration': ['p(95)<1'] }"));
    expect(findings.map((f) => f.message)).toEqual([
      '"http req duration" can never be a k6 metric: names are 2-128 ASCII letters, digits or underscores. Did you mean "http_req_duration"?',
    ]);
  });

  it('leaves malformed keys to k6/threshold-invalid-expression', () => {
    expect(run(script('', "{ 'http_req_duration{name': ['p(95)<1'] }"))).toEqual([]);
  });
});
