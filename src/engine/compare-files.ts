import { stat } from 'node:fs/promises';
import type { BudgetConfig } from '../compare/budgets.js';
import { compareRuns } from '../compare/compare.js';
import type { Comparison } from '../compare/model.js';
import type { NotCompared, ResultFileReport } from '../report/model.js';
import type { Run } from '../results/model.js';
import type { ReadResult, ResultFormat } from '../results/model.js';
import { describeOrigin, originOf } from '../results/provenance.js';
import { readerFor } from '../results/readers.js';
import { reportPath } from './paths.js';
import { resultSetReader } from '../results/result-sets.js';
import { readResultFile, readResultFiles, sniffFileFormat, sniffStreamFormat } from './read-result-file.js';

export interface ResultInputs {
  cwd: string;
  /** Absolute path of the baseline file; undefined when none is configured (the current runs are still read). */
  baseline?: string;
  /** Absolute paths of the current result files; `-` (STDIN) is standard input. */
  current: readonly string[];
  /** Explicit formats (`format:` in `.loadgate.yml`) by absolute path; they win over sniffing. */
  formats?: ReadonlyMap<string, ResultFormat>;
  /** Standard input, read when a current file is `-`. */
  stdin?: AsyncIterable<Buffer | string>;
  budgets: BudgetConfig;
  /** How reports name the baseline file (an artifact's entry), instead of its path. */
  baselineName?: string;
  /** Where the baseline came from ("artifact loadgate-baseline of run #123"), shown beside its origin. */
  baselineSource?: string;
  /** Why there is no baseline (`baseline: auto` found none): the report's reason for not comparing. */
  baselineNote?: string;
  /** The time a baseline's age is told against (default: now). */
  now?: Date;
}

export interface CompareOutcome {
  results: ResultFileReport[];
  comparison?: Comparison;
  /** The current run that was compared, or the first readable one when there was no baseline. */
  current?: Run;
  /** Why nothing was compared, with the current run to show uncompared. */
  notCompared?: NotCompared;
  /** Baseline and current are results of different tools: a configuration error the engine raises. */
  toolMismatch?: { baseline: ToolSide; current: ToolSide };
}

export interface ToolSide {
  tool: string;
  path: string;
}

interface Loaded {
  report: ResultFileReport;
  run?: Run;
  missing?: boolean;
}

/** The name of standard input among the current files. */
export const STDIN = '-';

interface LoadOptions {
  format?: ResultFormat;
  /** Shown instead of the path. */
  name?: string;
  stdin?: AsyncIterable<Buffer | string>;
}

async function load(
  absolute: string,
  role: ResultFileReport['role'],
  cwd: string,
  options: LoadOptions = {},
): Promise<Loaded> {
  const fromStdin = absolute === STDIN && options.stdin !== undefined;
  const path = fromStdin ? STDIN : (options.name ?? reportPath(absolute, cwd));
  const failed = (message: string, severity: 'error' | 'warning' = 'error'): Loaded => ({
    report: { path, role, diagnostics: [{ message, severity }] },
  });
  let result: ReadResult;
  try {
    // Summaries are read whole (bounded), raw-sample streams (k6 NDJSON, JTL) streamed into sketches.
    if (fromStdin) {
      result = await readResultFiles([
        { absolute, path, stdin: options.stdin!, ...(options.format ? { format: options.format } : {}) },
      ]);
    } else {
      await stat(absolute);
      result = await readResultFile(absolute, path, options.format);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      // A missing baseline is the normal first run of a branch, not a broken one.
      return role === 'baseline'
        ? {
            ...failed(
              'does not exist: there is no baseline to compare against yet (the first run of the base branch creates it)',
              'warning',
            ),
            missing: true,
          }
        : failed('does not exist');
    }
    return failed(`could not be read (${code ?? (error as Error).message})`);
  }
  const report: ResultFileReport = {
    path,
    role,
    diagnostics: result.diagnostics.map((d) => ({
      message: d.message,
      severity: d.severity ?? ('error' as const),
      ...(d.line === undefined ? {} : { line: d.line }),
    })),
  };
  if (result.run) report.format = result.format ?? result.run.source.format;
  return { report, run: result.run };
}

/**
 * Several raw-sample files of one format are the load generators (or shards) of one run: they are merged
 * exactly into one run, with one report entry per file carrying that file's diagnostics.
 */
async function loadMerged(
  files: readonly string[],
  cwd: string,
  formats: ReadonlyMap<string, ResultFormat> | undefined,
): Promise<{ run?: Run; reports: ResultFileReport[] }> {
  const named = files.map((absolute) => {
    const format = formats?.get(absolute);
    return { absolute, path: reportPath(absolute, cwd), ...(format ? { format } : {}) };
  });
  const result = await readResultFiles(named);
  const reports = named.map(({ path }) => ({
    path,
    role: 'current' as const,
    ...(result.fileFormats?.[path] || result.format
      ? { format: result.fileFormats?.[path] ?? result.format }
      : {}),
    diagnostics: result.diagnostics
      .filter((d) => d.file === path)
      .map((d) => ({
        message: d.message,
        severity: d.severity ?? ('error' as const),
        ...(d.line === undefined ? {} : { line: d.line }),
      })),
  }));
  return { run: result.run, reports };
}

/** True when every current file is a raw-sample stream of one format, or the files are one run's summary set. */
async function oneRawRun(
  files: readonly string[],
  cwd: string,
  explicit: ReadonlyMap<string, ResultFormat> | undefined,
): Promise<boolean> {
  // Standard input can be read once, so it is never one of several files merged.
  if (files.length < 2 || files.includes(STDIN)) return false;
  const formats = await Promise.all(
    files.map((f) => {
      const named = explicit?.get(f);
      if (named) return readerFor(named)?.loadStream ? named : undefined;
      return sniffStreamFormat(f, reportPath(f, cwd));
    }),
  );
  if (formats[0] !== undefined && formats.every((f) => f === formats[0])) return true;
  // The summary files one tool writes for one run (Locust --csv stats, history, failures) are one run too.
  const any = await Promise.all(files.map((f) => explicit?.get(f) ?? sniffFileFormat(f, reportPath(f, cwd))));
  return resultSetReader(any) !== undefined;
}

/**
 * Reads the baseline and the current results and compares them. Several current raw-sample files of one format
 * (k6 NDJSON of each k6-operator runner, JTLs of each JMeter engine) are one run and are merged exactly.
 * Otherwise one comparison per invocation: the first readable current run is compared; any further current
 * files are read and listed, with a note saying they were not compared, so nothing given is silently dropped.
 */
export async function compareFiles(inputs: ResultInputs): Promise<CompareOutcome> {
  const options = (file: string): LoadOptions => {
    const format = inputs.formats?.get(file);
    return {
      ...(format ? { format } : {}),
      ...(file === inputs.baseline && inputs.baselineName ? { name: inputs.baselineName } : {}),
      ...(file === STDIN && inputs.stdin ? { stdin: inputs.stdin } : {}),
    };
  };
  if (await oneRawRun(inputs.current, inputs.cwd, inputs.formats)) {
    const [baseline, merged] = await Promise.all([
      inputs.baseline ? load(inputs.baseline, 'baseline', inputs.cwd, options(inputs.baseline)) : undefined,
      loadMerged(inputs.current, inputs.cwd, inputs.formats),
    ]);
    const results = [...(baseline ? [baseline.report] : []), ...merged.reports];
    if (!baseline?.run || !merged.run) return { results, current: merged.run };
    const comparison = compareRuns(baseline.run, merged.run, inputs.budgets);
    comparison.baseline.file = baseline.report.path;
    nameOrigin(comparison, baseline.run, inputs.now, inputs.baselineSource);
    comparison.current.file = merged.reports.map((r) => r.path).join(', ');
    return { results, comparison, current: merged.run };
  }
  const [baseline, ...current] = await Promise.all([
    inputs.baseline ? load(inputs.baseline, 'baseline', inputs.cwd, options(inputs.baseline)) : undefined,
    ...inputs.current.map((file) => load(file, 'current', inputs.cwd, options(file))),
  ]);
  const results = [...(baseline ? [baseline.report] : []), ...current.map((c) => c!.report)];
  const compared = current.find((c) => c!.run);
  for (const other of current) {
    if (!other?.run) continue;
    if (!baseline) {
      other.report.diagnostics.push({
        message: inputs.baselineNote
          ? `was read but not compared: ${inputs.baselineNote}`
          : 'was read but not compared: no baseline is configured (the baseline input or "baseline" in .loadgate.yml)',
        severity: 'warning',
      });
    } else if (other !== compared) {
      other.report.diagnostics.push({
        message: `was not compared: loadgate compares one current run per invocation, and ${compared!.report.path} came first`,
        severity: 'warning',
      });
    }
  }
  if (!baseline?.run || !compared?.run) {
    const shown = compared?.run ? { file: compared.report.path, run: compared.run } : undefined;
    const notCompared: NotCompared = {
      reason: !baseline && inputs.baselineNote ? inputs.baselineNote : whyNotCompared(baseline),
    };
    if (shown) notCompared.current = shown;
    return { results, current: compared?.run, notCompared };
  }
  if (baseline.run.source.tool !== compared.run.source.tool) {
    return {
      results,
      toolMismatch: {
        baseline: { tool: baseline.run.source.tool, path: baseline.report.path },
        current: { tool: compared.run.source.tool, path: compared.report.path },
      },
    };
  }
  const comparison = compareRuns(baseline.run, compared.run, inputs.budgets);
  // Name the files read, not the files a stored run file was once made from.
  comparison.baseline.file = baseline.report.path;
  comparison.current.file = compared.report.path;
  nameOrigin(comparison, baseline.run, inputs.now, inputs.baselineSource);
  return { results, comparison, current: compared.run };
}

/** "baseline = main@abc1234, 2 days old", when the baseline's run file says where it came from. */
function nameOrigin(comparison: Comparison, baseline: Run, now = new Date(), source?: string): void {
  const origin = describeOrigin(originOf(baseline), now);
  if (origin) comparison.baseline.origin = origin;
  if (source) comparison.baseline.source = source;
}

/** The first line of every report when results were given but not compared. */
function whyNotCompared(baseline: Loaded | undefined): string {
  if (!baseline)
    return 'no baseline is configured (--baseline, the baseline input or "baseline" in .loadgate.yml)';
  if (baseline.missing)
    return `no baseline yet: ${baseline.report.path} does not exist (the first run of the base branch creates it)`;
  if (!baseline.run) return `the baseline ${baseline.report.path} could not be read`;
  return 'no current result could be read';
}
