import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import { renderJson } from '../../src/report/json.js';
import { file, finding, regressedComparison, report } from './build.js';

const schema = JSON.parse(
  readFileSync(new URL('../../docs/report.schema.json', import.meta.url), 'utf8'),
) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

function full() {
  return report(
    [
      file('b.js', [
        finding('b.js', 9, { severity: 'warning', ruleId: 'no-ramp-up' }),
        finding('b.js', 2, {
          loc: { file: 'b.js', line: 2, column: 3, endLine: 2, endColumn: 9 },
          fix: {
            description: 'Add.',
            edits: [{ file: 'b.js', start: { line: 2, column: 3 }, end: { line: 2, column: 3 }, text: 'x' }],
          },
        }),
      ]),
      file('a.yml', [], {
        tool: null,
        diagnostics: [{ file: 'a.yml', message: 'bad', line: 1, column: 0, severity: 'error' }],
      }),
    ],
    {
      command: 'check',
      verdict: 'regressed',
      comparison: regressedComparison(),
      results: [
        {
          path: 'current.json',
          role: 'current',
          format: 'k6-summary',
          diagnostics: [{ message: 'odd', severity: 'error' }],
        },
      ],
    },
  );
}

describe('JSON report', () => {
  it('validates against docs/report.schema.json', () => {
    for (const r of [full(), report()]) {
      const ok = validate(JSON.parse(renderJson(r)));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('gives findings flat file, line and column fields', () => {
    const json = JSON.parse(renderJson(full()));
    expect(json.files[1].findings[0]).toEqual({
      ruleId: 'k6/no-thresholds',
      severity: 'error',
      category: 'criteria',
      message: expect.any(String),
      file: 'b.js',
      line: 2,
      column: 3,
      endLine: 2,
      endColumn: 9,
      fix: {
        description: 'Add.',
        edits: [{ file: 'b.js', start: { line: 2, column: 3 }, end: { line: 2, column: 3 }, text: 'x' }],
      },
    });
  });

  it('keys metrics by id, in a stable order', () => {
    const json = JSON.parse(renderJson(full()));
    const checkout = json.comparison.endpoints[1];
    expect(Object.keys(checkout.metrics)).toEqual(['p95', 'error-rate']);
    expect(Object.keys(checkout.metrics.p95)).toEqual([
      'unit',
      'baseline',
      'current',
      'change',
      'changePct',
      'ci',
      'verdict',
      'budget',
      'why',
    ]);
    expect(checkout.metrics.p95.ci).toEqual([11.5, 17.9]);
  });

  it('writes the same bytes for the same report, whatever the input order', () => {
    const a = full();
    const b = full();
    b.files.reverse();
    b.files[1]!.findings.reverse();
    expect(renderJson(b)).toBe(renderJson(a));
    expect(renderJson(a)).toMatch(/^\{\n {2}"schemaVersion": 1,\n {2}"tool"/);
  });

  it('leaves out unknown numbers instead of writing null', () => {
    const r = full();
    r.comparison!.endpoints[1]!.metrics[0]!.changePct = Number.NaN;
    const json = JSON.parse(renderJson(r));
    expect('changePct' in json.comparison.endpoints[1].metrics.p95).toBe(false);
    expect(json.files[0].diagnostics[0]).toEqual({ severity: 'error', message: 'bad', line: 1 });
  });
});
