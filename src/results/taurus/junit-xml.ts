import type { ReadResult, ResultReader, Run, ThresholdResult } from '../model.js';
import { OVERALL_NAME } from '../endpoint-name.js';
import { parseXml } from '../../scenario/jmeter/xml.js';

/**
 * Taurus's `junit-xml` reporter (`bzt/modules/reporting.py` `JUnitXMLReporter`): `<testsuites>` with a suite
 * `bzt_pass_fail` (one test case per pass/fail criterion, an `<error>` when it triggered), `sample_labels`
 * (one per label, `<failure>`/`<error>` per kind of failed sample) or, for functional tests, one suite per test
 * class. It holds outcomes, not measurements: each test case becomes one of the run's pass/fail results
 * (`thresholds`), and given with the final-stats dump of the same run it adds them to that run. Alone it is a
 * run without requests: its outcomes are shown, nothing is compared.
 */
export const taurusJunitXmlReader: ResultReader = {
  format: 'taurus-junit-xml',
  tool: 'taurus',
  sniff: (head) =>
    /^(?:\s|<\?xml[^>]*\?>|<!--[\s\S]*?-->)*<testsuites[\s>]/.test(head.replace(/^\uFEFF/, '')),
  read: readTaurusJunitXml,
};

export function junitOutcomes(
  text: string,
  file: string,
): { thresholds: ThresholdResult[]; diagnostics: ReadResult['diagnostics'] } {
  const parsed = parseXml(text);
  if (!parsed.ok) {
    return {
      thresholds: [],
      diagnostics: [{ file, line: parsed.line, message: `Not well-formed XML: ${parsed.message}.` }],
    };
  }
  const thresholds: ThresholdResult[] = [];
  for (const suite of parsed.root.children.filter((c) => c.name === 'testsuite')) {
    const suiteName = suite.attributes.name ?? '';
    const metric =
      suiteName === 'bzt_pass_fail'
        ? 'pass-fail'
        : suiteName === 'sample_labels'
          ? 'sample-label'
          : suiteName;
    for (const test of suite.children.filter((c) => c.name === 'testcase')) {
      if (test.children.some((c) => c.name === 'skipped')) continue;
      const failed = test.children.some((c) => c.name === 'failure' || c.name === 'error');
      thresholds.push({ metric, expression: test.attributes.name ?? '', ok: !failed });
    }
  }
  return { thresholds, diagnostics: [] };
}

export function readTaurusJunitXml(text: string, file: string): ReadResult {
  const { thresholds, diagnostics } = junitOutcomes(text, file);
  if (diagnostics.length > 0) return { diagnostics };
  const run: Run = {
    schema: 'loadgate/run@1',
    source: { tool: 'taurus', format: 'taurus-junit-xml', file },
    profile: {},
    overall: { name: OVERALL_NAME, latency: {}, quality: 'reported-only' },
    endpoints: [],
    thresholds,
    checks: { passes: thresholds.filter((t) => t.ok).length, fails: thresholds.filter((t) => !t.ok).length },
  };
  return { run, diagnostics: [] };
}
