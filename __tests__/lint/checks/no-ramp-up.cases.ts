import { describe, expect, it } from '@jest/globals';
import { findings, lines } from '../../helpers/rule-tester.js';

const k6 = (options: string, file = 'script.js', minLoad?: number) =>
  findings(
    'no-ramp-up',
    `import http from 'k6/http';\nexport const options = ${options};\nexport default function () { http.get(\`\${__ENV.BASE_URL}/\`); }\n`,
    file,
    minLoad === undefined ? undefined : { minLoad },
  );

describe('no-ramp-up', () => {
  it('reports constant VUs and constant arrival rates at or above minLoad', () => {
    expect(lines(k6("{ vus: 50, duration: '5m' }"))).toEqual([2]);
    expect(
      k6(
        "{ scenarios: { api: { executor: 'constant-arrival-rate', rate: 100, timeUnit: '1s', duration: '5m', preAllocatedVUs: 50 } } }",
      ),
    ).toHaveLength(1);
    expect(k6("{ vus: 5, duration: '5m' }")).toEqual([]);
  });

  it('sits on the executor of a constant workload and on the first stage of a ramping one', () => {
    const constant = k6(
      "{\n  scenarios: {\n    api: {\n      executor: 'constant-vus',\n      vus: 50,\n      duration: '5m',\n    },\n  },\n}",
    );
    expect(constant.map((f) => [f.loc.line, f.loc.column])).toEqual([[5, 7]]);
    const ramping = k6(
      "{\n  scenarios: {\n    a: {\n      executor: 'ramping-vus',\n      startVUs: 100,\n      stages: [\n        { duration: '5m', target: 100 },\n      ],\n    },\n  },\n}",
    );
    expect(lines(ramping)).toEqual([8]);
    // The vus + duration shortcut: on `vus`, the key that sets the peak, wherever `duration` is written.
    const shortcut = k6("{\n  duration: '5m',\n  thresholds: {},\n  vus: 50,\n}");
    expect(shortcut.map((f) => [f.loc.line, f.loc.column])).toEqual([[5, 3]]);
  });

  it('stays silent on iteration-based executors, which have no stages to ramp', () => {
    expect(k6('{ vus: 50, iterations: 500 }')).toEqual([]);
    expect(k6("{ scenarios: { a: { executor: 'shared-iterations', vus: 50, iterations: 500 } } }")).toEqual(
      [],
    );
    expect(k6("{ scenarios: { a: { executor: 'per-vu-iterations', vus: 50, iterations: 10 } } }")).toEqual(
      [],
    );
  });

  it('respects the minLoad option', () => {
    expect(k6("{ vus: 8, duration: '5m' }", 'script.js', 5)).toHaveLength(1);
    expect(k6("{ vus: 50, duration: '5m' }", 'script.js', 100)).toEqual([]);
  });

  it('stays silent on smoke tests, by shape or by a name anywhere in the path', () => {
    // A handful of VUs for a few minutes is a smoke test (Grafana's test types), whatever minLoad says.
    expect(k6("{ vus: 5, duration: '5m' }", 'script.js', 1)).toEqual([]);
    expect(k6("{ vus: 50, duration: '5m' }", 'tests/smoke/checkout.js')).toEqual([]);
    expect(k6("{ vus: 50, duration: '5m' }", 'tests/load/checkout.js')).toHaveLength(1);
  });

  it('accepts ramps, including startRate 0 and startVUs default', () => {
    expect(k6("{ stages: [{ duration: '1m', target: 50 }, { duration: '5m', target: 50 }] }")).toEqual([]);
    expect(
      k6(
        "{ scenarios: { a: { executor: 'ramping-arrival-rate', preAllocatedVUs: 10, stages: [{ duration: '1m', target: 100 }] } } }",
      ),
    ).toEqual([]);
  });

  it('reports ramping-vus that start at their peak', () => {
    expect(
      k6(
        "{ scenarios: { a: { executor: 'ramping-vus', startVUs: 100, stages: [{ duration: '5m', target: 100 }, { duration: '1m', target: 0 }] } } }",
      ),
    ).toHaveLength(1);
  });

  it('stays silent for smoke, spike and breakpoint tests by name, tag or file', () => {
    expect(k6("{ scenarios: { smoke: { executor: 'constant-vus', vus: 20, duration: '1m' } } }")).toEqual([]);
    expect(
      k6(
        "{ scenarios: { a: { executor: 'constant-vus', vus: 20, duration: '1m', tags: { test_type: 'spike' } } } }",
      ),
    ).toEqual([]);
    expect(k6("{ vus: 50, duration: '5m' }", 'load/spike-checkout.js')).toEqual([]);
  });

  it('stays silent when the load is unknown', () => {
    expect(k6("{ vus: __ENV.VUS, duration: '5m' }")).toEqual([]);
    expect(k6("{ ...base, vus: 50, duration: '5m' }")).toEqual([]);
  });

  it('ignores a leading Artillery pause, but not as a warm-up, and honours phase names', () => {
    const doc = (phases: string) =>
      `config:\n  target: http://localhost:3000\n  phases:\n${phases}\nscenarios:\n  - flow:\n      - get:\n          url: /\n`;
    expect(
      lines(
        findings('no-ramp-up', doc('    - pause: 10\n    - duration: 60\n      arrivalRate: 20'), 'test.yml'),
      ),
    ).toEqual([5]);
    expect(
      findings('no-ramp-up', doc('    - duration: 60\n      arrivalRate: 20\n      name: spike'), 'test.yml'),
    ).toEqual([]);
    expect(
      findings(
        'no-ramp-up',
        doc('    - duration: 60\n      arrivalRate: "{{ $processEnvironment.RATE }}"'),
        'test.yml',
      ),
    ).toEqual([]);
  });

  it('is suppressed by a JS comment with a reason', () => {
    const code =
      "import http from 'k6/http';\nexport const options = {\n  // loadgate-disable-next-line no-ramp-up -- the service is warmed by the deploy job\n  vus: 50, duration: '5m',\n};\nexport default function () { http.get(`${__ENV.BASE_URL}/`); }\n";
    expect(findings('no-ramp-up', code, 'script.js')).toEqual([]);
  });

  it('leaves the ramp of a JMeter plan to a Throughput Shaping Timer in scope of the Thread Group', () => {
    const timer = `<kg.apc.jmeter.timers.VariableThroughputTimer guiclass="kg.apc.jmeter.timers.VariableThroughputTimerGui" testclass="kg.apc.jmeter.timers.VariableThroughputTimer" testname="Shape" enabled="true">
        <collectionProp name="load_profile">
          <collectionProp name="1">
            <stringProp name="1">1</stringProp>
            <stringProp name="2">100</stringProp>
            <stringProp name="3">60</stringProp>
          </collectionProp>
        </collectionProp>
      </kg.apc.jmeter.timers.VariableThroughputTimer>
      <hashTree/>`;
    const plan = (planLevel: string, inGroup: string) => `<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Plan" enabled="true"/>
    <hashTree>
      ${planLevel}
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Pool" enabled="true">
        <stringProp name="ThreadGroup.num_threads">100</stringProp>
        <stringProp name="ThreadGroup.ramp_time">0</stringProp>
      </ThreadGroup>
      <hashTree>
        ${inGroup}
        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.path">/</stringProp>
        </HTTPSamplerProxy>
        <hashTree/>
      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`;
    expect(findings('no-ramp-up', plan('', ''), 'plan.jmx')).toHaveLength(1);
    expect(findings('no-ramp-up', plan(timer, ''), 'plan.jmx')).toEqual([]);
    expect(findings('no-ramp-up', plan('', timer), 'plan.jmx')).toEqual([]);
  });
});
