import type { SampleSink, SampleStreamReader } from '../model.js';
import { CsvRecords } from '../raw/csv.js';
import { forEachLine, forEachLineBytes } from '../raw/lines.js';
import { isTransactionMessage, jmeterErrorKind, jmeterPhases, JmeterTimestamps } from './sample.js';

/**
 * The columns JMeter writes by default (bin/jmeter.properties, 5.x), in `CSVSaveService` order: what a file
 * without a header line (`print_field_names=false`) is read as.
 */
export const DEFAULT_JTL_COLUMNS = [
  'timeStamp',
  'elapsed',
  'label',
  'responseCode',
  'responseMessage',
  'threadName',
  'dataType',
  'success',
  'failureMessage',
  'bytes',
  'sentBytes',
  'grpThreads',
  'allThreads',
  'URL',
  'Latency',
  'IdleTime',
  'Connect',
] as const;

/**
 * JMeter CSV JTL (result-formats.md §3.1): one row per top-level sample, columns by header name (any subset,
 * any order, comma or tab), or the 17 default columns when there is no header. `elapsed` (ms, the whole
 * sample incl. connect) is the latency; `success` the verdict. Transaction Controller parents (message
 * "Number of samples in transaction …") are rows of their own, not requests, so their children are not
 * counted twice. `SampleCount`/`ErrorCount` weight batched samples.
 */
export const jmeterJtlCsvStream: SampleStreamReader = {
  format: 'jmeter-jtl-csv',
  tool: 'jmeter',
  latencyKind: 'total',
  stamps: 'start',
  feed: feedJtlCsv,
  feedBytes: feedJtlCsvBytes,
};

interface Columns {
  timeStamp: number;
  elapsed: number;
  label: number;
  responseCode: number;
  responseMessage: number;
  success: number;
  failureMessage: number;
  dataType: number;
  allThreads: number;
  sampleCount: number;
  errorCount: number;
  /** Not a JMeter column: Taurus's Locust wrapper writes the request's method into its kpi.jtl. */
  method: number;
  latency: number;
  connect: number;
}

function columnsOf(names: readonly string[]): Columns {
  const at = (n: string): number => names.indexOf(n);
  return {
    timeStamp: at('timeStamp'),
    elapsed: at('elapsed'),
    label: at('label'),
    responseCode: at('responseCode'),
    responseMessage: at('responseMessage'),
    success: at('success'),
    failureMessage: at('failureMessage'),
    dataType: at('dataType'),
    allThreads: at('allThreads'),
    sampleCount: at('SampleCount'),
    errorCount: at('ErrorCount'),
    method: at('method'),
    latency: at('Latency'),
    connect: at('Connect'),
  };
}

export async function feedJtlCsv(
  input: AsyncIterable<string>,
  _file: string,
  sink: SampleSink,
): Promise<void> {
  const reader = jtlReader(sink);
  reader.finish(await forEachLine(input, reader.onLine));
}

/**
 * The same over bytes. A plain row (no quote, a one-character delimiter, a successful sample with a data type,
 * whole-number time stamp, elapsed and thread count) is read in place: its fields are located without
 * splitting it, the numbers parsed from their digits and only the label kept as a string. Every other row is
 * read as `feedJtlCsv` reads it.
 */
export async function feedJtlCsvBytes(
  input: AsyncIterable<Buffer>,
  _file: string,
  sink: SampleSink,
): Promise<void> {
  const reader = jtlReader(sink);
  // Where each field of the row being read starts and ends.
  const starts: number[] = [];
  const ends: number[] = [];
  const onLine = (buf: Buffer, start: number, end: number, lineNo: number): void => {
    const fast = reader.fast();
    if (!fast || start === end) return reader.onLine(buf.toString('latin1', start, end), lineNo);
    const { cols, delimiter, width } = fast;
    // One decode of the row, then the engine's own character search: in V8 this is faster than a loop over
    // the bytes, and only short-lived strings are made.
    const line = buf.toString('latin1', start, end);
    if (line.indexOf('"') >= 0) return reader.onLine(line, lineNo);
    let n = 0;
    let from = 0;
    for (let i = line.indexOf(delimiter); i >= 0; i = line.indexOf(delimiter, from)) {
      starts[n] = from;
      ends[n++] = i;
      from = i + 1;
    }
    starts[n] = from;
    ends[n++] = line.length;
    const elapsed = wholeNumber(line, starts[cols.elapsed]!, ends[cols.elapsed]!);
    const time =
      cols.timeStamp < 0 ? undefined : wholeNumber(line, starts[cols.timeStamp]!, ends[cols.timeStamp]!);
    const threads =
      cols.allThreads < 0 ? undefined : wholeNumber(line, starts[cols.allThreads]!, ends[cols.allThreads]!);
    const ok =
      cols.success < 0 ||
      (ends[cols.success]! - starts[cols.success]! === 4 && line.startsWith('true', starts[cols.success]!));
    if (
      n < width ||
      elapsed < 0 ||
      time === -1 ||
      threads === -1 ||
      !ok ||
      // An empty (or unsaved) data type may be a Transaction Controller parent, told by its message.
      (cols.dataType >= 0 ? starts[cols.dataType] === ends[cols.dataType] : cols.responseMessage >= 0)
    )
      return reader.onLine(line, lineNo);
    const label = line.slice(starts[cols.label]!, ends[cols.label]!);
    if (threads !== undefined) sink.vus(time, threads);
    sink.request(label, undefined, time, elapsed, false, undefined);
    if (cols.latency >= 0) {
      const connect = cols.connect < 0 ? -1 : wholeNumber(line, starts[cols.connect]!, ends[cols.connect]!);
      const latency = wholeNumber(line, starts[cols.latency]!, ends[cols.latency]!);
      jmeterPhases(sink, elapsed, latency, connect < 0 ? undefined : connect);
    }
  };
  reader.finish(await forEachLineBytes(input, onLine));
}

/** A whole number of at most 15 digits in the text, or -1 for anything else (read the slow way). */
function wholeNumber(s: string, start: number, end: number): number {
  if (start >= end || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The row logic of both feeds, and what is said at the end. */
function jtlReader(sink: SampleSink) {
  let records: CsvRecords | undefined;
  let cols: Columns | undefined;
  let width = 0;
  let stopped = false;
  const bad: { line: number; message: string }[] = [];
  const times = new JmeterTimestamps();

  let read: boolean[] = [];
  const scratch: string[] = [];
  const fastFields = (line: string, delimiter: string): string[] => {
    let start = 0;
    let n = 0;
    for (;;) {
      const end = line.indexOf(delimiter, start);
      if (read[n]) scratch[n] = end < 0 ? line.slice(start) : line.slice(start, end);
      n++;
      if (end < 0) break;
      start = end + 1;
    }
    scratch.length = n;
    return scratch;
  };
  const use = (c: Columns): Columns => {
    read = [];
    for (const i of Object.values(c)) if (i >= 0) read[i] = true;
    return c;
  };

  const onRecord = (f: string[], lineNo: number): void => {
    if (!cols) {
      if (f.includes('elapsed') && f.includes('label')) {
        cols = use(columnsOf(f.map((s) => s.trim())));
        width = f.length;
        return;
      }
      if (f.length !== DEFAULT_JTL_COLUMNS.length) {
        sink.diagnostic(
          `The JTL has no header line and ${f.length} columns, not JMeter's ${DEFAULT_JTL_COLUMNS.length} default ones, so its columns are unknown. Save it with a header (jmeter.save.saveservice.print_field_names=true).`,
          lineNo,
        );
        stopped = true;
        return;
      }
      cols = use(columnsOf(DEFAULT_JTL_COLUMNS));
      width = DEFAULT_JTL_COLUMNS.length;
    }
    // sample_variables are appended after the known columns, so a longer row is fine; a shorter one is not.
    if (f.length < width) {
      if (f.length === 1 && f[0] === '') return;
      bad.push({ line: lineNo, message: `Row has ${f.length} fields, the header ${width}; it was skipped.` });
      return;
    }
    const elapsed = Number(f[cols.elapsed]);
    if (!Number.isFinite(elapsed)) {
      const message = `"elapsed" is ${JSON.stringify(f[cols.elapsed]?.slice(0, 40))}, not a number; the row was skipped.`;
      bad.push({ line: lineNo, message });
      return;
    }
    const label = f[cols.label] ?? '';
    const time = cols.timeStamp >= 0 ? times.parse(f[cols.timeStamp]!) : undefined;
    const ok = cols.success < 0 || f[cols.success] === 'true';
    const message = cols.responseMessage >= 0 ? f[cols.responseMessage]! : '';
    const dataType = cols.dataType >= 0 ? f[cols.dataType] : '';
    if (dataType === '' && isTransactionMessage(message)) {
      sink.transaction(label, time, elapsed, !ok);
      return;
    }
    if (cols.allThreads >= 0) sink.vus(time, Number(f[cols.allThreads]));
    const code = cols.responseCode >= 0 ? f[cols.responseCode]! : '';
    const kind = ok
      ? undefined
      : jmeterErrorKind(code, cols.failureMessage >= 0 ? f[cols.failureMessage]! : '');
    const samples = cols.sampleCount >= 0 ? Number(f[cols.sampleCount]) : 1;
    const method = cols.method >= 0 ? f[cols.method] || undefined : undefined;
    if (cols.latency >= 0)
      jmeterPhases(
        sink,
        elapsed,
        Number(f[cols.latency]),
        cols.connect >= 0 ? Number(f[cols.connect]) : undefined,
        samples > 1 ? samples : 1,
      );
    if (samples > 1) {
      const errors = Math.min(samples, Math.max(0, Number(f[cols.errorCount]) || 0));
      if (errors > 0) sink.request(label, method, time, elapsed, true, kind ?? 'failed', errors);
      if (samples > errors) sink.request(label, method, time, elapsed, false, undefined, samples - errors);
      return;
    }
    sink.request(label, method, time, elapsed, !ok, kind);
  };

  /** What the byte path needs once the header is read and every row is plain so far; undefined otherwise. */
  const fast = (): { cols: Columns; delimiter: string; width: number } | undefined =>
    cols &&
    records &&
    !records.open &&
    !stopped &&
    records.delimiter.length === 1 &&
    cols.sampleCount < 0 &&
    cols.elapsed >= 0 &&
    cols.label >= 0
      ? { cols, delimiter: records.delimiter, width }
      : undefined;
  const onLine = (line: string, lineNo: number): void => {
    if (stopped) return;
    if (!records) {
      if (line.trim() === '') return;
      records = new CsvRecords(delimiterOf(line));
    }
    // Nearly every row has no quote: only the columns read are sliced out of it, into one reused array.
    if (cols && !records.open && line.indexOf('"') < 0 && records.delimiter.length === 1) {
      if (line === '') return;
      onRecord(fastFields(line, records.delimiter), lineNo);
      return;
    }
    const record = records.push(line, lineNo);
    if (record) onRecord(record.fields, record.line);
  };
  const finish = ({ lines, endsWithNewline }: { lines: number; endsWithNewline: boolean }): void => {
    // A bad last line without a newline is where the writer was stopped, not a malformed row.
    const cut = !endsWithNewline && bad.at(-1)?.line === lines ? bad.pop() : undefined;
    for (const b of bad.slice(0, 5)) sink.diagnostic(b.message, b.line);
    if (bad.length > 5) sink.diagnostic(`${bad.length - 5} more malformed rows were skipped.`);
    if (cut) {
      sink.diagnostic(
        `The file ends in the middle of line ${cut.line}: JMeter was probably stopped while writing. The rows before it were read.`,
        cut.line,
        'warning',
      );
    }
    const open = records?.unterminated;
    if (open !== undefined)
      sink.diagnostic(
        `A quoted field opened on line ${open} never closes: the file looks truncated. The rows before it were read.`,
        open,
        'warning',
      );
    if (lines === 0) sink.diagnostic('The JTL is empty.');
  };
  return { onLine, fast, finish };
}

/** The header names the delimiter (`timeStamp<delim>…`); a headerless file uses whichever of tab or comma it has. */
function delimiterOf(firstLine: string): string {
  const m = /^timeStamp([^A-Za-z0-9])/.exec(firstLine);
  if (m) return m[1]!;
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}
