import type { EndpointRowHandle, SampleSink, SampleStreamReader } from '../model.js';
import { ByteStrings } from '../raw/byte-strings.js';
import { LABEL_SLOTS, NUMBERS, RowSplitter, STRIDE } from '../raw/split-rows.js';
import { bucketOfKey, KEY_LIMIT, WINDOW_SLOTS } from '../raw/tally.js';
import { isLending } from '../raw/wasm.js';
import { CsvRecords } from '../raw/csv.js';
import { type FastLines, forEachLine, forEachLineBytes, type LinesRead } from '../raw/lines.js';
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
 * The same over bytes. Plain rows (no quote, a one-character delimiter, a successful sample with a data type,
 * whole-number time stamp, elapsed and thread count) are read in place, a batch at a time: their fields and
 * numbers are found by WebAssembly (`RowSplitter`), and a label seen before is told by its bytes there too, so
 * it costs no string. Every other row is read as `feedJtlCsv` reads it.
 */
export async function feedJtlCsvBytes(
  input: AsyncIterable<Buffer>,
  _file: string,
  sink: SampleSink,
): Promise<void> {
  const reader = jtlReader(sink);
  const labels = new ByteStrings(1024);
  // Made before the first chunk is read, so that the file is read into its memory.
  const splitter = new RowSplitter();
  if (isLending(input)) input.readInto(splitter.lend(input.chunkSize));
  let rows: PlainRows | undefined;
  /** Whether the plain path is open now; asked again after each row the text path read (a quote opens). */
  let open = false;
  let stale = true;
  const fast: FastLines = {
    end: 0,
    chunk: () => rows?.chunk(),
    read(buf, start) {
      if (stale) {
        stale = false;
        const layout = reader.fast();
        open = layout !== undefined;
        if (layout) rows ??= plainRows(layout, sink, labels, splitter);
      }
      if (!open) return 0;
      const read = rows!.read(buf, start);
      if (read > 0) fast.end = rows!.end;
      return read;
    },
  };
  const onLine = (buf: Buffer, start: number, end: number, lineNo: number): void => {
    stale = true;
    reader.onLine(buf.toString('latin1', start, end), lineNo);
  };
  let lines: LinesRead;
  try {
    lines = await forEachLineBytes(input, onLine, fast);
  } finally {
    // A stream that fails part-way (a truncated gzip) keeps the samples read before: the tallied ones too.
    rows?.flush();
  }
  reader.finish(lines);
}

/** What the byte path reads a file's rows by, once its header is read. */
interface Layout {
  cols: Columns;
  delimiter: string;
  width: number;
}

interface PlainRows {
  /** Reads the plain rows from `start`; returns how many, `end` being the last one's newline. */
  read(buf: Buffer, start: number): number;
  end: number;
  /** A new chunk begins. */
  chunk(): void;
  /** Gives the sink what was tallied and not given yet: called once the rows are read. */
  flush(): void;
}

/**
 * Reads the plain rows from `start`, up to one that is not (a quote, a failure without a three-digit code, a
 * short row, a number that is not whole, the chunk's end), which `feedJtlCsv`'s logic reads then. The rows are
 * split by WebAssembly (`RowSplitter`: newline, field bounds, whole numbers and the label's slot) a batch at a
 * time, and the columns read are taken from where their fields are.
 */
function plainRows(
  layout: Layout,
  sink: SampleSink,
  labels: ByteStrings,
  rowSplitter: RowSplitter,
): PlainRows {
  const { cols, width } = layout;
  const timed = cols.timeStamp >= 0;
  const threaded = cols.allThreads >= 0;
  const phased = cols.latency >= 0;
  const connected = cols.connect >= 0;
  // Without a data type column an empty one cannot be told apart: a Transaction Controller parent is told by
  // its message, which only the text path reads. A method column (Taurus) is read there too, and so is a row
  // whose columns read are past those the splitter keeps.
  const usable =
    (cols.dataType >= 0 || cols.responseMessage < 0) &&
    cols.method < 0 &&
    Math.max(...Object.values(cols)) < STRIDE - 1;
  const splitter = usable ? rowSplitter : undefined;
  splitter?.configure({
    delimiter: layout.delimiter.charCodeAt(0),
    width,
    label: cols.label,
    success: cols.success,
    numbers: [cols.timeStamp, cols.elapsed, cols.allThreads, cols.latency, cols.connect],
  });
  /** The rows of the labels the splitter keeps, by slot; none when the sink cannot count in a known row. */
  const kept =
    sink.requestIn && sink.lastRequestRow ? new Array<EndpointRowHandle | undefined>(LABEL_SLOTS) : undefined;
  // The rows of kept labels are tallied where they are split (`RowSplitter.tally`) when the sink takes tallies
  // and rows have a time; the others are read one by one below.
  const tallies = splitter && kept && timed ? sink.tallies : undefined;
  splitter?.tallyConfig.configure(
    tallies?.windowMs ?? 0,
    tallies?.stampsAtStart ?? true,
    cols.dataType,
    threaded,
    phased,
    connected,
  );
  let batch = 0;
  /** Whether the chunk is in the splitter; the rows split in it, the next one to read and where it starts. */
  let loaded = false;
  let split = 0;
  let next = 0;
  let nextStart = -1;
  const codes = new ByteStrings(64);
  const kinds = new Map<string, string>();
  /**
   * The kind of a failed sample (`success` is `false`) whose response code is three digits (`HTTP 503`), as the
   * text path words it; undefined for any other row, which the text path reads.
   */
  const failureKind = (buf: Buffer, bounds: Int32Array, at: number): string | undefined => {
    if (!isWord(buf, bounds[at + cols.success]! + 1, bounds[at + cols.success + 1]!, FALSE)) return undefined;
    if (cols.responseCode < 0) return undefined;
    const codeStart = bounds[at + cols.responseCode]! + 1;
    if (bounds[at + cols.responseCode + 1]! - codeStart !== 3 || !isDigits(buf, codeStart, codeStart + 3))
      return undefined;
    const code = codes.get(buf, codeStart, codeStart + 3);
    let kind = kinds.get(code);
    if (kind === undefined) {
      kind = jmeterErrorKind(code, '');
      kinds.set(code, kind);
    }
    return kind;
  };
  /** Reads row r of the batch; false, with nothing fed, when it is not plain. */
  const readRow = (buf: Buffer, s: RowSplitter, r: number): boolean => {
    const bounds = s.bounds;
    const at = r * STRIDE;
    let error = false;
    let kind: string | undefined;
    if (s.successes[r] === 0) {
      kind = failureKind(buf, bounds, at);
      if (kind === undefined) return false;
      error = true;
    }
    if (cols.dataType >= 0 && bounds[at + cols.dataType + 1]! === bounds[at + cols.dataType]! + 1)
      return false;
    const numbers = s.numbers;
    const n = r * NUMBERS;
    const elapsed = numbers[n + 1]!;
    if (elapsed < 0) return false;
    const t = timed ? numbers[n]! : undefined;
    const threads = threaded ? numbers[n + 2]! : 0;
    const latency = phased ? numbers[n + 3]! : 0;
    const connect = connected ? numbers[n + 4]! : undefined;
    if (t! < 0 || threads < 0 || latency < 0 || connect! < 0) return false;
    // A label seen before is counted in its row by its slot; a new one (or one whose slot another took, or one
    // kept since this batch was split) by its string, and its row is kept for the next time.
    const slot = s.labels[r]!;
    const known = slot >= 0 && s.keptIn[slot] !== batch ? kept?.[slot] : undefined;
    // The first time an elapsed is met its bucket is learnt, so the tallies can take the next ones.
    if (tallies && elapsed < KEY_LIMIT && s.keys[elapsed]! < 0)
      s.keys[elapsed] = bucketOfKey(tallies.keyOf(elapsed));
    if (threaded && !sink.vusOfLastRequest) sink.vus(t, threads);
    if (known) sink.requestIn!(known, t, elapsed, error, kind);
    else {
      const from = bounds[at + cols.label]! + 1;
      const to = bounds[at + cols.label + 1]!;
      sink.request(labels.get(buf, from, to), undefined, t, elapsed, error, kind);
      const row = kept && sink.lastRequestRow!();
      if (row) {
        const keptAt = s.keep(from, to);
        if (keptAt >= 0) {
          // The slot's tally was the label it kept before.
          if (tallies) flushSlot(keptAt);
          kept![keptAt] = row;
          s.keptIn[keptAt] = batch;
          s.live[keptAt] = 1;
        }
      }
    }
    // The threads of the row, counted where the request was (its window found, its time spanned).
    if (threaded && sink.vusOfLastRequest) sink.vusOfLastRequest(threads);
    if (phased) jmeterPhases(sink, elapsed, latency, connect);
    return true;
  };
  /** Adds slot `slot`'s tally to its label's row, and empties it. */
  const flushSlot = (slot: number): void => {
    const tally = splitter!.slotTally(slot);
    if (!tally) return;
    tallies!.requestsTallied(kept![slot]!, tally);
    tally.reset();
  };
  const flushWindow = (w: number): void => {
    const tally = splitter!.windowTally(w);
    if (!tally) return;
    tallies!.windowTallied(tally);
    tally.reset();
  };
  const plain: PlainRows = {
    end: 0,
    flush() {
      if (!tallies) return;
      for (let slot = 0; slot < LABEL_SLOTS; slot++) flushSlot(slot);
      for (let w = 0; w < WINDOW_SLOTS; w++) flushWindow(w);
      const config = splitter!.tallyConfig;
      tallies.spanTallied(config.first, config.last, config.maxVUs);
      config.reset();
    },
    read(buf, start) {
      if (!splitter) return 0;
      if (!loaded) {
        splitter.load(buf);
        loaded = true;
        split = 0;
      }
      // A row the text path read (not plain here, or a quoted record) leaves the batch: split again from there.
      if (next >= split || start !== nextStart) {
        split = splitter.split(start);
        batch++;
        splitter.tallyConfig.batch = batch;
        next = 0;
        if (split === 0) return 0;
      }
      let r = next;
      if (tallies)
        for (;;) {
          r = splitter.tally(r, split);
          if (r >= split) break;
          const conflict = splitter.tallyConfig.conflict;
          if (conflict >= 0) flushWindow(conflict);
          else if (readRow(buf, splitter, r)) r++;
          else break;
        }
      else while (r < split && readRow(buf, splitter, r)) r++;
      const ends = splitter.ends;
      if (r === next) {
        // Not plain: the text path reads it, and the batch goes on after it.
        next = r + 1;
        nextStart = ends[r]! + 1;
        return 0;
      }
      const read = r - next;
      plain.end = ends[r - 1]!;
      next = r;
      nextStart = plain.end + 1;
      return read;
    },
    chunk() {
      loaded = false;
    },
  };
  return plain;
}

const FALSE = Buffer.from('false');

/** Whether `buf[from, to)` is `word`. */
function isWord(buf: Buffer, from: number, to: number, word: Buffer): boolean {
  if (to - from !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (buf[from + i] !== word[i]) return false;
  return true;
}

/** Whether `buf[from, to)` is all digits. */
function isDigits(buf: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (buf[i]! < 48 || buf[i]! > 57) return false;
  return true;
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
        const names = f.map((s) => s.trim());
        cols = use(columnsOf(names));
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
    if (samples > 1) {
      const errors = Math.min(samples, Math.max(0, Number(f[cols.errorCount]) || 0));
      if (errors > 0) sink.request(label, method, time, elapsed, true, kind ?? 'failed', errors);
      if (samples > errors) sink.request(label, method, time, elapsed, false, undefined, samples - errors);
    } else sink.request(label, method, time, elapsed, !ok, kind);
    // After the request: the sink gives the phases to the row of the request reported last.
    if (cols.latency >= 0)
      jmeterPhases(
        sink,
        elapsed,
        Number(f[cols.latency]),
        cols.connect >= 0 ? Number(f[cols.connect]) : undefined,
        samples > 1 ? samples : 1,
      );
  };

  let plain: Layout | undefined;
  /** What the byte path needs once the header is read, while no quoted field is open; undefined otherwise. */
  const fast = (): Layout | undefined => {
    if (!cols || !records || records.open || stopped) return undefined;
    if (
      plain === undefined &&
      records.delimiter.length === 1 &&
      cols.sampleCount < 0 &&
      cols.elapsed >= 0 &&
      cols.label >= 0
    )
      plain = { cols, delimiter: records.delimiter, width };
    return plain;
  };
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
