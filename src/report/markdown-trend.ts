import {
  HISTORY_METRICS,
  seriesOf,
  type HistoryMetric,
  type RatchetProposal,
  type Shift,
} from '../history/analyze.js';
import type { HistoryEntry } from '../history/store.js';
import { OVERALL_NAME } from '../results/endpoint-name.js';
import { codeSpan, escapeHtml, escapeMarkdown, fencedBlock } from './escape.js';
import { shortCommit } from './format.js';
import { maxOf } from '../util/extremes.js';

export interface TrendInput {
  /** Default-branch runs, oldest first. */
  entries: readonly HistoryEntry[];
  /** This pull request's run, drawn as the last point and marked; absent outside a comparison. */
  current?: HistoryEntry;
  shifts: readonly Shift[];
  proposals: readonly RatchetProposal[];
  /** Runs shown per chart (default 20). */
  runs?: number;
  /** Endpoints charted besides the overall row (default 0: the comment stays short). */
  endpoints?: readonly string[];
  /** What the current run is called (`this PR`). */
  currentLabel?: string;
  /** The default branch, for the titles. */
  branch?: string;
}

const CHARTED: readonly HistoryMetric[] = ['p95', 'errorRate', 'throughput'];

/** A metric's values as charted: error rates in percent, the rest as stored. */
function charted(metric: HistoryMetric, value: number): number {
  const v = metric === 'errorRate' ? value * 100 : value;
  return Number(v.toPrecision(4));
}

function unitOf(metric: HistoryMetric): string {
  return metric === 'p95' ? 'ms' : metric === 'errorRate' ? '%' : 'req/s';
}

/**
 * Text inside a Mermaid string: Mermaid has no escape for `"`, and `#`, `;`, `<`, `>`, `` ` `` and braces
 * start entities, statements or markup there. Names come from result files, so everything outside a plain
 * set is replaced rather than trusted.
 */
function mermaidText(text: string, max = 60): string {
  const clean = text
    .replace(/[^A-Za-z0-9 _./:()%+=*-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

function label(entry: HistoryEntry, i: number): string {
  return mermaidText(shortCommit(entry.commit) ?? `#${i + 1}`, 12);
}

/** One `xychart-beta` of a metric: the history as a line, the PR's run as a bar on its own point. */
export function trendChart(input: TrendInput, endpoint: string, metric: HistoryMetric): string | undefined {
  const runs = input.runs ?? 20;
  const shown = input.entries.slice(-runs);
  const { values, positions } = seriesOf(shown, endpoint, metric);
  if (values.length < 2) return undefined;
  const labels = positions.map((p) => label(shown[p]!, input.entries.length - shown.length + p));
  const line = values.map((v) => charted(metric, v));
  const currentStats =
    input.current && (endpoint === OVERALL_NAME ? input.current.overall : input.current.endpoints[endpoint]);
  const currentValue = currentStats?.[metric];
  const bar = line.map(() => 0);
  if (currentValue !== undefined) {
    labels.push(mermaidText(input.currentLabel ?? 'this PR', 12));
    // The line carries on through the PR's run so the last step is visible; the bar marks it.
    line.push(charted(metric, currentValue));
    bar.push(charted(metric, currentValue));
  }
  const name = endpoint === OVERALL_NAME ? 'all requests' : endpoint;
  const title = `${HISTORY_METRICS[metric].label} of ${name} (${unitOf(metric)})`;
  const top = maxOf(line) || 1;
  const lines = [
    'xychart-beta',
    `  title "${mermaidText(title)}"`,
    `  x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
    `  y-axis "${unitOf(metric)}" 0 --> ${Number((top * 1.15).toPrecision(3))}`,
    ...(currentValue !== undefined ? [`  bar [${bar.join(', ')}]`] : []),
    `  line [${line.join(', ')}]`,
  ];
  return fencedBlock(lines.join('\n'), { language: 'mermaid', maxLines: 20, maxLineLength: 4000 });
}

function percent(change: number): string {
  const p = Math.abs(change * 100);
  return `${p >= 10 ? p.toFixed(0) : p.toFixed(1)}%`;
}

/** Three significant digits, without exponents: `14218 ms`, `0.576 req/s`, `1.20%`. */
function digits(v: number): string {
  return Math.abs(v) >= 100 ? String(Math.round(v)) : String(Number(v.toPrecision(3)));
}

function valueText(metric: HistoryMetric, value: number): string {
  if (metric === 'errorRate') return `${digits(value * 100)}%`;
  return metric === 'throughput' ? `${digits(value)} req/s` : `${digits(value)} ms`;
}

/** `p95 of GET /x rose 18% from abc1234 (3 runs ago)`, as plain text (the caller escapes it). */
export function describeShift(shift: Shift): { metric: string; endpoint: string; rest: string } {
  const verb = shift.after > shift.before ? 'rose' : 'fell';
  const ago =
    shift.runsAgo === 0 ? 'the latest run' : `${shift.runsAgo} run${shift.runsAgo === 1 ? '' : 's'} ago`;
  const from = shortCommit(shift.commit) ?? `run ${shift.index + 1}`;
  return {
    metric: HISTORY_METRICS[shift.metric].label,
    endpoint: shift.endpoint === OVERALL_NAME ? 'all requests' : shift.endpoint,
    rest: `${verb} ${percent(shift.change)} from ${from} (${ago}): ${valueText(shift.metric, shift.before)} → ${valueText(shift.metric, shift.after)}`,
  };
}

/** The shift as one line of plain text (terminal and `history show`). */
export function shiftLine(shift: Shift): string {
  const d = describeShift(shift);
  return `${shift.kind === 'regression' ? 'regression' : 'improvement'}: ${d.metric} of ${d.endpoint} ${d.rest}`;
}

function limitValue(metric: string, value: number): string {
  if (metric === 'errorRate') return String(value);
  return metric === 'throughput' ? `${value} req/s` : `${value} ms`;
}

/** The proposal as one line of plain text. */
export function proposalLine(p: RatchetProposal): string {
  const name = p.limit.endpoint === OVERALL_NAME ? 'all requests' : p.limit.endpoint;
  return (
    `${p.limit.metric} of ${name}: the last ${p.runs} runs stayed at or ${p.limit.bound === 'max' ? 'under' : 'over'} ` +
    `${limitValue(p.limit.metric, p.worst)}, far from the limit ${limitValue(p.limit.metric, p.limit.value)} ` +
    `(${p.limit.source}); tighten it to ${limitValue(p.limit.metric, p.proposed)}`
  );
}

/**
 * The `trend` slot of the PR comment: change points named in the open, the charts folded in <details>.
 * Everything from names and files is escaped here; the result is ready-to-insert Markdown.
 */
export function trendSection(input: TrendInput): string | undefined {
  if (input.entries.length === 0) return undefined;
  const shown = Math.min(input.runs ?? 20, input.entries.length);
  const branch = input.branch ? ` on ${codeSpan(input.branch, { maxLength: 80 })}` : '';
  const out = [
    `### Trend`,
    '',
    `The last ${shown} run${shown === 1 ? '' : 's'}${branch}${input.current ? `, then ${escapeMarkdown(input.currentLabel ?? 'this PR')} (the bar)` : ''}.`,
  ];
  if (input.shifts.length > 0) {
    out.push('');
    for (const s of input.shifts) {
      const d = describeShift(s);
      const icon = s.kind === 'regression' ? '🔺' : '✅';
      out.push(
        `- ${icon} ${escapeMarkdown(d.metric)} of ${codeSpan(d.endpoint, { maxLength: 120 })} ${escapeMarkdown(d.rest)}`,
      );
    }
  }
  if (input.proposals.length > 0) {
    out.push('', '**Tighten a limit** (ratchet):', '');
    for (const p of input.proposals) out.push(`- ${escapeMarkdown(proposalLine(p), { maxLength: 600 })}`);
  }
  const charts: string[] = [];
  for (const endpoint of [OVERALL_NAME, ...(input.endpoints ?? [])]) {
    for (const metric of CHARTED) {
      const chart = trendChart(input, endpoint, metric);
      if (chart) charts.push(chart);
    }
  }
  if (charts.length > 0) {
    const summary = `Charts: p95, error rate and throughput over the last ${plainRuns(shown)}`;
    out.push(
      '',
      '<details>',
      `<summary>${escapeHtml(summary)}</summary>`,
      '',
      charts.join('\n\n'),
      '',
      '</details>',
    );
  }
  return out.join('\n');
}

function plainRuns(n: number): string {
  return `${n} run${n === 1 ? '' : 's'}`;
}
