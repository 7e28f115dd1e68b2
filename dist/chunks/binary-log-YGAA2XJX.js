import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
import {
  ErrorKinds
} from "./chunk-YXY5KQBU.js";
import "./chunk-KD2E64AB.js";

// src/results/gatling/binary-log.ts
var gatlingBinaryLogStream = {
  format: "gatling-binary-log",
  tool: "gatling",
  latencyKind: "total",
  stamps: "start",
  feed: feedGatlingBinaryLog
};
var RUN = 0;
var REQUEST = 1;
var USER = 2;
var GROUP = 3;
var ERROR = 4;
var MAX_RECORD = 16 << 20;
var MAX_GROUPS = 1e3;
var NEED_MORE = /* @__PURE__ */ Symbol("need more bytes");
var Corrupt = class extends Error {
};
async function feedGatlingBinaryLog(input, _file, sink) {
  let s = "";
  let p = 0;
  let base = 0;
  let runStart;
  let written = "";
  let scenarios = 0;
  let active = 0;
  let records = 0;
  const strings = /* @__PURE__ */ new Map();
  const groupPaths = /* @__PURE__ */ new Map();
  const kinds = new ErrorKinds();
  const need = (n) => {
    if (p + n > s.length) throw NEED_MORE;
  };
  const byte = () => {
    need(1);
    return s.charCodeAt(p++);
  };
  const int32 = () => {
    need(4);
    const v = s.charCodeAt(p) << 24 | s.charCodeAt(p + 1) << 16 | s.charCodeAt(p + 2) << 8 | s.charCodeAt(p + 3);
    p += 4;
    return v;
  };
  const int64 = () => {
    const hi = int32();
    const lo = int32() >>> 0;
    return hi * 2 ** 32 + lo;
  };
  const bool = () => {
    const b = byte();
    if (b > 1) throw new Corrupt(`a boolean is ${b}`);
    return b === 1;
  };
  const string = () => {
    const length = int32();
    if (length === 0) return "";
    if (length < 0 || length > MAX_RECORD) throw new Corrupt(`a string is ${length} bytes long`);
    need(length + 1);
    const raw = s.slice(p, p + length);
    p += length;
    const coder = s.charCodeAt(p++);
    if (coder > 1) throw new Corrupt(`a string has coder ${coder}`);
    return toSinkText(raw, coder);
  };
  const cached = () => {
    const index = int32();
    if (index >= 0) {
      const value2 = string();
      strings.set(index, value2);
      return value2;
    }
    const value = strings.get(-index);
    if (value === void 0)
      throw new Corrupt(`a record refers to string #${-index}, which was never written`);
    return value;
  };
  const groups = () => {
    const n = int32();
    if (n < 0 || n > MAX_GROUPS) throw new Corrupt(`a record has ${n} groups`);
    if (n === 0) return "";
    const names = [];
    for (let i = 0; i < n; i++) names.push(cached());
    const key = names.join("\0");
    let path = groupPaths.get(key);
    if (path === void 0) {
      path = names.join(" / ");
      if (groupPaths.size < 1e4) groupPaths.set(key, path);
    }
    return path;
  };
  const time = (offset) => (runStart ?? 0) + offset;
  const record = () => {
    const type = byte();
    if (records === 0 && type !== RUN) throw new Corrupt("the file does not start with a RUN record");
    switch (type) {
      case RUN: {
        const version = string();
        string();
        const start = int64();
        string();
        const n = int32();
        if (n < 0 || n > 1e5) throw new Corrupt(`the RUN record lists ${n} scenarios`);
        for (let i = 0; i < n; i++) string();
        const assertions = int32();
        if (assertions < 0 || assertions > 1e5)
          throw new Corrupt(`the RUN record lists ${assertions} assertions`);
        for (let i = 0; i < assertions; i++) {
          const length = int32();
          if (length < 0 || length > MAX_RECORD) throw new Corrupt(`an assertion is ${length} bytes long`);
          need(length);
          p += length;
        }
        if (runStart === void 0) {
          runStart = start;
          scenarios = n;
          if (version) sink.version(version);
          written = version;
          sink.seen(start);
        }
        break;
      }
      case REQUEST: {
        const group = groups();
        const name = cached();
        const start = int32();
        const end = int32();
        const ok = bool();
        const message = cached();
        sink.request(
          group === "" ? name : `${group} / ${name}`,
          void 0,
          time(start),
          end > start ? end - start : 0,
          !ok,
          ok ? void 0 : kinds.of(message)
        );
        break;
      }
      case USER: {
        const scenario = int32();
        if (scenario < 0 || scenarios > 0 && scenario >= scenarios)
          throw new Corrupt(`a USER record names scenario #${scenario} of ${scenarios}`);
        const start = bool();
        const at = int32();
        active = start ? active + 1 : Math.max(0, active - 1);
        sink.vus(time(at), active);
        break;
      }
      case GROUP: {
        const group = groups();
        const start = int32();
        int32();
        const cumulated = int32();
        const ok = bool();
        sink.transaction(group, time(start), Math.max(0, cumulated), !ok, "group-cumulated");
        break;
      }
      case ERROR: {
        cached();
        sink.seen(time(int32()));
        break;
      }
      default:
        throw new Corrupt(`record type ${type} is none of Gatling's (0 to 4)`);
    }
    records++;
  };
  let stopped = false;
  for await (const chunk of input) {
    if (stopped) continue;
    if (p > 0) {
      base += p;
      s = s.slice(p);
      p = 0;
    }
    s = s.length === 0 ? chunk : s + chunk;
    for (; ; ) {
      if (p >= s.length) break;
      const at = p;
      try {
        record();
      } catch (error) {
        p = at;
        if (error === NEED_MORE) {
          if (s.length - p > MAX_RECORD) {
            sink.diagnostic(
              `The binary simulation.log has a record over ${MAX_RECORD >> 20} MiB at byte ${base + p}: the file is corrupt. The records before it were read.`
            );
            stopped = true;
          }
          break;
        }
        if (!(error instanceof Corrupt)) throw error;
        sink.diagnostic(
          records <= 1 ? `Not a readable binary Gatling simulation.log: ${error.message} (byte ${base + p}).` : `The binary simulation.log is corrupt at byte ${base + p}: ${error.message}. The ${records} records before it were read.${knownFormat(written)}`,
          void 0,
          records <= 1 ? "error" : "warning"
        );
        stopped = true;
        break;
      }
    }
  }
  if (!stopped && p < s.length) {
    sink.diagnostic(
      `The file ends in the middle of a record at byte ${base + p}: Gatling was probably stopped while writing. The ${records} records before it were read.`,
      void 0,
      records > 1 ? "warning" : "error"
    );
  }
  if (records === 0 && !stopped && s.length === 0) sink.diagnostic("The simulation.log is empty.");
}
function toSinkText(raw, coder) {
  if (coder === 0) {
    for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) > 127) return utf8AsLatin1(raw);
    return raw;
  }
  return utf8AsLatin1(Buffer.from(raw, "latin1").toString("utf16le"));
}
function utf8AsLatin1(text) {
  return Buffer.from(text, "utf8").toString("latin1");
}
function knownFormat(version) {
  const m = /^(\d+)\.(\d+)/.exec(version);
  const known = m !== null && Number(m[1]) === 3 && Number(m[2]) >= 12 && Number(m[2]) <= 15;
  return known ? "" : ` It was written by Gatling ${version || "(no version)"}; loadgate knows the binary log of Gatling 3.12 to 3.15.`;
}
export {
  feedGatlingBinaryLog,
  gatlingBinaryLogStream
};
