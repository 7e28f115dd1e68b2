import { dirname, resolve } from 'node:path';
import { findRepoRoot, loadConfig } from '../config/load.js';
import type { CommentPolicy, Config } from '../config/model.js';
import { builtinRules } from '../lint/generated/rules.js';
import type { RuleDefinition, Severity } from '../lint/types.js';
import type { FailOn, FileReport, Report } from '../report/model.js';
import type { RuleMeta } from '../report/rule-meta.js';
import type { Run } from '../results/model.js';
import { serializeRun } from '../results/run-file.js';
import { VERSION } from '../version.js';
import { writeArtifact } from './artifacts.js';
import { compareFiles, type CompareOutcome } from './compare-files.js';
import { discoverFiles } from './discover.js';
import { lintFiles } from './lint-files.js';
import { isGlob, reportPath } from './paths.js';
import { siblingReader } from './read-sibling.js';
import { globFiles } from './walk.js';
import { UsageError } from './usage-error.js';
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
  /** Current results, relative to `cwd`; default `results` from the config. */
  current?: string[];
  /** Overrides `fail-on` from the config. */
  failOn?: FailOn;
  /** Write the current run as a loadgate run file here (relative to `cwd`): the next baseline artifact. */
  saveRun?: string;
}

export interface EngineResult {
  report: Report;
  config: { comment: CommentPolicy; failOn: FailOn };
  ruleMeta: RuleMeta[];
  /** Absolute path of the run file written for `saveRun`; null when no current run could be read. */
  savedRun?: string | null;
}

/** What the action and the CLI both run. Throws ConfigError (bad `.loadgate.yml`) or UsageError; nothing else. */
export async function runEngine(request: EngineRequest): Promise<EngineResult> {
  const cwd = resolve(request.cwd);
  const rules = builtinRules;
  const config = loadConfig(cwd, rules, request.configPath);
  // Globs and paths in the config are relative to the config file, like .eslintrc and .markdownlint.yml.
  const base = config.file ? dirname(config.file) : cwd;
  const failOn = request.failOn ?? config.failOn;

  const files = request.command === 'compare' ? [] : await lint(request, config, cwd, base, rules);
  const { results, comparison, current } =
    request.command === 'lint' ? { results: [] } : await compare(request, config, cwd, base);
  const savedRun =
    request.saveRun === undefined ? undefined : current ? await saveRun(cwd, request.saveRun, current) : null;

  const count = (s: Severity) =>
    files.reduce((n, f) => n + f.findings.filter((x) => x.severity === s).length, 0);
  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'loadgate', version: VERSION },
    command: request.command,
    verdict: decideVerdict(files, results, comparison, failOn),
    failOn,
    summary: {
      files: files.length,
      findings: { error: count('error'), warning: count('warning'), info: count('info') },
      diagnostics: files.filter((f) => f.diagnostics.some((d) => d.severity === 'error')).length,
      regressions: countRegressions(comparison),
    },
    files,
    results,
  };
  if (comparison) report.comparison = comparison;
  const result: EngineResult = {
    report,
    config: { comment: config.comment, failOn },
    ruleMeta: rules.map(ruleMeta),
  };
  if (savedRun !== undefined) result.savedRun = savedRun;
  return result;
}

async function lint(
  request: EngineRequest,
  config: Config,
  cwd: string,
  base: string,
  rules: readonly RuleDefinition[],
): Promise<FileReport[]> {
  // Without paths, lint what the config covers: its folder (the repository root in the usual layout).
  const paths = request.paths?.length ? request.paths : [config.file ? base : '.'];
  const { candidates, missing } = discoverFiles(paths, {
    cwd,
    base,
    include: config.include,
    exclude: config.exclude,
  });
  const files = await lintFiles(candidates, {
    cwd,
    base,
    config,
    rules,
    context: siblingReader(cwd, findRepoRoot(cwd)),
  });
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

async function compare(
  request: EngineRequest,
  config: Config,
  cwd: string,
  base: string,
): Promise<CompareOutcome> {
  const baseline = request.baseline
    ? resolve(cwd, request.baseline)
    : config.baseline
      ? resolve(base, config.baseline)
      : undefined;
  // `results: results/*.json` in the config usually matches the baseline too; a glob must not compare the
  // baseline with itself. A file named explicitly is compared as asked, even with itself.
  const current = request.current?.length
    ? request.current.map((p) => resolve(cwd, p))
    : config.results
        .flatMap((p) =>
          isGlob(p)
            ? globFiles(base, p).map((file) => ({ file, glob: true }))
            : [{ file: resolve(base, p), glob: false }],
        )
        .filter(({ file, glob }) => !(glob && file === baseline))
        .map(({ file }) => file);
  if (request.command === 'compare') {
    if (!baseline)
      throw new UsageError(
        'compare needs a baseline: pass --baseline FILE or set "baseline" in .loadgate.yml',
      );
    if (current.length === 0)
      throw new UsageError(
        'compare needs a current result: pass --current FILE or set "results" in .loadgate.yml',
      );
  }
  if (current.length === 0) return { results: [] };
  return compareFiles({ cwd, baseline, current, budgets: config.regression });
}

async function saveRun(cwd: string, path: string, run: Run): Promise<string> {
  try {
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
