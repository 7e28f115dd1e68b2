import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadRuleText } from '../../src/lint/rule-loader.js';
import { lintText } from '../../src/lint/lint-text.js';
import type { RuleDefinition } from '../../src/lint/types.js';
import { loadAdapters } from '../../src/scenario/adapters.js';

// Adapters are imported on demand; these tests parse synchronously.
beforeAll(loadAdapters);

const RULE = `id: k6/example
tools: [k6, artillery]
severity: warning
category: realism
summary: An example rule.
rationale: Because new connections measure handshakes, not the service.
given: native
then:
  function: schema
  functionOptions:
    schema:
      type: object
      properties:
        noConnectionReuse: { not: { const: true } }
messages:
  default: '{{key}} is on'
fix:
  k6: 'Remove {{key}} from options.'
  artillery: 'Remove it from config.'
examples:
  bad: [{ file: script.js, code: 'x' }]
  good: [{ file: script.js, code: 'x' }]
`;

function load(text: string, id = 'k6/example') {
  return loadRuleText(text, 'rules/k6/example.yml', id);
}

describe('rule files', () => {
  it('loads a declarative rule and runs its schema on the selected value, with a per-tool fix', () => {
    const result = load(RULE);
    if (!('rule' in result)) throw new Error(result.error.message);
    const script =
      "import http from 'k6/http';\nexport const options = {\n  noConnectionReuse: true,\n};\nexport default function () {}\n";
    const findings = lintText(script, 'script.js', { rules: [result.rule as RuleDefinition] }).findings;
    expect(findings).toMatchObject([
      {
        ruleId: 'k6/example',
        message: 'noConnectionReuse is on',
        loc: { line: 3 },
        fix: { description: 'Remove noConnectionReuse from options.' },
      },
    ]);
  });

  it.each([
    [
      'an id that does not match its path',
      RULE,
      'k6/other',
      /declares id "k6\/example" but its path makes it "k6\/other"/,
    ],
    ['a missing key, with its line', RULE.replace('summary: An example rule.\n', ''), undefined, /summary/],
    [
      'an unknown severity, on its line',
      RULE.replace('severity: warning', 'severity: loud'),
      undefined,
      /severity/,
    ],
    [
      'a per-tool fix that forgets a tool',
      RULE.replace("  artillery: 'Remove it from config.'\n", ''),
      undefined,
      /per-tool fix without an entry for artillery/,
    ],
    ['invalid YAML', 'id: [\n', undefined, /is not valid YAML/],
  ])('refuses %s, naming the reason', (_what, text, id, reason) => {
    const result = load(text, id);
    expect('error' in result).toBe(true);
    if ('error' in result) {
      expect(result.error.origin).toBe('rules/k6/example.yml');
      expect(result.error.message).toMatch(reason);
    }
  });

  it('reports the line of a bad value', () => {
    const result = load(RULE.replace('severity: warning', 'severity: loud'));
    expect('error' in result && result.error.line).toBe(3);
  });
});
