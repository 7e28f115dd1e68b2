import { beforeAll, describe, expect, it } from '@jest/globals';
import { lintText } from '../../../src/lint/lint-text.js';
import { loadAdapters } from '../../../src/scenario/adapters.js';
import type { CheckFunction, Finding, RuleDefinition, Severity } from '../../../src/lint/types.js';

/**
 * Fixes as `lintText` and `loadgate lint` verify them: the fixed text is linted again with only the rules
 * the judgement reads (the fixed findings' rules and every error-level rule), and the guarantees must hold
 * all the same: a fix that breaks the file, or adds an error of another rule, is never offered.
 */
const TEXT =
  "import http from 'k6/http';\nexport default function () {\n  http.get('http://localhost/');\n}\n";

/** A k6 rule whose check reports at line 1 while `when` holds for the text, with `edit` inserted there. */
function rule(id: string, severity: Severity, when: (source: string) => boolean, edit?: string) {
  const definition: RuleDefinition = {
    id,
    tools: ['k6'],
    severity,
    category: 'test',
    summary: id,
    rationale: id,
    since: '0.0.0',
    sources: [],
    check: { function: id },
    messages: { default: `${id} found` },
    ...(edit !== undefined ? { fix: `insert ${id}`, fixSafety: 'safe' as const } : {}),
    examples: { bad: [], good: [] },
    origin: 'test',
  };
  const check: CheckFunction = {
    name: id,
    run(_scenario, { source, report }) {
      if (source === undefined || !when(source)) return;
      const loc = { file: 'load.js', line: 1, column: 1 };
      report({
        loc,
        ...(edit !== undefined
          ? {
              edits: [
                { file: 'load.js', start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, text: edit },
              ],
            }
          : {}),
      });
    },
  };
  return { definition, check };
}

function lint(
  rules: ReturnType<typeof rule>[],
  options: { severities?: Record<string, Severity>; fixes?: 'verify' | 'drop' } = {},
): Map<string, Finding> {
  const result = lintText(TEXT, 'load.js', {
    rules: rules.map((r) => r.definition),
    checks: new Map(rules.map((r) => [r.check.name, r.check])),
    settingFor: (id) => {
      const severity = options.severities?.[id];
      return severity ? { severity } : undefined;
    },
    ...(options.fixes ? { fixes: options.fixes } : {}),
  });
  return new Map(result.findings.map((f) => [f.ruleId, f]));
}

const notDone = (marker: string) => (source: string) => !source.includes(marker);
const boom = (source: string) => source.includes('// boom');

describe('fixes verified by lintText', () => {
  beforeAll(loadAdapters);
  it('offers a fix whose text parses and loses its finding', () => {
    const findings = lint([rule('test/good', 'warning', notDone('// good'), '// good\n')]);
    expect(findings.get('test/good')?.fix).toEqual({
      description: 'insert test/good',
      edits: [
        { file: 'load.js', start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, text: '// good\n' },
      ],
      safety: 'safe',
    });
  });

  it('withdraws a fix whose text would not parse', () => {
    const findings = lint([rule('test/broken', 'warning', () => true, '((\n')]);
    const fix = findings.get('test/broken')?.fix;
    expect(fix?.edits).toBeUndefined();
    expect(fix?.skipped).toMatch(/^the fixed file would not parse: /);
  });

  it('withdraws a fix that would add an error of another rule, which the second lint still runs', () => {
    const findings = lint([
      rule('test/adds-boom', 'warning', notDone('// fixed'), '// fixed\n// boom\n'),
      rule('test/no-boom', 'error', boom),
    ]);
    expect(findings.get('test/adds-boom')?.fix?.skipped).toBe(
      'the edit would add an error: test/no-boom found [test/no-boom]',
    );
  });

  it('judges by the severity the configuration gives a rule, not its default', () => {
    const rules = [
      rule('test/adds-boom', 'warning', notDone('// fixed'), '// fixed\n// boom\n'),
      rule('test/no-boom', 'warning', boom),
    ];
    // At warning level, a new warning elsewhere does not withdraw a fix.
    expect(lint(rules).get('test/adds-boom')?.fix?.edits).toHaveLength(1);
    expect(lint(rules, { severities: { 'test/no-boom': 'error' } }).get('test/adds-boom')?.fix?.skipped).toBe(
      'the edit would add an error: test/no-boom found [test/no-boom]',
    );
  });

  it("leaves edits out, unverified, for a caller that shows none (fixes: 'drop')", () => {
    const findings = lint([rule('test/broken', 'warning', () => true, '((\n')], { fixes: 'drop' });
    expect(findings.get('test/broken')?.fix).toEqual({ description: 'insert test/broken' });
  });
});
