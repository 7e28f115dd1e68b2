import { OVERALL_NAME } from '../endpoint-name.js';
import { headerFields, headLine, readCsvTable } from '../csv-table.js';
import type { ReadDiagnostic, ReadResult, ResultReader, Run, WindowStats } from '../model.js';
import { combineRows, foldSummaryRows, type SummaryRow } from '../summary-rows.js';
import { columnsOf, field, isTotalRow, numberField, quantilePoints, type Columns } from './columns.js';

/** The time-series window, as for raw samples. */
const WINDOW_SEC = 10;

/**
 * Locust `PREFIX_stats_history.csv` (result-formats.md §5.1): one row a second, epoch-second `Timestamp`,
 * `User Count` (the active users), cumulative `Total …` columns, and percentiles that are cumulative — or,
 * with `--csv-full-history`, of the last 10 s only, with a row for every name as well as the Aggregated one.
 * It becomes the run's time series (10-s windows: request and failure counts are differences of the
 * cumulative totals, users the highest count). Alone, its last rows also give the totals, so it is a run.
 */
export const locustHistoryCsvReader: ResultReader = {
  format: 'locust-history-csv',
  tool: 'locust',
  fileNameHint: /_stats_history/i,
  sniff: (head) => {
    const lower = new Set(headerFields(headLine(head)).map((h) => h.toLowerCase()));
    return lower.has('timestamp') && lower.has('user count') && lower.has('name');
  },
  read: readLocustHistoryCsv,
};

interface Sample {
  time: number;
  users?: number;
  count: number;
  failures: number;
  quantiles: [number, number][];
}

export interface LocustHistory {
  series: WindowStats[];
  maxUsers?: number;
  /** Whether percentiles are per window (`--csv-full-history`) rather than cumulative. */
  fullHistory: boolean;
  /** The last row of the Aggregated series and of each name, for a run from the history alone. */
  lastTotal?: SummaryRow;
  lastRows: SummaryRow[];
  durationSec?: number;
  diagnostics: ReadDiagnostic[];
}

export function parseLocustHistory(text: string, file: string): LocustHistory {
  const table = readCsvTable(text);
  const columns = columnsOf(table.header);
  const diagnostics: ReadDiagnostic[] = [];
  const aggregated: Sample[] = [];
  const last = new Map<string, { type?: string; name: string; fields: string[] }>();
  let lastTotalFields: string[] | undefined;
  let fullHistory = false;
  let firstActive: number | undefined;
  for (const { fields, line } of table.rows) {
    if (fields.length !== table.header.length) {
      diagnostics.push({
        file,
        line,
        message: `This row has ${fields.length} fields, the header ${table.header.length}: it was skipped (the file may be cut short).`,
      });
      continue;
    }
    const time = numberField(fields, columns, 'timestamp');
    const count = numberField(fields, columns, 'totalCount');
    if (time === undefined || count === undefined) {
      diagnostics.push({
        file,
        line,
        message: `The timestamp or total request count is not a number: the row was skipped.`,
      });
      continue;
    }
    const type = field(fields, columns, 'type');
    const name = field(fields, columns, 'name') ?? '';
    if (!isTotalRow(type, name)) {
      fullHistory = true;
      last.set(`${type ?? ''} ${name}`, { ...(type ? { type } : {}), name, fields });
      continue;
    }
    if (count > 0 && firstActive === undefined) firstActive = time;
    const users = numberField(fields, columns, 'users');
    aggregated.push({
      time,
      ...(users === undefined ? {} : { users }),
      count,
      failures: numberField(fields, columns, 'totalFailures') ?? 0,
      quantiles: quantilePoints(fields, columns),
    });
    lastTotalFields = fields;
  }
  const maxUsers = aggregated.reduce<number | undefined>(
    (m, s) => (s.users === undefined ? m : Math.max(m ?? 0, s.users)),
    undefined,
  );
  const lastTime = aggregated[aggregated.length - 1]?.time;
  const history: LocustHistory = {
    series: windows(aggregated, fullHistory),
    fullHistory,
    lastRows: [...last.values()].map((r) => totalsRow(r.name, r.type, r.fields, columns, fullHistory)),
    diagnostics,
  };
  if (maxUsers !== undefined) history.maxUsers = maxUsers;
  if (lastTotalFields)
    history.lastTotal = totalsRow(OVERALL_NAME, undefined, lastTotalFields, columns, fullHistory);
  if (firstActive !== undefined && lastTime !== undefined && lastTime > firstActive) {
    history.durationSec = lastTime - firstActive + 1;
  }
  return history;
}

/** A row's run totals from the `Total …` columns (percentiles only when they are cumulative). */
function totalsRow(
  name: string,
  type: string | undefined,
  fields: readonly string[],
  columns: Columns,
  fullHistory: boolean,
): SummaryRow {
  const row: SummaryRow = {
    name,
    count: numberField(fields, columns, 'totalCount') ?? 0,
    errors: numberField(fields, columns, 'totalFailures') ?? 0,
    quantiles: fullHistory ? [] : quantilePoints(fields, columns),
  };
  if (type && type !== 'None') row.method = type;
  if (row.count > 0) {
    const min = numberField(fields, columns, 'totalMin');
    const mean = numberField(fields, columns, 'totalMean');
    const max = numberField(fields, columns, 'totalMax');
    const median = numberField(fields, columns, 'totalMedian');
    if (min !== undefined) row.min = min;
    if (mean !== undefined) row.mean = mean;
    if (max !== undefined) row.max = max;
    if (median !== undefined && !row.quantiles.some(([f]) => f === 0.5)) row.quantiles.unshift([0.5, median]);
  }
  return row;
}

/** 10-s windows of the Aggregated rows: counts are differences of the cumulative totals. */
function windows(samples: readonly Sample[], fullHistory: boolean): WindowStats[] {
  const out = new Map<number, WindowStats & { endCount: number; endFailures: number }>();
  let prevCount = 0;
  let prevFailures = 0;
  for (const s of samples) {
    const index = Math.floor(s.time / WINDOW_SEC);
    let w = out.get(index);
    if (!w) {
      w = {
        start: index * WINDOW_SEC * 1000,
        durationSec: WINDOW_SEC,
        count: 0,
        errors: 0,
        endCount: prevCount,
        endFailures: prevFailures,
      };
      out.set(index, w);
    }
    // A restarted run (Locust's reset-stats) lowers the totals: count from the new base.
    w.count += Math.max(0, s.count - prevCount);
    w.errors += Math.max(0, s.failures - prevFailures);
    prevCount = s.count;
    prevFailures = s.failures;
    if (s.users !== undefined) w.vus = Math.max(w.vus ?? 0, s.users);
    // Cumulative percentiles describe the run so far, not the window: only per-window ones are kept.
    if (fullHistory) {
      const at = (q: number) => s.quantiles.find(([f]) => f === q)?.[1];
      const p50 = at(0.5);
      const p95 = at(0.95);
      const p99 = at(0.99);
      if (p50 !== undefined) w.p50 = p50;
      if (p95 !== undefined) w.p95 = p95;
      if (p99 !== undefined) w.p99 = p99;
    }
  }
  return [...out.values()].map(({ endCount: _c, endFailures: _f, ...w }) => w);
}

export function readLocustHistoryCsv(text: string, file: string): ReadResult {
  const history = parseLocustHistory(text, file);
  const diagnostics = [...history.diagnostics];
  if (!history.lastTotal || history.lastTotal.count === 0) {
    diagnostics.push({
      file,
      message:
        'The Locust history has no requests (every Aggregated row counts 0): there is nothing to compare.',
    });
    return { diagnostics };
  }
  return { run: historyRun(history, file), diagnostics };
}

/** A run from the history alone: the last row's totals; per-window percentiles are not the run's. */
export function historyRun(history: LocustHistory, file: string): Run {
  const options = {
    quality: 'bucketed' as const,
    latencyKind: 'total' as const,
    ...(history.durationSec ? { durationSec: history.durationSec } : {}),
  };
  const overall = combineRows(OVERALL_NAME, undefined, [history.lastTotal!], options);
  const { endpoints, folding } = foldSummaryRows(history.lastRows, options);
  const run: Run = {
    schema: 'loadgate/run@1',
    source: { tool: 'locust', format: 'locust-history-csv', file },
    profile: {},
    overall,
    endpoints,
    thresholds: [],
  };
  if (history.maxUsers !== undefined) run.profile.maxVUs = history.maxUsers;
  if (history.durationSec) run.profile.durationSec = history.durationSec;
  if (history.series.length > 0) run.series = history.series;
  if (folding) run.folding = folding;
  return run;
}
