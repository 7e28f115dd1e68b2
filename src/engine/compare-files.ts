import { STDIN } from './stdin.js';
import { stat } from 'node:fs/promises';
import type { BudgetConfig } from '../compare/budgets.js';
import type { HistoryEntry } from '../history/store.js';
import { compareRuns } from '../compare/compare.js';
import { addSpread, areGeneratorsOfOneRun, medianRun } from '../compare/repeated-runs.js';
import { runValidity } from '../compare/validity.js';
import { mergeRuns } from '../results/merge-runs.js';
import type { Comparison } from '../compare/model.js';
import type { NotCompared, ResultFileReport } from '../report/model.js';
import type { Run } from '../results/model.js';
import type { ReadResult, ResultFormat } from '../results/model.js';
import { describeOrigin, originOf } from '../results/provenance.js';
import { readerFor } from '../results/readers.js';
import { isGlob, reportPath } from './paths.js';
import { globFiles } from './walk.js';
import { relative } from 'node:path';
import { resultSetReader } from '../results/result-sets.js';
import type { ReadProgress } from './progress.js';
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
  /** The history of default-branch runs (`--history`): the noise reported percentiles are judged against. */
  history?: readonly HistoryEntry[];
  /** How reports name the baseline file (an artifact's entry), instead of its path. */
  baselineName?: string;
  /** Where the baseline came from ("artifact loadgate-baseline of run #123"), shown beside its origin. */
  baselineSource?: string;
  /** Why there is no baseline (`baseline: auto` found none): the report's reason for not comparing. */
  baselineNote?: string;
  /** The time a baseline's age is told against (default: now). */
  now?: Date;
  /** Told the size of each chunk of result files read, for a progress line. */
  progress?: ReadProgress;
}

export interface CompareOutcome {
  results: ResultFileReport[];
  comparison?: Comparison;
  /** The current run that was compared, or the first readable one when there was no baseline. */
  current?: Run;
  /** The baseline run it was compared with (the median of repeated baselines), for the detectors. */
  baselineRun?: Run;
  /** Why nothing was compared, with the current run to show uncompared. */
  notCompared?: NotCompared;
  /**
   * Why the current run is invalid (it missed its intended load, or its criteria got no samples), one
   * sentence each, prefixed with the file when several runs were read: it is neither passed nor compared.
   */
  invalid?: string[];
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
  /** Several baselines (a glob): each file's report, and the runs whose median `run` is. */
  reports?: ResultFileReport[];
  runs?: Run[];
}

export { STDIN } from './stdin.js';

interface LoadOptions {
  format?: ResultFormat;
  /** Shown instead of the path. */
  name?: string;
  stdin?: AsyncIterable<Buffer | string>;
  progress?: ReadProgress;
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
      result = await readResultFiles(
        [{ absolute, path, stdin: options.stdin!, ...(options.format ? { format: options.format } : {}) }],
        options.progress,
      );
    } else {
      await stat(absolute);
      result = await readResultFile(absolute, path, options.format, options.progress);
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
  progress?: ReadProgress,
): Promise<{ run?: Run; reports: ResultFileReport[] }> {
  const named = files.map((absolute) => {
    const format = formats?.get(absolute);
    return { absolute, path: reportPath(absolute, cwd), ...(format ? { format } : {}) };
  });
  const result = await readResultFiles(named, progress);
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
  const history = inputs.history ? { history: inputs.history } : {};
  const options = (file: string): LoadOptions => {
    const format = inputs.formats?.get(file);
    return {
      ...(format ? { format } : {}),
      ...(file === inputs.baseline && inputs.baselineName ? { name: inputs.baselineName } : {}),
      ...(file === STDIN && inputs.stdin ? { stdin: inputs.stdin } : {}),
      ...(inputs.progress ? { progress: inputs.progress } : {}),
    };
  };
  if (await oneRawRun(inputs.current, inputs.cwd, inputs.formats)) {
    const [baseline, merged] = await Promise.all([
      inputs.baseline ? loadBaseline(inputs.baseline, inputs.cwd, options) : undefined,
      loadMerged(inputs.current, inputs.cwd, inputs.formats, inputs.progress),
    ]);
    const results = [...(baseline ? (baseline.reports ?? [baseline.report]) : []), ...merged.reports];
    const file = merged.reports.map((r) => r.path).join(', ');
    if (merged.run) {
      const invalid = runValidity(merged.run);
      if (invalid.length > 0) return invalidOutcome(results, merged.run, file, invalid);
    }
    if (!baseline?.run || !merged.run) return { results, current: merged.run };
    const baselineInvalid = invalidBaseline(baseline);
    if (baselineInvalid)
      return {
        results,
        current: merged.run,
        notCompared: { reason: baselineInvalid, current: { file, run: merged.run } },
      };
    const comparison = compareRuns(baseline.run, merged.run, inputs.budgets, history);
    comparison.baseline.file = baseline.report.path;
    spreadOfSamples(comparison, baseline, [merged.run]);
    nameOrigin(comparison, baseline.run, inputs.now, inputs.baselineSource);
    comparison.current.file = merged.reports.map((r) => r.path).join(', ');
    return { results, comparison, current: merged.run, baselineRun: baseline.run };
  }
  const [baseline, ...current] = await Promise.all([
    inputs.baseline ? loadBaseline(inputs.baseline, inputs.cwd, options) : undefined,
    ...inputs.current.map((file) => load(file, 'current', inputs.cwd, options(file))),
  ]);
  const results = [
    ...(baseline ? (baseline.reports ?? [baseline.report]) : []),
    ...current.map((c) => c!.report),
  ];
  const readable = current.filter((c): c is Loaded & { run: Run } => c?.run !== undefined);
  const repeated = repeatedRuns(readable);
  if (repeated) {
    const invalid = readable.flatMap((c) => runValidity(c.run).map((r) => `${c.report.path}: ${r}`));
    if (invalid.length > 0) return invalidOutcome(results, repeated.run, repeated.file, invalid);
    for (const c of readable)
      c.report.diagnostics.push({
        message: repeated.generators
          ? `is one of ${readable.length} load generators of one run (their sample times overlap): merged into one run`
          : `is one of ${readable.length} repeated runs: their median is ${baseline?.run ? 'compared' : 'reported'}, with the spread of each metric`,
        severity: 'warning',
      });
    const baselineInvalid = baseline?.run ? invalidBaseline(baseline) : undefined;
    if (!baseline?.run || baselineInvalid) {
      return {
        results,
        current: repeated.run,
        notCompared: {
          reason: baselineInvalid ?? whyNotCompared(baseline),
          current: { file: repeated.file, run: repeated.run },
        },
      };
    }
    if (baseline.run.source.tool !== repeated.run.source.tool) {
      return {
        results,
        toolMismatch: {
          baseline: { tool: baseline.run.source.tool, path: baseline.report.path },
          current: { tool: repeated.run.source.tool, path: readable[0]!.report.path },
        },
      };
    }
    const comparison = compareRuns(baseline.run, repeated.run, inputs.budgets, history);
    comparison.baseline.file = baseline.report.path;
    comparison.current.file = repeated.file;
    spreadOfSamples(comparison, baseline, repeated.generators ? [repeated.run] : repeated.runs);
    nameOrigin(comparison, baseline.run, inputs.now, inputs.baselineSource);
    return { results, comparison, current: repeated.run, baselineRun: baseline.run };
  }
  const compared = current.find((c) => c!.run);
  if (compared?.run) {
    const invalid = runValidity(compared.run);
    if (invalid.length > 0) return invalidOutcome(results, compared.run, compared.report.path, invalid);
  }
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
        message: `was not compared: runs of several tools are not one sample of runs, and ${compared!.report.path} came first`,
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
  const baselineInvalid = invalidBaseline(baseline);
  if (baselineInvalid)
    return {
      results,
      current: compared.run,
      notCompared: { reason: baselineInvalid, current: { file: compared.report.path, run: compared.run } },
    };
  if (baseline.run.source.tool !== compared.run.source.tool) {
    return {
      results,
      toolMismatch: {
        baseline: { tool: baseline.run.source.tool, path: baseline.report.path },
        current: { tool: compared.run.source.tool, path: compared.report.path },
      },
    };
  }
  const comparison = compareRuns(baseline.run, compared.run, inputs.budgets, history);
  // Name the files read, not the files a stored run file was once made from.
  comparison.baseline.file = baseline.report.path;
  comparison.current.file = compared.report.path;
  spreadOfSamples(comparison, baseline, [compared.run]);
  nameOrigin(comparison, baseline.run, inputs.now, inputs.baselineSource);
  return { results, comparison, current: compared.run, baselineRun: baseline.run };
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

/**
 * Several readable current runs of one tool that are not one tool's result set: repeated runs of the
 * scenario (compared as their median), or run files of one run's load generators (their sample times
 * overlap; merged exactly). Undefined for one run, or runs of several tools (the first is compared).
 */
function repeatedRuns(
  readable: readonly (Loaded & { run: Run })[],
): { run: Run; runs: Run[]; file: string; generators: boolean } | undefined {
  if (readable.length < 2) return undefined;
  const runs = readable.map((c) => c.run);
  if (runs.some((r) => r.source.tool !== runs[0]!.source.tool)) return undefined;
  const file = readable.map((c) => c.report.path).join(', ');
  if (areGeneratorsOfOneRun(runs)) {
    const merged = mergeRuns(runs);
    if (typeof merged !== 'string') return { run: merged, runs, file, generators: true };
  }
  return { run: medianRun(runs), runs, file, generators: false };
}

/** An invalid current run: shown with its numbers, never passed or compared. */
function invalidOutcome(
  results: ResultFileReport[],
  run: Run,
  file: string,
  invalid: string[],
): CompareOutcome {
  return {
    results,
    current: run,
    invalid,
    notCompared: { reason: `the current run is invalid: ${invalid.join('; ')}`, current: { file, run } },
  };
}

/** A baseline that missed its own intended load is no yardstick: the reason, or undefined when it is valid. */
function invalidBaseline(baseline: Loaded): string | undefined {
  const runs = baseline.runs ?? (baseline.run ? [baseline.run] : []);
  const reasons = runs.flatMap((run) => runValidity(run));
  return reasons.length > 0
    ? `the baseline ${baseline.report.path} is invalid: ${reasons.join('; ')}`
    : undefined;
}

/**
 * The baseline: one file, or a glob of several. Several readable baselines of one tool are a sample of
 * repeated runs (their median is the yardstick) or, when their sample times overlap, the load generators
 * of one run (merged); a glob that matches nothing is a baseline that does not exist yet.
 */
async function loadBaseline(
  pattern: string,
  cwd: string,
  options: (file: string) => LoadOptions,
): Promise<Loaded> {
  if (!isGlob(pattern)) return load(pattern, 'baseline', cwd, options(pattern));
  const files = globFiles(cwd, relative(cwd, pattern));
  if (files.length <= 1) return load(files[0] ?? pattern, 'baseline', cwd, options(files[0] ?? pattern));
  const loaded = await Promise.all(files.map((f) => load(f, 'baseline', cwd, options(f))));
  const reports = loaded.map((l) => l.report);
  const readable = loaded.filter((l): l is Loaded & { run: Run } => l.run !== undefined);
  const sample = repeatedRuns(readable);
  if (!sample) return { ...(readable[0] ?? loaded[0]!), reports };
  for (const l of readable)
    l.report.diagnostics.push({
      message: sample.generators
        ? `is one of ${readable.length} load generators of one baseline run (their sample times overlap): merged into one run`
        : `is one of ${readable.length} repeated baseline runs: their median is the baseline, with the spread of each metric`,
      severity: 'warning',
    });
  return {
    report: { path: sample.file, role: 'baseline', diagnostics: [] },
    run: sample.run,
    reports,
    runs: sample.generators ? [sample.run] : sample.runs,
  };
}

/** The spread of each metric over the repeated runs of either side, and how many runs each side had. */
function spreadOfSamples(comparison: Comparison, baseline: Loaded, currentRuns: readonly Run[]): void {
  const baselineRuns = baseline.runs ?? (baseline.run ? [baseline.run] : []);
  if (baselineRuns.length < 2 && currentRuns.length < 2) return;
  addSpread(comparison, baselineRuns, currentRuns);
  comparison.runs = { baseline: baselineRuns.length, current: currentRuns.length };
}
