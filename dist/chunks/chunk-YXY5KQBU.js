import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);

// src/results/gatling/error-kind.ts
function gatlingErrorKind(message) {
  const status = /^status\.find\b.*but actually found (\d{3})\s*$/.exec(message);
  if (status) return Number(status[1]) >= 400 ? `HTTP ${status[1]}` : "check failed";
  if (/\bbut actually (found|got)\b/.test(message) || /\.find(\.\w+)?(\(|,)/.test(message))
    return "check failed";
  if (/^Request timeout\b/i.test(message) || /TimeoutException\b/.test(message)) {
    const cls2 = exceptionClass(message);
    return cls2 ?? "timeout";
  }
  const cls = exceptionClass(message);
  if (cls) return cls;
  const trimmed = message.trim();
  if (trimmed === "") return "failed";
  return trimmed.split(/[:\n]/)[0].replace(/\d+/g, "#").slice(0, 80);
}
function exceptionClass(message) {
  const m = /^((?:[a-z_$][\w$]*\.)*[A-Z][\w$]*(?:Exception|Error))\b/.exec(message);
  return m?.[1];
}
var ErrorKinds = class {
  cache = /* @__PURE__ */ new Map();
  of(message) {
    let kind = this.cache.get(message);
    if (kind === void 0) {
      kind = gatlingErrorKind(message);
      if (this.cache.size < 1e4) this.cache.set(message, kind);
    }
    return kind;
  }
};

export {
  ErrorKinds
};
