import { artilleryReportReader } from './artillery/report.js';
import { isObject, parseJson } from './json.js';
import { k6MachineReadableReader } from './k6/machine-readable.js';
import { k6SummaryExportReader } from './k6/summary-export.js';
import { k6SummaryReader } from './k6/summary.js';
import type { ReadResult, ResultFormat, ResultReader } from './model.js';
import { runFileReader } from './run-file.js';

/** Every result format loadgate reads. Adding a format = adding its reader file and one line here. */
export const resultReaders: ResultReader[] = [
  runFileReader,
  k6MachineReadableReader,
  k6SummaryReader,
  k6SummaryExportReader,
  artilleryReportReader,
];

/** How much of a file sniffing looks at: every format names itself within its first metrics. */
export const SNIFF_BYTES = 64 * 1024;

/**
 * The reader for a file, chosen by content. When several readers claim it, the one whose usual file name
 * matches wins (`summary-export.json` → export); the file name alone never picks a reader.
 */
export function sniffFormat(head: string, file: string): ResultReader | undefined {
  const claims = resultReaders.filter((r) => r.sniff(head, file));
  if (claims.length <= 1) return claims[0];
  const base = file.replace(/^.*[\\/]/, '');
  return claims.find((r) => r.fileNameHint?.test(base)) ?? claims[0];
}

/** Reads a result file of any known format. Never throws; an unknown file gets one diagnostic saying why. */
export function readResult(text: string, file: string): ReadResult {
  const reader = sniffFormat(text.slice(0, SNIFF_BYTES), file);
  if (reader) {
    try {
      return { ...reader.read(text, file), format: reader.format };
    } catch (error) {
      // Readers do not throw by design; this keeps a reader bug from stopping the whole run.
      const why = error instanceof Error ? error.message : String(error);
      return {
        diagnostics: [
          {
            file,
            message: `The ${reader.format} reader failed on this file: ${why}. Please report this as a loadgate bug.`,
          },
        ],
      };
    }
  }
  return { diagnostics: [unrecognised(text, file)] };
}

/** Reads a file as a given format, for callers that know it (`--format`). */
export function readResultAs(format: ResultFormat, text: string, file: string): ReadResult {
  const reader = resultReaders.find((r) => r.format === format);
  if (!reader) return { diagnostics: [{ file, message: `No reader for result format "${format}".` }] };
  return reader.read(text, file);
}

const EXPECTED =
  'Expected a k6 summary (handleSummary JSON), k6 summary export (--summary-export), k6 machine-readable summary, Artillery report (artillery run --output) or loadgate run file.';

function unrecognised(text: string, file: string): { file: string; message: string; line?: number } {
  const parsed = parseJson(text, file);
  if (!parsed.ok) {
    const newline = text.indexOf('\n');
    const firstLine = (newline < 0 ? text : text.slice(0, newline)).trim();
    if (looksLikeK6Ndjson(firstLine)) {
      return {
        file,
        message:
          'This is a k6 --out json stream (NDJSON), which loadgate does not read yet. Write a summary instead: k6 run --summary-export=summary.json, or handleSummary.',
      };
    }
    return parsed.diagnostic;
  }
  const v = parsed.value;
  const found = isObject(v)
    ? `top-level keys ${
        Object.keys(v)
          .slice(0, 6)
          .map((k) => JSON.stringify(k.slice(0, 40)))
          .join(', ') || '(none)'
      }`
    : Array.isArray(v)
      ? 'an array'
      : `a ${v === null ? 'null' : typeof v}`;
  return {
    file,
    message: `Not a k6 summary, k6 summary export or Artillery report: found ${found}. ${EXPECTED}`,
  };
}

function looksLikeK6Ndjson(line: string): boolean {
  try {
    const first: unknown = JSON.parse(line);
    return isObject(first) && (first.type === 'Metric' || first.type === 'Point') && 'metric' in first;
  } catch {
    return false;
  }
}
