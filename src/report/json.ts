import type { AnalysisResult } from '../analyze/model.js';
import type { Budget, Comparison, MetricVerdict, RunRef } from '../compare/model.js';
import type { SloResult } from '../compare/slo.js';
import type { Finding, Fix } from '../lint/types.js';
import type { LoadProfile } from '../results/model.js';
import type { Diagnostic } from '../scenario/model.js';
import type { ProfilePoint, ScenarioProfile } from '../scenario/profile/model.js';
import { METRIC_ORDER } from './format.js';
import type { FileReport, NotCompared, Report } from './model.js';
import { SEVERITY_RANK } from './order.js';
import { runRows } from './run-numbers.js';
import { maskSecretShapes } from './secrets.js';

/**
 * The JSON report: the CLI contract, described by `docs/report.schema.json`. Keys are written in a fixed
 * order and lists are sorted, so two runs over the same files give the same bytes (diffable, cacheable).
 * Findings carry flat `file`/`line`/`column` fields, which is what scripts reading the report expect.
 */

export interface JsonOptions {
  /** Indentation; 2 by default, 0 for one line. */
  indent?: number;
}

/** Keeps finite numbers only: NaN and Infinity are not JSON and mean "unknown" here. */
function num(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

/** Lines and columns are 1-based; 0 or less means "unknown" and is left out. */
function positive(value: number | undefined): number | undefined {
  return value !== undefined && Number.isInteger(value) && value >= 1 ? value : undefined;
}

/** Drops undefined members so optional keys are absent rather than null. */
function compact<T extends Record<string, unknown>>(object: T): T {
  for (const key of Object.keys(object)) if (object[key] === undefined) delete object[key];
  return object;
}

function byString<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

function fixJson(fix: Fix): Record<string, unknown> {
  return compact({
    description: fix.description,
    edits: fix.edits?.map((e) => ({
      file: e.file,
      start: { line: e.start.line, column: e.start.column },
      end: { line: e.end.line, column: e.end.column },
      text: e.text,
    })),
    safety: fix.edits?.length ? fix.safety : undefined,
    skipped: fix.skipped,
  });
}

function findingJson(path: string, finding: Finding): Record<string, unknown> {
  return compact({
    ruleId: finding.ruleId,
    severity: finding.severity,
    category: finding.category,
    message: finding.message,
    file: path,
    line: Math.max(1, finding.loc.line),
    column: Math.max(1, finding.loc.column),
    endLine: positive(finding.loc.endLine),
    endColumn: positive(finding.loc.endColumn),
    fix: finding.fix ? fixJson(finding.fix) : undefined,
  });
}

function diagnosticJson(diagnostic: Diagnostic): Record<string, unknown> {
  return compact({
    severity: diagnostic.severity,
    message: diagnostic.message,
    line: positive(diagnostic.line),
    column: positive(diagnostic.column),
  });
}

function fileJson(file: FileReport): Record<string, unknown> {
  const findings = [...file.findings].sort(
    (a, b) =>
      a.loc.line - b.loc.line ||
      a.loc.column - b.loc.column ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      byString<Finding>((f) => f.ruleId)(a, b),
  );
  return {
    path: file.path,
    tool: file.tool,
    findings: findings.map((f) => findingJson(file.path, f)),
    diagnostics: file.diagnostics.map(diagnosticJson),
    suppressed: [...(file.suppressed ?? [])]
      .sort(
        (a, b) =>
          a.loc.line - b.loc.line || a.loc.column - b.loc.column || byString<Finding>((f) => f.ruleId)(a, b),
      )
      .map((f) => ({
        ...findingJson(file.path, f),
        // null, not absent, so `select(.reason == null)` lists the suppressions nobody explained.
        reason: f.suppression.reason ?? null,
        commentLine: Math.max(1, f.suppression.line),
      })),
    ...(file.profile ? { profile: scenarioProfileJson(file.profile) } : {}),
    ...(file.profileChange
      ? {
          profileChange: compact({
            baseRef: file.profileChange.baseRef,
            headline: file.profileChange.headline,
            // null, not absent: the file is new at the base revision.
            base: file.profileChange.base ? scenarioProfileJson(file.profileChange.base) : null,
          }),
        }
      : {}),
  };
}

function pointsJson(points: readonly ProfilePoint[] | undefined): number[][] | undefined {
  return points?.map((p) => [p.t, p.load]);
}

/** A scenario's load profile: the `files[].profile` object of docs/report.schema.json. */
function scenarioProfileJson(profile: ScenarioProfile): Record<string, unknown> {
  return compact({
    testType: profile.testType,
    declaredType: profile.declaredType,
    declaredBy: profile.declaredBy,
    shapeType: profile.shapeType,
    shapeReason: profile.shapeReason,
    model: profile.model,
    durationSec: num(profile.durationSec),
    peakVUs: num(profile.peakVUs),
    peakRatePerSec: num(profile.peakRatePerSec),
    peakHoldMin: num(profile.peakHoldMin),
    iterations: num(profile.iterations),
    requests: num(profile.requests),
    vus: pointsJson(profile.vus),
    rate: pointsJson(profile.rate),
    workloads: profile.workloads.map((w) =>
      compact({
        name: w.name,
        model: w.model,
        startSec: num(w.startSec),
        durationSec: num(w.durationSec),
        peak: num(w.peak),
        iterations: num(w.iterations),
        points: pointsJson(w.points),
      }),
    ),
    unknown: profile.unknown,
    line: Math.max(1, profile.loc.line),
  });
}

function notComparedJson(notCompared: NotCompared): Record<string, unknown> {
  const current = notCompared.current;
  return compact({
    reason: notCompared.reason,
    current: current
      ? compact({
          file: current.file,
          tool: current.run.source.tool,
          format: current.run.source.format,
          profile: profileJson(current.run.profile),
          endpoints: runRows(current.run).map((row) =>
            compact({
              name: row.name,
              method: row.method,
              path: row.path,
              requests: num(row.requests),
              metrics: Object.fromEntries(
                [...row.metrics]
                  .sort((a, b) => METRIC_ORDER.indexOf(a.metric) - METRIC_ORDER.indexOf(b.metric))
                  .map((m) => [m.metric, { unit: m.unit, value: m.value }]),
              ),
            }),
          ),
        })
      : undefined,
  });
}

function budgetJson(budget: Budget): Record<string, unknown> {
  return compact({
    direction: budget.direction,
    relative: num(budget.relative),
    absolute: num(budget.absolute),
  });
}

function metricJson(metric: MetricVerdict): Record<string, unknown> {
  const ci = metric.ci && metric.ci.every(Number.isFinite) ? [metric.ci[0], metric.ci[1]] : undefined;
  return compact({
    unit: metric.unit,
    baseline: num(metric.baseline),
    current: num(metric.current),
    change: num(metric.change),
    changePct: num(metric.changePct),
    ci,
    method: metric.method,
    pValue: num(metric.pValue),
    qValue: num(metric.qValue),
    samples: metric.samples ? { ...metric.samples } : undefined,
    verdict: metric.decision,
    budget: budgetJson(metric.budget),
    why: metric.why,
    reason: metric.reason,
    spread: metric.spread
      ? compact({
          baseline: metric.spread.baseline ? { ...metric.spread.baseline } : undefined,
          current: metric.spread.current ? { ...metric.spread.current } : undefined,
        })
      : undefined,
  });
}

function sloJson(slo: SloResult): Record<string, unknown> {
  return compact({
    endpoint: slo.endpoint,
    pattern: slo.pattern,
    metric: slo.metric,
    unit: slo.unit,
    op: slo.op,
    target: slo.target,
    written: slo.written,
    measured: num(slo.measured),
    status: slo.status,
    line: positive(slo.line),
  });
}

function runRefJson(ref: RunRef): Record<string, unknown> {
  return compact({
    file: ref.file,
    tool: ref.tool,
    format: ref.format,
    version: ref.version,
    commit: ref.commit,
    ref: ref.ref,
    createdAt: ref.createdAt,
    origin: ref.origin,
    source: ref.source,
  });
}

function profileJson(profile: LoadProfile): Record<string, unknown> {
  return compact({
    maxVUs: num(profile.maxVUs),
    arrivalRate: num(profile.arrivalRate),
    durationSec: num(profile.durationSec),
    iterations: num(profile.iterations),
  });
}

function comparisonJson(comparison: Comparison): Record<string, unknown> {
  return {
    verdict: comparison.verdict,
    comparable: comparison.comparable,
    reasons: [...comparison.reasons],
    baseline: runRefJson(comparison.baseline),
    current: runRefJson(comparison.current),
    ...(comparison.runs ? { runs: { ...comparison.runs } } : {}),
    profile: {
      baseline: profileJson(comparison.profile.baseline),
      current: profileJson(comparison.profile.current),
    },
    // Endpoint order is meaningful (the overall row first), so it is kept as the comparison gives it.
    endpoints: comparison.endpoints.map((endpoint) => {
      const metrics: Record<string, unknown> = {};
      const sorted = [...endpoint.metrics].sort(
        (a, b) => METRIC_ORDER.indexOf(a.metric) - METRIC_ORDER.indexOf(b.metric),
      );
      for (const metric of sorted) metrics[metric.metric] = metricJson(metric);
      return compact({
        name: endpoint.name,
        method: endpoint.method,
        path: endpoint.path,
        presence: endpoint.presence,
        verdict: endpoint.decision,
        metrics,
      });
    }),
  };
}

/** The report as a plain object in the documented shape and key order. */
export function toJsonReport(report: Report): Record<string, unknown> {
  return compact({
    schemaVersion: report.schemaVersion,
    tool: { name: report.tool.name, version: report.tool.version },
    command: report.command,
    verdict: report.verdict,
    failOn: report.failOn,
    summary: {
      files: report.summary.files,
      findings: {
        error: report.summary.findings.error,
        warning: report.summary.findings.warning,
        info: report.summary.findings.info,
      },
      suppressed: report.summary.suppressed,
      diagnostics: report.summary.diagnostics,
      unreadable: report.summary.unreadable,
      regressions: report.summary.regressions,
    },
    files: [...report.files].sort(byString((f) => f.path)).map(fileJson),
    results: report.results.map((r) =>
      compact({
        path: r.path,
        format: r.format,
        role: r.role,
        diagnostics: r.diagnostics.map((d) =>
          compact({ severity: d.severity, message: d.message, line: positive(d.line) }),
        ),
      }),
    ),
    comparison: report.comparison ? comparisonJson(report.comparison) : undefined,
    notCompared: report.notCompared ? notComparedJson(report.notCompared) : undefined,
    invalid: report.invalid ? { reasons: [...report.invalid.reasons] } : undefined,
    slo: report.slo ? report.slo.map(sloJson) : undefined,
    analysis: report.analysis ? analysisJson(report.analysis) : undefined,
  });
}

/** Findings in the order the detectors ranked them (most severe first); each key in a fixed order. */
function analysisJson(analysis: AnalysisResult): Record<string, unknown> {
  return {
    findings: analysis.findings.map((f) =>
      compact({
        detector: f.detector,
        severity: f.severity,
        message: f.message,
        endpoint: f.endpoint,
        window: f.window ? { start: f.window.start, end: f.window.end } : undefined,
        recommendation: f.recommendation,
        evidence: f.evidence ? { ...f.evidence } : undefined,
      }),
    ),
    skipped: analysis.skipped.map((s) => ({ detector: s.detector, reason: s.reason })),
  };
}

export function renderJson(report: Report, options: JsonOptions = {}): string {
  // Names and URLs from result files may carry credentials (`?api_key=`): masked as in every output.
  return maskSecretShapes(JSON.stringify(toJsonReport(report), null, options.indent ?? 2)) + '\n';
}
