import { beforeAll, describe, expect, it } from '@jest/globals';
import { lintText } from '../../src/lint/lint-text.js';
import { loadRuleText } from '../../src/lint/rule-loader.js';
import type { RuleDefinition } from '../../src/lint/types.js';
import { prepareAllAdapters } from '../../src/scenario/adapters.js';
import { ruleTester } from '../helpers/rule-tester.js';

function rule(body: string): RuleDefinition {
  const text = `id: team/example\ntools: [k6]\nseverity: warning\ncategory: hygiene\nsummary: An example rule.\nrationale: Because it is an example of a rule.\n${body}examples:\n  bad: [{ file: script.js, code: 'x' }]\n  good: [{ file: script.js, code: 'x' }]\n`;
  const result = loadRuleText(text, '.loadgate/rules/example.yml');
  if ('error' in result) throw new Error(result.error.message);
  return result.rule;
}

const k6 = (body: string) =>
  `import http from 'k6/http';\nexport const options = { vus: 1 };\nexport default function () {\n${body}\n}\n`;

describe('rules stated as data', () => {
  it('locate a schema failure on a typed field at the value, not at 1:1', () => {
    const r = rule(
      "given: requests[*]\nthen:\n  function: schema\n  functionOptions:\n    schema: { properties: { method: { enum: [GET] } } }\nmessages:\n  default: '{{value}} at {{path}}'\n",
    );
    const findings = lintText(
      k6("  http.get('https://x.test/a');\n  http.post('https://x.test/b');"),
      'script.js',
      {
        rules: [r],
      },
    ).findings;
    expect(findings.map((f) => [f.loc.line, f.loc.column, f.message])).toEqual([
      [5, 3, 'POST at requests[1].method'],
    ]);
  });

  it('honour user options through { $option } and pick a message by the kind of failure', () => {
    const r = rule(
      "given: workloads[*]\nthen:\n  field: maxVUs\n  function: range\n  functionOptions: { max: { $option: maxVUs } }\n  message: { above: tooMany }\noptions-schema: { type: object, properties: { maxVUs: { type: number } } }\ndefault-options: { maxVUs: 100 }\nmessages:\n  default: unused\n  tooMany: '{{name}} runs {{value}} VUs, above {{max}}.'\n",
    );
    const code = k6('').replace('vus: 1', 'vus: 50, duration: "1m"');
    expect(lintText(code, 'script.js', { rules: [r] }).findings).toEqual([]);
    const settingFor = () => ({ severity: 'warning' as const, options: { maxVUs: 10 } });
    expect(lintText(code, 'script.js', { rules: [r], settingFor }).findings.map((f) => f.message)).toEqual([
      'default runs 50 VUs, above 10.',
    ]);
  });

  it('let a schema rule read user options and give each failing keyword its own message', () => {
    const r = rule(
      "given: native\nthen:\n  function: schema\n  functionOptions:\n    schema: { required: [thresholds], properties: { vus: { maximum: { $option: maxVUs } } } }\n  message: { required: noCriteria, maximum: tooMany }\noptions-schema: { type: object, properties: { maxVUs: { type: number } } }\ndefault-options: { maxVUs: 100 }\nmessages:\n  default: unused\n  noCriteria: 'options has no {{property}}.'\n  tooMany: '{{key}} is {{value}}, above {{maxVUs}}.'\n",
    );
    const run = (options: string, maxVUs?: number) =>
      lintText(k6('').replace('{ vus: 1 }', options), 'script.js', {
        rules: [r],
        ...(maxVUs ? { settingFor: () => ({ severity: 'warning' as const, options: { maxVUs } }) } : {}),
      }).findings.map((f) => f.message);
    expect(run('{ vus: 50 }')).toEqual(['options has no thresholds.']);
    expect(run("{ vus: 50, thresholds: { checks: ['rate>0.99'] } }")).toEqual([]);
    expect(run("{ vus: 50, thresholds: { checks: ['rate>0.99'] } }", 10)).toEqual(['vus is 50, above 10.']);
  });

  it('locate the criteria at their anchor: the options object of a k6 script', () => {
    const r = rule(
      "given: criteria\nthen:\n  field: status\n  function: enumeration\n  functionOptions: { values: [present, unknown] }\nmessages:\n  default: 'criteria are {{value}}'\n",
    );
    const found = lintText(k6(''), 'script.js', { rules: [r] }).findings;
    expect(found.map((f) => [f.loc.line, f.message])).toEqual([[2, 'criteria are absent']]);
  });

  it('refuse a clause with options its function does not take, or a message it does not have', () => {
    expect(() =>
      rule('then: { function: range, functionOptions: { most: 1 } }\nmessages: { default: x }\n'),
    ).toThrow(/invalid functionOptions for "range"/);
    expect(() => rule('then: { function: defined, message: nope }\nmessages: { default: x }\n')).toThrow(
      /names message "nope"/,
    );
    expect(() =>
      rule("then: { function: pattern, functionOptions: { match: '(' } }\nmessages: { default: x }\n"),
    ).toThrow(/invalid regular expression/);
  });
});

ruleTester.run('k6/arrival-rate-maxvus', {
  valid: [
    "import http from 'k6/http';\nexport const options = { scenarios: { a: { executor: 'constant-arrival-rate', rate: 10, duration: '1m', preAllocatedVUs: 20 } } };\nexport default function () { http.get(`${__ENV.B}/`); }\n",
    "import http from 'k6/http';\nexport const options = { scenarios: { a: { executor: 'constant-vus', vus: 5, duration: '1m', maxVUs: 50, preAllocatedVUs: 2 } } };\nexport default function () { http.get(`${__ENV.B}/`); }\n",
    "import http from 'k6/http';\nexport const options = { scenarios: { a: { executor: 'constant-arrival-rate', rate: 10, duration: '1m', preAllocatedVUs: __ENV.PRE, maxVUs: 50 } } };\nexport default function () { http.get(`${__ENV.B}/`); }\n",
  ],
  invalid: [
    {
      code: "import http from 'k6/http';\nexport const options = { scenarios: { a: { executor: 'ramping-arrival-rate', stages: [], preAllocatedVUs: 2, maxVUs: 50 } } };\nexport default function () { http.get(`${__ENV.B}/`); }\n",
      errors: [
        {
          ruleId: 'k6/arrival-rate-maxvus',
          line: 2,
          column: 110,
          message: 'Scenario "a" lets k6 create up to 50 VUs during the test but pre-allocates 2.',
        },
      ],
    },
  ],
});

ruleTester.run('k6/abort-on-fail-without-delay', {
  valid: [
    "import http from 'k6/http';\nexport const options = { thresholds: { http_req_failed: [{ threshold: 'rate<0.01', abortOnFail: true, delayAbortEval: '1m' }] } };\nexport default function () { http.get(`${__ENV.B}/`); }\n",
    "import http from 'k6/http';\nexport const options = { thresholds: { http_req_failed: ['rate<0.01', { threshold: 'rate<0.05', abortOnFail: false }] } };\nexport default function () { http.get(`${__ENV.B}/`); }\n",
    "import http from 'k6/http';\nconst extra = JSON.parse(open('./x.json'));\nexport const options = { thresholds: { http_req_failed: [{ threshold: 'rate<0.01', abortOnFail: true, ...extra }] } };\nexport default function () { http.get(`${__ENV.B}/`); }\n",
  ],
  invalid: [
    {
      code: "import http from 'k6/http';\nexport const options = { thresholds: { http_req_failed: ['rate<0.1', { threshold: 'rate<0.01', abortOnFail: true }] } };\nexport default function () { http.get(`${__ENV.B}/`); }\n",
      errors: [
        {
          ruleId: 'k6/abort-on-fail-without-delay',
          line: 2,
          column: 96,
          message: 'Threshold "rate<0.01" on "http_req_failed"',
        },
      ],
    },
  ],
});

function toolRule(tool: string, body: string, file: string): RuleDefinition {
  const text = `id: team/example\ntools: [${tool}]\nseverity: warning\ncategory: hygiene\nsummary: An example rule.\nrationale: Because it is an example of a rule.\n${body}examples:\n  bad: [{ file: ${file}, code: 'x' }]\n  good: [{ file: ${file}, code: 'x' }]\n`;
  const result = loadRuleText(text, '.loadgate/rules/example.yml');
  if ('error' in result) throw new Error(result.error.message);
  return result.rule;
}

const plan = (threads: string) => `<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Checkout" enabled="true"/>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Shoppers" enabled="true">
        <stringProp name="ThreadGroup.num_threads">${threads}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">60</stringProp>
      </ThreadGroup>
      <hashTree/>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`;

describe('facts and paths for rules stated as data (repository rules included)', () => {
  beforeAll(prepareAllAdapters);

  it("read JMeter properties by their dotted names (props['a.b']) and condition on the plan ($.native.smokePlan)", () => {
    const r = toolRule(
      'jmeter',
      "given: native.elements[*]\nwhen:\n  - { field: $.native.smokePlan, function: falsy }\n  - { field: kind, function: enumeration, functionOptions: { values: [ThreadGroup] } }\nthen:\n  field: props['ThreadGroup.ramp_time']\n  function: pattern\n  functionOptions: { notMatch: '^[0-9]{1,2}$' }\nmessages:\n  default: '{{title}} in {{$.fileName}} ramps up in {{value}} s ({{path}}).'\n",
      'plan.jmx',
    );
    const run = (threads: string) =>
      lintText(plan(threads), 'load/plan.jmx', { rules: [r] }).findings.map((f) => [f.loc.line, f.message]);
    expect(run('200')).toEqual([
      [8, 'Shoppers in plan.jmx ramps up in 60 s (native.elements[1].props.ThreadGroup.ramp_time).'],
    ]);
    // Three literal threads: a smoke plan, which the rule leaves alone.
    expect(run('3')).toEqual([]);
  });

  it('select typed facts that have a kind of their own (Locust classes) and name nested facts in messages', () => {
    const r = toolRule(
      'locust',
      "given: locust.classes[*]\nwhen: { field: runnable, function: truthy }\nthen:\n  field: waitTime.args\n  function: schema\n  functionOptions: { schema: { items: { minimum: 1 } } }\nmessages:\n  default: '{{name}} waits {{waitTime.call}}.'\n",
      'locustfile.py',
    );
    const code =
      'from locust import HttpUser, task, between\n\nclass Shopper(HttpUser):\n    wait_time = between(0.1, 0.5)\n\n    @task\n    def browse(self):\n        self.client.get("/")\n';
    expect(
      lintText(code, 'locustfile.py', { rules: [r] }).findings.map((f) => [f.loc.line, f.message]),
    ).toEqual([[4, 'Shopper waits between(0.1, 0.5).']]);
  });

  it('judge a condition on each value the same way when equal values share its outcome (element kinds)', () => {
    const r = toolRule(
      'jmeter',
      "given: native.elements[*]\nwhen:\n  - { field: kind, function: enumeration, functionOptions: { values: { $option: kinds } } }\n  - { field: \"props['ThreadGroup.ramp_time']\", function: pattern, functionOptions: { notMatch: '^[0-9]+$' } }\nthen:\n  function: undefined\noptions-schema: { type: object, properties: { kinds: { type: array } } }\ndefault-options: { kinds: [ThreadGroup] }\nmessages:\n  default: '{{title}} ramps up in no number of seconds.'\n",
      'plan.jmx',
    );
    const group = (name: string, ramp: string) =>
      `      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="${name}" enabled="true">\n        <stringProp name="ThreadGroup.num_threads">200</stringProp>\n        <stringProp name="ThreadGroup.ramp_time">${ramp}</stringProp>\n      </ThreadGroup>\n      <hashTree/>\n`;
    const code = plan('200').replace(
      / {6}<ThreadGroup[\s\S]*<\/ThreadGroup>\n {6}<hashTree\/>\n/,
      group('A', '60') + group('B', '${__P(ramp,60)}') + group('C', 'sixty') + group('D', 'sixty'),
    );
    const run = (kinds?: string[]) =>
      lintText(code, 'plan.jmx', {
        rules: [r],
        ...(kinds ? { settingFor: () => ({ severity: 'warning' as const, options: { kinds } }) } : {}),
      }).findings.map((f) => f.message);
    // B's ramp-up is read at run time: it never meets a condition, though its text is no number either.
    expect(run()).toEqual(['C ramps up in no number of seconds.', 'D ramps up in no number of seconds.']);
    // Other options are another condition: none of the plan's elements is of these kinds.
    expect(run(['SetupThreadGroup'])).toEqual([]);
    expect(run()).toHaveLength(2);
  });

  it('check a built-in schema naming an option with the default (compiled ahead) and with the user setting', () => {
    const code =
      'from locust import HttpUser, task, between\n\nclass Shopper(HttpUser):\n    wait_time = between(100, 200)\n\n    @task\n    def browse(self):\n        self.client.get("/")\n';
    const wait = (settingFor?: () => { severity: 'warning'; options: Record<string, unknown> }) =>
      lintText(code, 'locustfile.py', settingFor ? { settingFor } : {}).findings.filter(
        (f) => f.ruleId === 'locust/wait-time-in-milliseconds',
      ).length;
    // minSeconds 300 by default: 100 s is long but plausible; taken for milliseconds from 100 on.
    expect(wait()).toBe(0);
    expect(wait(() => ({ severity: 'warning', options: { minSeconds: 100 } }))).toBe(1);
    expect(wait()).toBe(0);
  });
});
