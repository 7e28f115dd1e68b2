import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
import {
  COMMENT_VALUES,
  Env,
  FAIL_ON_VALUES,
  Inputs,
  Outputs,
  actionBaselineResolver,
  baselineUploadPath,
  createClient,
  describeFailure,
  findPullRequest,
  isNotPermitted,
  pullRequestOf,
  repositoryOf,
  requestFailure,
  require_tunnel,
  require_undici
} from "./chunks/chunk-3YUYLOML.js";
import {
  COMMENT_BUDGET,
  ConfigError,
  MAX_LEVEL,
  UsageError,
  applyEdits,
  assessMaturity,
  builtinRules,
  codeSpan,
  comparedRows,
  endpointLabel,
  escapeMarkdown,
  exitCodeFor,
  findingsBySeverity,
  formatBudget,
  formatChange,
  gitSnapshot,
  inlineMarkdown,
  isChangedFile,
  isChangedLine,
  isStickyComment,
  maskSecrets,
  metricLabel,
  parsePatch,
  plural,
  prepareAllAdapters,
  readSources,
  renderJson,
  renderMarkdown,
  renderSarif,
  reportPath,
  runEngine,
  sanitizeJobId,
  secretLiterals,
  stripUnsafe,
  toRanges,
  trendFor,
  truncate,
  unreadableFiles,
  workingTreeSnapshot,
  worstFirst,
  writeArtifact
} from "./chunks/chunk-LBGCKJWH.js";
import {
  DEFAULT_BASELINE_ARTIFACT
} from "./chunks/chunk-RGBMUZE6.js";
import "./chunks/chunk-MYO2LJHZ.js";
import {
  __toESM
} from "./chunks/chunk-YZYQ5LSJ.js";

// src/action/main.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { dirname, resolve as resolve2 } from "node:path";
import { fileURLToPath } from "node:url";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve3(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/action/annotations.ts
var coreAnnotations = (level, message, properties) => {
  if (level === "error") error(message, properties);
  else if (level === "warning") warning(message, properties);
  else notice(message, properties);
};
var SHOWN_PER_LEVEL = 10;
var EMITTED_MAX = 200;
var Rank = { ChangedLine: 0, ChangedFile: 1, RunFailure: 2, Elsewhere: 3 };
var LEVEL_ORDER = { error: 0, warning: 1, notice: 2 };
function emitAnnotations(report, sink = coreAnnotations, options = {}) {
  const changed = options.changed;
  const clean = (message) => truncate(maskSecrets(stripUnsafe(message), options.secrets), 2e3);
  const rankOf = (path, line, endLine) => line !== void 0 && isChangedLine(changed, path, line, endLine ?? line) ? Rank.ChangedLine : isChangedFile(changed, path) ? Rank.ChangedFile : Rank.Elsewhere;
  const items = [];
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      const path = d.file || file.path;
      const rank = rankOf(path, d.line);
      items.push({
        rank: rank === Rank.Elsewhere && d.severity === "error" ? Rank.RunFailure : rank,
        level: d.severity,
        message: clean(d.message),
        properties: {
          // Warnings are notes (a suppression without a reason, an override glob matching nothing).
          title: d.severity === "error" ? "loadgate: file could not be read" : "loadgate",
          file: path,
          startLine: d.line,
          startColumn: d.column
        }
      });
    }
  }
  for (const r of report.results) {
    for (const d of r.diagnostics) {
      items.push({
        rank: d.severity === "error" ? Rank.RunFailure : Rank.Elsewhere,
        level: d.severity,
        message: clean(`${r.role} results: ${d.message}`),
        properties: {
          title: d.severity === "error" ? "loadgate: results could not be read" : "loadgate: results",
          file: r.path,
          startLine: d.line
        }
      });
    }
  }
  const comparison = report.comparison;
  if (comparison?.comparable && options.regressions !== false) {
    const rows = comparedRows(comparison).filter((r) => r.metric.decision === "regressed").sort(worstFirst(comparison));
    const byEndpoint = /* @__PURE__ */ new Map();
    for (const row of rows)
      byEndpoint.set(row.endpoint, [...byEndpoint.get(row.endpoint) ?? [], row.metric]);
    for (const [endpoint, metrics] of byEndpoint) {
      const what = metrics.map((m) => `${metricLabel(m.metric)} ${formatChange(m)} (budget ${formatBudget(m.budget, m.unit)})`).join(", ");
      items.push({
        rank: Rank.RunFailure,
        level: "error",
        message: clean(`${endpointLabel(endpoint)} regressed: ${what}.`),
        properties: { title: "loadgate: regression" }
      });
    }
  }
  for (const { path, finding } of findingsBySeverity(report)) {
    const loc = finding.loc;
    const oneLine = loc.endLine === void 0 || loc.endLine === loc.line;
    items.push({
      rank: rankOf(path, loc.line, loc.endLine),
      level: finding.severity === "info" ? "notice" : finding.severity,
      message: clean(finding.message),
      properties: {
        title: finding.ruleId,
        file: path,
        startLine: loc.line,
        endLine: loc.endLine ?? loc.line,
        // GitHub accepts columns only for single-line ranges.
        ...oneLine ? { startColumn: loc.column, endColumn: loc.endColumn } : {}
      }
    });
  }
  items.sort((a, b) => a.rank - b.rank || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  const emitted = items.slice(0, EMITTED_MAX);
  for (const item of emitted) sink(item.level, item.message, withoutUndefined(item.properties));
  const errors = emitted.filter((i) => i.level === "error").length;
  const warnings = emitted.filter((i) => i.level === "warning").length;
  return {
    emitted: emitted.length,
    total: items.length,
    overShownLimit: errors > SHOWN_PER_LEVEL || warnings > SHOWN_PER_LEVEL
  };
}
function withoutUndefined(properties) {
  return Object.fromEntries(
    Object.entries(properties).filter(([, v]) => v !== void 0)
  );
}

// src/action/inputs.ts
var InputError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "InputError";
  }
};
function getStringInput(name) {
  return getInput(name).trim();
}
function getBooleanInput(name, defaultValue) {
  const raw = getStringInput(name);
  if (raw === "") return defaultValue;
  if (["true", "True", "TRUE"].includes(raw)) return true;
  if (["false", "False", "FALSE"].includes(raw)) return false;
  throw new InputError(`Input "${name}" must be true or false; got "${raw}".`);
}
function splitList(raw) {
  const items = [];
  for (const line of raw.split(/\r?\n/)) {
    if (line.trim().startsWith("#")) continue;
    let depth = 0;
    let current = "";
    for (const char of line) {
      if (char === "{") depth++;
      if (char === "}") depth = Math.max(0, depth - 1);
      if (char === "," && depth === 0) {
        items.push(current);
        current = "";
      } else {
        current += char;
      }
    }
    items.push(current);
  }
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}
function getListInput(name) {
  return splitList(getInput(name));
}
function getEnumInput(name, allowed) {
  const raw = getStringInput(name);
  if (raw === "") return void 0;
  const value = allowed.find((a) => a === raw.toLowerCase());
  if (value === void 0) {
    throw new InputError(`Input "${name}" must be one of ${allowed.join(", ")}; got "${raw}".`);
  }
  return value;
}
function getPullRequestInput(name) {
  const raw = getStringInput(name).replace(/^#/, "");
  if (raw === "") return void 0;
  if (!/^[1-9]\d{0,9}$/.test(raw))
    throw new InputError(`Input "${name}" must be a pull request number; got "${raw}".`);
  return Number(raw);
}
function readInputs(env = process.env) {
  const configPath = getStringInput(Inputs.Config);
  const baseline = getStringInput(Inputs.Baseline);
  return {
    configPath: configPath || void 0,
    paths: getListInput(Inputs.Paths),
    results: getListInput(Inputs.Results),
    baseline: baseline || void 0,
    failOn: getEnumInput(Inputs.FailOn, FAIL_ON_VALUES),
    comment: getEnumInput(Inputs.Comment, COMMENT_VALUES),
    token: getStringInput(Inputs.GitHubToken),
    jobId: getStringInput(Inputs.JobId) || env[Env.Job] || "default",
    commentId: getStringInput(Inputs.CommentId) || void 0,
    sarifFile: getStringInput(Inputs.SarifFile),
    reportFile: getStringInput(Inputs.ReportFile),
    saveRun: getStringInput(Inputs.SaveRun),
    baselineArtifact: getStringInput(Inputs.BaselineArtifact) || DEFAULT_BASELINE_ARTIFACT,
    baselinePath: getStringInput(Inputs.BaselinePath) || void 0,
    uploadBaseline: getBooleanInput(Inputs.UploadBaseline, false),
    workingDirectory: getStringInput(Inputs.WorkingDirectory) || ".",
    maturity: getBooleanInput(Inputs.Maturity, true),
    review: getBooleanInput(Inputs.Review, true),
    pullRequest: getPullRequestInput(Inputs.PullRequest)
  };
}

// src/action/logger.ts
var coreLogger = {
  debug: (message) => debug(message),
  info: (message) => info(message),
  warning: (message) => warning(message)
};

// src/action/base-commit.ts
import { execFileSync } from "node:child_process";
function readableBaseCommit(workspace, sha, log) {
  if (!sha || !/^[0-9a-f]{40}$/i.test(sha)) return void 0;
  const has = () => {
    try {
      execFileSync("git", ["-C", workspace, "cat-file", "-e", `${sha}^{commit}`], {
        stdio: "ignore",
        timeout: 1e4
      });
      return true;
    } catch {
      return false;
    }
  };
  if (has()) return sha;
  try {
    execFileSync("git", ["-C", workspace, "fetch", "--quiet", "--no-tags", "--depth=1", "origin", sha], {
      stdio: "ignore",
      timeout: 6e4
    });
  } catch {
    log.info(`loadgate could not fetch the base commit ${sha}: no load-profile preview.`);
    return void 0;
  }
  return has() ? sha : void 0;
}

// src/action/maturity.ts
import { execFileSync as execFileSync2 } from "node:child_process";

// src/maturity/summary-line.ts
function maturityLine(head, base) {
  let change = "";
  if (base && "level" in base) {
    const delta = head.level - base.level;
    change = delta === 0 ? " (unchanged from the base branch)" : ` (${delta > 0 ? "\u25B2" : "\u25BC"} from level ${base.level} on the base branch)`;
  } else if (base) {
    change = ` (base level unknown: ${escapeMarkdown(base.unknown, { maxLength: 200 })})`;
  }
  const next = head.nextSteps[0];
  const step = next ? ` \xB7 next: ${inlineMarkdown(next)}` : "";
  return `**Load-testing maturity:** level ${head.level} of ${MAX_LEVEL}, ${escapeMarkdown(head.levelName)}${change}${step}`;
}

// src/action/maturity.ts
function pullRequestMaturity(workspace, baseSha, log) {
  const head = assessMaturity(workingTreeSnapshot(workspace), builtinRules);
  if (!baseSha) return { head, line: maturityLine(head) };
  let base;
  try {
    base = { level: assessMaturity(baseSnapshot(workspace, baseSha), builtinRules).level };
  } catch (error2) {
    const reason = error2 instanceof Error ? error2.message.split("\n")[0] : String(error2);
    log.info(`loadgate could not read the base commit ${baseSha} for the maturity level: ${reason}`);
    base = { unknown: "the base commit could not be read from git" };
  }
  return { head, base, line: maturityLine(head, base) };
}
function baseSnapshot(workspace, sha) {
  try {
    return gitSnapshot(workspace, sha);
  } catch {
    execFileSync2("git", ["-C", workspace, "fetch", "--quiet", "--no-tags", "--depth=1", "origin", sha], {
      stdio: "ignore",
      timeout: 6e4
    });
    return gitSnapshot(workspace, sha);
  }
}

// src/action/outputs.ts
function countOutputs(report) {
  const { error: error2, warning: warning2 } = report.summary.findings;
  const unreadable = unreadableFiles(report);
  return {
    violations: error2 + warning2,
    errors: error2 + unreadable,
    regressions: report.summary.regressions,
    verdict: report.verdict
  };
}
function setOutputs(outputs) {
  setOutput(Outputs.Violations, outputs.violations);
  setOutput(Outputs.Errors, outputs.errors);
  setOutput(Outputs.Regressions, outputs.regressions);
  setOutput(Outputs.Verdict, outputs.verdict);
  setOutput(Outputs.ReportPath, outputs.reportPath);
  setOutput(Outputs.SarifPath, outputs.sarifPath);
  setOutput(Outputs.RunPath, outputs.runPath);
}

// src/action/paths.ts
import { resolve } from "node:path";
function toRepoPath(path, cwd, workspace) {
  return path === "" ? path : reportPath(resolve(cwd, path), workspace);
}
function rebaseReport(report, cwd, workspace) {
  const rebase = (path) => toRepoPath(path, cwd, workspace);
  const rebaseFinding = (finding) => ({
    ...finding,
    loc: { ...finding.loc, file: rebase(finding.loc.file) },
    fix: finding.fix && {
      ...finding.fix,
      edits: finding.fix.edits?.map((edit) => ({ ...edit, file: rebase(edit.file) }))
    }
  });
  const comparison = report.comparison && {
    ...report.comparison,
    baseline: { ...report.comparison.baseline, file: rebase(report.comparison.baseline.file) },
    current: { ...report.comparison.current, file: rebase(report.comparison.current.file) }
  };
  return {
    ...report,
    files: report.files.map((file) => ({
      ...file,
      path: rebase(file.path),
      findings: file.findings.map(rebaseFinding),
      diagnostics: file.diagnostics.map((d) => ({ ...d, file: d.file ? rebase(d.file) : d.file })),
      ...file.suppressed ? { suppressed: file.suppressed.map((f) => ({ ...rebaseFinding(f), suppression: f.suppression })) } : {}
    })),
    results: report.results.map((r) => ({ ...r, path: rebase(r.path) })),
    ...comparison ? { comparison } : {},
    ...report.notCompared?.current ? {
      notCompared: {
        ...report.notCompared,
        current: { ...report.notCompared.current, file: rebase(report.notCompared.current.file) }
      }
    } : {}
  };
}

// src/action/publish/diff-hunks.ts
function commentable(lines, start, end) {
  return lines.hunks.some((h) => h.start <= start && end <= h.end);
}

// src/action/publish/changed-files.ts
var MAX_FILES = 3e3;
async function listPullFiles(client, repo, pullNumber) {
  const files = await client.paginate(
    client.rest.pulls.listFiles,
    { ...repo, pull_number: pullNumber, per_page: 100 },
    (response, done) => {
      if (response.data.length === 0) done();
      return response.data.filter((f) => f.status !== "removed").map((f) => [f.filename, f.patch === void 0 ? void 0 : parsePatch(f.patch)]);
    }
  );
  return new Map(files.slice(0, MAX_FILES));
}
function changedLinesOf(files) {
  const out = /* @__PURE__ */ new Map();
  for (const [path, lines] of files) out.set(path, lines ? toRanges(lines.added) : null);
  return out;
}

// src/action/publish/identity.ts
async function whoAmI(client) {
  try {
    const user = await client.rest.users.getAuthenticated();
    return user.data.type === "Bot" ? { bot: true } : { login: user.data.login };
  } catch (error2) {
    const status = error2.status;
    if (status === 401 || status === 403 || status === 404) return { bot: true };
    throw error2;
  }
}
function isOurs(identity, user) {
  return "login" in identity ? user?.login === identity.login : user?.type === "Bot";
}

// src/action/publish/sticky-comment.ts
var MAX_PAGES = 100;
var oldestFirst = (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id;
var newestFirst = (a, b) => oldestFirst(b, a);
async function listStickyComments(client, repo, issueNumber, job, identity = { bot: true }) {
  let pages = 0;
  return client.paginate(
    client.rest.issues.listComments,
    { ...repo, issue_number: issueNumber, per_page: 100 },
    (response, done) => {
      if (++pages >= MAX_PAGES) done();
      return response.data.filter((c) => typeof c.body === "string" && isStickyComment(c.body, job)).map((c) => ({
        id: c.id,
        body: c.body ?? "",
        ours: isOurs(identity, c.user),
        author: c.user?.login,
        createdAt: c.created_at
      }));
    }
  );
}
async function findStickyComment(client, repo, issueNumber, job, identity = { bot: true }) {
  const matches = await listStickyComments(client, repo, issueNumber, job, identity);
  return matches.filter((c) => c.ours).sort(newestFirst)[0];
}
async function upsertStickyComment(client, repo, issueNumber, job, body, createIfAbsent, identity = { bot: true }) {
  const existing = await findStickyComment(client, repo, issueNumber, job, identity);
  if (existing) {
    if (existing.body === body) return { action: "unchanged", id: existing.id, author: existing.author };
    const updated = await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
    return { action: "updated", id: existing.id, author: updated.data.user?.login ?? existing.author };
  }
  if (!createIfAbsent) return { action: "absent" };
  const created = await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
  const author = created.data.user?.login;
  const ours = (await listStickyComments(client, repo, issueNumber, job, identity)).filter((c) => c.ours && author !== void 0 && c.author === author).sort(oldestFirst);
  const survivor = ours[0];
  if (!survivor || survivor.id === created.data.id) return { action: "created", id: created.data.id, author };
  await client.rest.issues.deleteComment({ ...repo, comment_id: created.data.id });
  if (survivor.body !== body)
    await client.rest.issues.updateComment({ ...repo, comment_id: survivor.id, body });
  return { action: "updated", id: survivor.id, author, deletedDuplicate: created.data.id };
}

// src/action/publish/comment.ts
function refusedWarning(what, pullNumber, detail, fromFork) {
  const why = fromFork ? "the token is read-only on pull requests from forks (see docs/fork-pull-requests.md)" : "the token lacks pull-requests: write or issues: write permission";
  return `loadgate could not ${what} on pull request #${pullNumber}: GitHub refused (${detail}): ${why}; the report is in the job summary and the annotations.`;
}
async function publishComment(request) {
  const { client, repo, pullNumber, job, body, decision, log } = request;
  if (decision === "skip") return { status: "skipped", reason: "the comment policy is never" };
  try {
    const identity = await whoAmI(client);
    const result = await upsertStickyComment(
      client,
      repo,
      pullNumber,
      job,
      body,
      decision === "upsert",
      identity
    );
    if (result.action === "absent") {
      return { status: "skipped", reason: "nothing to report and no earlier comment to update" };
    }
    if (result.deletedDuplicate !== void 0) {
      log.info(
        `loadgate found that a concurrent run had commented first; it deleted its own duplicate (id ${result.deletedDuplicate}).`
      );
    }
    log.info(`loadgate ${result.action} its comment on pull request #${pullNumber} (id ${result.id}).`);
    return { status: result.action, id: result.id, author: result.author };
  } catch (error2) {
    const failure = requestFailure(error2);
    const detail = describeFailure(failure);
    if (isNotPermitted(failure)) {
      log.warning(refusedWarning("comment", pullNumber, detail, request.fromFork));
      return { status: "not-permitted", reason: detail };
    }
    log.warning(
      `loadgate could not comment on pull request #${pullNumber} (${detail}); the report is in the job summary.`
    );
    return { status: "failed", reason: detail };
  }
}

// src/action/publish/policy.ts
function hasSomethingToSay(report) {
  const { error: error2, warning: warning2 } = report.summary.findings;
  return report.verdict !== "pass" || error2 + warning2 > 0 || report.summary.diagnostics > 0 || report.summary.regressions > 0 || report.results.some((r) => r.diagnostics.length > 0) || report.comparison !== void 0 && report.comparison.verdict !== "pass";
}
function decideComment(policy, report) {
  switch (policy) {
    case "never":
      return "skip";
    case "always":
      return "upsert";
    case "on-problems":
      return hasSomethingToSay(report) ? "upsert" : "update-only";
  }
}

// src/action/publish/review-plan.ts
import { createHash } from "node:crypto";

// src/action/publish/suggestion.ts
function suggestionFor(source, edits) {
  if (edits.length === 0) return void 0;
  const changed = applyEdits(source, edits);
  if (changed === void 0) return void 0;
  const oldLines = source.split(/\r?\n/);
  const newLines = changed.split(/\r?\n/);
  const lastLine = oldLines.length;
  const startLine = Math.min(lastLine, ...edits.map((e) => e.start.line));
  const endLine = Math.min(lastLine, Math.max(...edits.map((e) => e.end.line)));
  const after = lastLine - endLine;
  const replaced = oldLines.slice(startLine - 1, endLine).join("\n");
  const text = newLines.slice(startLine - 1, newLines.length - after).join("\n");
  if (text === replaced) return void 0;
  return { startLine, endLine, text };
}
var UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
function suggestionBlock(text) {
  if (UNSAFE.test(text) || /loadgate:(sticky|review)/i.test(text)) return void 0;
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run2) => run2.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}suggestion
${text}
${fence}`;
}

// src/action/publish/review-plan.ts
var MAX_REVIEW_COMMENTS = 30;
var REVIEW_MARKER = /^<!-- loadgate:review job=([A-Za-z0-9_.-]{1,100}) key=([0-9a-f]{16})( resolved)? -->$/;
function reviewMarker(job, key, resolved = false) {
  return `<!-- loadgate:review job=${sanitizeJobId(job)} key=${key}${resolved ? " resolved" : ""} -->`;
}
function readReviewMarker(body) {
  const m = REVIEW_MARKER.exec(body.split("\n", 1)[0]?.replace(/\r$/, "") ?? "");
  return m ? { job: m[1], key: m[2], resolved: m[3] !== void 0 } : void 0;
}
var ICON = { error: "\u274C", warning: "\u26A0\uFE0F", info: "\u2139\uFE0F" };
function planReview(report, sources, changed, job) {
  const planned = [];
  for (const file of report.files) {
    const lines = changed.get(file.path);
    if (!lines) continue;
    for (const finding of file.findings) {
      if (finding.severity === "info" || !lines.added.has(finding.loc.line)) continue;
      const source = sources.get(file.path);
      const suggestion = source !== void 0 && finding.fix?.edits ? suggestionFor(source, finding.fix.edits) : void 0;
      const block = suggestion && commentable(lines, suggestion.startLine, suggestion.endLine) ? suggestionBlock(suggestion.text) : void 0;
      const startLine = block && suggestion.startLine < suggestion.endLine ? suggestion.startLine : void 0;
      const line = block ? suggestion.endLine : finding.loc.line;
      const key = createHash("sha256").update(
        [file.path, finding.ruleId, String(startLine ?? line), String(line), block ?? finding.message].join(
          "\0"
        )
      ).digest("hex").slice(0, 16);
      const text = [
        reviewMarker(job, key),
        `${ICON[finding.severity]} **${finding.severity}** ${codeSpan(finding.ruleId)}: ${escapeMarkdown(finding.message)}`
      ];
      if (finding.fix) {
        text.push("", `**Fix:** ${escapeMarkdown(finding.fix.description)}`);
        if (block) text.push("", block);
      }
      planned.push({
        path: file.path,
        line,
        ...startLine ? { startLine } : {},
        body: text.join("\n"),
        key
      });
      if (planned.length >= MAX_REVIEW_COMMENTS) return planned;
    }
  }
  return planned;
}

// src/action/publish/review.ts
var MAX_PAGES2 = 30;
async function listOurReviewComments(request) {
  const { client, repo, pullNumber, job, self } = request;
  let pages = 0;
  return client.paginate(
    client.rest.pulls.listReviewComments,
    { ...repo, pull_number: pullNumber, per_page: 100 },
    (response, done) => {
      if (++pages >= MAX_PAGES2) done();
      const ours = [];
      for (const c of response.data) {
        const marker = readReviewMarker(c.body);
        const byUs = self !== void 0 ? c.user?.login === self : c.user?.type === "Bot";
        if (!marker || marker.job !== job || !byUs) continue;
        ours.push({
          id: c.id,
          path: c.path,
          line: c.line ?? null,
          body: c.body,
          key: marker.key,
          resolved: marker.resolved
        });
      }
      return ours;
    }
  );
}
function resolvedBody(job, key, body) {
  const heading = body.split("\n")[1] ?? "";
  return [
    reviewMarker(job, key, true),
    `\u2705 **Resolved:** loadgate no longer reports this here.`,
    "",
    `~~${heading.replace(/~~/g, "")}~~`
  ].join("\n");
}
async function publishReview(request) {
  const { client, repo, pullNumber, planned, log } = request;
  const outcome = { status: "nothing-new", posted: 0, kept: 0, resolved: 0 };
  try {
    const existing = await listOurReviewComments(request);
    const present = new Set(
      existing.filter((c) => !c.resolved && c.line !== null).map((c) => `${c.path}\0${c.line}\0${c.key}`)
    );
    const fresh = planned.filter((p) => !present.has(`${p.path}\0${p.line}\0${p.key}`));
    outcome.kept = planned.length - fresh.length;
    const wanted = new Set(planned.map((p) => p.key));
    const gone = existing.filter((c) => !c.resolved && !wanted.has(c.key) && request.lintedPaths.has(c.path));
    if (fresh.length > 0) {
      try {
        await client.rest.pulls.createReview({
          ...repo,
          pull_number: pullNumber,
          ...request.commitId ? { commit_id: request.commitId } : {},
          event: "COMMENT",
          body: `loadgate: ${fresh.length} finding${fresh.length === 1 ? "" : "s"} on lines this pull request changed.`,
          comments: fresh.map((p) => ({
            path: p.path,
            line: p.line,
            side: "RIGHT",
            ...p.startLine !== void 0 ? { start_line: p.startLine, start_side: "RIGHT" } : {},
            body: p.body
          }))
        });
        outcome.posted = fresh.length;
        outcome.status = "posted";
        log.info(
          `loadgate posted a review with ${fresh.length} inline comment(s) on pull request #${pullNumber}.`
        );
      } catch (error2) {
        const failure = requestFailure(error2);
        if (failure.status !== 422) throw error2;
        log.info(
          `GitHub refused the inline review on pull request #${pullNumber} (${describeFailure(failure)}); the findings stay in the sticky comment.`
        );
        outcome.status = "refused";
        outcome.reason = describeFailure(failure);
      }
    }
    for (const comment of gone) {
      await client.rest.pulls.updateReviewComment({
        ...repo,
        comment_id: comment.id,
        body: resolvedBody(request.job, comment.key, comment.body)
      });
      outcome.resolved++;
    }
    if (outcome.resolved > 0) log.info(`loadgate marked ${outcome.resolved} earlier suggestion(s) resolved.`);
    return outcome;
  } catch (error2) {
    const failure = requestFailure(error2);
    const detail = describeFailure(failure);
    if (isNotPermitted(failure)) {
      log.warning(refusedWarning("post review comments", pullNumber, detail, request.fromFork));
      return { ...outcome, status: "not-permitted", reason: detail };
    }
    log.warning(
      `loadgate could not post its review on pull request #${pullNumber} (${detail}); the findings are in the sticky comment.`
    );
    return { ...outcome, status: "failed", reason: detail };
  }
}

// src/action/summary.ts
async function writeJobSummary(markdown, log) {
  try {
    await summary.addRaw(markdown, true).write();
    return true;
  } catch (error2) {
    log.info(`loadgate wrote no job summary: ${error2 instanceof Error ? error2.message : String(error2)}`);
    return false;
  }
}

// src/action/verdict-message.ts
function failureMessage(report) {
  const failOn = `(fail-on: ${report.failOn})`;
  const { error: error2, warning: warning2 } = report.summary.findings;
  const regressions = report.summary.regressions;
  const unreadableScenarios = report.files.filter(
    (f) => f.diagnostics.some((d) => d.severity === "error")
  ).length;
  const unreadableResults = report.summary.unreadable - unreadableScenarios;
  const scenario = [];
  if (error2 > 0) scenario.push(plural(error2, "error"));
  if (warning2 > 0 && report.failOn === "warning") scenario.push(plural(warning2, "warning"));
  if (unreadableScenarios > 0) scenario.push(`${plural(unreadableScenarios, "file")} that could not be read`);
  const missedSlos = report.slo?.filter((s) => s.status === "violated").length ?? 0;
  const parts = [
    report.invalid ? `an invalid run (${report.invalid.reasons[0] ?? "it missed its intended load"})` : "",
    missedSlos > 0 ? `${plural(missedSlos, "missed SLO")}` : "",
    regressions > 0 ? `${plural(regressions, "regression")} against the baseline` : "",
    scenario.length > 0 ? `${scenario.join(" and ")} in the scenario files` : "",
    unreadableResults > 0 ? `${plural(unreadableResults, "result file")} that could not be read` : ""
  ].filter(Boolean);
  const what = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : parts[0];
  return `loadgate found ${what ?? "problems"} ${failOn}.`;
}

// src/action/main.ts
async function run() {
  registerProblemMatcher(process.env);
  try {
    await runAction(readInputs(), process.env, coreLogger);
  } catch (error2) {
    if (error2 instanceof InputError || error2 instanceof ConfigError || error2 instanceof UsageError) {
      await reportStop(error2, process.env, coreLogger);
    } else {
      const message = error2 instanceof Error ? error2.message : String(error2);
      setFailed(`loadgate failed unexpectedly: ${message}`);
      if (error2 instanceof Error && error2.stack) debug(error2.stack);
    }
  }
}
async function reportStop(error2, env, log, annotate = coreAnnotations) {
  const workspace = resolve2(env[Env.Workspace] || process.cwd());
  const each = error2 instanceof ConfigError ? error2.all : [error2];
  for (const one of each) {
    const properties = one instanceof InputError ? {} : { title: "loadgate: configuration error" };
    let message = one.message;
    if (one instanceof ConfigError && one.file) {
      properties.file = reportPath(one.file, workspace);
      if (one.line) properties.startLine = one.line;
      message = one.reason;
    }
    annotate("error", message, properties);
  }
  process.exitCode = 1;
  setOutputs({
    violations: 0,
    errors: each.length,
    regressions: 0,
    verdict: "error",
    reportPath: "",
    sarifPath: "",
    runPath: ""
  });
  const shown = (one) => one instanceof ConfigError && one.file ? `${reportPath(one.file, workspace)}${one.line ? `:${one.line}` : ""}: ${one.reason}` : one.message;
  const list = each.length > 1 ? `
${each.map((e) => `- ${escapeMarkdown(shown(e), { maxLength: 1e3 })}`).join("\n")}
` : "";
  await writeJobSummary(
    `### \u274C loadgate: ${escapeMarkdown(shown(error2), { maxLength: 1e3 })}
${list}`,
    log
  );
}
function engineRequest(inputs, cwd, baseRef, extra) {
  return {
    command: "check",
    cwd,
    configPath: inputs.configPath,
    paths: inputs.paths.length > 0 ? inputs.paths : void 0,
    baseline: inputs.baseline,
    current: inputs.results.length > 0 ? inputs.results : void 0,
    failOn: inputs.failOn,
    saveRun: extra.saveRun,
    ...inputs.baselinePath ? { baselinePath: inputs.baselinePath } : {},
    ...extra.resolveBaseline ? { resolveBaseline: extra.resolveBaseline } : {},
    env: process.env,
    ...baseRef ? { baseRef } : {}
  };
}
function registerProblemMatcher(env) {
  if (env.GITHUB_ACTIONS !== "true") return;
  const here = dirname(fileURLToPath(import.meta.url));
  const matcher = [
    resolve2(here, "../matchers/loadgate.json"),
    resolve2(here, "../../matchers/loadgate.json")
  ].find((path) => existsSync2(path));
  if (matcher) process.stdout.write(`::add-matcher::${matcher}
`);
}
function readEvent(env, log) {
  const path = env[Env.EventPath];
  if (!path || !existsSync2(path)) return void 0;
  try {
    return pullRequestOf(env[Env.EventName], JSON.parse(readFileSync(path, "utf8")));
  } catch (error2) {
    log.warning(
      `loadgate could not read the event payload ${path}: ${error2 instanceof Error ? error2.message : String(error2)}.`
    );
    return void 0;
  }
}
function runUrl(env) {
  const server = env[Env.ServerUrl] || "https://github.com";
  const repo = env[Env.Repository];
  const runId = env[Env.RunId];
  return repo && runId && /^\d+$/.test(runId) ? `${server}/${repo}/actions/runs/${runId}` : void 0;
}
async function runAction(inputs, env, log) {
  const workspace = resolve2(env[Env.Workspace] || process.cwd());
  const cwd = resolve2(workspace, inputs.workingDirectory);
  const event = inputs.pullRequest ? { number: inputs.pullRequest, fromFork: false } : readEvent(env, log);
  const baseRef = readableBaseCommit(workspace, event && "baseSha" in event ? event.baseSha : void 0, log);
  const uploadPath = baselineUploadPath(inputs, env, log);
  const result = await runEngine(
    engineRequest(inputs, cwd, baseRef, {
      resolveBaseline: actionBaselineResolver(inputs, env, log),
      saveRun: uploadPath ?? (inputs.saveRun || void 0)
    })
  );
  const job = sanitizeJobId(inputs.commentId ?? result.config.commentId ?? inputs.jobId);
  const report = rebaseReport(result.report, cwd, workspace);
  const sources = await readSources(report, workspace);
  const secrets = secretLiterals(report, sources);
  for (const secret of secrets) setSecret(secret);
  const jsonPath = inputs.reportFile ? await writeArtifact(cwd, inputs.reportFile, renderJson(report)) : "";
  const sarifPath = inputs.sarifFile ? await writeArtifact(
    cwd,
    inputs.sarifFile,
    renderSarif(report, { rules: result.ruleMeta, sources, category: `loadgate/${job}/` })
  ) : "";
  if (result.savedRun === null)
    log.warning(
      `loadgate could not save a run file to ${uploadPath ?? inputs.saveRun}: no current result could be read.`
    );
  setOutputs({ ...countOutputs(report), reportPath: jsonPath, sarifPath, runPath: result.savedRun ?? "" });
  setOutput(Outputs.BaselineFile, uploadPath && result.savedRun ? result.savedRun : "");
  const repo = repositoryOf(env[Env.Repository]);
  if (event && !inputs.token)
    log.warning("loadgate cannot comment on the pull request: the github-token input is empty.");
  const client = event && repo && inputs.token ? createClient(inputs.token, env[Env.ApiUrl] || void 0, { log }) : void 0;
  const pr = client && repo && event ? await resolvePullRequest(client, repo, event, log) : void 0;
  if (inputs.maturity) await prepareAllAdapters();
  const maturity = inputs.maturity ? maturityLine2(workspace, pr?.baseSha ?? (event && "baseSha" in event ? event.baseSha : void 0), log) : void 0;
  let pullFiles;
  const anyFindings = report.files.some((f) => f.findings.length > 0);
  if (client && repo && pr && anyFindings) {
    try {
      pullFiles = await listPullFiles(client, repo, pr.number);
    } catch (error2) {
      log.warning(
        `loadgate could not list the files of pull request #${pr.number} (${describeFailure(requestFailure(error2))}); all findings are listed open.`
      );
    }
  }
  const changedLines = pullFiles ? changedLinesOf(pullFiles) : void 0;
  const policy = inputs.comment ?? result.config.comment;
  const commented = pr !== void 0 && policy !== "never";
  const annotated = emitAnnotations(report, coreAnnotations, {
    changed: changedLines,
    regressions: !commented,
    secrets
  });
  if (annotated.overShownLimit || annotated.emitted < annotated.total) {
    log.info(
      `GitHub shows at most ${SHOWN_PER_LEVEL} error and ${SHOWN_PER_LEVEL} warning annotations per step; ${annotated.emitted} of ${annotated.total} were emitted, findings on the pull request's changes first, and the job summary lists them all.`
    );
  }
  const reportUrl = runUrl(env);
  const headSha = pr?.headSha ?? env[Env.Sha];
  const repository = env[Env.Repository];
  const links = repository && headSha ? { serverUrl: env[Env.ServerUrl] || "https://github.com", repository, sha: headSha } : void 0;
  const common = {
    job,
    changedLines,
    sources,
    maturity,
    links,
    currentLabel: pr ? "this PR" : "this commit",
    // `history.path` in the config: the trend of the default branch's runs (docs/history.md).
    ...trendOption(result.history, pr ? "this PR" : "this commit", log),
    reportFiles: [jsonPath, sarifPath].filter(Boolean).map((p) => reportPath(p, workspace))
  };
  await writeJobSummary(renderMarkdown(report, { ...common, target: "summary" }), log);
  if (client && repo && pr) {
    const comment = await publishComment({
      client,
      repo,
      pullNumber: pr.number,
      job,
      body: renderMarkdown(report, { ...common, target: "comment", maxLength: COMMENT_BUDGET, reportUrl }),
      decision: decideComment(policy, report),
      fromFork: pr.fromFork,
      log
    });
    if (inputs.review && policy !== "never" && pullFiles && comment.status !== "not-permitted") {
      await publishReview({
        client,
        repo,
        pullNumber: pr.number,
        job,
        commitId: pr.headSha,
        planned: planReview(report, sources, pullFiles, job),
        lintedPaths: new Set(report.files.map((f) => f.path)),
        self: "author" in comment ? comment.author : void 0,
        fromFork: pr.fromFork,
        log
      });
    }
  }
  if (exitCodeFor(report) !== 0) setFailed(failureMessage(report));
}
async function resolvePullRequest(client, repo, event, log) {
  if (!("lookup" in event)) return event;
  try {
    const found = await findPullRequest(client, repo, event);
    if (!found) {
      log.info(
        `loadgate found no open pull request for ${event.lookup.headOwner}:${event.lookup.headBranch} at ${event.lookup.headSha.slice(0, 12)}; nothing to comment on.`
      );
    }
    return found;
  } catch (error2) {
    const failure = requestFailure(error2);
    if (isNotPermitted(failure)) {
      log.warning(
        refusedWarning("find the pull request to comment", 0, describeFailure(failure), event.fromFork)
      );
    } else {
      log.warning(
        `loadgate could not find the pull request of the triggering run (${describeFailure(failure)}).`
      );
    }
    return void 0;
  }
}
function maturityLine2(workspace, baseSha, log) {
  try {
    const result = pullRequestMaturity(workspace, baseSha, log);
    setOutput(Outputs.MaturityLevel, result.head.level);
    return result.line;
  } catch (error2) {
    log.warning(
      `loadgate could not assess the repository's maturity: ${error2 instanceof Error ? error2.message : String(error2)}`
    );
    return void 0;
  }
}
function trendOption(history, currentLabel, log) {
  if (!history) return {};
  if (history.problem) log.warning(`history: ${history.problem}; the report goes on without it`);
  const trend = trendFor(history, currentLabel);
  return trend ? { trend } : {};
}

// src/action/index.ts
void run();
