import { describe, expect, it } from '@jest/globals';
import type { AnnotationProperties } from '@actions/core';
import { EMITTED_MAX, emitAnnotations, type AnnotationLevel } from '../../src/action/annotations.js';
import { countOutputs } from '../../src/action/outputs.js';
import { failureMessage } from '../../src/action/verdict-message.js';
import { file, finding, regressedComparison, report } from '../report/build.js';

function collect() {
  const calls: { level: AnnotationLevel; message: string; properties: AnnotationProperties }[] = [];
  return {
    calls,
    sink: (level: AnnotationLevel, message: string, properties: AnnotationProperties) =>
      void calls.push({ level, message, properties }),
  };
}

describe('annotations', () => {
  it('annotate findings on their file and line, titled with the rule id, worst first', () => {
    const { calls, sink } = collect();
    const r = report([
      file('a.js', [
        finding('a.js', 3, { severity: 'info', ruleId: 'soak-too-short', message: 'Short.' }),
        finding('a.js', 2, {
          loc: { file: 'a.js', line: 2, column: 5, endLine: 2, endColumn: 9 },
          message: 'No\nthresholds.',
        }),
        finding('a.js', 4, {
          severity: 'warning',
          ruleId: 'no-ramp-up',
          loc: { file: 'a.js', line: 4, column: 1, endLine: 6, endColumn: 2 },
        }),
      ]),
    ]);
    const count = emitAnnotations(r, sink);
    expect(count).toEqual({ emitted: 3, total: 3, overShownLimit: false });
    expect(calls.map((c) => c.level)).toEqual(['error', 'warning', 'notice']);
    expect(calls[0]!.properties).toEqual({
      title: 'k6/no-thresholds',
      file: 'a.js',
      startLine: 2,
      endLine: 2,
      startColumn: 5,
      endColumn: 9,
    });
    expect(calls[1]!.properties).toEqual({ title: 'no-ramp-up', file: 'a.js', startLine: 4, endLine: 6 });
  });

  it('annotate regressions and unreadable files, and stop at a cap', () => {
    const { calls, sink } = collect();
    const many = Array.from({ length: 300 }, (_, i) => finding('a.js', i + 1));
    const r = report(
      [
        file('a.js', many),
        file('b.yml', [], { diagnostics: [{ file: 'b.yml', message: 'bad', line: 2, severity: 'error' }] }),
      ],
      {
        comparison: regressedComparison(),
      },
    );
    const count = emitAnnotations(r, sink);
    expect(count.emitted).toBe(EMITTED_MAX);
    expect(count.total).toBe(303);
    expect(count.overShownLimit).toBe(true);
    expect(calls[0]!.properties.title).toBe('loadgate: file could not be read');
    expect(calls.filter((c) => c.properties.title === 'loadgate: regression').map((c) => c.message)).toEqual([
      'POST /api/checkout p95 regressed +23%: p95 rose 23%, budget 10%',
      'POST /api/checkout errors regressed +1.7 pp: error rate rose 1.7 pp, budget 0.5 pp',
    ]);
  });
});

describe('outputs and failure message', () => {
  it('count violations (warnings and errors) and errors (with unreadable files)', () => {
    const r = report([
      file('a.js', [
        finding('a.js', 1),
        finding('a.js', 2, { severity: 'warning' }),
        finding('a.js', 3, { severity: 'info' }),
      ]),
      file('b.yml', [], { diagnostics: [{ file: 'b.yml', message: 'bad', severity: 'error' }] }),
    ]);
    expect(countOutputs(r)).toEqual({ violations: 2, errors: 2, regressions: 0, verdict: 'fail' });
  });

  it('say in one sentence why the step failed', () => {
    const r = report([file('a.js', [finding('a.js', 1), finding('a.js', 2, { severity: 'warning' })])], {
      failOn: 'warning',
    });
    expect(failureMessage(r)).toBe(
      'loadgate found 1 error and 1 warning in the scenario files (fail-on: warning).',
    );
    const regressed = report([], { verdict: 'regressed', failOn: 'regression' });
    regressed.summary.regressions = 2;
    expect(failureMessage(regressed)).toBe(
      'loadgate found 2 regressions against the baseline (fail-on: regression).',
    );
  });
});
