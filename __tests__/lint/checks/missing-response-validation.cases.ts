import { describe, expect, it } from '@jest/globals';
import { findings, lines } from '../../helpers/rule-tester.js';

const k6 = (imports: string, body: string, context?: Parameters<typeof findings>[4]) =>
  findings(
    'missing-response-validation',
    `import http from 'k6/http';\n${imports}\nexport default function () {\n${body}\n}\n`,
    'script.js',
    undefined,
    context,
  );

describe('missing-response-validation', () => {
  it('reports once, on the first request', () => {
    expect(lines(k6('', 'http.get(`${__ENV.BASE_URL}/a`);\nhttp.get(`${__ENV.BASE_URL}/b`);'))).toEqual([4]);
  });

  it('is silent without requests', () => {
    expect(k6("import { sleep } from 'k6';", 'sleep(1);')).toEqual([]);
  });

  it('counts checks in a readable local helper, and stays silent for an unreadable or remote one', () => {
    const helper =
      "import { check } from 'k6';\nexport function ok(res) { check(res, { ok: (r) => r.status === 200 }); }\n";
    const context = { readSibling: () => ({ file: 'helpers.js', text: helper }) };
    expect(k6("import { ok } from './helpers.js';", 'ok(http.get(`${__ENV.BASE_URL}/a`));', context)).toEqual(
      [],
    );
    expect(k6("import { ok } from './helpers.js';", 'ok(http.get(`${__ENV.BASE_URL}/a`));')).toEqual([]);
    expect(
      k6(
        "import { describe } from 'https://jslib.k6.io/k6chaijs/4.3.4.3/index.js';",
        'http.get(`${__ENV.BASE_URL}/a`);',
      ),
    ).toEqual([]);
  });

  it('counts a response read that feeds a metric, fail() or an abort as validation, but not a log', () => {
    const res = 'const res = http.get(`${__ENV.BASE_URL}/a`);\n';
    const rate = "import { Rate } from 'k6/metrics';\nconst failed = new Rate('failed');";
    expect(k6(rate, `${res}failed.add(res.status !== 200);`)).toEqual([]);
    expect(k6("import { fail } from 'k6';", `${res}if (res.status !== 200) { fail('status'); }`)).toEqual([]);
    expect(
      k6("import exec from 'k6/execution';", `${res}res.json('ok') === true || exec.test.abort('not ok');`),
    ).toEqual([]);
    expect(lines(k6('', `${res}console.log(res.status);`))).toEqual([4]);
    expect(lines(k6(rate, `${res}failed.add(1);`))).toEqual([5]);
  });

  it('leaves Artillery expect without the expect plugin to expect-without-plugin, and trusts afterResponse hooks', () => {
    const doc = (config: string, extra: string) =>
      `config:\n  target: http://localhost:3000\n${config}scenarios:\n  - flow:\n      - get:\n          url: /\n${extra}`;
    const expectStep = '          expect:\n            - statusCode: 200\n';
    expect(findings('missing-response-validation', doc('', expectStep), 'test.yml')).toEqual([]);
    expect(findings('artillery/expect-without-plugin', doc('', expectStep), 'test.yml')).toHaveLength(1);
    expect(findings('missing-response-validation', doc('', ''), 'test.yml')).toHaveLength(1);
    expect(
      findings('missing-response-validation', doc('  plugins:\n    expect: {}\n', expectStep), 'test.yml'),
    ).toEqual([]);
    expect(
      findings(
        'missing-response-validation',
        doc('  processor: ./p.js\n', '          afterResponse: verify\n'),
        'test.yml',
      ),
    ).toEqual([]);
    expect(
      findings(
        'missing-response-validation',
        doc('', '          capture:\n            json: $.id\n            as: id\n'),
        'test.yml',
      ),
    ).toEqual([]);
  });

  it('does not count a push of the test telemetry to InfluxDB as a request under test', () => {
    const sampler = (name: string, domain: string, port: string, path: string) =>
      `<HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="${name}" enabled="true">
          <stringProp name="HTTPSampler.domain">${domain}</stringProp>
          <stringProp name="HTTPSampler.port">${port}</stringProp>
          <stringProp name="HTTPSampler.path">${path}</stringProp>
          <stringProp name="HTTPSampler.method">POST</stringProp>
        </HTTPSamplerProxy>
        <hashTree/>`;
    const plan = (samplers: string) => `<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Plan" enabled="true"/>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Users" enabled="true">
        <stringProp name="ThreadGroup.num_threads">10</stringProp>
        <stringProp name="ThreadGroup.ramp_time">60</stringProp>
      </ThreadGroup>
      <hashTree>
        ${samplers}
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`;
    const influx1 = sampler('Post to Influx', '${influxHost}', '8086', '/write?db=icapserver');
    const influx2 = sampler('Metrics', 'metrics.internal', '443', '/api/v2/write?org=o&amp;bucket=perf');
    const order = sampler('Order', '${__P(host)}', '', '/orders');
    expect(findings('missing-response-validation', plan(influx1 + influx2), 'plan.jmx')).toEqual([]);
    const mixed = findings('missing-response-validation', plan(influx1 + order), 'plan.jmx');
    expect(mixed.map((f) => f.message)).toEqual([expect.stringContaining('None of the 1 HTTP request(s)')]);
  });
});
