import { headerFields, headLine, readCsvTable } from '../csv-table.js';
import type { ReadDiagnostic, ReadResult, ResultReader } from '../model.js';
import { columnsOf, field, numberField } from './columns.js';

/**
 * Locust `PREFIX_failures.csv`: `Method,Name,Error,Occurrences` (+ `First Seen,Last Seen` since 2.44), and
 * `PREFIX_exceptions.csv`: `Count,Message,Traceback,Nodes`. Neither has request counts, so neither is a run:
 * given with the `_stats.csv` of the same run, failures become each endpoint's errors by kind; exceptions
 * (errors in the locustfile's own code, not in requests) are recognised and add nothing.
 */
export const locustFailuresCsvReader: ResultReader = {
  format: 'locust-failures-csv',
  tool: 'locust',
  fileNameHint: /_failures\.csv$/i,
  sniff: (head) => {
    const lower = headerFields(headLine(head)).map((h) => h.toLowerCase());
    return lower.includes('error') && lower.includes('occurrences') && lower.includes('name');
  },
  read: (_text, file) => ({ diagnostics: [companionOnly(file, 'failures')] }),
};

export const locustExceptionsCsvReader: ResultReader = {
  format: 'locust-exceptions-csv',
  tool: 'locust',
  fileNameHint: /_exceptions\.csv$/i,
  sniff: (head) => /^"?Count"?,"?Message"?,"?Traceback"?/.test(headLine(head)),
  read: (_text, file) => ({ diagnostics: [companionOnly(file, 'exceptions')] }),
};

function companionOnly(file: string, what: string): ReadDiagnostic {
  return {
    file,
    message: `This Locust ${what} file has no request counts, so it is no run by itself: give it together with the _stats.csv of the same run (e.g. results_*.csv).`,
  };
}

export interface LocustFailure {
  method?: string;
  name: string;
  error: string;
  occurrences: number;
}

export function parseLocustFailures(
  text: string,
  file: string,
): { failures: LocustFailure[]; diagnostics: ReadDiagnostic[] } {
  const table = readCsvTable(text);
  const columns = columnsOf(table.header);
  const failures: LocustFailure[] = [];
  const diagnostics: ReadDiagnostic[] = [];
  for (const { fields, line } of table.rows) {
    const occurrences = numberField(fields, columns, 'occurrences');
    const name = field(fields, columns, 'name');
    if (fields.length !== table.header.length || occurrences === undefined || name === undefined) {
      diagnostics.push({ file, line, message: 'This failures row could not be read: it was skipped.' });
      continue;
    }
    const method = field(fields, columns, 'type')?.trim();
    failures.push({
      ...(method && method !== 'None' ? { method } : {}),
      name,
      error: field(fields, columns, 'error') ?? '',
      occurrences,
    });
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
  return { failures, diagnostics };
}

/** An error text as a bounded kind: ids and numbers in URLs folded, long texts cut. */
export function errorKind(error: string): string {
  const folded = error
    .replace(/\/[0-9a-f]{8}-[0-9a-f-]{27}/gi, '/{id}')
    .replace(/\/\d+(?=[/'"\s)?,]|$)/g, '/{id}')
    .trim();
  return folded.length > 160 ? `${folded.slice(0, 157)}...` : folded;
}

export function readLocustFailures(text: string, file: string): ReadResult {
  return { diagnostics: parseLocustFailures(text, file).diagnostics };
}
