import { parseArgs } from 'node:util';
import { appendToHistory, readHistoryFile } from '../engine/history.js';
import { reportPath } from '../engine/paths.js';
import { UsageError } from '../engine/usage-error.js';
import { findShifts } from '../history/analyze.js';
import type { History } from '../history/store.js';
import { terminalText } from '../report/escape.js';
import { shortCommit } from '../report/format.js';
import { shiftLine, trendSection } from '../report/markdown-trend.js';
import type { CliIo } from './main.js';
import { readDiagnosticLines } from './read-diagnostics.js';

const SHOW_FORMATS = ['text', 'json', 'markdown'] as const;

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        history: { type: 'string' },
        'max-runs': { type: 'string' },
        runs: { type: 'string' },
        format: { type: 'string', short: 'f' },
      },
    });
  } catch (error) {
    throw new UsageError(
      `history: ${(error as Error).message.replace(/\. To specify a positional.*$/s, '.')}`,
    );
  }
}

function positiveInt(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`history: ${option} must be a whole number ≥ 1; got "${value}"`);
  return n;
}

/**
 * `loadgate history append --history FILE RUN...` and `loadgate history show --history FILE [-f text|json|markdown]`.
 * Exit 0 when done, 2 when misused or when no run of an append could be read.
 */
export async function historyCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'append' && sub !== 'show')
    throw new UsageError('history needs a subcommand: loadgate history append|show --history FILE');
  const { values, positionals } = parse(rest);
  if (!values.history) throw new UsageError(`history ${sub} needs --history FILE: the history file`);
  if (sub === 'append') {
    if (positionals.length === 0)
      throw new UsageError('history append needs runs: loadgate history append --history FILE RUN...');
    const result = await appendToHistory({
      cwd: io.cwd,
      history: values.history,
      runs: positionals,
      maxRuns: positiveInt(values['max-runs'], '--max-runs'),
    });
    io.stderr.write(readDiagnosticLines(result.diagnostics));
    if (result.added.length === 0) {
      io.stderr.write('loadgate: history append: no run could be read, so the history was not changed\n');
      return 2;
    }
    const path = terminalText(reportPath(result.written, io.cwd), { maxLength: 200 });
    io.stderr.write(
      `loadgate: added ${result.added.length} run${result.added.length === 1 ? '' : 's'} to ${path} (${result.history.entries.length} of at most ${result.history.maxRuns} kept)\n`,
    );
    return 0;
  }
  if (positionals.length > 0) throw new UsageError('history show takes no runs; it reads --history FILE');
  const format = values.format ?? 'text';
  if (!(SHOW_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`history show: unknown format "${format}"; expected ${SHOW_FORMATS.join(', ')}`);
  const history = await readHistoryFile(io.cwd, values.history, false);
  const runs = positiveInt(values.runs, '--runs') ?? 20;
  const shifts = findShifts(history.entries);
  if (format === 'json') {
    io.stdout.write(JSON.stringify({ ...history, shifts }, null, 2) + '\n');
  } else if (format === 'markdown') {
    io.stdout.write(
      (trendSection({ entries: history.entries, shifts, proposals: [], runs }) ??
        'No runs in the history yet.') + '\n',
    );
  } else {
    io.stdout.write(textView(history, runs, shifts.map(shiftLine)));
  }
  return 0;
}

function cell(value: number | undefined, digits: number, scale = 1): string {
  return value === undefined ? '-' : (value * scale).toFixed(digits);
}

function textView(history: History, runs: number, shifts: string[]): string {
  const shown = history.entries.slice(-runs);
  const lines = [
    `${history.entries.length} run${history.entries.length === 1 ? '' : 's'} (at most ${history.maxRuns} kept)${shown.length < history.entries.length ? `, the last ${shown.length} shown` : ''}`,
    '',
    ['commit', 'time', 'p95 ms', 'errors %', 'req/s', 'requests']
      .map((h) => h.padEnd(12))
      .join('')
      .trimEnd(),
  ];
  for (const e of shown) {
    lines.push(
      [
        terminalText(shortCommit(e.commit) ?? '-', { maxLength: 12 }),
        e.time.slice(0, 16).replace('T', ' '),
        cell(e.overall.p95, 1),
        cell(e.overall.errorRate, 2, 100),
        cell(e.overall.throughput, 1),
        cell(e.overall.count, 0),
      ]
        .map((c, i) => (i === 1 ? c.padEnd(18) : c.padEnd(12)))
        .join('')
        .trimEnd(),
    );
  }
  lines.push(
    '',
    shifts.length === 0 ? 'No lasting shift found.' : 'Lasting shifts:',
    ...shifts.map((s) => `  ${terminalText(s, { maxLength: 400 })}`),
  );
  return lines.join('\n') + '\n';
}
