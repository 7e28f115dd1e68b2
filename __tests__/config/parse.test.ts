import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../src/config/errors.js';
import { parseConfig } from '../../src/config/parse.js';
import { settingsForFile } from '../../src/config/rule-settings.js';
import { builtinRules } from '../../src/lint/generated/rules.js';

const parse = (text: string) => parseConfig(text, '.loadgate.yml', builtinRules);

function errorOf(text: string): ConfigError {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('.loadgate.yml', () => {
  it('reads every documented key', () => {
    const config = parse(`
include: ['load/**/*.js', 'load/**/*.yml']
exclude: ['load/legacy/**']
rules:
  k6/discard-response-bodies: [warning, { minVUs: 100 }]
  k6/arrival-rate-maxvus: off
overrides:
  - files: ['load/smoke/**']
    rules:
      k6/discard-response-bodies: off
results: results/current.json
baseline: results/baseline.json
regression:
  p95: { relative: 15, absolute: 25 }
fail-on: warning
comment: always
comment-id: k6-checkout
`);
    expect(config).toMatchObject({
      include: ['load/**/*.js', 'load/**/*.yml'],
      exclude: ['load/legacy/**'],
      results: ['results/current.json'],
      baseline: 'results/baseline.json',
      failOn: 'warning',
      comment: 'always',
      commentId: 'k6-checkout',
      regression: { p95: { relative: 15, absolute: 25 } },
    });
    const main = settingsForFile(config, 'load/checkout.js');
    expect(main('k6/discard-response-bodies')).toEqual({ severity: 'warning', options: { minVUs: 100 } });
    expect(main('k6/arrival-rate-maxvus')?.severity).toBe('off');
    expect(settingsForFile(config, 'load/smoke/ping.js')('k6/discard-response-bodies')?.severity).toBe('off');
  });

  it('applies defaults to an empty file', () => {
    expect(parse('')).toMatchObject({
      include: ['**/*'],
      failOn: 'error',
      comment: 'on-problems',
      results: [],
    });
  });

  it('names an unknown key, its line, and the key meant', () => {
    const error = errorOf('include: ["**/*.js"]\nfail_on: warning\n');
    expect(error.message).toBe('.loadgate.yml:2: unknown key "fail_on"; did you mean "fail-on"?');
    expect(error.line).toBe(2);
  });

  it('says what a key expects', () => {
    expect(errorOf('comment: sometimes\n').message).toBe(
      '.loadgate.yml:1: "comment" must be one of "always", "on-problems", "never"',
    );
    expect(errorOf('rules:\n  k6/arrival-rate-maxvus: loud\n').line).toBe(2);
  });

  it('refuses a rule id that does not exist, suggesting the nearest', () => {
    const error = errorOf('rules:\n  k6/threshold-unkown-metric: warning\n');
    expect(error.message).toContain(
      '"k6/threshold-unkown-metric" is not a rule loadgate knows; did you mean "k6/threshold-unknown-metric"?',
    );
    expect(error.line).toBe(2);
  });

  it('validates rule options against the rule', () => {
    const error = errorOf('rules:\n  k6/discard-response-bodies: [warning, { minVUs: "many" }]\n');
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/minVUs/);
  });

  it('validates rule options inside overrides, on their line', () => {
    const error = errorOf(
      "overrides:\n  - files: ['smoke/**']\n    rules:\n      k6/discard-response-bodies: [warning, { minVUs: 0 }]\n",
    );
    expect(error.line).toBe(4);
    expect(error.message).toContain('"overrides[0].rules.k6/discard-response-bodies[1].minVUs" must be >= 1');
  });

  it('reports YAML syntax errors with their line', () => {
    const error = errorOf('include:\n  - a\n  b: [\n');
    expect(error.message).toMatch(/^\.loadgate\.yml:\d+: is not valid YAML/);
    expect(error.line).toBeGreaterThanOrEqual(2);
  });

  it('refuses a document that is not a mapping', () => {
    expect(errorOf('- a\n- b\n').message).toBe(
      '.loadgate.yml:1: must be a mapping of keys (include, rules, fail-on, ...)',
    );
  });
});

describe('a config with several errors', () => {
  it('reports them all, in line order, in one run', () => {
    const error = errorOf(
      [
        'rules:',
        '  no-ramp-up: loud',
        '  k6/not-a-rule: error',
        'fail-on: sometimes',
        'includes: [load]',
        'comment: 3',
      ].join('\n'),
    );
    expect(error.all.map((e) => e.line)).toEqual([2, 3, 4, 5, 6]);
    expect(error.all.map((e) => e.reason)).toEqual([
      expect.stringContaining('"rules.no-ramp-up"'),
      expect.stringContaining('"k6/not-a-rule" is not a rule loadgate knows'),
      expect.stringContaining('"fail-on"'),
      expect.stringContaining('unknown key "includes"'),
      expect.stringContaining('"comment"'),
    ]);
    expect(error.message).toBe(`${error.all[0]!.message} (and 4 more configuration errors)`);
  });

  it('keeps a single error as it was', () => {
    const error = errorOf('fail-on: sometimes\n');
    expect(error.all).toEqual([error]);
    expect(error.message).not.toContain('more configuration');
  });

  it('reports every YAML syntax error', () => {
    const error = errorOf('a: [1\nb: {\n');
    expect(error.all.length).toBeGreaterThanOrEqual(1);
    expect(error.all.every((e) => e.reason.startsWith('is not valid YAML'))).toBe(true);
  });
});
