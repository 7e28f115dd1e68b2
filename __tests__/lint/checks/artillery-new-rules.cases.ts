import { describe, expect, it } from '@jest/globals';
import { applyEdits } from '../../../src/lint/fixes/apply.js';
import { findings, lines } from '../../helpers/rule-tester.js';

const HEAD =
  'config:\n  target: "{{ $processEnvironment.TARGET }}"\n  phases:\n    - duration: 60\n      arrivalRate: 5\n';
const FLOW = 'scenarios:\n  - flow:\n      - get:\n          url: /\n';

describe('artillery/ignored-criteria', () => {
  const run = (code: string) => findings('artillery/ignored-criteria', code, 'test.yml');

  it('reports ensure written as a list, and no-pass-fail-criteria leaves the file to it', () => {
    const code = `${HEAD}  ensure:\n    - p95: 500\n${FLOW}`;
    expect(lines(run(code))).toEqual([6]);
    expect(run(code)[0]?.message).toContain('written as a list');
    expect(findings('no-pass-fail-criteria', code, 'test.yml')).toEqual([]);
  });

  it('reports top-level ensure and thresholds and a k6-style config.thresholds', () => {
    const code = `${HEAD}  thresholds:\n    http_req_duration: ['p(95)<200']\n${FLOW}ensure:\n  maxErrorRate: 1\n`;
    const found = run(code);
    expect(lines(found).sort((a, b) => a - b)).toEqual([6, 12]);
    expect(found.map((f) => f.severity)).toEqual(['error', 'error']);
  });

  it('reports thresholds written as a mapping and condition items that are strings', () => {
    const code = `${HEAD}  ensure:\n    thresholds:\n      http.response_time.p95: 500\n    conditions:\n      - "vusers.failed == 0"\n    maxErrorRate: 1\n${FLOW}`;
    expect(lines(run(code))).toEqual([7, 10]);
  });

  it('accepts ensure under config.plugins and a well-formed config.ensure', () => {
    const plugin = `${HEAD}  plugins:\n    ensure:\n      thresholds:\n        - http.response_time.p99: 900\n${FLOW}`;
    expect(run(plugin)).toEqual([]);
    const direct = `${HEAD}  ensure:\n    thresholds:\n      - http.response_time.p95: 500\n    conditions:\n      - expression: vusers.failed == 0\n${FLOW}`;
    expect(run(direct)).toEqual([]);
  });
});

describe('artillery/expect-without-plugin', () => {
  const EXPECT =
    'scenarios:\n  - flow:\n      - get:\n          url: /\n          expect:\n            - statusCode: 200\n      - get:\n          url: /a\n          expect:\n            - statusCode: 200\n';

  it('reports once per file, on the first expect, counting them all; the fix enables the plugin', () => {
    const code = `${HEAD}${EXPECT}`;
    const found = findings('artillery/expect-without-plugin', code, 'test.yml');
    expect(lines(found)).toEqual([10]);
    expect(found[0]?.message).toContain('2 "expect" checks');
    const fixed = applyEdits(code, found[0]!.fix!.edits!)!;
    expect(fixed).toContain('  plugins:\n    expect: {}\n');
    expect(findings('artillery/expect-without-plugin', fixed, 'test.yml')).toEqual([]);
  });

  it('accepts the plugin enabled in an environment only', () => {
    const code = `${HEAD}  environments:\n    functional:\n      plugins:\n        expect: {}\n${EXPECT}`;
    expect(findings('artillery/expect-without-plugin', code, 'test.yml')).toEqual([]);
  });

  it('leaves a file without target or environments alone: --config may enable the plugin', () => {
    const code = `config:\n  phases:\n    - duration: 60\n      arrivalRate: 5\n${EXPECT}`;
    expect(findings('artillery/expect-without-plugin', code, 'test.yml')).toEqual([]);
  });

  it('adds expect to an existing plugins mapping, block or flow, in its own syntax', () => {
    const block = `${HEAD}  plugins:\n    apdex: {}\n${EXPECT}`;
    const edits = findings('artillery/expect-without-plugin', block, 'test.yml')[0]?.fix?.edits;
    expect(applyEdits(block, edits!)).toContain('  plugins:\n    apdex: {}\n    expect: {}\n');
    const flow = `${HEAD}  plugins: { apdex: {} }\n${EXPECT}`;
    const flowEdits = findings('artillery/expect-without-plugin', flow, 'test.yml')[0]?.fix?.edits;
    expect(applyEdits(flow, flowEdits!)).toContain('  plugins: { apdex: {}, "expect": {} }\n');
  });
});

describe('artillery/scenario-weight-zero', () => {
  const doc = (a: string, b: string) =>
    `${HEAD}scenarios:\n  - name: a\n${a}    flow:\n      - get: { url: / }\n  - name: b\n${b}    flow:\n      - get: { url: /b }\n`;
  const run = (code: string) => findings('artillery/scenario-weight-zero', code, 'test.yml');

  it('reports a weight of 0 or one that does not parse, but not a missing weight', () => {
    expect(lines(run(doc('', '    weight: 0\n')))).toEqual([11]);
    expect(run(doc('    weight: 3\n', '    weight: "heavy"\n'))[0]?.message).toContain('weight "heavy"');
  });

  it('says the run fails when every weight is 0', () => {
    const found = run(doc('    weight: 0\n', '    weight: 0\n'));
    expect(found).toHaveLength(2);
    expect(found[0]?.message).toContain('the run fails');
  });

  it('stays silent when a weight comes from a template', () => {
    expect(run(doc('    weight: "{{ $processEnvironment.W }}"\n', '    weight: 0\n'))).toEqual([]);
  });
});

describe('artillery/unknown-template-function', () => {
  const body = (extraConfig: string, step = '') =>
    `${HEAD}${extraConfig}scenarios:\n  - flow:\n${step}      - post:\n          url: /users\n          json:\n            email: "{{ $randomEmail() }}"\n            id: "{{ $randomNumber(1, 9) }}-{{ $randomString(4) }}"\n`;
  const run = (code: string) => findings('artillery/unknown-template-function', code, 'test.yml');

  it('reports functions Artillery does not have, not its own', () => {
    const found = run(body(''));
    expect(found.map((f) => f.message.split(' ')[0])).toEqual(['$randomEmail()']);
    expect(lines(found)).toEqual([11]);
  });

  it('reports with a processor that no hook or function step calls', () => {
    expect(run(body('  processor: ./helpers.js\n'))).toHaveLength(1);
  });

  it('stays silent when processor code runs, or with the fake-data plugin', () => {
    expect(run(body('  processor: ./helpers.js\n', '      - function: setUp\n'))).toEqual([]);
    expect(run(body('  plugins:\n    fake-data: {}\n'))).toEqual([]);
  });
});

describe('artillery/zero-rate-phase', () => {
  const run = (phases: string) =>
    findings(
      'artillery/zero-rate-phase',
      `config:\n  target: http://localhost\n  phases:\n${phases}${FLOW}`,
      'test.yml',
    );

  it('calls a leading zero-rate phase a pause before a jump to the next rate', () => {
    const found = run(
      '    - duration: 10\n      arrivalRate: 0\n    - duration: 60\n      arrivalRate: "8"\n',
    );
    expect(lines(found)).toEqual([5]);
    expect(found[0]?.message).toContain('jumps to 8 per second');
  });

  it('accepts a ramp from 0 and a pause written as pause', () => {
    expect(run('    - duration: 10\n      arrivalRate: 0\n      rampTo: 8\n    - pause: 5\n')).toEqual([]);
  });
});
