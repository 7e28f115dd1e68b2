import { ruleTester } from '../../helpers/rule-tester.js';

/** A Taurus config: one execution of `execution` (indented YAML lines) and the rest of the document. */
const config = (execution: string, rest = '') =>
  `execution:\n- scenario: home\n${execution}scenarios:\n  home:\n    requests:\n    - url: \${BASE_URL}/\n${rest}`;
const load = '  concurrency: 20\n  ramp-up: 1m\n  hold-for: 5m\n';
const passfail = (criteria: string, section = 'reporting') =>
  `${section}:\n- module: passfail\n  criteria:\n${criteria}`;

ruleTester.run('taurus/no-passfail', {
  valid: [
    { name: 'passfail in reporting', file: 'load.yml', code: config(load, passfail('  - fail>1%\n')) },
    {
      name: 'passfail in services',
      file: 'load.yml',
      code: config(load, passfail('  - fail>1%\n', 'services')),
    },
    {
      name: 'a fragment without executions',
      file: 'load.yml',
      code: 'scenarios:\n  s:\n    requests: [/]\n',
    },
    {
      name: 'a Gatling script with its own assertions',
      file: 'load.yml',
      code: 'execution:\n- executor: gatling\n  concurrency: 10\n  scenario: s\nscenarios:\n  s:\n    script: Sim.scala\n',
    },
  ],
  invalid: [
    {
      name: 'final-stats only',
      file: 'load.yml',
      code: `reporting:\n- module: final-stats\n${config(load)}`,
      errors: [{ ruleId: 'taurus/no-passfail', line: 1, column: 1 }],
    },
    {
      name: 'a bare passfail without criteria',
      file: 'load.yml',
      code: `${config(load)}reporting:\n- passfail\n`,
      errors: [{ ruleId: 'taurus/no-passfail', line: 10, column: 1 }],
    },
    {
      name: 'an existing .jmx, which has no criteria of its own',
      file: 'load.yml',
      code: 'execution:\n- concurrency: 10\n  hold-for: 5m\n  scenario:\n    script: plan.jmx\n',
      errors: [{ ruleId: 'taurus/no-passfail', line: 1, column: 1 }],
    },
  ],
});

ruleTester.run('taurus/passfail-never-fails', {
  valid: [
    {
      file: 'load.yml',
      code: config(load, passfail('  - avg-rt>1s for 30s, continue as failed\n  - p95>2s\n')),
    },
  ],
  invalid: [
    {
      file: 'load.yml',
      code: config(
        load,
        passfail(
          '  - avg-rt>1s for 30s, stop as non-failed\n  - subject: fail\n    threshold: 5%\n    fail: false\n',
        ),
      ),
      errors: [
        { ruleId: 'taurus/passfail-never-fails', line: 13, column: 5, message: /non-failed/ },
        { ruleId: 'taurus/passfail-never-fails', line: 14, column: 5 },
      ],
    },
  ],
});

ruleTester.run('taurus/invalid-criterion', {
  valid: [
    {
      file: 'load.yml',
      code: config(
        load,
        passfail('  - "Slow login: avg-rt of Login>1s for 30s, stop as failed"\n  - rc5??>0\n'),
      ),
    },
  ],
  invalid: [
    {
      file: 'load.yml',
      code: config(load, passfail('  - avg-rt > 2 seconds\n  - subject: avg-rt\n    condition: ">"\n')),
      errors: [
        { ruleId: 'taurus/invalid-criterion', line: 13, column: 5 },
        { ruleId: 'taurus/invalid-criterion', line: 14, column: 5 },
      ],
    },
  ],
});

ruleTester.run('taurus/deprecated-keys', {
  valid: [{ file: 'load.yml', code: config(load, passfail('  - fail>0\n', 'services')) }],
  invalid: [
    {
      file: 'load.yml',
      code: config(load, 'reporting:\n- module: passfail\n  criterias:\n  - fail>0\n'),
      errors: [{ ruleId: 'taurus/deprecated-keys', line: 12, column: 3 }],
    },
  ],
});

ruleTester.run('taurus/throughput-without-duration', {
  valid: [{ file: 'load.yml', code: config('  concurrency: 5\n  throughput: 50\n  hold-for: 5m\n') }],
  invalid: [
    {
      name: 'ramp-up and hold-for nested under concurrency',
      file: 'load.yml',
      code: config('  concurrency:\n    local: 5\n    ramp-up: 1m\n    hold-for: 5m\n  throughput: 50\n'),
      errors: [{ ruleId: 'taurus/throughput-without-duration', line: 2, column: 3 }],
    },
  ],
});

ruleTester.run('taurus/steps-without-ramp-up', {
  valid: [{ file: 'load.yml', code: config('  concurrency: 50\n  ramp-up: 5m\n  steps: 5\n') }],
  invalid: [
    {
      file: 'load.yml',
      code: config('  concurrency: 50\n  steps: 5\n  hold-for: 5m\n'),
      errors: [{ ruleId: 'taurus/steps-without-ramp-up', line: 4, column: 3 }],
    },
  ],
});

ruleTester.run('taurus/scenario-not-defined', {
  valid: [
    { file: 'load.yml', code: config(load) },
    {
      name: 'maybe in an included config',
      file: 'load.yml',
      code: `included-configs: [base.yml]\nexecution:\n- scenario: other\n`,
    },
  ],
  invalid: [
    {
      file: 'load.yml',
      code: `execution:\n- scenario: hmoe\n${load}scenarios:\n  home:\n    requests: [/]\n`,
      errors: [{ ruleId: 'taurus/scenario-not-defined', line: 2, column: 13 }],
    },
  ],
});

ruleTester.run('no-ramp-up', {
  valid: [
    { file: 'load.yml', code: config(load) },
    { file: 'load.yml', code: config('  concurrency: 5\n') },
  ],
  invalid: [
    {
      file: 'load.yml',
      code: config('  concurrency: 200\n  hold-for: 10m\n'),
      errors: [{ ruleId: 'no-ramp-up', line: 3, column: 3, message: 'starts all 200 VUs at once' }],
    },
  ],
});

ruleTester.run('taurus/scenario-without-requests', {
  valid: [
    { file: 'load.yml', code: config(load) },
    {
      name: 'the short form of script',
      file: 'load.yml',
      code: `execution:\n- scenario: s\n${load}scenarios:\n  s: plan.jmx\n`,
    },
  ],
  invalid: [
    {
      name: 'neither script nor requests',
      file: 'load.yml',
      code: `execution:\n- scenario: s\n${load}scenarios:\n  s:\n    think-time: 1s\n`,
      errors: [{ ruleId: 'taurus/scenario-without-requests', line: 8, column: 5 }],
    },
    {
      name: 'an inline scenario with an empty list',
      file: 'load.yml',
      code: `execution:\n- concurrency: 5\n  scenario:\n    requests: []\n`,
      errors: [{ ruleId: 'taurus/scenario-without-requests', line: 4, column: 5 }],
    },
  ],
});

ruleTester.run('taurus/load-key-under-provisioning', {
  valid: [
    { file: 'load.yml', code: config('  concurrency:\n    local: 5\n    cloud: 50\n  hold-for: 5m\n') },
  ],
  invalid: [
    {
      file: 'load.yml',
      code: config('  concurrency:\n    cloud: 5\n    ramp-up: 1m\n    hold-for: 5m\n'),
      errors: [
        {
          ruleId: 'taurus/load-key-under-provisioning',
          line: 5,
          column: 14,
          message: '"ramp-up" is nested under concurrency',
        },
      ],
    },
  ],
});

ruleTester.run('criteria-average-only', {
  valid: [{ file: 'load.yml', code: config(load, passfail('  - avg-rt>1s for 30s\n  - p95>2s for 30s\n')) }],
  invalid: [
    {
      file: 'load.yml',
      code: config(load, passfail('  - avg-rt>1s for 30s\n  - failures>1%\n')),
      errors: [{ ruleId: 'criteria-average-only', line: 13, column: 5, message: 'only gated on averages' }],
    },
  ],
});

ruleTester.run('criteria-latency-only', {
  valid: [
    { file: 'load.yml', code: config(load, passfail('  - p95>2s for 30s\n  - rc5??>0\n')) },
    { name: 'a fragment merged with other criteria', file: 'load.yml', code: passfail('  - p95>2s\n') },
  ],
  invalid: [
    {
      file: 'load.yml',
      code: config(load, passfail('  - p95>2s for 30s\n')),
      errors: [{ ruleId: 'criteria-latency-only', line: 13, column: 5, message: 'failures>1%' }],
    },
  ],
});

ruleTester.run('taurus/criterion-label-unknown', {
  valid: [
    {
      name: 'a transaction name and an unlabelled request URL',
      file: 'load.yml',
      code: `execution:\n- scenario: s\n${load}scenarios:\n  s:\n    requests:\n    - transaction: Checkout\n      do:\n      - /cart\n${passfail('  - avg-rt of Checkout>2s\n  - p95 of /cart>1s\n')}`,
    },
    {
      name: 'a label set at run time',
      file: 'load.yml',
      code: `execution:\n- scenario: s\n${load}scenarios:\n  s:\n    requests:\n    - url: /\n      label: \${page}\n${passfail('  - avg-rt of Home>2s\n')}`,
    },
    {
      name: 'labels of a script Taurus does not generate',
      file: 'load.yml',
      code: `execution:\n- scenario: s\n${load}scenarios:\n  s:\n    script: plan.jmx\n${passfail('  - avg-rt of Home>2s\n')}`,
    },
  ],
  invalid: [
    {
      file: 'load.yml',
      code: `execution:\n- scenario: s\n${load}scenarios:\n  s:\n    requests:\n    - url: \${BASE_URL}/\n      label: Start\n${passfail('  - subject: p95\n    label: Home\n    threshold: 1s\n')}`,
      errors: [
        { ruleId: 'taurus/criterion-label-unknown', line: 14, column: 5, message: 'the label "Home"' },
      ],
    },
  ],
});

ruleTester.run('missing-response-validation', {
  valid: [
    {
      name: 'an assertion on one request',
      file: 'load.yml',
      code: `execution:\n- scenario: s\n${load}scenarios:\n  s:\n    requests:\n    - url: /\n      assert: [Welcome]\n    - /about\n`,
    },
    {
      name: 'a JSR223 block may fail samples',
      file: 'load.yml',
      code: `execution:\n- scenario: s\n${load}scenarios:\n  s:\n    requests:\n    - url: /\n      jsr223: 'if (prev.getResponseCode() != "200") prev.setSuccessful(false)'\n`,
    },
  ],
  invalid: [
    {
      file: 'load.yml',
      code: config(load),
      errors: [{ ruleId: 'missing-response-validation', line: 9, column: 12, message: 'has an assertion' }],
    },
  ],
});
