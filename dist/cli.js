import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
import {
  ConfigError,
  UsageError,
  VERSION,
  applyEdits,
  describeProfile,
  endpointLabel,
  exitCodeFor,
  filesInOrder,
  formatBudget,
  formatChange,
  formatInterval,
  formatValue,
  metricLabel,
  plural,
  readSources,
  renderJson,
  renderMarkdown,
  renderSarif,
  runEngine,
  terminalText,
  unreadableFiles,
  writeArtifact
} from "./chunks/chunk-3G5C5ZGT.js";

// src/engine/apply-fixes.ts
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
async function applyFixes(report, cwd) {
  let applied = 0;
  for (const file of report.files) {
    const fixes = file.findings.flatMap((f) => f.fix?.edits?.length ? [f.fix.edits] : []);
    if (fixes.length === 0) continue;
    const path = resolve(cwd, file.path);
    const original = await readFile(path, "utf8");
    let text = original;
    let floor = { line: Number.POSITIVE_INFINITY, column: 1 };
    for (const edits of fixes.map((e) => [...e].sort(compare)).sort((a, b) => compare(b[0], a[0]))) {
      if (edits.some((e) => before(floor, e.end))) continue;
      const next = applyEdits(text, edits);
      if (next === void 0) continue;
      text = next;
      floor = edits[0].start;
      applied++;
    }
    if (text !== original) await writeFile(path, text, "utf8");
  }
  return applied;
}
function compare(a, b) {
  return a.start.line - b.start.line || a.start.column - b.start.column;
}
function before(a, b) {
  return a.line < b.line || a.line === b.line && a.column < b.column;
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
    (row) => row.map((cell, col) => cell + " ".repeat(widths[col] - Array.from(cell).length)).join("  ").trimEnd()
  );
}
function comparisonLines(comparison, paint) {
  const base = comparison.baseline;
  const current = comparison.current;
  const head = `comparison: ${terminalText(base.file, { maxLength: 200 })} \u2192 ${terminalText(current.file, { maxLength: 200 })}: ${comparison.verdict}`;
  if (!comparison.comparable) {
    const b = describeProfile(comparison.profile.baseline);
    const c = describeProfile(comparison.profile.current);
    return [
      head,
      b && c ? `not comparable: baseline ran ${b}, this run ${c}` : "not comparable: the load profiles differ",
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
    head,
    paint("1", header),
    ...body.map((line, i) => {
      const decision = decisions[i];
      return decision === "unchanged" ? line : line.replace(/(\S+( \S+)*)$/, (m) => paint(decisionColor[decision], m));
    })
  ];
}
function renderTerminal(report, options = {}) {
  const paint = painter(options.color === true);
  const out = [];
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
  if (report.comparison) out.push(comparisonLines(report.comparison, paint).join("\n"));
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
  const line = total === 0 ? paint("32", `\u2714 no problems in ${files}`) : paint(
    error > 0 ? "31" : "33",
    `\u2716 ${plural(total, "problem")} (${plural(error, "error")}, ${plural(warning, "warning")}, ${info} info) in ${withFindings} of ${files}`
  );
  const unreadableLine = paint("31", `${plural(unreadable, "file")} could not be read`);
  if (report.command === "compare") return unreadable > 0 ? unreadableLine : void 0;
  return unreadable > 0 ? `${line}
${unreadableLine}` : line;
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
    reportUrl: options.reportUrl
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
        "save-run": { type: "string" },
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
    throw new UsageError(`unknown command "${command}"; expected ${COMMANDS.join(", ")}`);
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
  if (values["save-run"] !== void 0 && command === "lint") {
    throw new UsageError("--save-run writes the current result as a run file; use it with compare or check");
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
    fix: values.fix === true,
    saveRun: values["save-run"]
  };
}

// src/cli/help.ts
var HELP = `Usage: loadgate <command> [options] [path...]

Commands:
  lint [path...]                      Lint k6 and Artillery scenario files (default path: .)
  compare --baseline FILE --current FILE
                                      Compare a load-test result against a baseline
  check                               Lint and compare, with paths and results from .loadgate.yml

Options:
  -f, --format <name>     Report format: ${FORMAT_NAMES.join(", ")} (default: text)
  -o, --output <file>     Write the report to a file instead of stdout
  -c, --config <file>     Use this .loadgate.yml instead of searching for one
      --fail-on <level>   error, warning, regression or never (default: from config, else error)
      --baseline <file>   Baseline result: a loadgate run file or a k6/Artillery result
      --current <file>    Current result (repeatable)
      --save-run <file>   compare/check: also write the current result as a loadgate run file (a baseline)
      --fix               lint: write the exact fixes rules offer into the files, then report what is left
      --color, --no-color Force or disable colour in the text report
  -h, --help              Show this help
  -v, --version           Show the version

Exit codes:
  0  nothing at or above the fail level
  1  findings or a regression at or above the fail level
  2  usage or configuration error
  3  internal error

Docs: docs/cli.md, rules: docs/rules/README.md`;

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
    const args = parseCliArgs(argv);
    if (args.kind === "help") {
      io.stdout.write(HELP + "\n");
      return ExitCode.Ok;
    }
    if (args.kind === "version") {
      io.stdout.write(VERSION + "\n");
      return ExitCode.Ok;
    }
    const request = {
      command: args.command,
      cwd: io.cwd,
      configPath: args.config,
      paths: args.paths,
      baseline: args.baseline,
      current: args.current,
      failOn: args.failOn,
      saveRun: args.saveRun
    };
    const { report: linted, ruleMeta, savedRun } = await runEngine(request);
    let report = linted;
    if (savedRun === null) {
      io.stderr.write(
        `loadgate: --save-run: no current result could be read, so ${args.saveRun} was not written
`
      );
    }
    if (args.fix && await applyFixes(report, io.cwd) > 0) {
      report = (await runEngine(request)).report;
    }
    const format = args.format ?? "text";
    const sources = await readSources(report, io.cwd);
    const rendered = renderers[format](report, {
      color: useColor(args.color, io, args.output !== void 0),
      rules: ruleMeta,
      sources,
      category: "loadgate/"
    });
    const text = rendered.endsWith("\n") ? rendered : rendered + "\n";
    if (args.output) await writeOutput(io.cwd, args.output, text);
    else io.stdout.write(text);
    return exitCodeFor(report);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr.write(`loadgate: ${error.message}
`);
      if (error instanceof UsageError) io.stderr.write('Run "loadgate --help" for usage.\n');
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
