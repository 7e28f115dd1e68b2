import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);

// src/cli/progress.ts
var SUMMARY_FILES = 200;
var SUMMARY_BYTES = 50 * 1024 * 1024;
var FIRST_DRAW_MS = 300;
var REDRAW_MS = 100;
function inCi(env) {
  const ci = env.CI;
  return ci !== void 0 && ci !== "" && ci !== "0" && ci.toLowerCase() !== "false";
}
function size(bytes) {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.round(bytes / 1e3)} kB`;
}
function seconds(ms) {
  return `${(ms / 1e3).toFixed(1)} s`;
}
var Progress = class {
  constructor(options) {
    this.options = options;
    this.live = options.stream.isTTY === true && !inCi(options.env);
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
  }
  options;
  live;
  now;
  started;
  lastDraw;
  drawn = false;
  finished = false;
  files = { phase: "parsed", done: 0, total: 0 };
  bytes = 0;
  readStarted;
  readEnded;
  lintEnded;
  lint = (phase, done, total) => {
    if (this.finished) return;
    this.files = { phase, done, total };
    if (phase === "checked" && done === total) this.lintEnded = this.now();
    this.tick();
  };
  read = (bytes) => {
    if (this.finished) return;
    this.readStarted ??= this.now();
    this.bytes += bytes;
    this.readEnded = this.now();
    this.tick();
  };
  line() {
    const parts = [];
    if (this.files.total > 0) {
      const verb = this.files.phase === "parsed" ? "reading" : "checking";
      parts.push(`linting: ${verb} ${this.files.done}/${this.files.total} files`);
    }
    if (this.bytes > 0) parts.push(`reading results: ${size(this.bytes)}`);
    return `loadgate: ${parts.join("; ")}`;
  }
  tick() {
    if (!this.live) return;
    const t = this.now();
    if (t - this.started < FIRST_DRAW_MS) return;
    if (this.lastDraw !== void 0 && t - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = t;
    this.drawn = true;
    this.options.stream.write(`\r${this.line()}\x1B[K`);
  }
  /** Erases the progress line and writes the summary of large work; later callbacks are ignored. */
  done() {
    if (this.finished) return;
    this.finished = true;
    if (this.drawn) this.options.stream.write("\r\x1B[K");
    const end = this.now();
    const lines = [];
    if (this.files.total >= SUMMARY_FILES)
      lines.push(`linted ${this.files.total} files in ${seconds((this.lintEnded ?? end) - this.started)}`);
    if (this.bytes >= SUMMARY_BYTES)
      lines.push(
        `read ${size(this.bytes)} of results in ${seconds((this.readEnded ?? end) - (this.readStarted ?? this.started))}`
      );
    if (lines.length > 0) this.options.stream.write(`loadgate: ${lines.join("; ")}
`);
  }
};

export {
  Progress
};
