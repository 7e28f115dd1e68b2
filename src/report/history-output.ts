import type { HistoryView } from '../engine/history.js';
import { terminalText } from './escape.js';
import { proposalLine, shiftLine, trendSection } from './markdown-trend.js';

/** The Markdown `trend` section of a check or compare with `--history`; undefined when there is nothing. */
export function trendFor(view: HistoryView, currentLabel = 'current'): string | undefined {
  if (view.problem) return undefined;
  return trendSection({
    entries: view.entries,
    ...(view.current ? { current: view.current } : {}),
    shifts: view.shifts,
    proposals: view.proposals,
    runs: view.runs,
    currentLabel,
  });
}

/** The same for the text report: one line per shift and proposal after it. */
export function historyText(view: HistoryView): string {
  if (view.problem) return '';
  const head = `\nHistory (${terminalText(view.file, { maxLength: 200 })}, ${view.entries.length} run${view.entries.length === 1 ? '' : 's'}):`;
  const lines = [...view.shifts.map(shiftLine), ...view.proposals.map((p) => `ratchet: ${proposalLine(p)}`)];
  if (lines.length === 0) lines.push('no lasting shift found');
  return [head, ...lines.map((l) => `  ${terminalText(l, { maxLength: 400 })}`)].join('\n') + '\n';
}
