import { csvNumber } from '../csv-table.js';

/**
 * Locust's CSV column names across versions (`locust/stats.py` `StatsCSV`): ≤ 1.0 wrote `"Method"`,
 * `"# requests"`, `"# failures"`, `"Median response time"`…; 1.1 and later `Type`, `Request Count`,
 * `Failure Count`, `Median Response Time`…. Headers are matched case-insensitively.
 */
export const COLUMNS = {
  type: ['type', 'method'],
  name: ['name'],
  count: ['request count', '# requests'],
  failures: ['failure count', '# failures'],
  median: ['median response time'],
  mean: ['average response time'],
  min: ['min response time'],
  max: ['max response time'],
  rps: ['requests/s'],
  // history
  timestamp: ['timestamp'],
  users: ['user count'],
  totalCount: ['total request count'],
  totalFailures: ['total failure count'],
  totalMedian: ['total median response time'],
  totalMean: ['total average response time'],
  totalMin: ['total min response time'],
  totalMax: ['total max response time'],
  // failures
  error: ['error'],
  occurrences: ['occurrences'],
} as const;

export type Column = keyof typeof COLUMNS;

/** Column positions of a header, and its percentile columns (`50%` … `100%`) as fractions. */
export interface Columns {
  index: Partial<Record<Column, number>>;
  percentiles: { fraction: number; index: number }[];
}

export function columnsOf(header: readonly string[]): Columns {
  const lower = header.map((h) => h.trim().toLowerCase());
  const index: Partial<Record<Column, number>> = {};
  for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const at = lower.findIndex((h) => names.includes(h));
    if (at >= 0) index[column] = at;
  }
  const percentiles = lower
    .map((h, i) => ({ m: /^(\d+(?:\.\d+)?)%$/.exec(h), i }))
    .filter((p) => p.m)
    .map((p) => ({ fraction: Number(p.m![1]) / 100, index: p.i }));
  return { index, percentiles };
}

export function field(fields: readonly string[], columns: Columns, column: Column): string | undefined {
  const i = columns.index[column];
  return i === undefined ? undefined : fields[i];
}

export function numberField(fields: readonly string[], columns: Columns, column: Column): number | undefined {
  return csvNumber(field(fields, columns, column));
}

/** A row's percentile columns as `[fraction, ms]` points; `N/A` ones (no requests yet) are left out. */
export function quantilePoints(fields: readonly string[], columns: Columns): [number, number][] {
  const points: [number, number][] = [];
  for (const { fraction, index } of columns.percentiles) {
    const v = csvNumber(fields[index]);
    if (v !== undefined) points.push([fraction, v]);
  }
  return points;
}

/** The total row: `Aggregated` (1.0+, empty Type) or `Total` (0.x, Type `None`). */
export function isTotalRow(type: string | undefined, name: string | undefined): boolean {
  const t = (type ?? '').trim();
  return (t === '' || t === 'None') && (name === 'Aggregated' || name === 'Total');
}
