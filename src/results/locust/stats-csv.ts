import { OVERALL_NAME } from '../endpoint-name.js';
import { headerFields, headLine, readCsvTable } from '../csv-table.js';
import type { ReadDiagnostic, ReadResult, ResultReader, Run } from '../model.js';
import { combineRows, foldSummaryRows, round, type SummaryRow } from '../summary-rows.js';
import { columnsOf, field, isTotalRow, numberField, quantilePoints } from './columns.js';

/**
 * Locust `--csv PREFIX` → `PREFIX_stats.csv` (result-formats.md §5.1): one row per request type and name,
 * then the `Aggregated` row, which Locust computed from every request and which is the overall row here.
 * Times are milliseconds; the median and percentile columns are Locust's response-time buckets (two
 * significant digits), so every latency here is `bucketed`. A failure is what Locust counted as one
 * (`Failure Count`: an exception, a status ≥ 400, or `response.failure()`).
 */
export const locustStatsCsvReader: ResultReader = {
  format: 'locust-stats-csv',
  tool: 'locust',
  fileNameHint: /_stats\.csv$/i,
  sniff: (head) => isStatsHeader(headerFields(headLine(head))),
  read: readLocustStatsCsv,
};

function isStatsHeader(header: readonly string[]): boolean {
  const lower = new Set(header.map((h) => h.toLowerCase()));
  return (
    lower.has('name') &&
    (lower.has('type') || lower.has('method')) &&
    (lower.has('request count') || lower.has('# requests')) &&
    !lower.has('timestamp')
  );
}

export interface LocustStats {
  rows: SummaryRow[];
  total?: SummaryRow;
  diagnostics: ReadDiagnostic[];
}

/** The rows of a stats file, each checked; a bad row is a diagnostic with its line and is left out. */
export function parseLocustStats(text: string, file: string): LocustStats {
  const table = readCsvTable(text);
  const columns = columnsOf(table.header);
  const diagnostics: ReadDiagnostic[] = [];
  const rows: SummaryRow[] = [];
  let total: SummaryRow | undefined;
  // Locust ≤ 0.14 logged a failed request as a failure only, never in `# requests` (its `Total` row says so).
  const oldCounting =
    columns.index.count !== undefined &&
    table.header[columns.index.count]!.trim().toLowerCase() === '# requests' &&
    table.rows.some((r) => field(r.fields, columns, 'name') === 'Total');
  for (const { fields, line } of table.rows) {
    if (fields.length !== table.header.length) {
      diagnostics.push({
        file,
        line,
        message: `This row has ${fields.length} fields, the header ${table.header.length}: it was skipped (the file may be cut short or edited).`,
      });
      continue;
    }
    const type = field(fields, columns, 'type');
    const name = field(fields, columns, 'name') ?? '';
    const requests = numberField(fields, columns, 'count');
    const failures = numberField(fields, columns, 'failures') ?? 0;
    if (requests === undefined || requests < 0) {
      diagnostics.push({
        file,
        line,
        message: `The request count "${field(fields, columns, 'count') ?? ''}" of "${name}" is not a number: the row was skipped.`,
      });
      continue;
    }
    const separate = oldCounting || failures > requests;
    const row: SummaryRow = {
      name,
      count: separate ? requests + failures : requests,
      errors: failures,
      quantiles: quantilePoints(fields, columns),
    };
    const method = type?.trim();
    if (method && method !== 'None') row.method = method;
    const min = numberField(fields, columns, 'min');
    const mean = numberField(fields, columns, 'mean');
    const max = numberField(fields, columns, 'max');
    const median = numberField(fields, columns, 'median');
    const rps = numberField(fields, columns, 'rps');
    if (row.count > 0) {
      if (min !== undefined) row.min = min;
      if (mean !== undefined) row.mean = round(mean);
      if (max !== undefined) row.max = max;
      if (median !== undefined && !row.quantiles.some(([f]) => f === 0.5))
        row.quantiles.unshift([0.5, median]);
    }
    if (rps !== undefined) row.throughput = rps;
    const insane = sanity(row);
    if (insane) diagnostics.push({ file, line, message: insane, severity: 'warning' });
    if (isTotalRow(type, name)) total = row;
    else rows.push(row);
  }
  if (table.unterminated !== undefined) {
    diagnostics.push({
      file,
      line: table.unterminated,
      message:
        'A quoted field opens here and never closes: the file looks cut short; the rows before were read.',
      severity: 'warning',
    });
  }
  return { rows, ...(total ? { total } : {}), diagnostics };
}

/** Min ≤ mean ≤ max, in one unit: a row that breaks it has shifted columns or a foreign unit. */
function sanity(row: SummaryRow): string | undefined {
  const { min, mean, max } = row;
  if (min === undefined || mean === undefined || max === undefined || row.count === 0) return undefined;
  const slack = Math.max(1, max * 0.001);
  if (mean < min - slack || mean > max + slack || min > max) {
    return `"${row.name}": average ${mean} ms lies outside min ${min} ms … max ${max} ms: the columns look shifted or in another unit; its numbers are kept as written.`;
  }
  return undefined;
}

export function readLocustStatsCsv(text: string, file: string): ReadResult {
  const stats = parseLocustStats(text, file);
  return locustStatsRun(stats, file, 'locust-stats-csv');
}

/** The Run of a stats file's rows (a stats file alone is a full run: totals, endpoints, percentiles). */
export function locustStatsRun(
  stats: LocustStats,
  file: string,
  format: Run['source']['format'],
): ReadResult {
  const diagnostics = [...stats.diagnostics];
  if (stats.rows.length === 0 && !stats.total) {
    diagnostics.push({ file, message: 'The Locust stats file has no rows: there is nothing to compare.' });
    return { diagnostics };
  }
  const options = { quality: 'bucketed' as const, latencyKind: 'total' as const };
  let overall;
  if (stats.total) {
    overall = combineRows(OVERALL_NAME, undefined, [stats.total], options);
  } else {
    diagnostics.push({
      file,
      message:
        'The Locust stats file has no Aggregated row (it may be cut short): the overall row was computed from the endpoint rows.',
      severity: 'warning',
    });
    overall = combineRows(OVERALL_NAME, undefined, stats.rows, options);
  }
  // Locust's Requests/s is requests over (last request − run start), so the two give the run's length.
  const durationSec =
    stats.total?.throughput && stats.total.count > 0
      ? Math.round((stats.total.count / stats.total.throughput) * 10) / 10
      : undefined;
  const { endpoints, folding } = foldSummaryRows(stats.rows, {
    ...options,
    ...(durationSec ? { durationSec } : {}),
  });
  const run: Run = {
    schema: 'loadgate/run@1',
    source: { tool: 'locust', format, file },
    profile: durationSec ? { durationSec } : {},
    overall,
    endpoints,
    thresholds: [],
  };
  if (folding) run.folding = folding;
  return { run, diagnostics };
}
