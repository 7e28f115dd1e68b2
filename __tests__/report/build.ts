import type { Comparison, EndpointComparison, MetricVerdict } from '../../src/compare/model.js';
import type { Finding, Severity } from '../../src/lint/types.js';
import { summarize, type FileReport, type Report } from '../../src/report/model.js';
import type { RuleMeta } from '../../src/report/rule-meta.js';

/** Small builders for Report objects, so each test states only what it is about. */

export function finding(path: string, line: number, overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'k6/no-thresholds',
    severity: 'error',
    message: '"thresholds" is missing in options; add http_req_failed: [\'rate<0.01\'].',
    loc: { file: path, line, column: 1 },
    category: 'criteria',
    ...overrides,
  };
}

export function file(
  path: string,
  findings: Finding[] = [],
  overrides: Partial<FileReport> = {},
): FileReport {
  return { path, tool: 'k6', findings, diagnostics: [], ...overrides };
}

export function report(files: FileReport[] = [], overrides: Partial<Report> = {}): Report {
  const count = (s: Severity) =>
    files.reduce((n, f) => n + f.findings.filter((x) => x.severity === s).length, 0);
  return {
    schemaVersion: 1,
    tool: { name: 'loadgate', version: '0.1.0' },
    command: 'lint',
    verdict: count('error') > 0 ? 'fail' : 'pass',
    failOn: 'error',
    summary: summarize(files, [], 0),
    files,
    results: [],
    ...overrides,
  };
}

export function metric(overrides: Partial<MetricVerdict> & Pick<MetricVerdict, 'metric'>): MetricVerdict {
  return {
    unit: 'ms',
    baseline: 64,
    current: 65,
    change: 1,
    changePct: 1.5625,
    budget: { relative: 10, direction: 'lower-is-better' },
    decision: 'unchanged',
    why: 'within the budget',
    ...overrides,
  };
}

export function endpoint(
  name: string,
  metrics: MetricVerdict[],
  overrides: Partial<EndpointComparison> = {},
): EndpointComparison {
  const decision = metrics.some((m) => m.decision === 'regressed') ? 'regressed' : 'unchanged';
  return { name, presence: 'both', metrics, decision, ...overrides };
}

export function comparison(endpoints: EndpointComparison[], overrides: Partial<Comparison> = {}): Comparison {
  const regressed = endpoints.some((e) => e.decision === 'regressed');
  return {
    baseline: {
      file: 'baseline.json',
      tool: 'k6',
      format: 'k6-summary',
      version: '0.54.0',
      commit: 'a1b2c3d4e5f6a7b8',
    },
    current: {
      file: 'current.json',
      tool: 'k6',
      format: 'k6-summary',
      version: '0.54.0',
      commit: '9f8e7d6c5b4a',
    },
    comparable: true,
    reasons: [],
    endpoints,
    verdict: regressed ? 'regressed' : 'pass',
    profile: { baseline: { maxVUs: 50, durationSec: 120 }, current: { maxVUs: 50, durationSec: 120 } },
    ...overrides,
  };
}

/** A comparison like the mockup's: checkout p95 and errors regressed, search unchanged. */
export function regressedComparison(): Comparison {
  return comparison([
    endpoint('all requests', [
      metric({
        metric: 'throughput',
        unit: 'req/s',
        baseline: 41.2,
        current: 40.8,
        change: -0.4,
        changePct: -0.97,
        budget: { relative: 10, direction: 'higher-is-better' },
      }),
    ]),
    endpoint(
      'checkout',
      [
        metric({
          metric: 'p95',
          baseline: 64,
          current: 79,
          change: 15,
          changePct: 23.4,
          ci: [11.5, 17.9],
          decision: 'regressed',
          why: 'p95 rose 23%, budget 10%',
        }),
        metric({
          metric: 'error-rate',
          unit: 'ratio',
          baseline: 0.004,
          current: 0.021,
          change: 0.017,
          changePct: 425,
          ci: [0.011, 0.024],
          budget: { absolute: 0.005, direction: 'lower-is-better' },
          decision: 'regressed',
          why: 'error rate rose 1.7 pp, budget 0.5 pp',
        }),
      ],
      { method: 'POST', path: '/api/checkout' },
    ),
    endpoint(
      'search',
      [metric({ metric: 'p95', baseline: 86, current: 88, change: 2, changePct: 2.3, ci: [-2.6, 5.2] })],
      {
        method: 'GET',
        path: '/api/search',
      },
    ),
    endpoint(
      'items',
      [
        metric({
          metric: 'p95',
          baseline: 9,
          current: 9.1,
          change: 0.1,
          changePct: 1.1,
          decision: 'inconclusive',
          why: 'baseline has 1 run; 3 more make a noise band',
        }),
      ],
      {
        method: 'GET',
        path: '/api/items',
      },
    ),
  ]);
}

export const RULES: RuleMeta[] = [
  {
    id: 'k6/no-thresholds',
    summary: 'Require thresholds in k6 options.',
    severity: 'error',
    category: 'criteria',
  },
  {
    id: 'no-ramp-up',
    summary: 'Require a ramp-up before peak load.',
    severity: 'warning',
    category: 'load-model',
    rationale: 'Warm-up matters.',
  },
  {
    id: 'soak-too-short',
    summary: 'Require soak tests to run for hours.',
    severity: 'info',
    category: 'duration',
  },
];

/** Splits a Markdown table row into cells the way GFM does: on pipes not escaped with a backslash. */
export function tableCells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/);
}

/**
 * The content of the first code span in `text`, parsed per CommonMark: an opening backtick run, the next
 * run of exactly the same length, one space stripped each side when both are spaces. A test oracle
 * written independently of the renderer.
 */
export function firstCodeSpanContent(text: string): string | undefined {
  const open = /`+/.exec(text);
  if (!open) return undefined;
  const n = open[0].length;
  const rest = text.slice(open.index + n);
  const runs = /`+/g;
  let m: RegExpExecArray | null;
  while ((m = runs.exec(rest))) {
    if (m[0].length === n) {
      let content = rest.slice(0, m.index);
      if (content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '')
        content = content.slice(1, -1);
      return content;
    }
  }
  return undefined;
}
