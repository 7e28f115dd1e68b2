import type { AnalysisResult, AnalysisSeverity } from '../analyze/model.js';
import type { Comparison, MetricVerdict } from '../compare/model.js';
import { sloTextRows } from './slo-table.js';
import type { Finding, Severity } from '../lint/types.js';
import { terminalText } from './escape.js';
import {
  describeProfile,
  endpointLabel,
  formatBudget,
  formatChange,
  formatInterval,
  formatValue,
  metricLabel,
  plural,
} from './format.js';
import { unreadableFiles, type NotCompared, type Report } from './model.js';
import { filesInOrder } from './order.js';
import { RUN_TABLE_METRICS, runRows } from './run-numbers.js';
import { maxOf } from '../util/extremes.js';

/**
 * Terminal output: one stable line per finding, `path:line:col: severity message [rule-id]`, which editors
 * and problem matchers can parse; grouped per file; then a summary and the comparison as a plain table.
 * Colour and code frames only when writing to a terminal (`color`).
 */

export interface TerminalOptions {
  color?: boolean;
  /** File texts by report path, for code frames (shown only with colour). */
  sources?: ReadonlyMap<string, string>;
}

/** Pseudo rule id for files that could not be read, so every line ends with a bracketed id. */
export const DIAGNOSTIC_ID = 'diagnostic';

type Paint = (code: string, text: string) => string;

function painter(color: boolean): Paint {
  return color ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text;
}

const SEVERITY_COLOR: Record<Severity, string> = { error: '31', warning: '33', info: '36' };

function findingLine(path: string, finding: Finding, paint: Paint): string {
  const where = `${terminalText(path, { maxLength: 300 })}:${finding.loc.line}:${finding.loc.column}:`;
  const message = terminalText(finding.message, { maxLength: 2000 });
  return `${paint('1', where)} ${paint(SEVERITY_COLOR[finding.severity], finding.severity)} ${message} ${paint('2', `[${terminalText(finding.ruleId, { maxLength: 100 })}]`)}`;
}

/** The finding's line with its neighbours and an underline under the reported range. */
/** The line with the finding's range (on that line) replaced by bullets of the same length. */
function maskRange(text: string, loc: Finding['loc'], line: number): string {
  const start = Math.max(0, loc.column - 1);
  const end = loc.endLine === line && loc.endColumn !== undefined ? loc.endColumn - 1 : text.length;
  return text.slice(0, start) + '•'.repeat(Math.max(0, end - start)) + text.slice(end);
}

function codeFrame(source: string, finding: Finding, paint: Paint): string[] {
  const lines = source.split(/\r?\n/);
  const line = finding.loc.line;
  if (line < 1 || line > lines.length) return [];
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const out: string[] = [];
  // A credential's own text is never printed, even from the user's file: terminal output ends up in CI logs.
  const hide = finding.category === 'security' ? finding.loc : undefined;
  for (let n = first; n <= last; n++) {
    const raw = lines[n - 1] ?? '';
    const shown = hide && n === line ? maskRange(raw, hide, line) : raw;
    // Indentation is kept (tabs as spaces) so the caret lines up with the column the finding names.
    const indent = /^\s*/.exec(shown)![0].replace(/\t/g, ' ');
    const text = indent + terminalText(shown, { maxLength: 200 });
    const gutter = `${n === line ? '>' : ' '} ${String(n).padStart(width)} | `;
    out.push(n === line ? paint('1', gutter) + text : paint('2', gutter) + text);
    if (n === line) {
      const start = Math.max(1, finding.loc.column);
      const end =
        finding.loc.endLine === line && finding.loc.endColumn !== undefined && finding.loc.endColumn > start
          ? finding.loc.endColumn
          : start + 1;
      const length = Math.max(1, Math.min(end, text.length + 1) - start);
      out.push(
        paint('2', `  ${' '.repeat(width)} | `) +
          ' '.repeat(start - 1) +
          paint(SEVERITY_COLOR[finding.severity], '^'.repeat(length)),
      );
    }
  }
  return out;
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, col) => maxOf(rows.map((row) => Array.from(row[col] ?? '').length)));
  return rows.map((row) =>
    row
      .map((cell, col) => cell + ' '.repeat(widths[col]! - Array.from(cell).length))
      .join('  ')
      .trimEnd(),
  );
}

function comparisonLines(comparison: Comparison, paint: Paint): string[] {
  const base = comparison.baseline;
  const current = comparison.current;
  const comparedLine = `comparison: ${terminalText(base.file, { maxLength: 200 })} → ${terminalText(current.file, { maxLength: 200 })}: ${comparison.verdict}`;
  // Where the baseline came from, when its run file says: one line under the comparison's.
  const head = base.origin
    ? [comparedLine, `baseline = ${terminalText(base.origin, { maxLength: 120 })}`]
    : [comparedLine];
  if (base.source) head.push(`baseline from ${terminalText(base.source, { maxLength: 300 })}`);
  // Repeated runs: the numbers below are medians; the JSON report has each metric's min and max.
  if (comparison.runs)
    head.push(
      `repeated runs: medians of ${comparison.runs.baseline} baseline and ${comparison.runs.current} current ${comparison.runs.current === 1 ? 'run' : 'runs'} (spread per metric in --format json)`,
    );
  if (!comparison.comparable) {
    const b = describeProfile(comparison.profile.baseline);
    const c = describeProfile(comparison.profile.current);
    return [
      ...head,
      comparison.unitMismatch
        ? 'not comparable: the latencies look like different units'
        : b && c
          ? `not comparable: baseline ran ${b}, this run ${c}`
          : 'not comparable: the load profiles differ',
      ...comparison.reasons.map((r) => `  - ${terminalText(r, { maxLength: 300 })}`),
    ];
  }
  const decisionColor: Record<MetricVerdict['decision'], string> = {
    regressed: '31',
    improved: '32',
    unchanged: '2',
    inconclusive: '33',
  };
  const rows: string[][] = [
    ['endpoint', 'metric', 'baseline', 'current', 'change', '95% CI', 'budget', 'decision'],
  ];
  const decisions: MetricVerdict['decision'][] = [];
  for (const endpoint of comparison.endpoints) {
    const label = terminalText(endpointLabel(endpoint), { maxLength: 60 });
    if (endpoint.presence !== 'both') {
      rows.push([
        label,
        '',
        '',
        '',
        '',
        '',
        '',
        endpoint.presence === 'baseline-only' ? 'only in baseline' : 'only in current',
      ]);
      decisions.push('inconclusive');
      continue;
    }
    for (const metric of endpoint.metrics) {
      rows.push([
        label,
        metricLabel(metric.metric),
        formatValue(metric.baseline, metric.unit),
        formatValue(metric.current, metric.unit),
        formatChange(metric),
        formatInterval(metric),
        formatBudget(metric.budget, metric.unit),
        metric.decision,
      ]);
      decisions.push(metric.decision);
    }
  }
  const [header, ...body] = table(rows);
  return [
    ...head,
    paint('1', header!),
    ...body.map((line, i) => {
      const decision = decisions[i]!;
      return decision === 'unchanged'
        ? line
        : line.replace(/(\S+( \S+)*)$/, (m) => paint(decisionColor[decision], m));
    }),
  ];
}

/** The current run's numbers as a plain table, for a run that was read but not compared. */
function runTable(notCompared: NotCompared): string[] {
  const current = notCompared.current;
  if (!current) return [];
  const rows: string[][] = [['endpoint', 'requests', ...RUN_TABLE_METRICS.map(metricLabel)]];
  for (const r of runRows(current.run)) {
    const values = new Map(r.metrics.map((m) => [m.metric, formatValue(m.value, m.unit)]));
    rows.push([
      terminalText(endpointLabel(r), { maxLength: 60 }),
      r.requests === undefined ? '—' : String(r.requests),
      ...RUN_TABLE_METRICS.map((m) => values.get(m) ?? '—'),
    ]);
  }
  return [`current run: ${terminalText(current.file, { maxLength: 200 })} (not compared)`, ...table(rows)];
}

export function renderTerminal(report: Report, options: TerminalOptions = {}): string {
  const paint = painter(options.color === true);
  const out: string[] = [];
  // When nothing was compared, that is the first thing a reader of the log must see, not the last.
  if (report.notCompared)
    out.push(paint('33', `nothing compared: ${terminalText(report.notCompared.reason, { maxLength: 500 })}`));
  for (const file of filesInOrder(report)) {
    if (file.findings.length === 0 && file.diagnostics.length === 0) continue;
    const group: string[] = [];
    for (const diagnostic of file.diagnostics) {
      const where = `${terminalText(diagnostic.file || file.path, { maxLength: 300 })}:${diagnostic.line ?? 1}:${diagnostic.column ?? 1}:`;
      group.push(
        `${paint('1', where)} ${paint(SEVERITY_COLOR[diagnostic.severity], diagnostic.severity)} ${terminalText(diagnostic.message, { maxLength: 2000 })} ${paint('2', `[${DIAGNOSTIC_ID}]`)}`,
      );
    }
    const source = options.color ? options.sources?.get(file.path) : undefined;
    for (const finding of file.findings) {
      group.push(findingLine(file.path, finding, paint));
      // A fix withdrawn because it would break the file says so, under its finding.
      if (finding.fix?.skipped !== undefined)
        group.push(
          paint('2', `  no automatic fix: ${terminalText(finding.fix.skipped, { maxLength: 500 })}`),
        );
      if (source !== undefined) group.push(...codeFrame(source, finding, paint));
    }
    out.push(group.join('\n'));
  }
  for (const result of report.results) {
    if (result.diagnostics.length === 0) continue;
    out.push(
      result.diagnostics
        .map(
          (d) =>
            `${paint('1', `${terminalText(result.path, { maxLength: 300 })}:${d.line ?? 1}:1:`)} ${paint(SEVERITY_COLOR[d.severity], d.severity)} ${terminalText(`${result.role} results: ${d.message}`, { maxLength: 2000 })} ${paint('2', `[${DIAGNOSTIC_ID}]`)}`,
        )
        .join('\n'),
    );
  }

  const summary = summaryLine(report, paint);
  if (summary) out.push(summary);
  const changes = profileChangeLines(report);
  if (changes) out.push(changes);
  if (report.comparison) out.push(comparisonLines(report.comparison, paint).join('\n'));
  if (report.notCompared?.current) out.push(runTable(report.notCompared).join('\n'));
  if (report.slo?.length)
    out.push(
      [
        'SLOs:',
        ...table(sloTextRows(report.slo).map((r) => r.map((c) => terminalText(c, { maxLength: 120 })))),
      ].join('\n'),
    );
  if (report.analysis) out.push(analysisLines(report.analysis, paint).join('\n'));
  out.push(
    `verdict: ${paint(report.verdict === 'pass' ? '32' : '31', report.verdict)} (fail-on: ${report.failOn})`,
  );
  return out.join('\n\n') + '\n';
}

const ANALYSIS_COLOR: Record<AnalysisSeverity, string> = { high: '31', medium: '33', low: '36' };

/** The detectors' findings, each with its next step, then the detectors that could not run and why. */
function analysisLines(analysis: AnalysisResult, paint: Paint): string[] {
  const text = (t: string, max = 1000): string => terminalText(t, { maxLength: max });
  const lines = [
    analysis.findings.length === 0
      ? 'analysis: no bottleneck found (findings never change the verdict)'
      : `analysis: ${plural(analysis.findings.length, 'finding')} (they never change the verdict)`,
  ];
  for (const f of analysis.findings) {
    const where = f.endpoint ? ` ${paint('1', text(f.endpoint, 200))}:` : '';
    lines.push(
      `  ${paint(ANALYSIS_COLOR[f.severity], f.severity.padEnd(6))} ${paint('2', `[${f.detector}]`)}${where} ${text(f.message)}`,
    );
    lines.push(`         → ${text(f.recommendation)}`);
  }
  if (analysis.skipped.length > 0)
    lines.push(
      paint(
        '2',
        `  not run: ${analysis.skipped.map((s) => `${s.detector} (${text(s.reason, 300)})`).join('; ')}`,
      ),
    );
  return lines;
}

function summaryLine(report: Report, paint: Paint): string | undefined {
  const { error, warning, info } = report.summary.findings;
  const total = error + warning + info;
  const withFindings = report.files.filter((f) => f.findings.length > 0).length;
  const unreadable = unreadableFiles(report);
  const files = plural(report.summary.files, 'file');
  const suppressed = report.summary.suppressed;
  const also = suppressed > 0 ? `; ${suppressed} suppressed` : '';
  const unreadableLine = paint('31', `✖ ${plural(unreadable, 'file')} could not be read`);
  // `compare` lints nothing, and `check` that found no scenario only compared: no count of 0 files.
  if (report.command === 'compare' || (report.command === 'check' && report.summary.files === 0))
    return unreadable > 0 ? unreadableLine : undefined;
  // "No problems" is never said of a run in which a file could not be read: that file was not checked.
  const line =
    total === 0
      ? unreadable > 0
        ? paint('31', `✖ ${plural(unreadable, 'file')} could not be read; no findings in the others${also}`)
        : paint('32', `✔ no problems in ${files}${also}`)
      : paint(
          error > 0 ? '31' : '33',
          `✖ ${plural(total, 'problem')} (${plural(error, 'error')}, ${plural(warning, 'warning')}, ${info} info) in ${withFindings} of ${files}${also}`,
        );
  if (total === 0) return line;
  const fixable = fixableLine(report);
  return [line, ...(fixable ? [paint('2', fixable)] : []), ...(unreadable > 0 ? [unreadableLine] : [])].join(
    '\n',
  );
}

/** ESLint's hint: how many findings `--fix` would fix, and how many more `--fix-suggestions`. */
function fixableLine(report: Report): string | undefined {
  let safe = 0;
  let suggested = 0;
  for (const file of report.files)
    for (const f of file.findings) {
      if (!f.fix?.edits?.length || f.fix.skipped !== undefined) continue;
      if (f.fix.safety === 'safe') safe++;
      else suggested++;
    }
  const parts = [
    ...(safe > 0 ? [`${plural(safe, 'problem')} fixable with --fix`] : []),
    ...(suggested > 0
      ? [
          `${suggested} ${safe > 0 ? 'more ' : ''}with --fix-suggestions (edits that change what the test checks or loads)`,
        ]
      : []),
  ];
  return parts.length > 0 ? `  ${parts.join('; ')}` : undefined;
}

/** With --base-ref: one line per scenario whose load the change alters, its headline. */
function profileChangeLines(report: Report): string | undefined {
  const lines = report.files.flatMap((f) =>
    f.profileChange
      ? [
          `  ${terminalText(f.path, { maxLength: 300 })}: ${terminalText(f.profileChange.headline, { maxLength: 300 })}`,
        ]
      : [],
  );
  return lines.length > 0 ? ['load profile changes:', ...lines].join('\n') : undefined;
}
