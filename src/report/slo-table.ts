import type { SloResult } from '../compare/slo.js';
import { codeSpan } from './escape.js';
import { formatValue, metricLabel } from './format.js';

const MARK: Record<SloResult['status'], string> = { met: '✅', violated: '❌', 'no-data': '⚠️' };
const WORD: Record<SloResult['status'], string> = { met: 'met', violated: 'MISSED', 'no-data': 'no data' };

/** `<= 400 ms`: the target with its operator, in the units reports use. */
export function sloTarget(slo: SloResult): string {
  return `${slo.op} ${formatValue(slo.target, slo.unit)}`;
}

const MARKDOWN_OP: Record<SloResult['op'], string> = { '<=': '≤', '>=': '≥', '<': '&lt;', '>': '&gt;' };

/** `≤ 400 ms`: the target for Markdown, where `<` would be escaped as HTML. */
export function sloTargetMarkdown(slo: SloResult): string {
  return `${MARKDOWN_OP[slo.op]} ${formatValue(slo.target, slo.unit)}`;
}

/** The endpoint cell: the row judged, with the glob that chose it when they differ. */
function endpointCell(slo: SloResult): string {
  return slo.pattern && slo.pattern !== slo.endpoint ? `${slo.endpoint} (${slo.pattern})` : slo.endpoint;
}

/** Rows of the plain-text table: endpoint, metric, target, measured, status. */
export function sloTextRows(slos: readonly SloResult[]): string[][] {
  return [
    ['endpoint', 'metric', 'target', 'measured', 'SLO'],
    ...slos.map((s) => [
      endpointCell(s),
      metricLabel(s.metric),
      sloTarget(s),
      formatValue(s.measured, s.unit),
      s.status === 'no-data' && s.pattern && s.measured === undefined && s.endpoint === s.pattern
        ? 'no endpoint matches'
        : WORD[s.status],
    ]),
  ];
}

/** The Markdown "SLOs" section: one row per target and endpoint, the missed ones first. */
export function sloMarkdown(slos: readonly SloResult[]): string {
  const order = { violated: 0, 'no-data': 1, met: 2 };
  const sorted = [...slos].sort((a, b) => order[a.status] - order[b.status]);
  const missed = slos.filter((s) => s.status === 'violated').length;
  const head = `**SLOs** · ${missed === 0 ? 'all met' : `${missed} of ${slos.length} missed`}`;
  const rows = sorted
    .slice(0, 50)
    .map(
      (s) =>
        `| ${codeSpan(endpointCell(s), { table: true, maxLength: 120 })} | ${metricLabel(s.metric)} | ${sloTargetMarkdown(s)} | ${formatValue(s.measured, s.unit)} | ${MARK[s.status]} |`,
    );
  const lines = [head, '', '| endpoint | metric | target | measured | |', '|---|---|---:|---:|:-:|', ...rows];
  if (sorted.length > 50) lines.push('', `_… and ${sorted.length - 50} more targets._`);
  return lines.join('\n');
}
