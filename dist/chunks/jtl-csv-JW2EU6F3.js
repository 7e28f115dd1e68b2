import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
import {
  CsvRecords
} from "./chunk-MYO2LJHZ.js";
import {
  forEachLine,
  forEachLineBytes
} from "./chunk-KA7MLAEX.js";
import {
  JmeterTimestamps,
  isTransactionMessage,
  jmeterErrorKind
} from "./chunk-SXNQR2GH.js";
import "./chunk-YZYQ5LSJ.js";

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
    method: at("method")
  };
}
async function feedJtlCsv(input, _file, sink) {
  const reader = jtlReader(sink);
  reader.finish(await forEachLine(input, reader.onLine));
}
async function feedJtlCsvBytes(input, _file, sink) {
  const reader = jtlReader(sink);
  const starts = [];
  const ends = [];
  const onLine = (buf, start, end, lineNo) => {
    const fast = reader.fast();
    if (!fast || start === end) return reader.onLine(buf.toString("latin1", start, end), lineNo);
    const { cols, delimiter, width } = fast;
    const line = buf.toString("latin1", start, end);
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
    const elapsed = wholeNumber(line, starts[cols.elapsed], ends[cols.elapsed]);
    const time = cols.timeStamp < 0 ? void 0 : wholeNumber(line, starts[cols.timeStamp], ends[cols.timeStamp]);
    const threads = cols.allThreads < 0 ? void 0 : wholeNumber(line, starts[cols.allThreads], ends[cols.allThreads]);
    const ok = cols.success < 0 || ends[cols.success] - starts[cols.success] === 4 && line.startsWith("true", starts[cols.success]);
    if (n < width || elapsed < 0 || time === -1 || threads === -1 || !ok || // An empty (or unsaved) data type may be a Transaction Controller parent, told by its message.
    (cols.dataType >= 0 ? starts[cols.dataType] === ends[cols.dataType] : cols.responseMessage >= 0))
      return reader.onLine(line, lineNo);
    const label = line.slice(starts[cols.label], ends[cols.label]);
    if (threads !== void 0) sink.vus(time, threads);
    sink.request(label, void 0, time, elapsed, false, void 0);
  };
  reader.finish(await forEachLineBytes(input, onLine));
}
function wholeNumber(s, start, end) {
  if (start >= end || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
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
    if (samples > 1) {
      const errors = Math.min(samples, Math.max(0, Number(f[cols.errorCount]) || 0));
      if (errors > 0) sink.request(label, method, time, elapsed, true, kind ?? "failed", errors);
      if (samples > errors) sink.request(label, method, time, elapsed, false, void 0, samples - errors);
      return;
    }
    sink.request(label, method, time, elapsed, !ok, kind);
  };
  const fast = () => cols && records && !records.open && !stopped && records.delimiter.length === 1 && cols.sampleCount < 0 && cols.elapsed >= 0 && cols.label >= 0 ? { cols, delimiter: records.delimiter, width } : void 0;
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
