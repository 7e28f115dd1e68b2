import { describe, expect, it } from '@jest/globals';
import type { AnalysisFinding, AnalysisResult } from '../../src/analyze/model.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { toSarif } from '../../src/report/sarif.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { report } from './build.js';

/** Findings as a hostile result file could make them: endpoint names and error messages are the file's. */
const finding = (n: number, overrides: Partial<AnalysisFinding> = {}): AnalysisFinding => ({
  detector: 'error-burst',
  severity: n === 1 ? 'high' : 'medium',
  message: `Errors burst to ${n * 10} % of requests; errors over the run: @octocat <img src=x> [link](http://evil.example) #12.`,
  endpoint: `GET /api/${n}\`<b>\``,
  window: { start: 1_700_000_000_000, end: 1_700_000_010_000 },
  recommendation: `Read the service logs for that time (finding ${n}).`,
  evidence: { errors: n },
  ...overrides,
});

const analysis: AnalysisResult = {
  findings: [1, 2, 3, 4].map((n) => finding(n)),
  skipped: [{ detector: 'latency-phases', reason: 'needs request phases: k6 --out json' }],
};

const withAnalysis = report([], {
  command: 'compare',
  results: [{ path: 'results/current.json', role: 'current', format: 'artillery-report', diagnostics: [] }],
  analysis,
});

describe('analysis in every report format', () => {
  it('the PR comment shows the top three under the verdict, each with its next step, escaped', () => {
    const md = renderMarkdown(withAnalysis);
    const [verdict, next] = md.split('\n\n');
    expect(verdict).toMatch(/loadgate/i);
    expect(next).toMatch(/^\*\*Bottlenecks\*\* \(top 3 of 4; analysis never changes the verdict\)/);
    expect(md.match(/\*\*Next:\*\*/g)).toHaveLength(3);
    expect(md).toContain('Read the service logs for that time \\(finding 3\\).');
    expect(md).not.toContain('finding 4');
    // Nothing from the result file pings, links or injects HTML.
    expect(md).not.toMatch(/(^|[^`])@octocat/);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('](http://evil.example)');
    expect(md).toContain('`` GET /api/1`<b>` ``');
  });

  it('the job summary lists every finding', () => {
    const md = renderMarkdown(withAnalysis, { target: 'summary' });
    expect(md.match(/\*\*Next:\*\*/g)).toHaveLength(4);
  });

  it('the comment has no bottleneck section when nothing was found', () => {
    expect(renderMarkdown(report([], { analysis: { findings: [], skipped: [] } }))).not.toContain(
      'Bottlenecks',
    );
  });

  it('the text report lists each finding with its next step and what did not run', () => {
    const text = renderTerminal(withAnalysis);
    expect(text).toContain('analysis: 4 findings (they never change the verdict)');
    expect(text).toContain('→ Read the service logs for that time (finding 1).');
    expect(text).toContain('not run: latency-phases (needs request phases: k6 --out json)');
  });

  it('the JSON report carries findings and skipped detectors as they are', () => {
    const json = JSON.parse(renderJson(withAnalysis)) as { analysis: AnalysisResult };
    expect(json.analysis.findings[0]).toEqual(finding(1));
    expect(json.analysis.skipped).toEqual(analysis.skipped);
  });

  it('SARIF has a rule per detector and a result per finding at the current result file', () => {
    const sarif = toSarif(withAnalysis, { rules: [] });
    const run = sarif.runs[0]!;
    const rules = run.tool.driver.rules.map((r) => r.id);
    expect(rules).toEqual(expect.arrayContaining(['analysis/error-burst', 'analysis/saturation-knee']));
    expect(run.results).toHaveLength(4);
    const first = run.results[0]!;
    expect(rules[first.ruleIndex]).toBe('analysis/error-burst');
    expect(first.level).toBe('warning');
    expect(first.locations[0]!.physicalLocation.artifactLocation.uri).toBe('results/current.json');
    expect(first.message.text).toMatch(/Next step: Read the service logs/);
    expect(new Set(run.results.map((r) => r.partialFingerprints['loadgateFinding/v1'])).size).toBe(4);
  });
});
