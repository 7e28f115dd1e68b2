import type { Comparison, EndpointComparison, MetricVerdict } from '../compare/model.js';
import { OVERALL_NAME } from '../results/endpoint-name.js';
import { codeSpan, escapeMarkdown } from './escape.js';
import {
  endpointLabel,
  formatBudget,
  formatChange,
  formatInterval,
  formatValue,
  METRIC_ORDER,
  metricLabel,
  overshoot,
  plural,
  shortCommit,
} from './format.js';

/**
 * The comparison tables: decided rows (regressions, then improvements) open and grouped by endpoint, worst
 * endpoint first and the overall row last; unchanged and inconclusive rows folded, grouped the same way.
 * A metric neither run reports is not a row: there is nothing to say about it.
 */

export interface Row {
  endpoint: EndpointComparison;
  metric: MetricVerdict;
}

const DECISION_ICON: Record<MetricVerdict['decision'], string> = {
  regressed: '❌',
  improved: '✅',
  unchanged: '➖',
  inconclusive: '❔',
};

/** Neither side has a value: the row would only say so. */
function reported(metric: MetricVerdict): boolean {
  return metric.baseline !== undefined || metric.current !== undefined;
}

export function comparedRows(comparison: Comparison): Row[] {
  return comparison.endpoints.flatMap((endpoint) =>
    endpoint.presence === 'both'
      ? endpoint.metrics.filter(reported).map((metric) => ({ endpoint, metric }))
      : [],
  );
}

/** The overall row: the comparison's first (the model's order), or one named as loadgate names it. */
function overallTest(comparison: Comparison): (e: EndpointComparison) => boolean {
  const first = comparison.endpoints[0];
  return (e) => e.name === OVERALL_NAME || e === first;
}

/**
 * The order regressions are named in: budgets the user set before loadgate's defaults (the headline must
 * not name p99 when the user gates on p95), named endpoints before the overall row, then how far past the
 * budget.
 */
export function worstFirst(comparison: Comparison): (a: Row, b: Row) => number {
  const isOverall = overallTest(comparison);
  return (a, b) =>
    Number(b.metric.budget.configured === true) - Number(a.metric.budget.configured === true) ||
    Number(isOverall(a.endpoint)) - Number(isOverall(b.endpoint)) ||
    overshoot(b.metric) - overshoot(a.metric);
}

/** Rows grouped by endpoint; groups in the order of their first row in `ranked`, metrics in display order. */
function grouped(ranked: Row[]): Row[][] {
  const groups = new Map<EndpointComparison, Row[]>();
  for (const row of ranked) groups.set(row.endpoint, [...(groups.get(row.endpoint) ?? []), row]);
  const metricIndex = (r: Row) => METRIC_ORDER.indexOf(r.metric.metric);
  return [...groups.values()].map((rows) => rows.sort((a, b) => metricIndex(a) - metricIndex(b)));
}

function changeCell(metric: MetricVerdict, bold: boolean): string {
  const change = formatChange(metric);
  const ci = formatInterval(metric);
  const shown = bold && change !== '—' ? `**${change}**` : change;
  return ci ? `${shown} (${ci})` : shown;
}

function runHeader(label: string, commit: string | undefined): string {
  const sha = shortCommit(commit);
  return sha ? `${label} ${codeSpan(sha, { table: true })}` : label;
}

/** The endpoint is named on its group's first row only, so the groups read as blocks. */
function endpointCell(row: Row, first: boolean): string {
  return first ? codeSpan(endpointLabel(row.endpoint), { table: true, maxLength: 120 }) : '';
}

function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`.replace(/ {2,}\|/g, ' |');
}

/** One entry per endpoint group, so a cut never splits an endpoint. */
export function decidedTable(
  comparison: Comparison,
  currentLabel: string,
): { head: string; groups: string[] } | undefined {
  const decided = comparedRows(comparison).filter(
    (r) => r.metric.decision === 'regressed' || r.metric.decision === 'improved',
  );
  if (decided.length === 0) return undefined;
  const isOverall = overallTest(comparison);
  const worst = worstFirst(comparison);
  const ranked = [...decided].sort(
    (a, b) =>
      Number(b.metric.decision === 'regressed') - Number(a.metric.decision === 'regressed') ||
      Number(isOverall(a.endpoint)) - Number(isOverall(b.endpoint)) ||
      worst(a, b),
  );
  const withCi = decided.some((r) => r.metric.ci);
  const head = [
    `| | endpoint | metric | ${runHeader('base', comparison.baseline.commit)} | ${runHeader(currentLabel, comparison.current.commit)} | ${withCi ? 'change (95% CI)' : 'change'} | budget |`,
    '|---|---|---|---|---|---|---|',
  ].join('\n');
  const groups = grouped(ranked).map((rows) =>
    rows
      .map((row, i) =>
        tableRow([
          DECISION_ICON[row.metric.decision],
          endpointCell(row, i === 0),
          metricLabel(row.metric.metric),
          formatValue(row.metric.baseline, row.metric.unit),
          formatValue(row.metric.current, row.metric.unit),
          changeCell(row.metric, row.metric.decision === 'regressed'),
          formatBudget(row.metric.budget, row.metric.unit),
        ]),
      )
      .join('\n'),
  );
  return { head, groups };
}

export function foldedTable(
  comparison: Comparison,
  currentLabel: string,
): { summary: string; table: string } | undefined {
  const rest = comparedRows(comparison).filter(
    (r) => r.metric.decision === 'unchanged' || r.metric.decision === 'inconclusive',
  );
  if (rest.length === 0) return undefined;
  const unchanged = rest.filter((r) => r.metric.decision === 'unchanged').length;
  const inconclusive = rest.length - unchanged;
  const counts = [
    unchanged > 0 ? `${plural(unchanged, 'metric')} unchanged` : '',
    inconclusive > 0 ? `${inconclusive} inconclusive` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const isOverall = overallTest(comparison);
  const overall = comparison.endpoints.find(isOverall)?.metrics.find((m) => m.metric === 'throughput');
  const throughput =
    overall && overall.baseline !== undefined && overall.current !== undefined
      ? ` · throughput ${formatValue(overall.baseline, 'req/s').replace(' req/s', '')} → ${formatValue(overall.current, 'req/s')} (${formatChange(overall)})`
      : '';
  // The overall row first, then endpoints by name: a reference table, read by looking things up.
  const ordered = [...rest].sort(
    (a, b) =>
      Number(isOverall(b.endpoint)) - Number(isOverall(a.endpoint)) ||
      endpointLabel(a.endpoint).localeCompare(endpointLabel(b.endpoint)),
  );
  const lines = [
    `| | endpoint | metric | base | ${currentLabel} | change (95% CI) | note |`,
    '|---|---|---|---|---|---|---|',
    ...grouped(ordered).flatMap((rows) =>
      rows.map((row, i) =>
        tableRow([
          DECISION_ICON[row.metric.decision],
          endpointCell(row, i === 0),
          metricLabel(row.metric.metric),
          formatValue(row.metric.baseline, row.metric.unit),
          formatValue(row.metric.current, row.metric.unit),
          changeCell(row.metric, false),
          row.metric.decision === 'inconclusive'
            ? escapeMarkdown(row.metric.reason ?? row.metric.why, { maxLength: 200 })
            : '',
        ]),
      ),
    ),
  ];
  return { summary: `${counts}${throughput}`, table: lines.join('\n') };
}
