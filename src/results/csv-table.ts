import { CsvRecords } from './raw/csv.js';

/** One data record of a small CSV file read whole, with the line it starts on (1-based). */
export interface CsvRow {
  fields: string[];
  line: number;
}

/** A CSV file read whole: its header, its records, and where a quoted field never closed. */
export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  /** The line where a quoted field opened and the file ended inside it (a truncated file). */
  unterminated?: number;
}

/**
 * Splits a small CSV file (a summary, never a raw stream) into header and records, honouring quoted fields
 * that span lines (Locust tracebacks). Blank lines are skipped.
 */
export function readCsvTable(text: string): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records = new CsvRecords(',');
  const lines = body.split('\n');
  let header: string[] | undefined;
  const rows: CsvRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (!records.open && line.trim() === '') continue;
    const record = records.push(line, i + 1);
    if (!record) continue;
    if (!header) header = record.fields.map((f) => f.trim());
    else rows.push(record);
  }
  const table: CsvTable = { header: header ?? [], rows };
  if (records.unterminated !== undefined) table.unterminated = records.unterminated;
  return table;
}

/** The first line of a text, without a byte-order mark or a trailing `\r`. */
export function headLine(head: string): string {
  const body = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  const nl = body.indexOf('\n');
  return (nl < 0 ? body : body.slice(0, nl)).replace(/\r$/, '');
}

/** A header's fields, quotes removed (Locust ≤ 0.14 quoted every header). */
export function headerFields(line: string): string[] {
  return line.split(',').map((f) => f.trim().replace(/^"(.*)"$/, '$1'));
}

/** A number from a CSV field, or undefined for `N/A`, empty and anything not finite. */
export function csvNumber(field: string | undefined): number | undefined {
  if (field === undefined) return undefined;
  const t = field.trim();
  if (t === '' || t === 'N/A') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}
