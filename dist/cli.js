import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
import {
  ConfigError,
  MAX_LEVEL,
  OVERALL_NAME,
  RUN_TABLE_METRICS,
  STDIN,
  UsageError,
  VERSION,
  appendToHistory,
  applyFixSequence,
  assessMaturity,
  builtinRules,
  codeSpan,
  countRuleUsage,
  decodeText,
  describeProfile,
  encodeText,
  endpointLabel,
  escapeMarkdown,
  exitCodeFor,
  filesInOrder,
  findShifts,
  formatBudget,
  formatChange,
  formatInterval,
  formatValue,
  globFiles,
  historyText,
  inlineMarkdown,
  isGlob,
  lintSnapshot,
  lintText,
  loadRepositoryRules,
  mergeRuns,
  metricLabel,
  plural,
  prepareAllAdapters,
  provenanceOf,
  readConfigFacts,
  readHistoryFile,
  readResultFile,
  readResultFiles,
  readSources,
  renderJson,
  renderMarkdown,
  renderSarif,
  reportPath,
  runEngine,
  runRows,
  serializeRun,
  shiftLine,
  shortCommit,
  sloTextRows,
  sniffFileFormat,
  terminalText,
  trendFor,
  trendSection,
  unreadableFiles,
  workingTreeSnapshot,
  writeArtifact
} from "./chunks/chunk-LBGCKJWH.js";
import {
  DEFAULT_BASELINE_ARTIFACT,
  isAutoBaseline
} from "./chunks/chunk-RGBMUZE6.js";
import "./chunks/chunk-MYO2LJHZ.js";
import "./chunks/chunk-YZYQ5LSJ.js";

// src/engine/apply-fixes.ts
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
async function applyFixes(report, cwd, { suggestions }) {
  const log = [];
  for (const file of report.files) {
    const entry = (line, ruleId, status, reason) => log.push(
      reason === void 0 ? { path: file.path, line, ruleId, status } : { path: file.path, line, ruleId, status, reason }
    );
    const applied = [];
    for (const f of file.findings) {
      if (f.fix?.skipped !== void 0) entry(f.loc.line, f.ruleId, "skipped", f.fix.skipped);
      else if (!f.fix?.edits?.length) continue;
      else if (suggestions || f.fix.safety === "safe") applied.push(f);
      else entry(f.loc.line, f.ruleId, "suggestion");
    }
    if (applied.length === 0) continue;
    const path = resolve(cwd, file.path);
    const { text: original, encoding } = decodeText(await readFile(path));
    const { text, outcomes } = applyFixSequence(original, applied);
    for (const { finding, applied: applied2, deferred, reason } of outcomes)
      entry(finding.loc.line, finding.ruleId, applied2 ? "fixed" : deferred ? "deferred" : "skipped", reason);
    if (text !== original) await writeFile(path, encodeText(text, encoding));
  }
  return log.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line);
}
function formatFixLog(log) {
  return log.map((e) => {
    const what = e.status === "fixed" ? "fixed" : e.status === "deferred" ? "not fixed yet: overlaps another fix; run --fix again" : e.status === "suggestion" ? "not fixed: a suggestion (it changes what the test checks or loads); apply it with --fix-suggestions" : `not fixed: ${e.reason ?? "the fix does not fit the file"}`;
    return `loadgate: ${e.path}:${e.line}: ${what} [${e.ruleId}]
`;
  }).join("");
}

// src/cli/auto-baseline.ts
function cliBaselineResolver(typed, env, stderr) {
  const token = env.GITHUB_TOKEN;
  const repository = env.GITHUB_REPOSITORY;
  if (!token || !repository) {
    if (isAutoBaseline(typed))
      throw new UsageError(
        "--baseline auto reads the baseline artifact of the base branch through the GitHub API: set GITHUB_TOKEN and GITHUB_REPOSITORY (and GITHUB_API_URL for GitHub Enterprise Server; GITHUB_BASE_REF or the default branch names the branch, GITHUB_RUN_ID or GITHUB_WORKFLOW_REF the workflow), or pass --baseline FILE",
        { help: false }
      );
    return void 0;
  }
  return async () => {
    const { actionBaselineResolver } = await import("./chunks/action-baseline-RHAZKXVJ.js");
    const log = {
      debug: () => void 0,
      info: (message) => void stderr.write(`${message}
`),
      warning: (message) => void stderr.write(`warning: ${message}
`)
    };
    return actionBaselineResolver(
      { token, baselineArtifact: env.LOADGATE_BASELINE_ARTIFACT || DEFAULT_BASELINE_ARTIFACT },
      env,
      log
    )();
  };
}

// src/report/terminal.ts
var DIAGNOSTIC_ID = "diagnostic";
function painter(color) {
  return color ? (code, text) => `\x1B[${code}m${text}\x1B[0m` : (_code, text) => text;
}
var SEVERITY_COLOR = { error: "31", warning: "33", info: "36" };
function findingLine(path, finding, paint) {
  const where = `${terminalText(path, { maxLength: 300 })}:${finding.loc.line}:${finding.loc.column}:`;
  const message = terminalText(finding.message, { maxLength: 2e3 });
  return `${paint("1", where)} ${paint(SEVERITY_COLOR[finding.severity], finding.severity)} ${message} ${paint("2", `[${terminalText(finding.ruleId, { maxLength: 100 })}]`)}`;
}
function maskRange(text, loc, line) {
  const start = Math.max(0, loc.column - 1);
  const end = loc.endLine === line && loc.endColumn !== void 0 ? loc.endColumn - 1 : text.length;
  return text.slice(0, start) + "\u2022".repeat(Math.max(0, end - start)) + text.slice(end);
}
function codeFrame(source, finding, paint) {
  const lines = source.split(/\r?\n/);
  const line = finding.loc.line;
  if (line < 1 || line > lines.length) return [];
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const out = [];
  const hide = finding.category === "security" ? finding.loc : void 0;
  for (let n = first; n <= last; n++) {
    const raw = lines[n - 1] ?? "";
    const shown = hide && n === line ? maskRange(raw, hide, line) : raw;
    const indent = /^\s*/.exec(shown)[0].replace(/\t/g, " ");
    const text = indent + terminalText(shown, { maxLength: 200 });
    const gutter = `${n === line ? ">" : " "} ${String(n).padStart(width)} | `;
    out.push(n === line ? paint("1", gutter) + text : paint("2", gutter) + text);
    if (n === line) {
      const start = Math.max(1, finding.loc.column);
      const end = finding.loc.endLine === line && finding.loc.endColumn !== void 0 && finding.loc.endColumn > start ? finding.loc.endColumn : start + 1;
      const length = Math.max(1, Math.min(end, text.length + 1) - start);
      out.push(
        paint("2", `  ${" ".repeat(width)} | `) + " ".repeat(start - 1) + paint(SEVERITY_COLOR[finding.severity], "^".repeat(length))
      );
    }
  }
  return out;
}
function table(rows) {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => Array.from(row[col] ?? "").length)));
  return rows.map(
    (row) => row.map((cell2, col) => cell2 + " ".repeat(widths[col] - Array.from(cell2).length)).join("  ").trimEnd()
  );
}
function comparisonLines(comparison, paint) {
  const base = comparison.baseline;
  const current = comparison.current;
  const comparedLine = `comparison: ${terminalText(base.file, { maxLength: 200 })} \u2192 ${terminalText(current.file, { maxLength: 200 })}: ${comparison.verdict}`;
  const head = base.origin ? [comparedLine, `baseline = ${terminalText(base.origin, { maxLength: 120 })}`] : [comparedLine];
  if (base.source) head.push(`baseline from ${terminalText(base.source, { maxLength: 300 })}`);
  if (comparison.runs)
    head.push(
      `repeated runs: medians of ${comparison.runs.baseline} baseline and ${comparison.runs.current} current ${comparison.runs.current === 1 ? "run" : "runs"} (spread per metric in --format json)`
    );
  if (!comparison.comparable) {
    const b = describeProfile(comparison.profile.baseline);
    const c = describeProfile(comparison.profile.current);
    return [
      ...head,
      comparison.unitMismatch ? "not comparable: the latencies look like different units" : b && c ? `not comparable: baseline ran ${b}, this run ${c}` : "not comparable: the load profiles differ",
      ...comparison.reasons.map((r) => `  - ${terminalText(r, { maxLength: 300 })}`)
    ];
  }
  const decisionColor = {
    regressed: "31",
    improved: "32",
    unchanged: "2",
    inconclusive: "33"
  };
  const rows = [
    ["endpoint", "metric", "baseline", "current", "change", "95% CI", "budget", "decision"]
  ];
  const decisions = [];
  for (const endpoint of comparison.endpoints) {
    const label = terminalText(endpointLabel(endpoint), { maxLength: 60 });
    if (endpoint.presence !== "both") {
      rows.push([
        label,
        "",
        "",
        "",
        "",
        "",
        "",
        endpoint.presence === "baseline-only" ? "only in baseline" : "only in current"
      ]);
      decisions.push("inconclusive");
      continue;
    }
    for (const metric of endpoint.metrics) {
      rows.push([
        label,
        metricLabel(metric.metric),
        formatValue(metric.baseline, metric.unit),
        formatValue(metric.current, metric.unit),
        formatChange(metric),
        formatInterval(metric),
        formatBudget(metric.budget, metric.unit),
        metric.decision
      ]);
      decisions.push(metric.decision);
    }
  }
  const [header, ...body] = table(rows);
  return [
    ...head,
    paint("1", header),
    ...body.map((line, i) => {
      const decision = decisions[i];
      return decision === "unchanged" ? line : line.replace(/(\S+( \S+)*)$/, (m) => paint(decisionColor[decision], m));
    })
  ];
}
function runTable(notCompared) {
  const current = notCompared.current;
  if (!current) return [];
  const rows = [["endpoint", "requests", ...RUN_TABLE_METRICS.map(metricLabel)]];
  for (const r of runRows(current.run)) {
    const values = new Map(r.metrics.map((m) => [m.metric, formatValue(m.value, m.unit)]));
    rows.push([
      terminalText(endpointLabel(r), { maxLength: 60 }),
      r.requests === void 0 ? "\u2014" : String(r.requests),
      ...RUN_TABLE_METRICS.map((m) => values.get(m) ?? "\u2014")
    ]);
  }
  return [`current run: ${terminalText(current.file, { maxLength: 200 })} (not compared)`, ...table(rows)];
}
function renderTerminal(report, options = {}) {
  const paint = painter(options.color === true);
  const out = [];
  if (report.notCompared)
    out.push(paint("33", `nothing compared: ${terminalText(report.notCompared.reason, { maxLength: 500 })}`));
  for (const file of filesInOrder(report)) {
    if (file.findings.length === 0 && file.diagnostics.length === 0) continue;
    const group = [];
    for (const diagnostic of file.diagnostics) {
      const where = `${terminalText(diagnostic.file || file.path, { maxLength: 300 })}:${diagnostic.line ?? 1}:${diagnostic.column ?? 1}:`;
      group.push(
        `${paint("1", where)} ${paint(SEVERITY_COLOR[diagnostic.severity], diagnostic.severity)} ${terminalText(diagnostic.message, { maxLength: 2e3 })} ${paint("2", `[${DIAGNOSTIC_ID}]`)}`
      );
    }
    const source = options.color ? options.sources?.get(file.path) : void 0;
    for (const finding of file.findings) {
      group.push(findingLine(file.path, finding, paint));
      if (finding.fix?.skipped !== void 0)
        group.push(
          paint("2", `  no automatic fix: ${terminalText(finding.fix.skipped, { maxLength: 500 })}`)
        );
      if (source !== void 0) group.push(...codeFrame(source, finding, paint));
    }
    out.push(group.join("\n"));
  }
  for (const result of report.results) {
    if (result.diagnostics.length === 0) continue;
    out.push(
      result.diagnostics.map(
        (d) => `${paint("1", `${terminalText(result.path, { maxLength: 300 })}:${d.line ?? 1}:1:`)} ${paint(SEVERITY_COLOR[d.severity], d.severity)} ${terminalText(`${result.role} results: ${d.message}`, { maxLength: 2e3 })} ${paint("2", `[${DIAGNOSTIC_ID}]`)}`
      ).join("\n")
    );
  }
  const summary = summaryLine(report, paint);
  if (summary) out.push(summary);
  const changes = profileChangeLines(report);
  if (changes) out.push(changes);
  if (report.comparison) out.push(comparisonLines(report.comparison, paint).join("\n"));
  if (report.notCompared?.current) out.push(runTable(report.notCompared).join("\n"));
  if (report.slo?.length)
    out.push(
      [
        "SLOs:",
        ...table(sloTextRows(report.slo).map((r) => r.map((c) => terminalText(c, { maxLength: 120 }))))
      ].join("\n")
    );
  out.push(
    `verdict: ${paint(report.verdict === "pass" ? "32" : "31", report.verdict)} (fail-on: ${report.failOn})`
  );
  return out.join("\n\n") + "\n";
}
function summaryLine(report, paint) {
  const { error, warning, info } = report.summary.findings;
  const total = error + warning + info;
  const withFindings = report.files.filter((f) => f.findings.length > 0).length;
  const unreadable = unreadableFiles(report);
  const files = plural(report.summary.files, "file");
  const suppressed = report.summary.suppressed;
  const also = suppressed > 0 ? `; ${suppressed} suppressed` : "";
  const unreadableLine = paint("31", `\u2716 ${plural(unreadable, "file")} could not be read`);
  if (report.command === "compare" || report.command === "check" && report.summary.files === 0)
    return unreadable > 0 ? unreadableLine : void 0;
  const line = total === 0 ? unreadable > 0 ? paint("31", `\u2716 ${plural(unreadable, "file")} could not be read; no findings in the others${also}`) : paint("32", `\u2714 no problems in ${files}${also}`) : paint(
    error > 0 ? "31" : "33",
    `\u2716 ${plural(total, "problem")} (${plural(error, "error")}, ${plural(warning, "warning")}, ${info} info) in ${withFindings} of ${files}${also}`
  );
  if (total === 0) return line;
  const fixable = fixableLine(report);
  return [line, ...fixable ? [paint("2", fixable)] : [], ...unreadable > 0 ? [unreadableLine] : []].join(
    "\n"
  );
}
function fixableLine(report) {
  let safe = 0;
  let suggested = 0;
  for (const file of report.files)
    for (const f of file.findings) {
      if (!f.fix?.edits?.length || f.fix.skipped !== void 0) continue;
      if (f.fix.safety === "safe") safe++;
      else suggested++;
    }
  const parts = [
    ...safe > 0 ? [`${plural(safe, "problem")} fixable with --fix`] : [],
    ...suggested > 0 ? [
      `${suggested} ${safe > 0 ? "more " : ""}with --fix-suggestions (edits that change what the test checks or loads)`
    ] : []
  ];
  return parts.length > 0 ? `  ${parts.join("; ")}` : void 0;
}
function profileChangeLines(report) {
  const lines = report.files.flatMap(
    (f) => f.profileChange ? [
      `  ${terminalText(f.path, { maxLength: 300 })}: ${terminalText(f.profileChange.headline, { maxLength: 300 })}`
    ] : []
  );
  return lines.length > 0 ? ["load profile changes:", ...lines].join("\n") : void 0;
}

// src/report/renderers.ts
var table2 = {
  text: (report, options) => renderTerminal(report, { color: options.color, sources: options.sources }),
  json: (report) => renderJson(report),
  sarif: (report, options) => renderSarif(report, { rules: options.rules ?? [], sources: options.sources, category: options.category }),
  markdown: (report, options) => renderMarkdown(report, {
    job: options.job,
    changedFiles: options.changedFiles,
    sources: options.sources,
    maxLength: options.maxLength,
    reportUrl: options.reportUrl,
    ...options.trend ? { trend: options.trend } : {}
  })
};
var renderers = table2;
var FORMAT_NAMES = Object.keys(renderers);
function isFormatName(name) {
  return Object.prototype.hasOwnProperty.call(renderers, name);
}

// src/cli/args.ts
import { parseArgs } from "node:util";
var COMMANDS = ["lint", "compare", "check"];
var FAIL_ON = ["error", "warning", "regression", "never"];
function parseCliArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        config: { type: "string", short: "c" },
        "fail-on": { type: "string" },
        baseline: { type: "string" },
        current: { type: "string", multiple: true },
        color: { type: "boolean" },
        fix: { type: "boolean" },
        "fix-suggestions": { type: "boolean" },
        "save-run": { type: "string" },
        history: { type: "string" },
        "base-ref": { type: "string" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (error) {
    throw new UsageError(error.message.replace(/\. To specify a positional.*$/s, "."));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  const [command, ...paths] = positionals;
  if (!command) throw new UsageError(`a command is required: ${COMMANDS.join(", ")}`);
  if (!COMMANDS.includes(command)) {
    throw new UsageError(
      `unknown command "${command}"; expected ${[...COMMANDS, "ingest", "history", "maturity", "rules"].join(", ")}`
    );
  }
  if (values.format !== void 0 && !isFormatName(values.format)) {
    throw new UsageError(`unknown format "${values.format}"; expected ${FORMAT_NAMES.join(", ")}`);
  }
  const failOn = values["fail-on"];
  if (failOn !== void 0 && !FAIL_ON.includes(failOn)) {
    throw new UsageError(`--fail-on must be ${FAIL_ON.join(", ")}; got "${failOn}"`);
  }
  if (command !== "lint" && paths.length > 0) {
    throw new UsageError(
      `${command} takes no paths; lint paths come from .loadgate.yml (use "loadgate lint PATH")`
    );
  }
  if (values.fix && command !== "lint") throw new UsageError("--fix only applies to lint");
  if (values["fix-suggestions"] && command !== "lint")
    throw new UsageError("--fix-suggestions only applies to lint");
  if (values["save-run"] !== void 0 && command === "lint") {
    throw new UsageError("--save-run writes the current result as a run file; use it with compare or check");
  }
  if ((values.current ?? []).filter((c) => c === "-").length > 1) {
    throw new UsageError("--current - reads standard input, which can be given once");
  }
  if (values.baseline === "-") {
    throw new UsageError(
      "--baseline - is not supported: standard input is for the current result (--current -)"
    );
  }
  if (values.history !== void 0 && command === "lint") {
    throw new UsageError("--history charts results against past runs; use it with compare or check");
  }
  const baseRef = values["base-ref"];
  if (baseRef !== void 0 && command === "compare") {
    throw new UsageError("--base-ref compares scenario load profiles; use it with lint or check");
  }
  if (baseRef !== void 0 && (baseRef === "" || baseRef.startsWith("-"))) {
    throw new UsageError(`--base-ref needs a git revision (a branch, tag or commit); got "${baseRef}"`);
  }
  if (command === "lint" && (values.baseline !== void 0 || values.current !== void 0)) {
    throw new UsageError('lint does not compare results; use "loadgate compare" or "loadgate check"');
  }
  return {
    kind: "run",
    command,
    paths,
    format: values.format,
    output: values.output,
    config: values.config,
    failOn,
    baseline: values.baseline,
    current: values.current ?? [],
    color: values["no-color"] ? false : values.color,
    fix: values.fix === true || values["fix-suggestions"] === true,
    fixSuggestions: values["fix-suggestions"] === true,
    saveRun: values["save-run"],
    ...values.history !== void 0 ? { history: values.history } : {},
    ...baseRef !== void 0 ? { baseRef } : {}
  };
}

// src/cli/help.ts
var HELP = `Usage: loadgate <command> [options] [path...]

Commands:
  lint [path...]                      Lint k6, Artillery and Locust scenario files (default path: .)
  compare --baseline FILE --current FILE
                                      Compare a load-test result against a baseline
  check                               Lint and compare, with paths and results from .loadgate.yml
  ingest FILE... --out FILE [-f json]
                                      Read result files of one run (merged) and write a loadgate run file
  history append --history FILE RUN...
                                      Add runs (run files or results) to a history file, pruned to max-runs
  history show --history FILE [-f text|json|markdown]
                                      The runs of a history, its lasting shifts (change points) and trend
  maturity [path] [-f text|json|markdown]
                                      Score the repository's load-testing practices, level 0-5, next steps
  rules [path] [-f text|json] [--usage]
                                      List the rules; --usage counts findings and suppressions by rule

Options:
  -f, --format <name>     Report format: ${FORMAT_NAMES.join(", ")} (default: text)
  -o, --output <file>     Write the report to a file instead of stdout
  -c, --config <file>     Use this .loadgate.yml instead of searching for one
      --fail-on <level>   error, warning, regression or never (default: from config, else error)
      --baseline <file>   Baseline result: a loadgate run file or a k6/Artillery result
      --current <file>    Current result (repeatable; a glob; - reads standard input)
      --history <file>    compare/check: the history of default-branch runs, for the trend and change points
      --save-run <file>   compare/check: also write the current result as a loadgate run file (a baseline)
      --base-ref <rev>    lint/check: compare each scenario's load profile with the file at this git revision
      --fix               lint: write the safe fixes rules offer into the files, then report what is left
      --fix-suggestions   lint: write the suggested fixes too (thresholds with proposed values, \u2026)
      --color, --no-color Force or disable colour in the text report
  -h, --help              Show this help
  -v, --version           Show the version

Exit codes:
  0  nothing at or above the fail level
  1  findings or a regression at or above the fail level
  2  usage or configuration error, or nothing to check (no scenario found, a --baseline that is not there)
  3  internal error

Docs: docs/cli.md, rules: docs/rules/README.md`;

// src/cli/history-command.ts
import { parseArgs as parseArgs2 } from "node:util";
var SHOW_FORMATS = ["text", "json", "markdown"];
function parse(argv) {
  try {
    return parseArgs2({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        history: { type: "string" },
        "max-runs": { type: "string" },
        runs: { type: "string" },
        format: { type: "string", short: "f" }
      }
    });
  } catch (error) {
    throw new UsageError(
      `history: ${error.message.replace(/\. To specify a positional.*$/s, ".")}`
    );
  }
}
function positiveInt(value, option) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`history: ${option} must be a whole number \u2265 1; got "${value}"`);
  return n;
}
async function historyCommand(argv, io) {
  const [sub, ...rest] = argv;
  if (sub !== "append" && sub !== "show")
    throw new UsageError("history needs a subcommand: loadgate history append|show --history FILE");
  const { values, positionals } = parse(rest);
  if (!values.history) throw new UsageError(`history ${sub} needs --history FILE: the history file`);
  if (sub === "append") {
    if (positionals.length === 0)
      throw new UsageError("history append needs runs: loadgate history append --history FILE RUN...");
    const result = await appendToHistory({
      cwd: io.cwd,
      history: values.history,
      runs: positionals,
      maxRuns: positiveInt(values["max-runs"], "--max-runs")
    });
    io.stderr.write(
      result.diagnostics.map(
        (d) => `loadgate: ${terminalText(d.file, { maxLength: 200 })}${d.line ? `:${d.line}` : ""}: ${d.severity ?? "error"} ${terminalText(d.message, { maxLength: 2e3 })}
`
      ).join("")
    );
    if (result.added.length === 0) {
      io.stderr.write("loadgate: history append: no run could be read, so the history was not changed\n");
      return 2;
    }
    const path = terminalText(reportPath(result.written, io.cwd), { maxLength: 200 });
    io.stderr.write(
      `loadgate: added ${result.added.length} run${result.added.length === 1 ? "" : "s"} to ${path} (${result.history.entries.length} of at most ${result.history.maxRuns} kept)
`
    );
    return 0;
  }
  if (positionals.length > 0) throw new UsageError("history show takes no runs; it reads --history FILE");
  const format = values.format ?? "text";
  if (!SHOW_FORMATS.includes(format))
    throw new UsageError(`history show: unknown format "${format}"; expected ${SHOW_FORMATS.join(", ")}`);
  const history = await readHistoryFile(io.cwd, values.history, false);
  const runs = positiveInt(values.runs, "--runs") ?? 20;
  const shifts = findShifts(history.entries);
  if (format === "json") {
    io.stdout.write(JSON.stringify({ ...history, shifts }, null, 2) + "\n");
  } else if (format === "markdown") {
    io.stdout.write(
      (trendSection({ entries: history.entries, shifts, proposals: [], runs }) ?? "No runs in the history yet.") + "\n"
    );
  } else {
    io.stdout.write(textView(history, runs, shifts.map(shiftLine)));
  }
  return 0;
}
function cell(value, digits, scale = 1) {
  return value === void 0 ? "-" : (value * scale).toFixed(digits);
}
function textView(history, runs, shifts) {
  const shown = history.entries.slice(-runs);
  const lines = [
    `${history.entries.length} run${history.entries.length === 1 ? "" : "s"} (at most ${history.maxRuns} kept)${shown.length < history.entries.length ? `, the last ${shown.length} shown` : ""}`,
    "",
    ["commit", "time", "p95 ms", "errors %", "req/s", "requests"].map((h) => h.padEnd(12)).join("").trimEnd()
  ];
  for (const e of shown) {
    lines.push(
      [
        terminalText(shortCommit(e.commit) ?? "-", { maxLength: 12 }),
        e.time.slice(0, 16).replace("T", " "),
        cell(e.overall.p95, 1),
        cell(e.overall.errorRate, 2, 100),
        cell(e.overall.throughput, 1),
        cell(e.overall.count, 0)
      ].map((c, i) => i === 1 ? c.padEnd(18) : c.padEnd(12)).join("").trimEnd()
    );
  }
  lines.push(
    "",
    shifts.length === 0 ? "No lasting shift found." : "Lasting shifts:",
    ...shifts.map((s) => `  ${terminalText(s, { maxLength: 400 })}`)
  );
  return lines.join("\n") + "\n";
}

// src/cli/ingest-command.ts
import { parseArgs as parseArgs3 } from "node:util";

// src/engine/ingest.ts
import { existsSync } from "node:fs";
import { resolve as resolve2 } from "node:path";
async function runFiles(sources) {
  if (sources.length < 2 || sources.some((s) => s.stdin)) return void 0;
  const formats = await Promise.all(sources.map((s) => sniffFileFormat(s.absolute, s.path)));
  if (!formats.every((f) => f === "loadgate-run")) return void 0;
  const read = await Promise.all(sources.map((s) => readResultFile(s.absolute, s.path)));
  const diagnostics = read.flatMap((r) => r.diagnostics);
  const runs = read.flatMap((r) => r.run ? [r.run] : []);
  if (runs.length < read.length) return { diagnostics, format: "loadgate-run" };
  const merged = mergeRuns(runs);
  if (typeof merged === "string")
    return {
      diagnostics: [
        ...diagnostics,
        { file: sources[0].path, message: `cannot merge these run files: ${merged}` }
      ]
    };
  return { run: merged, diagnostics, format: "loadgate-run" };
}
async function ingest(request) {
  const diagnostics = [];
  const sources = [];
  for (const given of request.files) {
    if (given === STDIN) {
      if (!request.stdin) throw new UsageError("ingest -: standard input is not available");
      sources.push({ absolute: STDIN, path: STDIN, stdin: request.stdin });
      continue;
    }
    const matched = isGlob(given) ? globFiles(request.cwd, given) : [resolve2(request.cwd, given)];
    if (matched.length === 0) diagnostics.push({ file: given, message: "matches no file" });
    for (const absolute of matched) {
      const path = reportPath(absolute, request.cwd);
      if (!existsSync(absolute)) diagnostics.push({ file: path, message: "does not exist" });
      else sources.push({ absolute, path });
    }
  }
  if (sources.length === 0) return { files: [], diagnostics };
  let result;
  try {
    result = await runFiles(sources) ?? await readResultFiles(sources);
  } catch (error) {
    const code = error.code ?? error.message;
    return {
      files: [],
      diagnostics: [...diagnostics, { file: sources[0].path, message: `could not be read (${code})` }]
    };
  }
  diagnostics.push(...result.diagnostics);
  const format = result.format ?? result.run?.source.format;
  const files = sources.map(({ path }) => ({ path, ...format ? { format } : {} }));
  if (!result.run) return { files, diagnostics };
  const run = {
    ...result.run,
    provenance: provenanceOf(
      result.run,
      request.env,
      request.now,
      result.run.provenance && format === "loadgate-run" ? result.run.provenance.sources : files.map((f) => ({ file: f.path, format: f.format ?? result.run.source.format }))
    )
  };
  const text = serializeRun(run);
  let written;
  try {
    written = await writeArtifact(request.cwd, request.out, text);
  } catch (error) {
    const code = error.code ?? error.message;
    throw new UsageError(`cannot write the run file ${request.out} (${code})`, { help: false });
  }
  return { run, written, bytes: Buffer.byteLength(text), files, diagnostics };
}

// src/cli/ingest-command.ts
var FORMATS = ["text", "json"];
async function ingestCommand(argv, io) {
  let parsed;
  try {
    parsed = parseArgs3({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string", short: "o" },
        format: { type: "string", short: "f" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" }
      }
    });
  } catch (error) {
    throw new UsageError(
      `ingest: ${error.message.replace(/\. To specify a positional.*$/s, ".")}`
    );
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0)
    throw new UsageError("ingest needs result files: loadgate ingest FILE... --out run.json");
  if (!values.out) throw new UsageError("ingest needs --out FILE: where to write the run file");
  const format = values.format ?? "text";
  if (!FORMATS.includes(format))
    throw new UsageError(`ingest: unknown format "${format}"; expected ${FORMATS.join(", ")}`);
  if (positionals.filter((p) => p === "-").length > 1)
    throw new UsageError("ingest: - reads standard input, which can be given once");
  const result = await ingest({
    cwd: io.cwd,
    files: positionals,
    out: values.out,
    env: io.env,
    ...positionals.includes("-") ? { stdin: io.stdin ?? process.stdin } : {}
  });
  io.stderr.write(
    result.diagnostics.map((d) => {
      const where = `${terminalText(d.file, { maxLength: 200 })}${d.line ? `:${d.line}` : ""}`;
      return `loadgate: ${where}: ${d.severity ?? "error"} ${terminalText(d.message, { maxLength: 2e3 })}
`;
    }).join("")
  );
  if (!result.run) {
    io.stderr.write("loadgate: ingest: no result could be read, so no run file was written\n");
    return 2;
  }
  if (format === "json") io.stdout.write(JSON.stringify(summaryJson(result, io.cwd), null, 2) + "\n");
  else io.stderr.write(`loadgate: ${summaryLine2(result, io.cwd)}
`);
  return 0;
}
function summaryJson(result, cwd) {
  const run = result.run;
  return {
    out: reportPath(result.written, cwd),
    schema: "loadgate/run@2",
    bytes: result.bytes,
    tool: run.source.tool,
    ...run.source.version ? { toolVersion: run.source.version } : {},
    format: run.source.format,
    files: result.files,
    requests: run.overall.count ?? null,
    errors: run.overall.errors ?? null,
    endpoints: run.endpoints.filter((e) => e.name !== OVERALL_NAME).length,
    windows: run.series?.length ?? 0,
    durationSec: run.profile.durationSec ?? null,
    sketches: [run.overall, ...run.endpoints].filter((e) => e.sketch).length,
    provenance: run.provenance,
    diagnostics: result.diagnostics.map((d) => ({
      file: d.file,
      ...d.line ? { line: d.line } : {},
      severity: d.severity ?? "error",
      message: d.message
    }))
  };
}
function summaryLine2(result, cwd) {
  const run = result.run;
  const n = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
  const size = result.bytes < 1024 ? `${result.bytes} B` : `${(result.bytes / 1024).toFixed(1)} kB`;
  const parts = [
    `${run.source.tool}${run.source.version ? ` ${run.source.version}` : ""} ${run.source.format}`,
    n(result.files.length, "file"),
    ...run.overall.count !== void 0 ? [n(run.overall.count, "request")] : [],
    n(run.endpoints.length, "endpoint"),
    ...run.series ? [n(run.series.length, "window")] : []
  ];
  return `wrote ${terminalText(reportPath(result.written, cwd), { maxLength: 200 })} (loadgate/run@2, ${size}): ${parts.join(", ")}`;
}

// src/cli/maturity-command.ts
import { statSync } from "node:fs";
import { resolve as resolve3 } from "node:path";
import { parseArgs as parseArgs4 } from "node:util";

// src/maturity/render-json.ts
function renderMaturityJson(report) {
  const out = {
    schemaVersion: report.schemaVersion,
    level: report.level,
    levelName: report.levelName,
    practices: report.practices.map((p) => ({
      id: p.id,
      name: p.name,
      level: p.level,
      score: p.score,
      required: p.required,
      reason: p.reason,
      evidence: p.evidence.map((e) => ({ file: e.file, line: e.line, note: e.note })),
      nextSteps: p.nextSteps
    })),
    nextSteps: report.nextSteps,
    ruleUsage: report.ruleUsage.map((u) => ({
      ruleId: u.ruleId,
      findings: u.findings,
      suppressions: u.suppressions,
      files: u.files,
      suppressedFiles: u.suppressedFiles,
      reasons: u.reasons,
      questioned: u.questioned
    })),
    diagnostics: report.diagnostics.map(
      (d) => d.line === void 0 ? { file: d.file, message: d.message } : { file: d.file, line: d.line, message: d.message }
    ),
    summary: report.summary
  };
  return JSON.stringify(out, null, 2) + "\n";
}

// src/maturity/render-markdown.ts
var EVIDENCE_SHOWN = 3;
function renderMaturityMarkdown(report) {
  const out = [
    `### Load-testing maturity: level ${report.level} of ${MAX_LEVEL} \xB7 ${escapeMarkdown(report.levelName)}`,
    "",
    "| score | practice | level | evidence |",
    "|---|---|---|---|"
  ];
  for (const p of report.practices) {
    const shown = p.evidence.slice(0, EVIDENCE_SHOWN).map(
      (e) => `${codeSpan(`${e.file}:${e.line}`, { table: true, maxLength: 200 })} ${escapeMarkdown(e.note, { maxLength: 200 })}`
    );
    if (p.evidence.length > EVIDENCE_SHOWN) shown.push(`\u2026 and ${p.evidence.length - EVIDENCE_SHOWN} more`);
    const mark = p.score >= p.required ? "\u2705" : "\u274C";
    out.push(
      `| ${mark} ${p.score}/10 | ${escapeMarkdown(p.name)}: ${inlineMarkdown(p.reason, { table: true })} | ${p.level} | ${shown.join("<br>") || "\u2014"} |`
    );
  }
  if (report.nextSteps.length > 0) {
    out.push("", `**Next steps to level ${report.level + 1}**`, "");
    for (const s of report.nextSteps) out.push(`- ${inlineMarkdown(s)}`);
  }
  const usage = report.ruleUsage.filter((u) => u.suppressions > 0 || u.questioned);
  if (usage.length > 0) {
    out.push(
      "",
      "**Suppressions by rule** (a rule suppressed in most files it fires in is one to retune or retire)",
      ""
    );
    out.push("| rule | findings | suppressed | files | reasons |", "|---|---|---|---|---|");
    for (const u of usage)
      out.push(
        `| ${codeSpan(u.ruleId, { table: true, maxLength: 100 })}${u.questioned ? " \u26A0\uFE0F" : ""} | ${u.findings} | ${u.suppressions} | ${u.suppressedFiles} of ${u.files} | ${u.reasons.slice(0, 3).map((r) => `${r.count}\xD7 ${escapeMarkdown(r.reason, { maxLength: 120 })}`).join("<br>")} |`
      );
  }
  if (report.diagnostics.length > 0) {
    out.push("", "**Not scored** (could not be read)", "");
    for (const d of report.diagnostics)
      out.push(
        `- ${codeSpan(d.line ? `${d.file}:${d.line}` : d.file, { maxLength: 200 })}: ${escapeMarkdown(d.message, { maxLength: 300 })}`
      );
  }
  return out.join("\n") + "\n";
}

// src/maturity/render-text.ts
var EVIDENCE_SHOWN2 = 4;
function renderMaturityText(report) {
  const t = (s) => terminalText(s, { maxLength: 400 });
  const lines = [`loadgate maturity: level ${report.level} of ${MAX_LEVEL} (${report.levelName})`, ""];
  for (const p of report.practices) {
    const mark = p.score >= p.required ? "\u2713" : "\u2717";
    lines.push(`${String(p.score).padStart(2)}/10 ${mark} L${p.level} ${p.name}: ${t(p.reason)}`);
    for (const e of p.evidence.slice(0, EVIDENCE_SHOWN2))
      lines.push(`         ${t(`${e.file}:${e.line}`)} ${t(e.note)}`);
    if (p.evidence.length > EVIDENCE_SHOWN2)
      lines.push(`         \u2026 and ${p.evidence.length - EVIDENCE_SHOWN2} more`);
  }
  if (report.nextSteps.length > 0) {
    lines.push("", `Next steps to level ${report.level + 1}:`);
    report.nextSteps.forEach((s, i) => lines.push(`  ${i + 1}. ${t(s)}`));
  }
  if (report.ruleUsage.length > 0) lines.push("", ...renderUsageText(report.ruleUsage));
  if (report.diagnostics.length > 0) {
    lines.push("", "Not scored (could not be read):");
    for (const d of report.diagnostics)
      lines.push(`  ${t(`${d.file}${d.line ? `:${d.line}` : ""}`)}: ${t(d.message)}`);
  }
  return lines.join("\n") + "\n";
}
function renderUsageText(usage) {
  const t = (s) => terminalText(s, { maxLength: 200 });
  const lines = ["Rule usage (findings and suppressions by rule):"];
  if (usage.length === 0) lines.push("  no rule fired");
  for (const u of usage) {
    const parts = [`${u.findings} finding${u.findings === 1 ? "" : "s"}`];
    if (u.suppressions > 0)
      parts.push(`${u.suppressions} suppressed in ${u.suppressedFiles} of ${u.files} files`);
    else parts.push(`in ${u.files} file${u.files === 1 ? "" : "s"}`);
    lines.push(
      `  ${t(u.ruleId)}: ${parts.join(", ")}${u.questioned ? "  <- suppressed in most files it fires in: retune or retire it" : ""}`
    );
    for (const r of u.reasons.slice(0, 5)) lines.push(`      ${r.count}\xD7 ${t(r.reason)}`);
  }
  return lines;
}

// src/cli/maturity-command.ts
var FORMATS2 = {
  text: renderMaturityText,
  json: renderMaturityJson,
  markdown: renderMaturityMarkdown
};
function parseCommandArgs(name, argv, formats, flags = {}) {
  let parsed;
  try {
    parsed = parseArgs4({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        // Accepted like every command's, though these reports have no colour.
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        ...flags
      }
    });
  } catch (error) {
    throw new UsageError(
      `${name}: ${error.message.replace(/\. To specify a positional.*$/s, ".")}`
    );
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1)
    throw new UsageError(`${name} takes one PATH (the repository); got ${positionals.length}`);
  const format = values.format ?? "text";
  if (!formats.includes(format))
    throw new UsageError(`${name}: unknown format "${format}"; expected ${formats.join(", ")}`);
  const out = {};
  for (const key of Object.keys(flags)) out[key] = values[key] === true;
  const result = { path: positionals[0] ?? ".", format, flags: out };
  if (typeof values.output === "string") result.output = values.output;
  return result;
}
function repositoryFolder(name, cwd, path) {
  const absolute = resolve3(cwd, path);
  let isDirectory;
  try {
    isDirectory = statSync(absolute).isDirectory();
  } catch {
    throw new UsageError(`${name}: ${path} does not exist`);
  }
  if (!isDirectory) throw new UsageError(`${name}: ${path} is not a folder; give the repository's folder`);
  return absolute;
}
function maturityCommand(argv, cwd) {
  const args = parseCommandArgs("maturity", argv, Object.keys(FORMATS2));
  const root = repositoryFolder("maturity", cwd, args.path);
  const report = assessMaturity(workingTreeSnapshot(root), builtinRules);
  const text = FORMATS2[args.format](report);
  return args.output === void 0 ? { text } : { text, output: args.output };
}

// src/cli/rules-command.ts
function fixKind(rule) {
  if (!rule.fix) return "none";
  const exact = rule.examples.bad.some(
    (example) => lintText(example.code, example.file, { rules: [rule] }).findings.some(
      (f) => (f.fix?.edits?.length ?? 0) > 0
    )
  );
  return exact ? "exact" : "advice";
}
function rulesCommand(argv, cwd) {
  const args = parseCommandArgs("rules", argv, ["text", "json"], { usage: { type: "boolean" } });
  const folder = repositoryFolder("rules", cwd, args.path);
  const all = [...builtinRules, ...loadRepositoryRules(folder, builtinRules)];
  const rules = [...all].sort((a, b) => a.id.localeCompare(b.id));
  let usage;
  let files = 0;
  if (args.flags.usage) {
    const snapshot = workingTreeSnapshot(folder);
    const config = readConfigFacts(snapshot, all);
    const linted = lintSnapshot(snapshot, config.config, all);
    files = linted.scenarios.length;
    usage = countRuleUsage(linted.scenarios);
  }
  const rows = rules.map((rule) => {
    const fix = fixKind(rule);
    return {
      id: rule.id,
      tools: rule.tools,
      severity: rule.severity,
      category: rule.category,
      fix,
      ...fix === "exact" ? { fixSafety: rule.fixSafety ?? "suggestion" } : {},
      summary: rule.summary
    };
  });
  let text;
  if (args.format === "json") {
    const byId = new Map((usage ?? []).map((u) => [u.ruleId, u]));
    const out = {
      rules: rows.map((row) => {
        if (!usage) return row;
        const u = byId.get(row.id);
        return {
          ...row,
          usage: {
            findings: u?.findings ?? 0,
            suppressions: u?.suppressions ?? 0,
            files: u?.files ?? 0,
            suppressedFiles: u?.suppressedFiles ?? 0,
            reasons: u?.reasons ?? [],
            questioned: u?.questioned ?? false
          }
        };
      }),
      ...usage ? { scenarioFiles: files } : {}
    };
    text = JSON.stringify(out, null, 2) + "\n";
  } else {
    const width = Math.max(...rows.map((r) => r.id.length));
    const lines = rows.map(
      (r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.category.padEnd(12)}  ${r.tools.join(",").padEnd(12)}  fix: ${(r.fixSafety ?? r.fix).padEnd(10)}  ${r.summary}`
    );
    if (usage) {
      lines.push("", `${files} scenario file${files === 1 ? "" : "s"} linted.`, ...renderUsageText(usage));
      const unused = rows.length - usage.length;
      if (unused > 0) lines.push(`  ${unused} rule${unused === 1 ? "" : "s"} did not fire.`);
    }
    text = lines.join("\n") + "\n";
  }
  return args.output === void 0 ? { text } : { text, output: args.output };
}

// src/cli/main.ts
var ExitCode = { Ok: 0, Failed: 1, Usage: 2, Internal: 3 };
function useColor(flag, io, toFile) {
  if (toFile) return false;
  if (flag !== void 0) return flag;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== "0") return true;
  return io.stdout.isTTY === true;
}
async function writeOutput(cwd, path, text) {
  try {
    await writeArtifact(cwd, path, text);
  } catch (error) {
    const code = error.code ?? error.message;
    throw new UsageError(`cannot write the report to ${path} (${code})`);
  }
}
async function main(argv, io) {
  try {
    const own = argv[0] === "maturity" ? maturityCommand : argv[0] === "rules" ? rulesCommand : void 0;
    if (own && !argv.includes("--help") && !argv.includes("-h")) {
      if (argv[0] === "maturity" || argv.includes("--usage")) await prepareAllAdapters();
      const { text: text2, output } = own(argv.slice(1), io.cwd);
      if (output) await writeOutput(io.cwd, output, text2);
      else io.stdout.write(text2);
      return ExitCode.Ok;
    }
    if (argv[0] === "ingest" && !argv.includes("--help") && !argv.includes("-h"))
      return await ingestCommand(argv.slice(1), io);
    if (argv[0] === "history" && !argv.includes("--help") && !argv.includes("-h"))
      return await historyCommand(argv.slice(1), io);
    const args = parseCliArgs(argv);
    if (args.kind === "help") {
      io.stdout.write(HELP + "\n");
      return ExitCode.Ok;
    }
    if (args.kind === "version") {
      io.stdout.write(VERSION + "\n");
      return ExitCode.Ok;
    }
    const resolveBaseline = cliBaselineResolver(args.baseline, io.env, io.stderr);
    const request = {
      ...resolveBaseline ? { resolveBaseline } : {},
      command: args.command,
      cwd: io.cwd,
      configPath: args.config,
      paths: args.paths,
      baseline: args.baseline,
      current: args.current,
      failOn: args.failOn,
      saveRun: args.saveRun,
      ...args.history !== void 0 ? { history: args.history } : {},
      baseRef: args.baseRef,
      namedFilesMustExist: true,
      env: io.env,
      ...args.current.includes("-") ? { stdin: io.stdin ?? process.stdin } : {}
    };
    const { report: linted, ruleMeta, savedRun, history } = await runEngine(request);
    let report = linted;
    if (savedRun === null) {
      io.stderr.write(
        `loadgate: --save-run: no current result could be read, so ${args.saveRun} was not written
`
      );
    }
    if (args.fix) {
      const log = await applyFixes(report, io.cwd, { suggestions: args.fixSuggestions });
      io.stderr.write(formatFixLog(log));
      if (log.some((e) => e.status === "fixed")) report = (await runEngine(request)).report;
    }
    const format = args.format ?? "text";
    const sources = await readSources(report, io.cwd);
    const rendered = renderers[format](report, {
      color: useColor(args.color, io, args.output !== void 0),
      rules: ruleMeta,
      sources,
      category: "loadgate/",
      ...history ? { trend: trendFor(history) } : {}
    });
    let text = rendered.endsWith("\n") ? rendered : rendered + "\n";
    if (history && format === "text") text += historyText(history);
    if (history?.problem)
      io.stderr.write(`loadgate: --history: ${history.problem}; the report goes on without it
`);
    if (args.output) await writeOutput(io.cwd, args.output, text);
    else io.stdout.write(text);
    return exitCodeFor(report);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      const hint = error instanceof UsageError && error.help ? ' (see "loadgate --help")' : "";
      const where = (e) => e.file ? `${reportPath(e.file, io.cwd)}${e.line ? `:${e.line}` : ""}: ${e.reason}` : e.message;
      const lines = error instanceof ConfigError ? error.all.map(where) : [error.message];
      io.stderr.write(lines.map((line, i) => `loadgate: ${line}${i === 0 ? hint : ""}
`).join(""));
      return ExitCode.Usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`loadgate: internal error: ${message}
Please report it with the command you ran.
`);
    if (io.env.LOADGATE_DEBUG && error instanceof Error && error.stack) io.stderr.write(error.stack + "\n");
    return ExitCode.Internal;
  }
}

// src/cli/index.ts
async function runCli() {
  process.stdout.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
  });
  process.exitCode = await main(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr
  });
}
export {
  runCli
};
