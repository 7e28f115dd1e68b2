import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
import {
  ErrorKinds
} from "./chunk-YXY5KQBU.js";
import "./chunk-KD2E64AB.js";

// src/results/gatling/text-log.ts
var gatlingLogStream = {
  format: "gatling-simulation-log",
  tool: "gatling",
  latencyKind: "total",
  stamps: "start",
  feed: feedGatlingLog
};
var LAYOUTS = [1, 2, 3];
function layoutOfVersion(version) {
  const m = /^(\d+)\.(\d+)/.exec(version);
  if (!m) return void 0;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  if (major < 3) return 3;
  if (major === 3 && minor < 4) return 2;
  return 1;
}
var MAX_TABS = 12;
var MAX_LINE = 16 << 20;
async function feedGatlingLog(input, _file, sink) {
  const tabs = new Int32Array(MAX_TABS + 1);
  const kinds = new ErrorKinds();
  const groupPaths = /* @__PURE__ */ new Map();
  let layout;
  let active = 0;
  let records = 0;
  let events = 0;
  const bad = [];
  const split = (text, s, e) => {
    let n = 0;
    for (let i = text.indexOf("	", s); i >= 0 && i < e && n < MAX_TABS; i = text.indexOf("	", i + 1))
      tabs[n++] = i;
    tabs[n] = e;
    return n;
  };
  const field = (line, n, k) => k > n ? "" : line.slice(tabs[k - 1] + 1, tabs[k]);
  const int = (line, n, k) => {
    if (k > n) return NaN;
    const from = tabs[k - 1] + 1;
    const to = tabs[k];
    if (to <= from || to - from > 16) return NaN;
    let v = 0;
    for (let i = from; i < to; i++) {
      const d = line.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return NaN;
      v = v * 10 + d;
    }
    return v;
  };
  const isStatus = (line, n, k) => {
    if (k > n) return false;
    const from = tabs[k - 1] + 1;
    if (tabs[k] - from !== 2) return false;
    const a = line.charCodeAt(from);
    const b = line.charCodeAt(from + 1);
    return a === 79 && b === 75 || a === 75 && b === 79;
  };
  const requestFits = (line, n, o) => isStatus(line, n, o + 4) && !Number.isNaN(int(line, n, o + 2)) && !Number.isNaN(int(line, n, o + 3));
  const groupFits = (line, n, o) => isStatus(line, n, o + 4) && !Number.isNaN(int(line, n, o + 1)) && !Number.isNaN(int(line, n, o + 3));
  const fit = (line, n, fits) => {
    if (layout !== void 0 && fits(line, n, layout)) return layout;
    const found = LAYOUTS.find((o) => o !== layout && fits(line, n, o));
    if (found !== void 0) layout = found;
    return found;
  };
  const groupPath = (groups) => {
    let path = groupPaths.get(groups);
    if (path === void 0) {
      path = groups.split(",").join(" / ");
      if (groupPaths.size < 1e4) groupPaths.set(groups, path);
    }
    return path;
  };
  const onRecord = (line, s, e, lineNo2) => {
    const c = line.charCodeAt(s);
    if (c === 82 && line.startsWith("REQUEST	", s)) {
      const n = split(line, s, e);
      let o = layout ?? 1;
      let start = int(line, n, o + 2);
      let end = int(line, n, o + 3);
      if (layout === void 0 || Number.isNaN(start) || Number.isNaN(end) || !isStatus(line, n, o + 4)) {
        const found = fit(line, n, requestFits);
        if (found === void 0) return malformed(line.slice(s, e), lineNo2);
        o = found;
        start = int(line, n, o + 2);
        end = int(line, n, o + 3);
      }
      const groups = field(line, n, o);
      const name = field(line, n, o + 1);
      const ko = line.charCodeAt(tabs[o + 3] + 1) === 75;
      const kind = ko ? kinds.of(field(line, n, o + 5)) : void 0;
      const latency = end > start ? end - start : 0;
      sink.request(
        groups === "" ? name : `${groupPath(groups)} / ${name}`,
        void 0,
        start,
        latency,
        ko,
        kind
      );
      records++;
      events++;
      return;
    }
    if (c === 85 && line.startsWith("USER	", s)) {
      const n = split(line, s, e);
      let event = field(line, n, 2);
      let time;
      if (event === "START" || event === "END") time = int(line, n, 3);
      else {
        event = field(line, n, 3);
        time = event === "END" ? int(line, n, 5) : int(line, n, 4);
      }
      if (event !== "START" && event !== "END" || Number.isNaN(time))
        return malformed(line.slice(s, e), lineNo2);
      active = event === "START" ? active + 1 : Math.max(0, active - 1);
      sink.vus(time, active);
      records++;
      events++;
      return;
    }
    if (c === 71 && line.startsWith("GROUP	", s)) {
      const n = split(line, s, e);
      const o = fit(line, n, groupFits);
      if (o === void 0) return malformed(line.slice(s, e), lineNo2);
      const cumulated = int(line, n, o + 3);
      const ko = line.charCodeAt(tabs[o + 3] + 1) === 75;
      sink.transaction(groupPath(field(line, n, o)), int(line, n, o + 1), cumulated, ko, "group-cumulated");
      records++;
      events++;
      return;
    }
    if (c === 82 && line.startsWith("RUN	", s)) {
      const n = split(line, s, e);
      const version = field(line, n, n).trim();
      const start = int(line, n, n === 6 ? 4 : 3);
      if (!Number.isNaN(start)) sink.seen(start);
      if (/^\d+\.\d+/.test(version)) {
        if (n !== 6 || !version.startsWith("2.")) sink.version(version);
        layout = n === 6 ? 3 : layoutOfVersion(version);
      }
      records++;
      return;
    }
    if (c === 69 && line.startsWith("ERROR	", s)) {
      records++;
      events++;
      return;
    }
    if (c === 65 && line.startsWith("ASSERTION	", s)) {
      records++;
      return;
    }
    if (line.slice(s, e).trim() === "") return;
    malformed(line.slice(s, e), lineNo2);
  };
  const malformed = (line, lineNo2) => {
    const type = /^[A-Z]+(?=\t)/.exec(line)?.[0];
    bad.push({
      line: lineNo2,
      message: type ? `This ${type} record does not have the columns of any Gatling version (2.2 to 3.12); it was skipped.` : `Not a Gatling simulation.log record: ${JSON.stringify(line.slice(0, 40))}; it was skipped.`
    });
  };
  let rest = "";
  let lineNo = 0;
  let first = true;
  for await (const chunk of input) {
    const text = rest.length > 0 ? rest + chunk : chunk;
    let start = 0;
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 65279) start = 1;
    }
    for (let nl = text.indexOf("\n", start); nl >= 0; nl = text.indexOf("\n", start)) {
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      onRecord(text, start, end, ++lineNo);
      start = nl + 1;
    }
    rest = text.slice(start);
    if (rest.length > MAX_LINE) {
      sink.diagnostic(
        `Line ${lineNo + 1} is over ${MAX_LINE >> 20} MiB long: this is no Gatling simulation.log past that point. The records before it were read.`,
        lineNo + 1,
        events > 0 ? "warning" : "error"
      );
      return;
    }
  }
  const cut = rest.replace(/\r$/, "") === "" ? void 0 : lineNo + 1;
  if (events === 0 && bad.length > 0) {
    sink.diagnostic(
      `Not a readable Gatling simulation.log: none of its ${bad.length} records after the header has the columns of a Gatling version (2.2 to 3.12), the first at line ${bad[0].line}.`,
      bad[0].line
    );
    return;
  }
  for (const b of bad.slice(0, 5)) sink.diagnostic(b.message, b.line);
  if (bad.length > 5) sink.diagnostic(`${bad.length - 5} more malformed records were skipped.`);
  if (cut !== void 0) {
    sink.diagnostic(
      `The file ends in the middle of line ${cut}: Gatling was probably stopped while writing. The records before it were read.`,
      cut,
      "warning"
    );
  }
  if (records === 0 && bad.length === 0 && cut === void 0) sink.diagnostic("The simulation.log is empty.");
}
export {
  feedGatlingLog,
  gatlingLogStream,
  layoutOfVersion
};
