import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
import {
  JmeterTimestamps,
  isTransactionMessage,
  jmeterErrorKind,
  jmeterPhases
} from "./chunk-WLNKZNLK.js";
import "./chunk-KD2E64AB.js";

// src/results/jmeter/jtl-xml.ts
var jmeterJtlXmlStream = {
  format: "jmeter-jtl-xml",
  tool: "jmeter",
  latencyKind: "total",
  stamps: "start",
  feed: feedJtlXml
};
var SAMPLE_TAGS = /* @__PURE__ */ new Set(["httpSample", "sample"]);
async function feedJtlXml(input, _file, sink) {
  const times = new JmeterTimestamps();
  const stack = [];
  let buffer = "";
  let sawRoot = false;
  let closedRoot = false;
  const open = (name, tagText, selfClosing) => {
    if (name === "testResults") {
      sawRoot = true;
      return;
    }
    if (!SAMPLE_TAGS.has(name)) return;
    const attrs = attributes(tagText);
    const parent = stack.at(-1);
    const counted = !parent || parent.counted && parent.transaction;
    const transaction = isTransactionMessage(attrs.rm ?? "");
    const frame = { attrs, counted, transaction };
    if (selfClosing) emit(frame);
    else stack.push(frame);
  };
  const emit = (frame) => {
    if (!frame.counted) return;
    const a = frame.attrs;
    const elapsed = a.t === void 0 ? NaN : Number(a.t);
    const time = a.ts === void 0 ? void 0 : times.parse(a.ts);
    const ok = a.s === void 0 || a.s === "true";
    const label = a.lb ?? "";
    if (frame.transaction) {
      sink.transaction(label, time, elapsed, !ok);
      return;
    }
    if (a.na !== void 0) sink.vus(time, Number(a.na));
    if (a.lt !== void 0)
      jmeterPhases(
        sink,
        elapsed,
        Number(a.lt),
        a.ct === void 0 ? void 0 : Number(a.ct),
        Number(a.sc) || 1
      );
    const kind = ok ? void 0 : jmeterErrorKind(a.rc ?? a.rs ?? "", "");
    const samples = a.sc === void 0 ? 1 : Number(a.sc);
    if (samples > 1) {
      const errors = Math.min(samples, Math.max(0, Number(a.ec) || 0));
      if (errors > 0) sink.request(label, void 0, time, elapsed, true, kind ?? "failed", errors);
      if (samples > errors) sink.request(label, void 0, time, elapsed, false, void 0, samples - errors);
      return;
    }
    sink.request(label, void 0, time, elapsed, !ok, kind);
  };
  const close = (name) => {
    if (name === "testResults") closedRoot = true;
    if (!SAMPLE_TAGS.has(name)) return;
    const frame = stack.pop();
    if (frame) emit(frame);
  };
  const scan = () => {
    let i = 0;
    for (; ; ) {
      const lt = buffer.indexOf("<", i);
      if (lt < 0) return buffer.length;
      if (buffer.startsWith("<!--", lt)) {
        const end = buffer.indexOf("-->", lt + 4);
        if (end < 0) return lt;
        i = end + 3;
        continue;
      }
      if (buffer.startsWith("<![CDATA[", lt)) {
        const end = buffer.indexOf("]]>", lt + 9);
        if (end < 0) return lt;
        i = end + 3;
        continue;
      }
      const gt = tagEnd(buffer, lt + 1);
      if (gt < 0) return lt;
      const c = buffer.charCodeAt(lt + 1);
      if (c === 47) close(tagName(buffer, lt + 2));
      else if (c !== 63 && c !== 33)
        open(tagName(buffer, lt + 1), buffer.slice(lt + 1, gt), buffer.charCodeAt(gt - 1) === 47);
      i = gt + 1;
    }
  };
  for await (const chunk of input) {
    buffer += chunk;
    const consumed = scan();
    buffer = buffer.slice(consumed);
  }
  if (!sawRoot) {
    sink.diagnostic("No <testResults> element: expected a JMeter XML JTL.");
    return;
  }
  if (!closedRoot || stack.length > 0 || buffer.trim() !== "") {
    sink.diagnostic(
      "The file ends before </testResults>: JMeter was probably stopped while writing. The complete samples before the cut were read.",
      void 0,
      "warning"
    );
  }
}
function tagEnd(s, from) {
  let quote = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  return -1;
}
function tagName(s, from) {
  let end = from;
  while (end < s.length) {
    const c = s.charCodeAt(end);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62) break;
    end++;
  }
  return s.slice(from, end);
}
var ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
function attributes(tag) {
  const out = {};
  for (const m of tag.matchAll(ATTRIBUTE)) out[m[1]] = unescapeXml(m[2] ?? m[3] ?? "");
  return out;
}
function unescapeXml(s) {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, e) => {
    const lower = e.toLowerCase();
    if (lower.startsWith("#")) {
      const code = lower.startsWith("#x") ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return code <= 1114111 ? String.fromCodePoint(code) : _m;
    }
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[lower] ?? _m;
  });
}
export {
  feedJtlXml,
  jmeterJtlXmlStream
};
