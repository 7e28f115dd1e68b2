import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError } from '../config/errors.js';
import { findRepoRoot, locateConfig, repositoryRulesDir } from '../config/locate.js';
import { DEFAULT_CONFIG } from '../config/model.js';
import type { CommentPolicy, Config } from '../config/model.js';
import { builtinRules } from '../lint/generated/rules.js';
import type { RuleDefinition } from '../lint/types.js';
import { summarize, type FailOn, type FileReport, type Report } from '../report/model.js';
import type { RuleMeta } from '../report/rule-meta.js';
import type { ResultFormat, Run } from '../results/model.js';
import { provenanceOf } from '../results/provenance.js';
import { VERSION } from '../version.js';
import { writeArtifact } from './artifacts.js';
import { evaluateSlos } from '../compare/slo.js';
import { isAutoBaseline, type BaselineResolver, type ResolvedBaseline } from './baseline-source.js';
import type { CompareOutcome } from './compare-files.js';
import { STDIN } from './stdin.js';
import { overrideWarnings } from './config-warnings.js';
import { nothingFound, requireNamedFiles, toolMismatchError } from './gate-errors.js';
import { discoverFiles } from './discover.js';
import type { LintProgress, ReadProgress } from './progress.js';
import { isGlob, reportPath } from './paths.js';
import { siblingReader } from './read-sibling.js';
import { globFiles } from './walk.js';
import { UsageError } from './usage-error.js';
import type { HistoryView } from './history.js';
import type { HistoryEntry } from '../history/store.js';
import { countRegressions, decideVerdict } from './verdict.js';

export { exitCodeFor } from './verdict.js';

export type Command = 'lint' | 'compare' | 'check';

export interface EngineRequest {
  command: Command;
  cwd: string;
  /** `--config`: an explicit `.loadgate.yml`; otherwise it is searched in `cwd`, then the repository root. */
  configPath?: string;
  /** Files and folders to lint, relative to `cwd`; default `.`. */
  paths?: string[];
  /** Baseline result, relative to `cwd`; default `baseline` from the config. */
  baseline?: string;
  /** `baseline-path`: the file in the repository `baseline: auto` falls back to (relative to `cwd`). */
  baselinePath?: string;
  /**
   * Finds the baseline when it is `auto` (the action: the base branch's artifact). Without one, `auto`
   * falls back to `baseline-path` with a note.
   */
  resolveBaseline?: BaselineResolver;
  /** Current results, relative to `cwd`; default `results` from the config. */
  current?: string[];
  /** Overrides `fail-on` from the config. */
  failOn?: FailOn;
  /** Write the current run as a loadgate run file here (relative to `cwd`): the next baseline artifact. */
  saveRun?: string;
  /** The history file (relative to `cwd`), for the trend and change points; wins over `history.path`. */
  history?: string;
  /**
   * Finds the history at run time (the action: the `history-artifact` chain), asked only when there is a
   * current run to show against it; wins over `history.path`. Undefined: no history.
   */
  resolveHistory?: () => Promise<string | undefined>;
  /**
   * `baseline` and `current` were typed by the user (the CLI): one that does not exist is a usage error. The
   * action leaves this off, since its baseline input names an artifact the first run of a branch has not
   * made yet, which is a note, not an error.
   */
  namedFilesMustExist?: boolean;
  /**
   * The environment a saved run's provenance is read from (`GITHUB_SHA`, `GITHUB_REF`, …); only `GITHUB_*`
   * names are read. Without it a saved run records no commit.
   */
  env?: Readonly<Record<string, string | undefined>>;
  /** Standard input, read when a current result is `-`. */
  stdin?: AsyncIterable<Buffer | string>;
  /** The time run files are stamped with and baseline ages told against (tests fix it). */
  now?: Date;
  /**
   * A git revision (`origin/main`, the pull request's base sha) to compare each scenario's load profile
   * with: files whose profile differs get `profileChange` for the preview. Read with `git show`; when it
   * cannot be read, there is no preview and no error.
   */
  baseRef?: string;
  /** Progress callbacks for a shell's progress line: files linted, bytes of results read. */
  progress?: { lint?: LintProgress; read?: ReadProgress };
}

export interface EngineResult {
  report: Report;
  config: { comment: CommentPolicy; commentId?: string; failOn: FailOn; historyMaxRuns?: number };
  ruleMeta: RuleMeta[];
  /** Absolute path of the run file written for `saveRun`; null when no current run could be read. */
  savedRun?: string | null;
  /** The history of default-branch runs, when `--history` or `history.path` names one (compare, check). */
  history?: HistoryView;
  /** The current run, when one was read (the action's dashboard draws it). */
  current?: Run;
}

/** What the action and the CLI both run. Throws ConfigError (bad `.loadgate.yml`) or UsageError; nothing else. */
export async function runEngine(request: EngineRequest): Promise<EngineResult> {
  const cwd = resolve(request.cwd);
  // The config and the repository's rules are parsed (yaml, ajv) only when there are some: a run without
  // them does not load those modules (issue #15, cold start).
  const rules = repositoryRulesDir(cwd, request.configPath)
    ? [
        ...builtinRules,
        ...(await import('../config/repository-rules.js')).loadRepositoryRules(
          cwd,
          builtinRules,
          request.configPath,
        ),
      ]
    : builtinRules;
  const config = locateConfig(cwd, request.configPath)
    ? (await import('../config/load.js')).loadConfig(cwd, rules, request.configPath)
    : { ...DEFAULT_CONFIG, lines: {} };
  // Globs and paths in the config are relative to the config file, like .eslintrc and .markdownlint.yml.
  const base = config.file ? dirname(config.file) : cwd;
  const failOn = request.failOn ?? config.failOn;

  // The history file: given, found by the action (asked once, and only when there is a run to judge: a lint-only
  // step makes no request), or the config's.
  let historyFile: Promise<string | undefined> | undefined;
  const findHistory = (): Promise<string | undefined> =>
    (historyFile ??= request.history
      ? Promise.resolve(request.history)
      : request.resolveHistory
        ? request.resolveHistory()
        : Promise.resolve(config.history?.path ? resolve(base, config.history.path) : undefined));
  const pastRunsOf = async () => {
    const file = await findHistory();
    return file ? pastRuns(cwd, file) : undefined;
  };
  // Results are read first: a comparison of two tools' results stops the run before anything is linted.
  const outcome: CompareOutcome =
    request.command === 'lint' ? { results: [] } : await compare(request, config, cwd, base, pastRunsOf);
  if (outcome.toolMismatch) throw toolMismatchError(outcome.toolMismatch, request, config);
  const { results, comparison, current, notCompared, invalid, baselineRun } = outcome;
  const slo = current && config.slo.length > 0 ? evaluateSlos(current, config.slo) : undefined;
  const sloViolations = slo?.filter((s) => s.status === 'violated').length ?? 0;
  const files =
    request.command === 'compare'
      ? []
      : await lint(request, config, cwd, base, rules, results.length > 0, [
          ...results.filter((r) => r.path !== STDIN).map((r) => resolve(cwd, r.path)),
          ...(request.saveRun === undefined ? [] : [resolve(cwd, request.saveRun)]),
        ]);
  const savedRun =
    request.saveRun === undefined
      ? undefined
      : current
        ? await saveRun(cwd, request.saveRun, {
            ...current,
            provenance: provenanceOf(current, request.env, request.now),
          })
        : null;

  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'loadgate', version: VERSION },
    command: request.command,
    verdict: decideVerdict(
      files,
      results,
      comparison,
      failOn,
      notCompared !== undefined,
      invalid !== undefined,
      sloViolations,
    ),
    failOn,
    summary: summarize(files, results, countRegressions(comparison)),
    files,
    results,
  };
  if (comparison) report.comparison = comparison;
  if (notCompared) report.notCompared = notCompared;
  if (slo) report.slo = slo;
  if (invalid) report.invalid = { reasons: invalid };
  // Findings of analysis explain the run; they never change the verdict (docs/analysis/README.md).
  if (current)
    report.analysis = (await import('../analyze/analyze.js')).analyzeRun(current, {
      ...(comparison ? { comparison } : {}),
      // A baseline of another load is no yardstick for the generator's signature either.
      ...(baselineRun && comparison?.comparable ? { baseline: baselineRun } : {}),
    });
  const result: EngineResult = {
    report,
    config: {
      comment: config.comment,
      ...(config.commentId !== undefined ? { commentId: config.commentId } : {}),
      failOn,
      ...(config.history?.maxRuns !== undefined ? { historyMaxRuns: config.history.maxRuns } : {}),
    },
    ruleMeta: rules.map(ruleMeta),
  };
  if (savedRun !== undefined) result.savedRun = savedRun;
  if (current) result.current = current;
  const history =
    request.command === 'lint' || (request.resolveHistory && !current) ? undefined : await findHistory();
  if (history) {
    const { historyView } = await import('./history.js');
    result.history = await historyView(cwd, history, current, config.history?.runs);
  }
  return result;
}

async function lint(
  request: EngineRequest,
  config: Config,
  cwd: string,
  base: string,
  rules: readonly RuleDefinition[],
  comparing: boolean,
  /** The result files read and the run file written: found by the walk, they are no scenarios. */
  resultFiles: readonly string[],
): Promise<FileReport[]> {
  // Without paths, lint what the config covers: its folder (the repository root in the usual layout).
  const paths = request.paths?.length ? request.paths : [config.file ? base : '.'];
  const { candidates: found, missing } = discoverFiles(paths, {
    cwd,
    base,
    include: config.include,
    exclude: config.exclude,
  });
  // The config file and the result files are found by the walk (`.yml`, `.json`) but are never scenarios:
  // left out unless named, so that a check of results alone does not load the lint engine to sniff them.
  const notScenarios = new Set(resultFiles);
  if (config.file) notScenarios.add(resolve(cwd, config.file));
  const candidates = found.filter((c) => c.explicit || !notScenarios.has(c.absolute));
  const context = siblingReader(cwd, findRepoRoot(cwd));
  // The lint engine (parsers, every rule's check) is loaded only when there is a file to lint: a `check` that
  // only compares results does not pay for it at start-up.
  const files =
    candidates.length === 0
      ? []
      : await (
          await import('./lint-files.js')
        ).lintFiles(candidates, {
          cwd,
          base,
          config,
          rules,
          context,
          ...(request.progress?.lint ? { progress: request.progress.lint } : {}),
        });
  // Reading the base runs git (child_process): loaded only for --base-ref.
  if (request.baseRef)
    await (
      await import('./profile-changes.js')
    ).addProfileChanges(files, { cwd, baseRef: request.baseRef, context });
  // Nothing examined is never a pass. A file read as a scenario counts, and so does one that could not be
  // read (it already fails the run); a folder with no scenario, a glob or `include` that matches nothing,
  // or only files that are no scenario, mean the gate checked nothing.
  const examined = files.filter((f) => f.tool !== null || f.diagnostics.some((d) => d.severity === 'error'));
  if (examined.length === 0) {
    // `check` with neither paths nor `include` lints opportunistically: a repository that only compares
    // results (no scenario of its own) is not an error, as long as there is something to compare.
    const askedToLint = request.command === 'lint' || !!request.paths?.length || 'include' in config.lines;
    if (askedToLint || !comparing) throw nothingFound(request, config, cwd, paths, missing, files);
  }
  files.push(...overrideWarnings(config, base, cwd));
  for (const { path, reason } of missing) {
    const shown = isGlob(path) ? path : reportPath(resolve(cwd, path), cwd);
    files.push({
      path: shown,
      tool: null,
      findings: [],
      diagnostics: [{ file: shown, severity: 'error', message: reason }],
    });
  }
  return files;
}

/** The history's runs the comparison learns noise from; none when it cannot be read (`historyView` says why). */
async function pastRuns(cwd: string, file: string): Promise<HistoryEntry[]> {
  try {
    const { readHistoryFile } = await import('./history.js');
    return (await readHistoryFile(cwd, file, true)).entries;
  } catch {
    return [];
  }
}

async function compare(
  request: EngineRequest,
  config: Config,
  cwd: string,
  base: string,
  pastRunsOf: () => Promise<HistoryEntry[] | undefined>,
): Promise<CompareOutcome> {
  const auto = request.baseline ? isAutoBaseline(request.baseline) : isAutoBaseline(config.baseline);
  // With `auto`, the file a `results` glob must not take for a current run is the fallback `baseline-path`.
  const fallback = auto ? fallbackPath(request, config, cwd, base) : undefined;
  let baseline = auto
    ? fallback?.absolute
    : request.baseline
      ? resolve(cwd, request.baseline)
      : config.baseline
        ? resolve(base, config.baseline)
        : undefined;
  // Formats named in the config (`{path, format}`) win over sniffing for every file their entry matches.
  const formats = new Map<string, ResultFormat>();
  const baselineFormat =
    !auto && !request.baseline && config.baseline ? config.formats?.[config.baseline] : undefined;
  if (baseline && baselineFormat) formats.set(baseline, baselineFormat);
  // `results: results/*.json` in the config usually matches the baseline too; a glob must not compare the
  // baseline with itself. A file named explicitly is compared as asked, even with itself. `-` is stdin.
  const current = request.current?.length
    ? request.current.flatMap((p) =>
        p === STDIN ? [STDIN] : isGlob(p) ? globFiles(cwd, p) : [resolve(cwd, p)],
      )
    : config.results
        .flatMap((p) => {
          const format = config.formats?.[p];
          return (isGlob(p) ? globFiles(base, p) : [resolve(base, p)]).map((file) => ({
            file,
            glob: isGlob(p),
            format,
          }));
        })
        .filter(({ file, glob }) => !(glob && file === baseline))
        .map(({ file, format }) => {
          if (format && !formats.has(file)) formats.set(file, format);
          return file;
        });
  if (request.command === 'compare') {
    if (!baseline && !auto)
      throw new UsageError(
        'compare needs a baseline: pass --baseline FILE or set "baseline" in .loadgate.yml',
      );
    if (current.length === 0 && !request.current?.length && config.results.length > 0)
      throw new ConfigError(
        `"results" (${config.results.join(', ')}) matches no result file, so there is nothing to compare`,
        config.file,
        config.lines.results,
      );
    // A typed --current glob that matched nothing says so, rather than that no current was given.
    if (current.length === 0 && request.current?.length && request.namedFilesMustExist)
      requireNamedFiles(request, cwd);
    if (current.length === 0)
      throw new UsageError(
        'compare needs a current result: pass --current FILE or set "results" in .loadgate.yml',
      );
  }
  if (request.namedFilesMustExist) requireNamedFiles(request, cwd);
  // `check` whose config names results that are not there (the load test wrote nothing): not a silent pass.
  if (current.length === 0 && !request.current?.length && config.results.length > 0)
    return {
      results: [],
      notCompared: { reason: `"results" (${config.results.join(', ')}) matches no result file` },
    };
  if (current.length === 0) return { results: [] };
  // Looked up only now: a run with nothing to compare asks GitHub for nothing.
  const found = auto ? await resolveAuto(request, fallback) : undefined;
  if (auto) baseline = found?.file;
  const history = await pastRunsOf();
  // Imported only when there is something to compare: `lint` never loads the result readers.
  const { compareFiles } = await import('./compare-files.js');
  return compareFiles({
    cwd,
    baseline,
    current,
    budgets: config.regression,
    ...(history?.length ? { history } : {}),
    ...(found?.name ? { baselineName: found.name } : {}),
    ...(found?.source ? { baselineSource: found.source } : {}),
    ...(found?.note && !found.file ? { baselineNote: found.note } : {}),
    ...(formats.size > 0 ? { formats } : {}),
    ...(request.stdin ? { stdin: request.stdin } : {}),
    ...(request.now ? { now: request.now } : {}),
    ...(request.progress?.read ? { progress: request.progress.read } : {}),
  });
}

interface Fallback {
  absolute: string;
  shown: string;
}

/** `baseline-path`: the input (relative to `cwd`), else the config's (relative to the config file). */
function fallbackPath(
  request: EngineRequest,
  config: Config,
  cwd: string,
  base: string,
): Fallback | undefined {
  if (request.baselinePath)
    return { absolute: resolve(cwd, request.baselinePath), shown: request.baselinePath };
  if (config.baselinePath)
    return { absolute: resolve(base, config.baselinePath), shown: config.baselinePath };
  return undefined;
}

/**
 * `baseline: auto`: the resolver's find, else `baseline-path` when that file exists, else no baseline; each
 * step that failed is named in the note or source the report shows.
 */
async function resolveAuto(
  request: EngineRequest,
  fallback: Fallback | undefined,
): Promise<ResolvedBaseline> {
  const found: ResolvedBaseline = request.resolveBaseline
    ? await request.resolveBaseline()
    : {
        note: "baseline: auto finds the base branch's artifact only in GitHub Actions (the action, or GITHUB_TOKEN and GITHUB_REPOSITORY set)",
      };
  if (found.file) return found;
  const why = found.note ?? 'no baseline artifact was found';
  if (fallback && existsSync(fallback.absolute))
    return { file: fallback.absolute, source: `baseline-path ${fallback.shown}, since ${why}` };
  const tail = fallback
    ? `; baseline-path ${fallback.shown} does not exist either`
    : '; no baseline-path is set to fall back to';
  return { note: `no baseline: ${why}${tail}` };
}

async function saveRun(cwd: string, path: string, run: Run): Promise<string> {
  try {
    const { serializeRun } = await import('../results/run-file.js');
    return await writeArtifact(cwd, path, serializeRun(run));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`cannot write the run file ${path} (${code})`);
  }
}

function ruleMeta(rule: RuleDefinition): RuleMeta {
  return {
    id: rule.id,
    summary: rule.summary,
    severity: rule.severity,
    category: rule.category,
    rationale: rule.rationale,
  };
}
