import { createRequire as __loadgateCreateRequire } from 'node:module';
const require = __loadgateCreateRequire(import.meta.url);
import {
  renderDashboard
} from "./chunk-YO64TQBA.js";
import {
  Progress
} from "./chunk-PRT2VECO.js";
import {
  UsageError,
  analyzeRun,
  compareRuns,
  describeOrigin,
  entryOf,
  globFiles,
  isGlob,
  originOf,
  readHistoryFile,
  readResultFile,
  reportPath,
  writeArtifact
} from "./chunk-P2H6B3JA.js";
import {
  terminalText
} from "./chunk-MXC4ASLL.js";
import "./chunk-MYO2LJHZ.js";
import "./chunk-KD2E64AB.js";

// src/cli/report-command.ts
import { parseArgs } from "node:util";

// src/engine/dashboard.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
async function readMaturity(cwd, file) {
  const path = reportPath(resolve(cwd, file), cwd);
  let parsed;
  try {
    parsed = JSON.parse(await readFile(resolve(cwd, file), "utf8"));
  } catch (error) {
    const why = error.code ?? error.message;
    throw new UsageError(`--maturity ${path}: cannot read it (${why})`, { help: false });
  }
  if (typeof parsed.level !== "number" || !Array.isArray(parsed.practices) || typeof parsed.levelName !== "string")
    throw new UsageError(`--maturity ${path}: not the output of "loadgate maturity --format json"`, {
      help: false
    });
  return {
    level: parsed.level,
    levelName: parsed.levelName,
    practices: parsed.practices,
    nextSteps: Array.isArray(parsed.nextSteps) ? parsed.nextSteps : []
  };
}
async function readDashboardInput(request) {
  const diagnostics = [];
  const entries = [];
  const labels = [];
  if (request.history) {
    const history = await readHistoryFile(request.cwd, request.history, false);
    entries.push(...history.entries);
    labels.push(...history.entries.map(() => void 0));
  }
  const runs = [];
  for (const given of request.runs) {
    const matched = isGlob(given) ? globFiles(request.cwd, given) : [resolve(request.cwd, given)];
    if (matched.length === 0) diagnostics.push({ file: given, message: "matches no file" });
    for (const absolute of matched) {
      const path = reportPath(absolute, request.cwd);
      if (!existsSync(absolute)) {
        diagnostics.push({ file: path, message: "does not exist" });
        continue;
      }
      let result;
      try {
        result = await readResultFile(absolute, path, void 0, request.progress);
      } catch (error) {
        const why = error.code ?? error.message;
        diagnostics.push({ file: path, message: `could not be read (${why})` });
        continue;
      }
      diagnostics.push(...result.diagnostics);
      if (!result.run) continue;
      runs.push({ run: result.run, path });
      entries.push(entryOf(result.run, request.now));
      labels.push(basename(path));
    }
  }
  const input = { entries, labels };
  const current = runs[runs.length - 1]?.run;
  const baseline = runs[runs.length - 2]?.run;
  if (current && baseline) {
    const comparison = compareRuns(baseline, current);
    comparison.baseline.file = runs[runs.length - 2].path;
    comparison.current.file = runs[runs.length - 1].path;
    const origin = describeOrigin(originOf(baseline), request.now ?? /* @__PURE__ */ new Date());
    if (origin) comparison.baseline.origin = origin;
    input.comparison = comparison;
  }
  if (current)
    input.analysis = (request.analyze ?? analyzeRun)(current, {
      ...input.comparison ? { comparison: input.comparison } : {},
      // A baseline of another load is no yardstick for the generator's signature either.
      ...baseline && input.comparison?.comparable ? { baseline } : {}
    });
  if (request.maturity) input.maturity = await readMaturity(request.cwd, request.maturity);
  return { input, diagnostics };
}

// src/cli/report-command.ts
function parse(argv) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        html: { type: "boolean" },
        out: { type: "string", short: "o" },
        history: { type: "string" },
        maturity: { type: "string" }
      }
    });
  } catch (error) {
    throw new UsageError(
      `report: ${error.message.replace(/\. To specify a positional.*$/s, ".")}`
    );
  }
}
async function reportCommand(argv, io, options = {}) {
  const { values, positionals } = parse(argv);
  if (!values.html)
    throw new UsageError("report needs --html: the dashboard is the one report format it writes");
  if (!values.out) throw new UsageError("report needs --out FILE: where to write the HTML");
  if (positionals.length === 0 && !values.history)
    throw new UsageError("report needs runs: loadgate report --html --out FILE RUN... (or --history FILE)");
  if (positionals.includes("-"))
    throw new UsageError("report reads files; - (standard input) is not accepted");
  const progress = new Progress({ stream: io.stderr, env: io.env });
  const { input, diagnostics } = await readDashboardInput({
    cwd: io.cwd,
    runs: positionals,
    ...values.history ? { history: values.history } : {},
    ...values.maturity ? { maturity: values.maturity } : {},
    ...options.analyze ? { analyze: options.analyze } : {},
    progress: progress.read
  }).finally(() => progress.done());
  io.stderr.write(
    diagnostics.map(
      (d) => `loadgate: ${terminalText(d.file, { maxLength: 200 })}${d.line ? `:${d.line}` : ""}: ${d.severity ?? "error"} ${terminalText(d.message, { maxLength: 2e3 })}
`
    ).join("")
  );
  if (input.entries.length === 0) {
    io.stderr.write("loadgate: report: no run could be read, so no dashboard was written\n");
    return 2;
  }
  const html = renderDashboard(input);
  let written;
  try {
    written = await writeArtifact(io.cwd, values.out, html);
  } catch (error) {
    const code = error.code ?? error.message;
    throw new UsageError(`cannot write the dashboard to ${values.out} (${code})`, { help: false });
  }
  const n = input.entries.length;
  const kb = (Buffer.byteLength(html) / 1024).toFixed(0);
  const parts = [
    `${n} run${n === 1 ? "" : "s"}`,
    input.comparison ? `latest comparison ${input.comparison.verdict}` : "no comparison",
    ...input.analysis ? [`${input.analysis.findings.length} analysis findings`] : [],
    ...input.maturity ? [`maturity level ${input.maturity.level}`] : []
  ];
  io.stderr.write(
    `loadgate: wrote ${terminalText(reportPath(written, io.cwd), { maxLength: 200 })} (${kb} kB): ${parts.join(", ")}
`
  );
  return 0;
}
export {
  reportCommand
};
