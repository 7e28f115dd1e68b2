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
    // One regression annotation per endpoint, not one per metric.
    expect(count.total).toBe(302);
    expect(count.overShownLimit).toBe(true);
    expect(calls[0]!.properties.title).toBe('loadgate: file could not be read');
    expect(calls.filter((c) => c.properties.title === 'loadgate: regression').map((c) => c.message)).toEqual([
      'POST /api/checkout regressed: errors +1.7 pp (budget +0.5 pp), p95 +23% (budget +10%).',
    ]);
  });

  it('leave regressions to the comment when there is one', () => {
    const { calls, sink } = collect();
    const r = report([file('a.js', [finding('a.js', 1)])], { comparison: regressedComparison() });
    emitAnnotations(r, sink, { regressions: false });
    expect(calls.map((c) => c.properties.title)).toEqual(['k6/no-thresholds']);
  });

  it('keep the findings of changed files among the 10 GitHub shows, those on changed lines first', () => {
    const { calls, sink } = collect();
    // 1,500 findings in 150 files; the pull request changes lines 3-4 of checkout.js.
    const files = Array.from({ length: 150 }, (_, i) =>
      file(
        `load/a${String(i).padStart(3, '0')}.js`,
        Array.from({ length: 10 }, (_, l) => finding(`load/a${String(i).padStart(3, '0')}.js`, l + 1)),
      ),
    );
    const checkout = file('load/checkout.js', [
      finding('load/checkout.js', 9, { ruleId: 'hardcoded-secret', message: 'secret' }),
      finding('load/checkout.js', 4, { ruleId: 'k6/threshold-unknown-metric', message: 'http_req_faild' }),
    ]);
    const r = report([...files, checkout], { comparison: regressedComparison() });
    const changed = new Map([['load/checkout.js', [{ start: 3, end: 4 }]]]);
    emitAnnotations(r, sink, { changed, regressions: true });
    const shownErrors = calls.filter((c) => c.level === 'error').slice(0, 10);
    expect(shownErrors.slice(0, 2).map((c) => [c.properties.file, c.properties.startLine])).toEqual([
      ['load/checkout.js', 4],
      ['load/checkout.js', 9],
    ]);
    // The regression, which fails the run but has no line in the diff, comes next.
    expect(shownErrors[2]!.properties.title).toBe('loadgate: regression');
  });

  it('mask credentials in messages', () => {
    const { calls, sink } = collect();
    const r = report([
      file('a.js', [
        finding('a.js', 1, { message: 'GET https://x/api?api_key=s3cr3tvalue&page=2 and hunter22' }),
      ]),
    ]);
    emitAnnotations(r, sink, { secrets: ['hunter22'] });
    expect(calls[0]!.message).toBe('GET https://x/api?api_key=••••&page=2 and ••••');
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
