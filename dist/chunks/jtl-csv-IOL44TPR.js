import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
import {
  ByteStrings,
  HASH_START,
  hashStep
} from "./chunk-ML62S6LZ.js";
import {
  CsvRecords
} from "./chunk-MYO2LJHZ.js";
import {
  forEachLine,
  forEachLineBytes
} from "./chunk-RQIMMNTJ.js";
import {
  JmeterTimestamps,
  isTransactionMessage,
  jmeterErrorKind,
  jmeterPhases
} from "./chunk-WLNKZNLK.js";
import "./chunk-KD2E64AB.js";

// src/results/jmeter/jtl-csv.ts
var DEFAULT_JTL_COLUMNS = [
  "timeStamp",
  "elapsed",
  "label",
  "responseCode",
  "responseMessage",
  "threadName",
  "dataType",
  "success",
  "failureMessage",
  "bytes",
  "sentBytes",
  "grpThreads",
  "allThreads",
  "URL",
  "Latency",
  "IdleTime",
  "Connect"
];
var jmeterJtlCsvStream = {
  format: "jmeter-jtl-csv",
  tool: "jmeter",
  latencyKind: "total",
  stamps: "start",
  feed: feedJtlCsv,
  feedBytes: feedJtlCsvBytes
};
function columnsOf(names) {
  const at = (n) => names.indexOf(n);
  return {
    timeStamp: at("timeStamp"),
    elapsed: at("elapsed"),
    label: at("label"),
    responseCode: at("responseCode"),
    responseMessage: at("responseMessage"),
    success: at("success"),
    failureMessage: at("failureMessage"),
    dataType: at("dataType"),
    allThreads: at("allThreads"),
    sampleCount: at("SampleCount"),
    errorCount: at("ErrorCount"),
    method: at("method"),
    latency: at("Latency"),
    connect: at("Connect")
  };
}
async function feedJtlCsv(input, _file, sink) {
  const reader = jtlReader(sink);
  reader.finish(await forEachLine(input, reader.onLine));
}
async function feedJtlCsvBytes(input, _file, sink) {
  const reader = jtlReader(sink);
  const labels = new ByteStrings(1024);
  let row;
  const fastLine = (buf, start, limit) => {
    const fast = reader.fast();
    if (!fast) return -1;
    row ??= rowParser(fast.cols, fast.delimiter.charCodeAt(0), fast.width, sink, labels);
    return row.line(buf, start, limit);
  };
  const onChunk = () => row?.chunk();
  const onLine = (buf, start, end, lineNo) => reader.onLine(buf.toString("latin1", start, end), lineNo);
  reader.finish(await forEachLineBytes(input, onLine, fastLine, onChunk));
}
var SKIP = 0;
var TIME = 1;
var ELAPSED = 2;
var LABEL = 3;
var SUCCESS = 4;
var DATA_TYPE = 5;
var THREADS = 6;
var LATENCY = 7;
var CONNECT = 8;
function rowParser(cols, delimiter, width, sink, labels) {
  const roles = new Uint8Array(width);
  if (cols.timeStamp >= 0) roles[cols.timeStamp] = TIME;
  if (cols.success >= 0) roles[cols.success] = SUCCESS;
  if (cols.dataType >= 0) roles[cols.dataType] = DATA_TYPE;
  if (cols.allThreads >= 0) roles[cols.allThreads] = THREADS;
  if (cols.latency >= 0) roles[cols.latency] = LATENCY;
  if (cols.connect >= 0) roles[cols.connect] = CONNECT;
  roles[cols.label] = LABEL;
  roles[cols.elapsed] = ELAPSED;
  const timed = cols.timeStamp >= 0;
  const threaded = cols.allThreads >= 0;
  const usable = (cols.dataType >= 0 || cols.responseMessage < 0) && cols.method < 0;
  const last = Math.max(...roles.map((r, col) => r === SKIP ? 0 : col));
  const after = width - 1 - last;
  const parser = (buf, start, limit) => {
    if (!usable) return -1;
    const end = buf.indexOf(10, start);
    if (end < 0 || end >= limit) return -1;
    if (quoteAt === UNKNOWN || quoteAt >= 0 && quoteAt < start) quoteAt = buf.indexOf(34, start);
    if (quoteAt >= 0 && quoteAt < end) return -1;
    const stop = end > start && buf[end - 1] === 13 ? end - 1 : end;
    let i = start;
    let time = 0;
    let elapsed = -1;
    let threads = 0;
    let latency = -1;
    let connect = -1;
    let labelStart = 0;
    let labelEnd = 0;
    let hash = HASH_START;
    for (let col = 0; ; col++) {
      const from = i;
      const role = roles[col];
      if (role === SKIP || role === DATA_TYPE) {
        while (i < stop && buf[i] !== delimiter) i++;
        if (role === DATA_TYPE && i === from) return -1;
      } else if (role === LABEL) {
        for (let c; i < stop && (c = buf[i]) !== delimiter; i++) hash = hashStep(hash, c);
        labelStart = from;
        labelEnd = i;
      } else if (role === SUCCESS) {
        if (i + 4 > stop || buf[i] !== 116 || buf[i + 1] !== 114 || buf[i + 2] !== 117 || buf[i + 3] !== 101)
          return -1;
        i += 4;
      } else {
        let n = 0;
        for (let d; i < stop && (d = buf[i] - 48) >= 0 && d <= 9; i++) n = n * 10 + d;
        if (i === from || i - from > 15) return -1;
        if (role === TIME) time = n;
        else if (role === ELAPSED) elapsed = n;
        else if (role === THREADS) threads = n;
        else if (role === LATENCY) latency = n;
        else connect = n;
      }
      if (col === last) break;
      if (i >= stop || buf[i] !== delimiter) return -1;
      i++;
    }
    if (after > 0) {
      if (i >= stop || buf[i] !== delimiter) return -1;
      let missing = after - 1;
      for (let j = stop - 1; missing > 0 && j > i; j--) if (buf[j] === delimiter) missing--;
      if (missing > 0) return -1;
    } else if (i < stop && buf[i] !== delimiter) return -1;
    const label = labels.getHashed(buf, labelStart, labelEnd, hash);
    const t = timed ? time : void 0;
    if (threaded) sink.vus(t, threads);
    sink.request(label, void 0, t, elapsed, false, void 0);
    if (latency >= 0) jmeterPhases(sink, elapsed, latency, connect < 0 ? void 0 : connect);
    return end;
  };
  const UNKNOWN = -2;
  let quoteAt = UNKNOWN;
  const chunk = () => {
    quoteAt = UNKNOWN;
  };
  return { line: parser, chunk };
}
function jtlReader(sink) {
  let records;
  let cols;
  let width = 0;
  let stopped = false;
  const bad = [];
  const times = new JmeterTimestamps();
  let read = [];
  const scratch = [];
  const fastFields = (line, delimiter) => {
    let start = 0;
    let n = 0;
    for (; ; ) {
      const end = line.indexOf(delimiter, start);
      if (read[n]) scratch[n] = end < 0 ? line.slice(start) : line.slice(start, end);
      n++;
      if (end < 0) break;
      start = end + 1;
    }
    scratch.length = n;
    return scratch;
  };
  const use = (c) => {
    read = [];
    for (const i of Object.values(c)) if (i >= 0) read[i] = true;
    return c;
  };
  const onRecord = (f, lineNo) => {
    if (!cols) {
      if (f.includes("elapsed") && f.includes("label")) {
        cols = use(columnsOf(f.map((s) => s.trim())));
        width = f.length;
        return;
      }
      if (f.length !== DEFAULT_JTL_COLUMNS.length) {
        sink.diagnostic(
          `The JTL has no header line and ${f.length} columns, not JMeter's ${DEFAULT_JTL_COLUMNS.length} default ones, so its columns are unknown. Save it with a header (jmeter.save.saveservice.print_field_names=true).`,
          lineNo
        );
        stopped = true;
        return;
      }
      cols = use(columnsOf(DEFAULT_JTL_COLUMNS));
      width = DEFAULT_JTL_COLUMNS.length;
    }
    if (f.length < width) {
      if (f.length === 1 && f[0] === "") return;
      bad.push({ line: lineNo, message: `Row has ${f.length} fields, the header ${width}; it was skipped.` });
      return;
    }
    const elapsed = Number(f[cols.elapsed]);
    if (!Number.isFinite(elapsed)) {
      const message2 = `"elapsed" is ${JSON.stringify(f[cols.elapsed]?.slice(0, 40))}, not a number; the row was skipped.`;
      bad.push({ line: lineNo, message: message2 });
      return;
    }
    const label = f[cols.label] ?? "";
    const time = cols.timeStamp >= 0 ? times.parse(f[cols.timeStamp]) : void 0;
    const ok = cols.success < 0 || f[cols.success] === "true";
    const message = cols.responseMessage >= 0 ? f[cols.responseMessage] : "";
    const dataType = cols.dataType >= 0 ? f[cols.dataType] : "";
    if (dataType === "" && isTransactionMessage(message)) {
      sink.transaction(label, time, elapsed, !ok);
      return;
    }
    if (cols.allThreads >= 0) sink.vus(time, Number(f[cols.allThreads]));
    const code = cols.responseCode >= 0 ? f[cols.responseCode] : "";
    const kind = ok ? void 0 : jmeterErrorKind(code, cols.failureMessage >= 0 ? f[cols.failureMessage] : "");
    const samples = cols.sampleCount >= 0 ? Number(f[cols.sampleCount]) : 1;
    const method = cols.method >= 0 ? f[cols.method] || void 0 : void 0;
    if (cols.latency >= 0)
      jmeterPhases(
        sink,
        elapsed,
        Number(f[cols.latency]),
        cols.connect >= 0 ? Number(f[cols.connect]) : void 0,
        samples > 1 ? samples : 1
      );
    if (samples > 1) {
      const errors = Math.min(samples, Math.max(0, Number(f[cols.errorCount]) || 0));
      if (errors > 0) sink.request(label, method, time, elapsed, true, kind ?? "failed", errors);
      if (samples > errors) sink.request(label, method, time, elapsed, false, void 0, samples - errors);
      return;
    }
    sink.request(label, method, time, elapsed, !ok, kind);
  };
  let plain;
  const fast = () => {
    if (!cols || !records || records.open || stopped) return void 0;
    if (plain === void 0 && records.delimiter.length === 1 && cols.sampleCount < 0 && cols.elapsed >= 0 && cols.label >= 0)
      plain = { cols, delimiter: records.delimiter, width };
    return plain;
  };
  const onLine = (line, lineNo) => {
    if (stopped) return;
    if (!records) {
      if (line.trim() === "") return;
      records = new CsvRecords(delimiterOf(line));
    }
    if (cols && !records.open && line.indexOf('"') < 0 && records.delimiter.length === 1) {
      if (line === "") return;
      onRecord(fastFields(line, records.delimiter), lineNo);
      return;
    }
    const record = records.push(line, lineNo);
    if (record) onRecord(record.fields, record.line);
  };
  const finish = ({ lines, endsWithNewline }) => {
    const cut = !endsWithNewline && bad.at(-1)?.line === lines ? bad.pop() : void 0;
    for (const b of bad.slice(0, 5)) sink.diagnostic(b.message, b.line);
    if (bad.length > 5) sink.diagnostic(`${bad.length - 5} more malformed rows were skipped.`);
    if (cut) {
      sink.diagnostic(
        `The file ends in the middle of line ${cut.line}: JMeter was probably stopped while writing. The rows before it were read.`,
        cut.line,
        "warning"
      );
    }
    const open = records?.unterminated;
    if (open !== void 0)
      sink.diagnostic(
        `A quoted field opened on line ${open} never closes: the file looks truncated. The rows before it were read.`,
        open,
        "warning"
      );
    if (lines === 0) sink.diagnostic("The JTL is empty.");
  };
  return { onLine, fast, finish };
}
function delimiterOf(firstLine) {
  const m = /^timeStamp([^A-Za-z0-9])/.exec(firstLine);
  if (m) return m[1];
  return firstLine.includes("	") && !firstLine.includes(",") ? "	" : ",";
}
export {
  DEFAULT_JTL_COLUMNS,
  feedJtlCsv,
  feedJtlCsvBytes,
  jmeterJtlCsvStream
};
