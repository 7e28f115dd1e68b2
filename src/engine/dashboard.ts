import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { analyzeRun } from '../analyze/analyze.js';
import type { AnalysisResult } from '../analyze/model.js';
import { compareRuns } from '../compare/compare.js';
import type { Comparison } from '../compare/model.js';
import { entryOf, type HistoryEntry } from '../history/store.js';
import type { MaturityReport } from '../maturity/model.js';
import type { ReadDiagnostic, Run } from '../results/model.js';
import { describeOrigin, originOf } from '../results/provenance.js';
import type { DashboardInput } from '../report/dashboard/model.js';
import { readHistoryFile } from './history.js';
import { reportPath } from './paths.js';
import type { ReadProgress } from './progress.js';
import { readResultFile } from './read-result-file.js';
import { UsageError } from './usage-error.js';
import { givenFiles } from './given-files.js';

/** The bottleneck detectors' signature (`analyzeRun` of `src/analyze/analyze.ts`, the default). */
export type AnalyzeRun = (
  current: Run,
  context: { baseline?: Run; comparison?: Comparison },
) => AnalysisResult;

export interface DashboardRequest {
  cwd: string;
  /** Each argument one run, oldest first: a run file or any result file a reader knows; a glob is several runs. */
  runs: readonly string[];
  /** A history file whose runs come before `runs`. */
  history?: string;
  /** `loadgate maturity --format json` output, shown as the scorecard. */
  maturity?: string;
  /** The detectors to run on the last run; `analyzeRun` unless a test hands in its own. */
  analyze?: AnalyzeRun;
  progress?: ReadProgress;
  now?: Date;
}

export interface DashboardOutcome {
  input: DashboardInput;
  diagnostics: ReadDiagnostic[];
}

/** A maturity report as `loadgate maturity -f json` writes it; a file that is not one is the user's to fix. */
async function readMaturity(cwd: string, file: string): Promise<DashboardInput['maturity']> {
  const path = reportPath(resolve(cwd, file), cwd);
  let parsed: Partial<MaturityReport>;
  try {
    parsed = JSON.parse(await readFile(resolve(cwd, file), 'utf8')) as Partial<MaturityReport>;
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`--maturity ${path}: cannot read it (${why})`, { help: false });
  }
  if (
    typeof parsed.level !== 'number' ||
    !Array.isArray(parsed.practices) ||
    typeof parsed.levelName !== 'string'
  )
    throw new UsageError(`--maturity ${path}: not the output of "loadgate maturity --format json"`, {
      help: false,
    });
  return {
    level: parsed.level,
    levelName: parsed.levelName,
    practices: parsed.practices,
    nextSteps: Array.isArray(parsed.nextSteps) ? parsed.nextSteps : [],
  };
}

/**
 * Reads what `loadgate report --html` draws: the history's runs, then each run named (reduced to the same
 * summary the history keeps), the last two runs read from files compared as the CI would compare them, and
 * the detectors run on the last one when the shell hands them in. A run that cannot be read is a diagnostic;
 * the dashboard is drawn from the rest.
 */
export async function readDashboardInput(request: DashboardRequest): Promise<DashboardOutcome> {
  const diagnostics: ReadDiagnostic[] = [];
  const entries: HistoryEntry[] = [];
  const labels: (string | undefined)[] = [];
  if (request.history) {
    const history = await readHistoryFile(request.cwd, request.history, false);
    entries.push(...history.entries);
    labels.push(...history.entries.map(() => undefined));
  }
  const runs: { run: Run; path: string }[] = [];
  for (const given of request.runs) {
    for (const { absolute, path } of givenFiles(request.cwd, given, diagnostics)) {
      let result;
      try {
        result = await readResultFile(absolute, path, undefined, request.progress);
      } catch (error) {
        const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
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
  const input: DashboardInput = { entries, labels };
  const current = runs[runs.length - 1]?.run;
  const baseline = runs[runs.length - 2]?.run;
  if (current && baseline) {
    const comparison = compareRuns(baseline, current);
    // Named as given, not as the file a run file was once made from.
    comparison.baseline.file = runs[runs.length - 2]!.path;
    comparison.current.file = runs[runs.length - 1]!.path;
    const origin = describeOrigin(originOf(baseline), request.now ?? new Date());
    if (origin) comparison.baseline.origin = origin;
    input.comparison = comparison;
  }
  if (current)
    input.analysis = (request.analyze ?? analyzeRun)(current, {
      ...(input.comparison ? { comparison: input.comparison } : {}),
      // A baseline of another load is no yardstick for the generator's signature either.
      ...(baseline && input.comparison?.comparable ? { baseline } : {}),
    });
  if (request.maturity) input.maturity = await readMaturity(request.cwd, request.maturity);
  return { input, diagnostics };
}
