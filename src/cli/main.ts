import type { FixLogEntry } from '../engine/apply-fixes.js';
import { ConfigError } from '../config/errors.js';
import { readSources, writeArtifact } from '../engine/artifacts.js';
import { exitCodeFor, runEngine } from '../engine/run.js';
import { UsageError } from '../engine/usage-error.js';
import { cliBaselineResolver } from './auto-baseline.js';
import { reportPath } from '../engine/paths.js';
import { loadRenderer } from '../report/renderers.js';
import { loadAdapters, prepareAllAdapters } from '../scenario/adapters.js';
import { VERSION } from '../version.js';
import { parseCliArgs } from './args.js';
import { HELP } from './help.js';
import { Progress } from './progress.js';

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  /** `isTTY` decides between a live progress line and a summary line (`src/cli/progress.ts`). */
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Standard input, for `--current -` and `ingest -` (default: process.stdin). */
  stdin?: AsyncIterable<Buffer | string>;
}

export const ExitCode = { Ok: 0, Failed: 1, Usage: 2, Internal: 3 } as const;

/** Colour when writing to a terminal, unless NO_COLOR says otherwise; FORCE_COLOR and --color win. */
function useColor(flag: boolean | undefined, io: CliIo, toFile: boolean): boolean {
  if (toFile) return false;
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true;
}

/** `--output FILE` that cannot be written is the user's to fix (exit 2), not a loadgate bug. */
async function writeOutput(cwd: string, path: string, text: string): Promise<void> {
  try {
    await writeArtifact(cwd, path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`cannot write the report to ${path} (${code})`);
  }
}

/**
 * The CLI over the engine. Returns the exit code and never calls process.exit, so stdout is always flushed;
 * a user never sees a stack trace unless LOADGATE_DEBUG is set.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    // Commands that report on the repository rather than judge files: their own options, exit 0 unless misused.
    // Each command's module is imported when it runs, so `lint` does not load what `rules` or `ingest` need.
    const own =
      argv[0] === 'maturity'
        ? (await import('./maturity-command.js')).maturityCommand
        : argv[0] === 'rules'
          ? (await import('./rules-command.js')).rulesCommand
          : undefined;
    if (own && !argv.includes('--help') && !argv.includes('-h')) {
      // These commands lint synchronously: parsers that load asynchronously (wasm) are loaded first. Listing
      // the rules lints nothing, so it does not pay for the grammars (about a second for Kotlin and Scala).
      if (argv[0] === 'maturity' || argv.includes('--usage')) await prepareAllAdapters();
      // Listing them lints each rule's examples, which needs the adapters' modules (but no grammar).
      else await loadAdapters();
      const { text, output } = own(argv.slice(1), io.cwd);
      if (output) await writeOutput(io.cwd, output, text);
      else io.stdout.write(text);
      return ExitCode.Ok;
    }
    if (argv[0] === 'ingest' && !argv.includes('--help') && !argv.includes('-h'))
      return await (await import('./ingest-command.js')).ingestCommand(argv.slice(1), io);
    if (argv[0] === 'history' && !argv.includes('--help') && !argv.includes('-h'))
      return await (await import('./history-command.js')).historyCommand(argv.slice(1), io);
    // Loaded only for this command: it carries uPlot (50 kB) for the page.
    if (argv[0] === 'report' && !argv.includes('--help') && !argv.includes('-h'))
      return await (await import('./report-command.js')).reportCommand(argv.slice(1), io);
    const args = parseCliArgs(argv);
    if (args.kind === 'help') {
      io.stdout.write(HELP + '\n');
      return ExitCode.Ok;
    }
    if (args.kind === 'version') {
      io.stdout.write(VERSION + '\n');
      return ExitCode.Ok;
    }
    const resolveBaseline = cliBaselineResolver(args.baseline, io.env, io.stderr);
    const progress = new Progress({ stream: io.stderr, env: io.env });
    const request = {
      progress: { lint: progress.lint, read: progress.read },
      ...(resolveBaseline ? { resolveBaseline } : {}),
      command: args.command,
      cwd: io.cwd,
      configPath: args.config,
      paths: args.paths,
      baseline: args.baseline,
      current: args.current,
      failOn: args.failOn,
      saveRun: args.saveRun,
      ...(args.history !== undefined ? { history: args.history } : {}),
      baseRef: args.baseRef,
      namedFilesMustExist: true,
      env: io.env,
      ...(args.current.includes('-') ? { stdin: io.stdin ?? process.stdin } : {}),
    };
    let engineResult;
    try {
      engineResult = await runEngine(request);
    } finally {
      progress.done();
    }
    const { report: linted, ruleMeta, savedRun, history } = engineResult;
    let report = linted;
    if (savedRun === null) {
      io.stderr.write(
        `loadgate: --save-run: no current result could be read, so ${args.saveRun} was not written\n`,
      );
    }
    if (args.fix) {
      const { applyFixes, formatFixLog, MAX_FIX_PASSES } = await import('../engine/apply-fixes.js');
      // As ESLint's --fix: a fix that one written in the same pass kept out (an overlap, or a key both would add)
      // is offered again by the lint of the fixed files, and written in the next pass. The log lists every fix
      // written, and what the last pass left.
      const written: FixLogEntry[] = [];
      for (let pass = 1; ; pass++) {
        const log = await applyFixes(report, io.cwd, { suggestions: args.fixSuggestions });
        const fixed = log.filter((e) => e.status === 'fixed');
        written.push(...fixed);
        // Report what is left after the fixes, on the files as they now are.
        if (fixed.length > 0) report = (await runEngine(request)).report;
        if (fixed.length === 0 || pass === MAX_FIX_PASSES) {
          io.stderr.write(formatFixLog([...written, ...log.filter((e) => e.status !== 'fixed')]));
          break;
        }
      }
    }
    const format = args.format ?? 'text';
    const sources = await readSources(report, io.cwd);
    // The trend section's code loads only when there is a history to show.
    const trend = history ? await import('../report/history-output.js') : undefined;
    const rendered = (await loadRenderer(format))(report, {
      color: useColor(args.color, io, args.output !== undefined),
      rules: ruleMeta,
      sources,
      category: 'loadgate/',
      ...(history && trend ? { trend: trend.trendFor(history) } : {}),
    });
    let text = rendered.endsWith('\n') ? rendered : rendered + '\n';
    if (history && trend && format === 'text') text += trend.historyText(history);
    if (history?.problem)
      io.stderr.write(`loadgate: --history: ${history.problem}; the report goes on without it\n`);
    if (args.output) await writeOutput(io.cwd, args.output, text);
    else io.stdout.write(text);
    return exitCodeFor(report);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      // One line per error: scripts read the first line of stderr, which is the first error in the file.
      const hint = error instanceof UsageError && error.help ? ' (see "loadgate --help")' : '';
      // A config is checked whole: every error, one line each, in line order, its file named as the rest of
      // the output names files (relative to the working folder).
      const where = (e: ConfigError) =>
        e.file ? `${reportPath(e.file, io.cwd)}${e.line ? `:${e.line}` : ''}: ${e.reason}` : e.message;
      const lines = error instanceof ConfigError ? error.all.map(where) : [error.message];
      io.stderr.write(lines.map((line, i) => `loadgate: ${line}${i === 0 ? hint : ''}\n`).join(''));
      return ExitCode.Usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`loadgate: internal error: ${message}\nPlease report it with the command you ran.\n`);
    if (io.env.LOADGATE_DEBUG && error instanceof Error && error.stack) io.stderr.write(error.stack + '\n');
    return ExitCode.Internal;
  }
}
