import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);

// src/results/jmeter/sample.ts
var TRANSACTION_MESSAGE = "Number of samples in transaction";
function isTransactionMessage(message) {
  return message.startsWith(TRANSACTION_MESSAGE);
}
function jmeterErrorKind(code, failureMessage) {
  if (/^\d{3}$/.test(code)) {
    return Number(code) >= 400 ? `HTTP ${code}` : "assertion failed";
  }
  const nonHttp = /^Non HTTP response code: (.+)$/.exec(code);
  if (nonHttp) return nonHttp[1].slice(0, 120);
  if (code) return code.slice(0, 120);
  return failureMessage ? "assertion failed" : "failed";
}
var JmeterTimestamps = class {
  lastText = "";
  lastMs;
  parse(text) {
    if (text === this.lastText) return this.lastMs;
    this.lastText = text;
    const n = Number(text);
    if (text !== "" && Number.isFinite(n)) {
      this.lastMs = n;
      return n;
    }
    const m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})[ T](\d{1,2}):(\d{2}):(\d{2})(?:[.,](\d{1,3}))?/.exec(text);
    this.lastMs = m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], m[7] ? +m[7].padEnd(3, "0") : 0) : void 0;
    return this.lastMs;
  }
};
function jmeterPhases(sink, elapsed, latency, connect, weight = 1) {
  if (!sink.phase || !(latency > 0) || !(elapsed >= latency)) return;
  const setup = connect !== void 0 && connect >= 0 && connect <= latency ? connect : void 0;
  if (setup !== void 0) sink.phase("connecting", setup, weight);
  sink.phase("waiting", latency - (setup ?? 0), weight);
  sink.phase("receiving", elapsed - latency, weight);
}

export {
  isTransactionMessage,
  jmeterErrorKind,
  JmeterTimestamps,
  jmeterPhases
};
