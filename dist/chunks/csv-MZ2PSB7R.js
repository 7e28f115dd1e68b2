import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
import {
  Rfc3339Parser
} from "./chunk-5QMNNAG2.js";
import {
  CsvRecords
} from "./chunk-MYO2LJHZ.js";
import {
  forEachLine
} from "./chunk-RQIMMNTJ.js";
import "./chunk-KD2E64AB.js";

// src/results/k6/csv.ts
var REQUEST_METRICS = ["http_req_duration", "grpc_req_duration"];
var OTHER_METRICS = ["vus", "iterations", "checks"];
var WANTED = [...REQUEST_METRICS, ...OTHER_METRICS].map((m) => `${m},`);
var k6CsvStream = {
  format: "k6-csv",
  tool: "k6",
  latencyKind: "total",
  stamps: "end",
  feed: feedK6Csv
};
async function feedK6Csv(input, _file, sink) {
  const records = new CsvRecords(",");
  const rfc3339 = new Rfc3339Parser();
  let header;
  let col = {};
  let badRows = 0;
  const time = (text) => {
    if (text === "") return void 0;
    if (/^\d+$/.test(text)) {
      const n = Number(text);
      return text.length <= 10 ? n * 1e3 : text.length <= 13 ? n : text.length <= 16 ? n / 1e3 : n / 1e6;
    }
    const ms = rfc3339.parse(text);
    return Number.isFinite(ms) ? ms : void 0;
  };
  const onRecord = (f, lineNo) => {
    if (!header) {
      header = f;
      col = Object.fromEntries(f.map((name, i) => [name, i]));
      return;
    }
    const metric = f[0] ?? "";
    const value = Number(f[col.metric_value ?? 2]);
    if (!Number.isFinite(value)) {
      if (++badRows <= 5) sink.diagnostic(`metric_value is not a number; the row was skipped.`, lineNo);
      return;
    }
    const at = time(f[col.timestamp ?? 1] ?? "");
    const tag = (name) => {
      const i = col[name];
      const v = i === void 0 ? void 0 : f[i];
      return v === "" ? void 0 : v;
    };
    if (metric === "vus") sink.vus(at, value);
    else if (metric === "iterations" || metric === "checks") {
      if (at !== void 0) sink.seen(at);
      if (metric === "iterations") sink.iteration(value);
      else sink.check(value !== 0);
    } else if (REQUEST_METRICS.includes(metric)) {
      const status = tag("status");
      const expected = tag("expected_response");
      const errorCode = tag("error_code");
      const grpc = metric === "grpc_req_duration";
      const error = grpc ? status !== void 0 && status !== "0" : expected !== void 0 ? expected === "false" : status === void 0 || status === "0" || Number(status) >= 400;
      const kind = !error ? void 0 : errorCode ? `k6 error ${errorCode}` : status && status !== "0" ? `${grpc ? "gRPC" : "HTTP"} ${status}` : "no response";
      const method = tag("method");
      sink.request(
        tag("name") ?? tag("url") ?? metric,
        grpc ? method : method?.toUpperCase(),
        at,
        value,
        error,
        kind
      );
    }
  };
  await forEachLine(input, (line, lineNo) => {
    if (header && !records.open && line.indexOf('"') < 0 && !WANTED.some((w) => line.startsWith(w))) return;
    const record = records.push(line, lineNo);
    if (record) onRecord(record.fields, record.line);
  });
  if (records.unterminated !== void 0)
    sink.diagnostic(
      `A quoted field opened on line ${records.unterminated} never closes: the file looks truncated. The rows before it were read.`,
      records.unterminated,
      "warning"
    );
  if (badRows > 5) sink.diagnostic(`${badRows - 5} more malformed rows were skipped.`);
}
export {
  feedK6Csv,
  k6CsvStream
};
