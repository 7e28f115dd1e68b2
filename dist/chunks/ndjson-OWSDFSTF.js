import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
import {
  Rfc3339Parser
} from "./chunk-S3N2EQM2.js";
import {
  forEachLine,
  forEachLineBytes
} from "./chunk-KA7MLAEX.js";
import "./chunk-YZYQ5LSJ.js";

// src/results/k6/ndjson.ts
var REQUEST_METRICS = /* @__PURE__ */ new Set(["http_req_duration", "grpc_req_duration"]);
var OTHER_METRICS = /* @__PURE__ */ new Set(["vus", "iterations", "checks", "dropped_iterations"]);
var METRIC_KEY = '"metric":"';
var MAX_BAD_LINES = 5;
var k6NdjsonStream = {
  format: "k6-ndjson",
  tool: "k6",
  latencyKind: "total",
  stamps: "end",
  feed: feedK6Ndjson,
  feedBytes: feedK6NdjsonBytes
};
async function feedK6Ndjson(input, _file, sink) {
  const reader = lineReader(sink);
  reader.finish(await forEachLine(input, reader.onLine));
}
async function feedK6NdjsonBytes(input, _file, sink) {
  const reader = lineReader(sink);
  const key = Buffer.from(METRIC_KEY, "latin1");
  const lineStart = Buffer.from(`{${METRIC_KEY}`, "latin1");
  const wanted = [...REQUEST_METRICS, ...OTHER_METRICS].map((m) => Buffer.from(`${m}"`, "latin1"));
  const onLine = (buf, start, end, lineNo) => {
    let name = -1;
    if (end - start > lineStart.length && bytesAt(buf, start, lineStart)) name = start + lineStart.length;
    else {
      const at = buf.indexOf(key, start);
      if (at >= 0 && at + key.length < end) name = at + key.length;
    }
    if (name >= 0 && !isWanted(buf, name, end, wanted)) {
      reader.skipped();
      return;
    }
    reader.onLine(buf.toString("latin1", start, end), lineNo);
  };
  reader.finish(await forEachLineBytes(input, onLine));
}
function isWanted(buf, at, end, wanted) {
  for (const w of wanted) {
    if (at + w.length <= end && bytesAt(buf, at, w)) return true;
  }
  return false;
}
function bytesAt(buf, at, bytes) {
  for (let i = 0; i < bytes.length; i++) if (buf[at + i] !== bytes[i]) return false;
  return true;
}
function lineReader(sink) {
  const times = new Rfc3339Parser();
  const bad = [];
  let lastBad = "";
  let points = 0;
  const onLine = (line, lineNo) => {
    if (line.length === 0) return;
    const at = line.indexOf(METRIC_KEY);
    if (at >= 0) {
      const start = at + METRIC_KEY.length;
      const metric2 = line.slice(start, line.indexOf('"', start));
      if (!REQUEST_METRICS.has(metric2) && !OTHER_METRICS.has(metric2)) {
        points++;
        return;
      }
    }
    let point;
    try {
      point = JSON.parse(line);
    } catch {
      bad.push(lineNo);
      lastBad = line;
      return;
    }
    if (point === null || typeof point !== "object" || point.type !== "Point") return;
    points++;
    const metric = point.metric;
    const data = point.data;
    if (typeof metric !== "string" || !data || typeof data.value !== "number") return;
    const time = typeof data.time === "string" ? times.parse(data.time) : void 0;
    if (REQUEST_METRICS.has(metric)) {
      request(sink, metric, data.tags ?? {}, time, data.value);
    } else if (metric === "vus") {
      sink.vus(time, data.value);
    } else {
      if (time !== void 0) sink.seen(time);
      if (metric === "iterations") sink.iteration(data.value);
      else if (metric === "dropped_iterations") sink.dropped?.(data.value);
      else sink.check(data.value !== 0);
    }
  };
  const skipped = () => {
    points++;
  };
  const finish = ({ lines, endsWithNewline }) => {
    const truncated = !endsWithNewline && bad.at(-1) === lines;
    if (truncated) bad.pop();
    for (const lineNo of bad.slice(0, MAX_BAD_LINES))
      sink.diagnostic(`Line ${lineNo} is not valid JSON and was skipped.`, lineNo);
    if (bad.length > MAX_BAD_LINES)
      sink.diagnostic(`${bad.length - MAX_BAD_LINES} more lines are not valid JSON and were skipped.`);
    if (truncated) {
      sink.diagnostic(
        `The file ends in the middle of line ${lines} (${JSON.stringify(lastBad.slice(0, 40))}\u2026): the k6 run was probably stopped while writing. The ${lines - 1} complete lines before it were read.`,
        lines,
        "warning"
      );
    }
    if (points === 0 && lines > 0 && bad.length === 0 && !truncated) {
      sink.diagnostic("No k6 Point lines found: expected the output of k6 run --out json=<file>.");
    }
  };
  return { onLine, skipped, finish };
}
function request(sink, metric, tags, time, value) {
  const name = str(tags.name) ?? str(tags.url) ?? metric;
  const method = str(tags.method);
  const status = str(tags.status);
  const expected = str(tags.expected_response);
  const errorCode = str(tags.error_code);
  let error;
  if (metric === "grpc_req_duration") error = status !== void 0 && status !== "0";
  else if (expected !== void 0) error = expected === "false";
  else error = status === void 0 || status === "0" || Number(status) >= 400;
  const kind = !error ? void 0 : errorCode ? `k6 error ${errorCode}` : status && status !== "0" ? metric === "grpc_req_duration" ? `gRPC ${status}` : `HTTP ${status}` : "no response";
  sink.request(
    name,
    metric === "grpc_req_duration" ? method : method?.toUpperCase(),
    time,
    value,
    error,
    kind
  );
}
function str(v) {
  return typeof v === "string" && v !== "" ? v : void 0;
}
export {
  feedK6Ndjson,
  feedK6NdjsonBytes,
  k6NdjsonStream
};
