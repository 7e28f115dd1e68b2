import { artilleryReportReader } from './artillery/report.js';
import { autocannonJsonReader } from './autocannon/json.js';
import { sniffGatlingBinaryLog, sniffGatlingLog } from './gatling/sniff.js';
import { gatlingGlobalStatsReader, gatlingStatsReader } from './gatling/stats-json.js';
import { jmeterStatisticsJsonReader } from './jmeter/statistics-json.js';
import { isObject, parseJson } from './json.js';
import { k6MachineReadableReader } from './k6/machine-readable.js';
import { k6SummaryExportReader } from './k6/summary-export.js';
import { k6SummaryReader } from './k6/summary.js';
import { locustExceptionsCsvReader, locustFailuresCsvReader } from './locust/failures-csv.js';
import { locustHistoryCsvReader } from './locust/history-csv.js';
import { locustJsonReader, locustWorkerLdjsonReader } from './locust/json.js';
import { locustLogReader } from './locust/log.js';
import { locustStatsCsvReader } from './locust/stats-csv.js';
import type { ReadResult, ResultFormat, ResultReader } from './model.js';
import { sniffJtlCsv, sniffJtlXml, sniffK6Csv, sniffK6Ndjson } from './raw/sniff.js';
import { runFileReader } from './run-file.js';
import { taurusFinalStatsCsvReader, taurusFinalStatsXmlReader } from './taurus/final-stats.js';
import { taurusJunitXmlReader } from './taurus/junit-xml.js';

/**
 * Every result format loadgate reads. Adding a format = adding its reader file and one entry here. Raw-sample
 * streams are loaded on first use (`loadStream`), so start-up pays only for their sniffing.
 */
export const resultReaders: ResultReader[] = [
  runFileReader,
  k6MachineReadableReader,
  k6SummaryReader,
  k6SummaryExportReader,
  artilleryReportReader,
  locustStatsCsvReader,
  locustHistoryCsvReader,
  locustFailuresCsvReader,
  locustExceptionsCsvReader,
  locustJsonReader,
  locustWorkerLdjsonReader,
  locustLogReader,
  taurusFinalStatsXmlReader,
  taurusFinalStatsCsvReader,
  taurusJunitXmlReader,
  autocannonJsonReader,
  {
    format: 'k6-ndjson',
    tool: 'k6',
    sniff: sniffK6Ndjson,
    loadStream: async () => (await import('./k6/ndjson.js')).k6NdjsonStream,
  },
  {
    format: 'k6-csv',
    tool: 'k6',
    sniff: sniffK6Csv,
    loadStream: async () => (await import('./k6/csv.js')).k6CsvStream,
  },
  {
    format: 'jmeter-jtl-csv',
    tool: 'jmeter',
    sniff: sniffJtlCsv,
    fileNameHint: /\.(jtl|csv)$/i,
    loadStream: async () => (await import('./jmeter/jtl-csv.js')).jmeterJtlCsvStream,
  },
  {
    format: 'jmeter-jtl-xml',
    tool: 'jmeter',
    sniff: sniffJtlXml,
    fileNameHint: /\.(jtl|xml)$/i,
    loadStream: async () => (await import('./jmeter/jtl-xml.js')).jmeterJtlXmlStream,
  },
  jmeterStatisticsJsonReader,
  gatlingStatsReader,
  gatlingGlobalStatsReader,
  {
    format: 'gatling-simulation-log',
    tool: 'gatling',
    sniff: sniffGatlingLog,
    fileNameHint: /\.log$/i,
    loadStream: async () => (await import('./gatling/text-log.js')).gatlingLogStream,
  },
  {
    format: 'gatling-binary-log',
    tool: 'gatling',
    sniff: sniffGatlingBinaryLog,
    fileNameHint: /\.log$/i,
    loadStream: async () => (await import('./gatling/binary-log.js')).gatlingBinaryLogStream,
  },
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

/** The reader of a format by name (`format:` in `.loadgate.yml`). */
export function readerFor(format: string): ResultReader | undefined {
  return resultReaders.find((r) => r.format === format);
}

/**
 * The JSON format whose structure the whole document has (`ResultReader.sniffDocument`), for a file whose head
 * named none; undefined when it is not JSON or has none of them.
 */
export function sniffDocument(text: string, file: string): ResultReader | undefined {
  const parsed = parseJson(text, file);
  if (!parsed.ok) return undefined;
  return resultReaders.find((r) => r.sniffDocument?.(parsed.value));
}

/** Reads a result file of any known format. Never throws; an unknown file gets one diagnostic saying why. */
export function readResult(text: string, file: string): ReadResult {
  const reader =
    sniffFormat(text.slice(0, SNIFF_BYTES), file) ??
    (text.length > SNIFF_BYTES ? sniffDocument(text, file) : undefined);
  if (reader && !reader.read) return { diagnostics: [streamOnly(reader, file)] };
  if (reader?.read) {
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
  if (!reader.read) return { diagnostics: [streamOnly(reader, file)] };
  return reader.read(text, file);
}

/** A raw stream given as text: only the node layer (`src/engine/read-result-file.ts`) streams files. */
function streamOnly(reader: ResultReader, file: string): { file: string; message: string } {
  return {
    file,
    message: `${reader.format} is a raw-sample stream; it is read from the file, not from text.`,
  };
}

/** The formats sniffing tried, by the names `format:` in `.loadgate.yml` takes. */
function tried(): string {
  return `Formats tried: ${resultReaders.map((r) => r.format).join(', ')}; if the file is one of them, name it with "format:" in .loadgate.yml.`;
}

/** Every format tried, named when a file is none of them. */
export const EXPECTED =
  'Expected a k6 summary (handleSummary JSON), k6 summary export (--summary-export), k6 machine-readable summary, k6 --out json (NDJSON, .gz too) or --out csv, JMeter JTL (CSV or XML) or HTML dashboard statistics.json, Artillery report (artillery run --output), Gatling simulation.log (text or binary) or report js/stats.json / global_stats.json, Locust --csv (stats, history, failures) or --json, Taurus final-stats (dump-xml, dump-csv) or junit-xml report, autocannon --json, or loadgate run file.';

export function unrecognised(text: string, file: string): { file: string; message: string; line?: number } {
  const parsed = parseJson(text, file);
  if (!parsed.ok) {
    // An empty file needs no list; binary data or text that is not JSON gets every format expected.
    const d = parsed.diagnostic;
    if (d.message.startsWith('Invalid JSON'))
      return { ...d, message: `Not a result format loadgate knows. ${d.message} ${EXPECTED} ${tried()}` };
    return d.message.includes('binary')
      ? { ...d, message: `The file is binary, and no result format loadgate knows. ${EXPECTED}` }
      : d;
  }
  const v = parsed.value;
  if (isObject(v) && Array.isArray(v.assertions) && 'simulation' in v && 'scenarios' in v) {
    return {
      file,
      message:
        "This is a Gatling report's assertions.json: it has the assertions' outcome but no statistics. Give the report's js/stats.json instead; loadgate reads assertions.json from beside it.",
    };
  }
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
    message: `Not a result format loadgate knows: found ${found}. ${EXPECTED} ${tried()}`,
  };
}
