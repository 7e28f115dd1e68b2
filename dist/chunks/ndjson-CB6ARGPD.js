import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
import {
  Rfc3339Parser
} from "./chunk-5QMNNAG2.js";
import {
  ByteStrings
} from "./chunk-ML62S6LZ.js";
import {
  forEachLine,
  forEachLineBytes
} from "./chunk-RQIMMNTJ.js";
import "./chunk-KD2E64AB.js";

// src/results/k6/ndjson.ts
var REQUEST_METRICS = /* @__PURE__ */ new Set(["http_req_duration", "grpc_req_duration"]);
var OTHER_METRICS = /* @__PURE__ */ new Set(["vus", "iterations", "checks", "dropped_iterations"]);
var PHASE_METRICS = /* @__PURE__ */ new Map([
  ["http_req_blocked", "blocked"],
  ["http_req_connecting", "connecting"],
  ["http_req_tls_handshaking", "tlsHandshaking"],
  ["http_req_sending", "sending"],
  ["http_req_waiting", "waiting"],
  ["http_req_receiving", "receiving"]
]);
var VALUE_KEY = '"value":';
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
  const onLine = (buf, start, end, lineNo) => {
    let name = -1;
    if (end - start > LINE_START.length && bytesAt(buf, start, LINE_START)) name = start + LINE_START.length;
    else {
      const at = buf.indexOf(key, start);
      if (at >= 0 && at + key.length < end) name = at + key.length;
    }
    if (name >= 0 && !isWanted(buf, name, end, WANTED)) {
      reader.counted();
      feedPhase(sink, buf, name, end);
      return;
    }
    reader.onLine(buf.toString("latin1", start, end), lineNo);
  };
  reader.finish(await forEachLineBytes(input, onLine, pointParser(sink, reader.times, reader.counted)));
}
var LINE_START = Buffer.from(`{${METRIC_KEY}`, "latin1");
var PHASES = [...PHASE_METRICS].map(([m, phase]) => ({ bytes: Buffer.from(`${m}"`, "latin1"), phase }));
var VALUE_KEY_BYTES = Buffer.from(VALUE_KEY, "latin1");
function feedPhase(sink, buf, name, end) {
  if (!sink.phase || buf[name + 7] !== 113) return;
  const phase = PHASES.find((p) => bytesAt(buf, name, p.bytes));
  const at = phase ? buf.indexOf(VALUE_KEY_BYTES, name) : -1;
  if (!phase || at < 0 || at >= end) return;
  const from = at + VALUE_KEY_BYTES.length;
  sink.phase(phase.phase, parseFloat(buf.toString("latin1", from, Math.min(end, from + 32))));
}
var WANTED = [...REQUEST_METRICS, ...OTHER_METRICS].map((m) => Buffer.from(`${m}"`, "latin1"));
var WANTED_BY_FIRST = [];
for (const w of WANTED) WANTED_BY_FIRST[w[0]] = w;
var DURATION = Buffer.from('http_req_duration","type":"Point","data":{"time":"', "latin1");
var VUS = Buffer.from('vus","type":"Point","data":{"time":"', "latin1");
var ITERATIONS = Buffer.from('iterations","type":"Point","data":{"time":"', "latin1");
var CHECKS = Buffer.from('checks","type":"Point","data":{"time":"', "latin1");
var DROPPED = Buffer.from('dropped_iterations","type":"Point","data":{"time":"', "latin1");
var VALUE = Buffer.from('","value":', "latin1");
var TAGS = Buffer.from(',"tags":{', "latin1");
var FALSE = Buffer.from("false", "latin1");
var SKIPPED = 0;
var REQUEST = 1;
var GAUGE_VUS = 2;
var ITERATION = 3;
var CHECK = 4;
var DROPPED_ITERATION = 5;
var POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);
function pointParser(sink, times, counted) {
  const names = new ByteStrings(4096);
  const methods = new ByteStrings(64, (s) => s.toUpperCase());
  const texts = new ByteStrings(256);
  let numberEnd = 0;
  const number = (buf, i, end) => {
    const negative = buf[i] === 45;
    if (negative) i++;
    const first = i;
    let m = 0;
    for (let d; i < end && (d = buf[i] - 48) >= 0 && d <= 9; i++) m = m * 10 + d;
    const intDigits = i - first;
    if (intDigits === 0 || intDigits > 1 && buf[first] === 48) return NaN;
    let scale = 0;
    if (buf[i] === 46) {
      const fractionStart = ++i;
      for (let d; i < end && (d = buf[i] - 48) >= 0 && d <= 9; i++) m = m * 10 + d;
      scale = i - fractionStart;
      if (scale === 0) return NaN;
    }
    if (intDigits + scale > 15) return NaN;
    numberEnd = i;
    const v = scale === 0 ? m : m / POW10[scale];
    return negative ? -v : v;
  };
  const stringEnd = (buf, i, end) => {
    for (let c; i < end; i++) {
      c = buf[i];
      if (c === 34) return i;
      if (c === 92 || c < 32) return -1;
    }
    return -1;
  };
  return (buf, start, limit) => {
    const nl = buf.indexOf(10, start);
    if (nl < 0 || nl >= limit) return -1;
    const end = nl > start && buf[nl - 1] === 13 ? nl - 1 : nl;
    if (end - start < 60 || !bytesAt(buf, start, LINE_START)) return -1;
    const at = start + LINE_START.length;
    let kind = SKIPPED;
    let head = DURATION;
    switch (buf[at]) {
      case 104:
        if (bytesAt(buf, at, DURATION)) kind = REQUEST;
        break;
      case 118:
        if (bytesAt(buf, at, VUS)) {
          kind = GAUGE_VUS;
          head = VUS;
        }
        break;
      case 105:
        if (bytesAt(buf, at, ITERATIONS)) {
          kind = ITERATION;
          head = ITERATIONS;
        }
        break;
      case 99:
        if (bytesAt(buf, at, CHECKS)) {
          kind = CHECK;
          head = CHECKS;
        }
        break;
      case 100:
        if (bytesAt(buf, at, DROPPED)) {
          kind = DROPPED_ITERATION;
          head = DROPPED;
        }
        break;
    }
    if (kind === SKIPPED) {
      const wanted = WANTED_BY_FIRST[buf[at]];
      if (wanted && at + wanted.length <= end && bytesAt(buf, at, wanted)) return -1;
      counted();
      feedPhase(sink, buf, at, end);
      return nl;
    }
    let i = at + head.length;
    const timeEnd = stringEnd(buf, i, end);
    if (timeEnd < 0 || !bytesAt(buf, timeEnd, VALUE)) return -1;
    const timeStart = i;
    const value = number(buf, timeEnd + VALUE.length, end);
    if (value !== value || !bytesAt(buf, numberEnd, TAGS)) return -1;
    i = numberEnd + TAGS.length;
    let nameStart = -1;
    let nameEnd = -1;
    let urlStart = -1;
    let urlEnd = -1;
    let methodStart = -1;
    let methodEnd = -1;
    let statusStart = -1;
    let statusEnd = -1;
    let expectedStart = -1;
    let expectedEnd = -1;
    let codeStart = -1;
    let codeEnd = -1;
    if (buf[i] === 125) i++;
    else {
      for (; ; ) {
        if (buf[i] !== 34) return -1;
        const keyStart = i + 1;
        const keyEnd = stringEnd(buf, keyStart, end);
        if (keyEnd < 0 || buf[keyEnd + 1] !== 58 || buf[keyEnd + 2] !== 34) return -1;
        const valueStart = keyEnd + 3;
        const valueEnd = stringEnd(buf, valueStart, end);
        if (valueEnd < 0) return -1;
        if (kind === REQUEST) {
          switch (keyEnd - keyStart) {
            case 3:
              if (buf[keyStart] === 117 && buf[keyStart + 1] === 114 && buf[keyStart + 2] === 108) {
                urlStart = valueStart;
                urlEnd = valueEnd;
              }
              break;
            case 4:
              if (bytesAt(buf, keyStart, TAG_NAME)) {
                nameStart = valueStart;
                nameEnd = valueEnd;
              }
              break;
            case 6:
              if (bytesAt(buf, keyStart, TAG_METHOD)) {
                methodStart = valueStart;
                methodEnd = valueEnd;
              } else if (bytesAt(buf, keyStart, TAG_STATUS)) {
                statusStart = valueStart;
                statusEnd = valueEnd;
              }
              break;
            case 10:
              if (bytesAt(buf, keyStart, TAG_ERROR_CODE)) {
                codeStart = valueStart;
                codeEnd = valueEnd;
              }
              break;
            case 17:
              if (bytesAt(buf, keyStart, TAG_EXPECTED)) {
                expectedStart = valueStart;
                expectedEnd = valueEnd;
              }
              break;
          }
        }
        i = valueEnd + 1;
        if (buf[i] === 44) i++;
        else if (buf[i] === 125) {
          i++;
          break;
        } else return -1;
      }
    }
    if (i + 2 !== end || buf[i] !== 125 || buf[i + 1] !== 125) return -1;
    const time = times.parseBytes(buf, timeStart, timeEnd);
    counted();
    if (kind === REQUEST) {
      const name = nameEnd > nameStart ? names.get(buf, nameStart, nameEnd) : urlEnd > urlStart ? names.get(buf, urlStart, urlEnd) : "http_req_duration";
      const method = methodEnd > methodStart ? methods.get(buf, methodStart, methodEnd) : void 0;
      const status = statusEnd > statusStart ? texts.get(buf, statusStart, statusEnd) : void 0;
      let error;
      if (expectedEnd > expectedStart)
        error = expectedEnd - expectedStart === 5 && bytesAt(buf, expectedStart, FALSE);
      else error = status === void 0 || status === "0" || Number(status) >= 400;
      let kindOfError;
      if (error) {
        const code = codeEnd > codeStart ? texts.get(buf, codeStart, codeEnd) : void 0;
        kindOfError = code ? `k6 error ${code}` : status && status !== "0" ? `HTTP ${status}` : "no response";
      }
      sink.request(name, method, time, value, error, kindOfError);
    } else if (kind === GAUGE_VUS) sink.vus(time, value);
    else {
      sink.seen(time);
      if (kind === ITERATION) sink.iteration(value);
      else if (kind === DROPPED_ITERATION) sink.dropped?.(value);
      else sink.check(value !== 0);
    }
    return nl;
  };
}
var TAG_NAME = Buffer.from("name", "latin1");
var TAG_METHOD = Buffer.from("method", "latin1");
var TAG_STATUS = Buffer.from("status", "latin1");
var TAG_ERROR_CODE = Buffer.from("error_code", "latin1");
var TAG_EXPECTED = Buffer.from("expected_response", "latin1");
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
        const phase = PHASE_METRICS.get(metric2);
        if (phase) phaseValue(sink, phase, line);
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
  const counted = () => {
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
  return { onLine, counted, finish, times };
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
function phaseValue(sink, phase, line) {
  const at = line.indexOf(VALUE_KEY);
  if (at >= 0) sink.phase?.(phase, parseFloat(line.slice(at + VALUE_KEY.length, at + VALUE_KEY.length + 32)));
}
function str(v) {
  return typeof v === "string" && v !== "" ? v : void 0;
}
export {
  feedK6Ndjson,
  feedK6NdjsonBytes,
  k6NdjsonStream
};
