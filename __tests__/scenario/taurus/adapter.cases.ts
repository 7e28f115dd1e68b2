import { describe, expect, it } from '@jest/globals';
import { adapterFor } from '../../../src/scenario/adapters.js';
import { parseTaurus } from '../../../src/scenario/taurus/adapter.js';
import { taurusSeconds } from '../../../src/scenario/taurus/durations.js';
import { sniffTaurus } from '../../../src/scenario/taurus/sniff.js';

function scenario(text: string, file = 'load.yml') {
  const result = parseTaurus(text, file);
  expect(result.diagnostics).toEqual([]);
  return result.scenario!;
}

describe('Taurus sniffing', () => {
  it.each([
    ['execution list', 'execution:\n- concurrency: 10\n  scenario: s\n'],
    ['execution mapping', 'execution:\n  concurrency: 10\n  hold-for: 1m\n'],
    ['scenarios only', 'scenarios:\n  home:\n    requests:\n    - http://localhost/\n'],
    ['passfail only', 'services:\n- module: passfail\n  criteria:\n  - fail>0\n'],
    ['JSON', '{"execution": [{"concurrency": 5, "scenario": "s"}], "scenarios": {"s": {"requests": ["/"]}}}'],
  ])('recognises a config with %s', (_name, text) => {
    expect(sniffTaurus(text)).toBe(true);
    expect(adapterFor(text, 'bzt.yml')?.tool).toBe('taurus');
  });

  it.each([
    [
      'an Artillery script',
      'config:\n  target: http://x\n  phases:\n  - duration: 60\n    arrivalRate: 5\nscenarios:\n- flow:\n  - get:\n      url: /\n',
    ],
    ['a GitHub workflow', 'on: push\njobs:\n  test:\n    steps:\n    - run: bzt load.yml\n'],
    ['a docker-compose file', 'version: "3"\nservices:\n  web:\n    image: nginx\n'],
    ['a Kubernetes manifest', 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: x\n'],
    ['plain data', 'name: x\nitems:\n- 1\n'],
  ])('leaves %s alone', (_name, text) => {
    expect(sniffTaurus(text)).toBe(false);
    expect(adapterFor(text, 'file.yml')?.tool).not.toBe('taurus');
  });
});

describe('Taurus model', () => {
  it('reads an execution as a closed workload ramped to its concurrency and held', () => {
    const s = scenario(
      'execution:\n- concurrency: 50\n  throughput: 25\n  ramp-up: 2m\n  hold-for: 1m30s\n  scenario: shop\nscenarios:\n  shop:\n    requests:\n    - /\n',
    );
    expect(s.workloads).toEqual([
      expect.objectContaining({
        name: 'shop',
        executor: 'jmeter',
        model: 'closed',
        maxVUs: 50,
        durationSec: 210,
        partiallyUnknown: false,
        stages: [
          expect.objectContaining({ durationSec: 120, from: 0, to: 50 }),
          expect.objectContaining({ durationSec: 90, from: 50, to: 50 }),
        ],
      }),
    ]);
  });

  it('takes one execution mapping as a list, the default executor from settings, a value per provisioning', () => {
    const s = scenario(
      'provisioning: cloud\nsettings:\n  default-executor: gatling\nexecution:\n  concurrency:\n    local: 1\n    cloud: 40\n  hold-for: 5m\n',
    );
    expect(s.workloads).toHaveLength(1);
    expect(s.workloads[0]).toEqual(
      expect.objectContaining({ executor: 'gatling', maxVUs: 40, durationSec: 300 }),
    );
  });

  it('marks a load set at run time as partly unknown', () => {
    const s = scenario(
      'execution:\n- concurrency: ${__P(users,10)}\n  hold-for: 5m\n  scenario:\n    requests: [/]\n',
    );
    expect(s.workloads[0]?.partiallyUnknown).toBe(true);
    expect(s.workloads[0]?.maxVUs).toBeUndefined();
  });

  it('merges every document of the file as bzt merges its configs', () => {
    const s = scenario(
      'execution:\n- concurrency: 1\n  scenario: a\n---\nexecution:\n- concurrency: 2\n  scenario: b\nreporting:\n- module: passfail\n  criteria: [fail>0]\n',
    );
    expect(s.workloads.map((w) => w.maxVUs)).toEqual([1, 2]);
    expect(s.criteria.status).toBe('present');
  });

  it('reads requests, labels, think times, assertions, hosts and included scenarios', () => {
    const s = scenario(
      [
        'execution:',
        '- scenario: main',
        '  concurrency: 5',
        'scenarios:',
        '  main:',
        '    default-address: ${__P(host,http://localhost)}',
        '    think-time: 1s',
        '    requests:',
        '    - url: /login',
        '      method: post',
        '      label: Login',
        '      assert-jsonpath: [$.token]',
        '    - include-scenario: browse',
        '  browse:',
        '    requests:',
        '    - url: https://shop.example.com/items/${__Random(1,100)}',
        '      think-time: 500ms',
      ].join('\n'),
    );
    expect(s.requests.map((r) => [r.method, r.url, r.name, r.dynamicUrl, r.boundedUrl])).toEqual([
      ['POST', '/login', 'Login', false, true],
      ['GET', 'https://shop.example.com/items/${__Random(1,100)}', undefined, true, false],
    ]);
    expect(s.thinkTimes.map((t) => t.seconds)).toEqual([1, 0.5]);
    expect(s.checks.map((c) => [c.kind, c.loc.line])).toEqual([['assertion', 12]]);
    expect(s.hosts.map((h) => [h.value, h.origin, h.role])).toEqual([
      ['${__P(host,http://localhost)}', 'env', 'target'],
      ['https://shop.example.com/items/${__Random(1,100)}', 'literal', 'url'],
    ]);
  });

  it('records the scripts of other tools and does not read them', () => {
    const s = scenario(
      'execution:\n- executor: locust\n  concurrency: 10\n  scenario: s\nscenarios:\n  s:\n    script: locustfile.py\n',
    );
    expect(s.taurus?.scripts).toEqual([
      expect.objectContaining({ path: 'locustfile.py', executor: 'locust' }),
    ]);
    // Locust may carry criteria of its own: cannot tell.
    expect(s.criteria.status).toBe('unknown');
  });

  it('parses passfail criteria with the bzt grammar, in strings, mappings and message mappings', () => {
    const s = scenario(
      [
        'execution:',
        '- concurrency: 5',
        '  hold-for: 1m',
        '  scenario: {requests: [/]}',
        'reporting:',
        '- module: passfail',
        '  criteria:',
        '  - avg-rt of Login>150ms for 10s, stop as failed',
        '  - p99.9>2s, continue as non-failed',
        '  - subject: failures',
        '    condition: ">"',
        '    threshold: 5%',
        '    fail: false',
        '  - avg-rt > 2 seconds',
      ].join('\n'),
    );
    expect(s.criteria.items.map((c) => [c.metric, c.operator, c.value, c.concerns, c.strict])).toEqual([
      ['avg-rt of Login', '>', 0.15, 'latency', true],
      ['p99.9', '>', 2, 'latency', false],
      ['failures', '>', 5, 'errors', false],
      ['', undefined, undefined, 'other', true],
    ]);
    expect(s.criteria.items[0]?.abortOnFail).toBe(true);
  });

  it('says criteria are absent only when the file holds the executions and no passfail', () => {
    expect(scenario('execution:\n- concurrency: 5\n  scenario: {requests: [/]}\n').criteria.status).toBe(
      'absent',
    );
    expect(scenario('scenarios:\n  s:\n    requests: [/]\n').criteria.status).toBe('unknown');
    expect(
      scenario('included-configs: [base.yml]\nexecution:\n- concurrency: 5\n  scenario: {requests: [/]}\n')
        .criteria.status,
    ).toBe('unknown');
  });

  it('names an execution scenario that no scenarios entry defines', () => {
    const s = scenario('execution:\n- scenario: checkout\nscenarios:\n  check-out:\n    requests: [/]\n');
    expect(s.taurus?.missingScenarios).toEqual([expect.objectContaining({ name: 'checkout' })]);
  });

  it('reports broken YAML with its line, and a list at the top level', () => {
    const broken = parseTaurus('execution:\n- concurrency: 5\n\tscenario: s\n', 'load.yml');
    expect(broken.scenario).toBeUndefined();
    expect(broken.diagnostics[0]).toEqual(expect.objectContaining({ severity: 'error', line: 3 }));
    const list = parseTaurus('- concurrency: 5\n', 'load.yml');
    expect(list.diagnostics[0]?.message).toMatch(/not a Taurus config/);
  });
});

describe('Taurus times', () => {
  it.each([
    [90, 90],
    ['90', 90],
    ['1m30s', 90],
    ['2s500ms', 2.5],
    ['1h', 3600],
    ['0.75', 0.75],
    ['${__P(d)}', undefined],
    ['5 minutes', undefined],
  ])('%p is %p seconds', (text, seconds) => {
    expect(taurusSeconds(text)).toBe(seconds);
  });
});
