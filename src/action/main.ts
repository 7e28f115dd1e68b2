import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '@actions/core';
import { ConfigError } from '../config/errors.js';
import { exitCodeFor, runEngine, type EngineRequest, type EngineResult } from '../engine/run.js';
import { renderJson } from '../report/json.js';
import { COMMENT_BUDGET, renderMarkdown, type MarkdownOptions } from '../report/markdown.js';
import type { ChangedLines } from '../report/changed-lines.js';
import { secretLiterals } from '../report/secrets.js';
import { sanitizeJobId } from '../report/marker.js';
import { renderSarif } from '../report/sarif.js';
import type { AnnotationProperties } from '@actions/core';
import { reportPath } from '../engine/paths.js';
import { UsageError } from '../engine/usage-error.js';
import { escapeMarkdown } from '../report/escape.js';
import { coreAnnotations, emitAnnotations, SHOWN_PER_LEVEL, type AnnotationSink } from './annotations.js';
import { readSources, writeArtifact } from '../engine/artifacts.js';
import {
  actionBaselineResolver,
  baselineUploadPath,
  isDefaultBranchPush,
  publishBaseline,
} from './artifacts/action-baseline.js';
import { ActionHistory } from './artifacts/action-history.js';
import { Env, Outputs } from './constants.js';
import { InputError, readInputs, type ActionInputs } from './inputs.js';
import { trendFor } from '../report/history-output.js';
import { coreLogger, type Logger } from './logger.js';
import { readableBaseCommit } from './base-commit.js';
import { publishDashboard, writeDashboard, type PagesTarget } from './dashboard.js';
import { pullRequestMaturity, type PullRequestMaturity } from './maturity.js';
import { countOutputs, setOutputs } from './outputs.js';
import { rebaseReport } from './paths.js';
import type { ChangedLines as PatchLines } from './publish/diff-hunks.js';
import { changedLinesOf, listPullFiles } from './publish/changed-files.js';
import { publishComment, refusedWarning } from './publish/comment.js';
import {
  findPullRequest,
  pullRequestOf,
  repositoryOf,
  type PullRequestLookup,
  type PullRequestRef,
} from './publish/event.js';
import { createClient, type GitHubClient, type Repo } from './publish/github.js';
import { decideComment } from './publish/policy.js';
import { describeFailure, isNotPermitted, requestFailure } from './publish/request-failure.js';
import { publishReview } from './publish/review.js';
import { planReview } from './publish/review-plan.js';
import { writeJobSummary } from './summary.js';
import { failureMessage } from './verdict-message.js';
import { prepareAllAdapters } from '../scenario/adapters.js';

/**
 * The action: read inputs, run the engine, publish. It never throws; a bad input or configuration and any
 * unexpected error end as `core.setFailed` with one sentence.
 */
export async function run(): Promise<void> {
  registerProblemMatcher(process.env);
  try {
    await runAction(readInputs(), process.env, coreLogger);
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigError || error instanceof UsageError) {
      await reportStop(error, process.env, coreLogger);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      core.setFailed(`loadgate failed unexpectedly: ${message}`);
      if (error instanceof Error && error.stack) core.debug(error.stack);
    }
  }
}

/**
 * A run that could not start (a bad input, a bad config, nothing to lint, results of two tools): one
 * `::error` on the config line when there is one, the outputs a later step may test (verdict `error`), and
 * the same sentence in the job summary. The step fails.
 */
export async function reportStop(
  error: InputError | ConfigError | UsageError,
  env: NodeJS.ProcessEnv,
  log: Logger,
  annotate: AnnotationSink = coreAnnotations,
): Promise<void> {
  const workspace = resolve(env[Env.Workspace] || process.cwd());
  // An input error names the input in its sentence; a config or usage error gets a title and, when the
  // config said it, the file and line, so GitHub shows it on `.loadgate.yml`. Every config error is shown,
  // in line order.
  const each = error instanceof ConfigError ? error.all : [error];
  for (const one of each) {
    const properties: AnnotationProperties =
      one instanceof InputError ? {} : { title: 'loadgate: configuration error' };
    let message = one.message;
    if (one instanceof ConfigError && one.file) {
      properties.file = reportPath(one.file, workspace);
      if (one.line) properties.startLine = one.line;
      message = one.reason;
    }
    annotate('error', message, properties);
  }
  process.exitCode = 1;
  setOutputs({
    violations: 0,
    errors: each.length,
    regressions: 0,
    verdict: 'error',
    reportPath: '',
    sarifPath: '',
    runPath: '',
  });
  // The summary names the config by its path in the repository, as the annotation does, not the runner's.
  const shown = (one: InputError | ConfigError | UsageError) =>
    one instanceof ConfigError && one.file
      ? `${reportPath(one.file, workspace)}${one.line ? `:${one.line}` : ''}: ${one.reason}`
      : one.message;
  const list =
    each.length > 1
      ? `\n${each.map((e) => `- ${escapeMarkdown(shown(e), { maxLength: 1000 })}`).join('\n')}\n`
      : '';
  await writeJobSummary(
    `### ❌ loadgate: ${escapeMarkdown(shown(error), { maxLength: 1000 })}\n${list}`,
    log,
    env,
  );
}

function engineRequest(
  inputs: ActionInputs,
  cwd: string,
  baseRef: string | undefined,
  extra: Pick<EngineRequest, 'resolveBaseline' | 'resolveHistory' | 'saveRun'>,
): EngineRequest {
  // Always `check`: with no results in the inputs or in .loadgate.yml it only lints, and results named only
  // in the config are still compared.
  return {
    command: 'check',
    cwd,
    configPath: inputs.configPath,
    paths: inputs.paths.length > 0 ? inputs.paths : undefined,
    baseline: inputs.baseline,
    current: inputs.results.length > 0 ? inputs.results : undefined,
    failOn: inputs.failOn,
    saveRun: extra.saveRun,
    ...(inputs.baselinePath ? { baselinePath: inputs.baselinePath } : {}),
    ...(extra.resolveBaseline ? { resolveBaseline: extra.resolveBaseline } : {}),
    ...(extra.resolveHistory ? { resolveHistory: extra.resolveHistory } : {}),
    env: process.env,
    ...(baseRef ? { baseRef } : {}),
  };
}

/**
 * Registers matchers/loadgate.json for the rest of the job, so `loadgate lint` in a later plain `run:` step
 * (text format) becomes annotations too. The file ships beside dist/ in the action's checkout.
 */
export function registerProblemMatcher(env: NodeJS.ProcessEnv): void {
  if (env.GITHUB_ACTIONS !== 'true') return;
  const here = dirname(fileURLToPath(import.meta.url));
  const matcher = [
    resolve(here, '../matchers/loadgate.json'),
    resolve(here, '../../matchers/loadgate.json'),
  ].find((path) => existsSync(path));
  if (matcher) process.stdout.write(`::add-matcher::${matcher}\n`);
}

function readEvent(env: NodeJS.ProcessEnv, log: Logger): PullRequestRef | PullRequestLookup | undefined {
  const path = env[Env.EventPath];
  if (!path || !existsSync(path)) return undefined;
  try {
    return pullRequestOf(env[Env.EventName], JSON.parse(readFileSync(path, 'utf8')) as unknown);
  } catch (error) {
    log.warning(
      `loadgate could not read the event payload ${path}: ${error instanceof Error ? error.message : String(error)}.`,
    );
    return undefined;
  }
}

function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const server = env[Env.ServerUrl] || 'https://github.com';
  const repo = env[Env.Repository];
  const runId = env[Env.RunId];
  return repo && runId && /^\d+$/.test(runId) ? `${server}/${repo}/actions/runs/${runId}` : undefined;
}

/**
 * Where `dashboard-pages-branch` commits the dashboard: only a push to the default branch publishes, so the
 * page shows the default branch's trend and a pull request never replaces it.
 */
function pagesTarget(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  repo: Repo | undefined,
  log: Logger,
): PagesTarget | undefined {
  if (!inputs.dashboardPagesBranch) return undefined;
  if (!isDefaultBranchPush(env)) {
    log.info(
      'loadgate publishes the dashboard to dashboard-pages-branch only on a push to the default branch.',
    );
    return undefined;
  }
  if (!repo || !inputs.token) {
    log.warning(
      'loadgate cannot publish the dashboard: GITHUB_REPOSITORY or the github-token input is empty.',
    );
    return undefined;
  }
  const client = createClient(inputs.token, env[Env.ApiUrl] || undefined, { log });
  return { client, repo, sha: env[Env.Sha] ?? '' };
}

export async function runAction(inputs: ActionInputs, env: NodeJS.ProcessEnv, log: Logger): Promise<void> {
  const workspace = resolve(env[Env.Workspace] || process.cwd());
  const cwd = resolve(workspace, inputs.workingDirectory);
  const event = inputs.pullRequest ? { number: inputs.pullRequest, fromFork: false } : readEvent(env, log);
  // The pull request's base, to preview how it changes each scenario's load; unreadable or switched off
  // (profile-preview: false, which also spares the fetch) = no preview.
  const baseRef = inputs.profilePreview
    ? readableBaseCommit(workspace, event && 'baseSha' in event ? event.baseSha : undefined, log)
    : undefined;
  // `baseline: auto` (input or config) asks this resolver; upload-baseline on the default branch saves the run.
  const uploadPath = baselineUploadPath(inputs, env, log);
  // `history: true`: the engine asks for the history chain when it has a run to show against it, and a
  // default-branch push appends its saved run (with provenance) to it afterwards.
  const history = inputs.history ? new ActionHistory(inputs, env, log) : undefined;
  const appendsHistory = history !== undefined && isDefaultBranchPush(env);
  const saveRun =
    uploadPath ??
    (inputs.saveRun ||
      (appendsHistory
        ? join(mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), 'loadgate-run-')), 'loadgate-run.json')
        : undefined));
  const result: EngineResult = await runEngine(
    engineRequest(inputs, cwd, baseRef, {
      resolveBaseline: actionBaselineResolver(inputs, env, log),
      ...(history ? { resolveHistory: history.resolve } : {}),
      saveRun,
    }),
  );
  // Which sticky comment (and review comments, and SARIF category) is this step's: the comment-id input,
  // then the config's comment-id, then job-id (the job's id by default).
  const job = sanitizeJobId(inputs.commentId ?? result.config.commentId ?? inputs.jobId);
  const report = rebaseReport(result.report, cwd, workspace);
  const sources = await readSources(report, workspace);
  // Before anything is written: the runner then masks these in the log, whatever prints them.
  const secrets = secretLiterals(report, sources);
  for (const secret of secrets) core.setSecret(secret);

  const jsonPath = inputs.reportFile ? await writeArtifact(cwd, inputs.reportFile, renderJson(report)) : '';
  const sarifPath = inputs.sarifFile
    ? await writeArtifact(
        cwd,
        inputs.sarifFile,
        renderSarif(report, { rules: result.ruleMeta, sources, category: `loadgate/${job}/` }),
      )
    : '';

  // The run file the user asked for (save-run, upload-baseline), not the history's own temporary one.
  const askedRun = uploadPath !== undefined || inputs.saveRun !== '';
  if (result.savedRun === null && askedRun)
    log.warning(
      `loadgate could not save a run file to ${uploadPath ?? inputs.saveRun}: no current result could be read.`,
    );
  setOutputs({
    ...countOutputs(report),
    reportPath: jsonPath,
    sarifPath,
    runPath: askedRun ? (result.savedRun ?? '') : '',
  });
  const baseline =
    uploadPath && result.savedRun
      ? await publishBaseline(inputs, result.savedRun, env, log)
      : { file: '', artifactId: '' };
  core.setOutput(Outputs.BaselineFile, baseline.file);
  core.setOutput(Outputs.BaselineArtifactId, baseline.artifactId);
  const historyOut =
    history && appendsHistory && result.savedRun
      ? await history.publish(result.savedRun, result.config.historyMaxRuns)
      : { file: '', artifactId: '' };
  core.setOutput(Outputs.HistoryFile, historyOut.file);
  core.setOutput(Outputs.HistoryArtifactId, historyOut.artifactId);

  const repo = repositoryOf(env[Env.Repository]);
  if (event && !inputs.token)
    log.warning('loadgate cannot comment on the pull request: the github-token input is empty.');
  const client =
    event && repo && inputs.token
      ? createClient(inputs.token, env[Env.ApiUrl] || undefined, { log })
      : undefined;
  const pr = client && repo && event ? await resolvePullRequest(client, repo, event, log) : undefined;
  // The maturity assessment lints synchronously: parsers that load asynchronously (wasm) are loaded first.
  if (inputs.maturity) await prepareAllAdapters();
  const assessed = inputs.maturity
    ? maturityLine(workspace, pr?.baseSha ?? (event && 'baseSha' in event ? event.baseSha : undefined), log)
    : undefined;
  const maturity = assessed?.line;
  const dashboard = inputs.dashboard
    ? await publishDashboard(
        await writeDashboard(result, report, assessed?.head, cwd, env, log),
        inputs,
        env,
        log,
        pagesTarget(inputs, env, repo, log),
      )
    : { file: '', artifactId: '', pagesCommit: '' };
  core.setOutput(Outputs.DashboardFile, dashboard.file);
  core.setOutput(Outputs.DashboardArtifactId, dashboard.artifactId);
  core.setOutput(Outputs.DashboardPagesCommit, dashboard.pagesCommit);

  let pullFiles: Map<string, PatchLines | undefined> | undefined;
  const anyFindings = report.files.some((f) => f.findings.length > 0);
  if (client && repo && pr && anyFindings) {
    try {
      pullFiles = await listPullFiles(client, repo, pr.number);
    } catch (error) {
      log.warning(
        `loadgate could not list the files of pull request #${pr.number} (${describeFailure(requestFailure(error))}); all findings are listed open.`,
      );
    }
  }
  const changedLines: ChangedLines | undefined = pullFiles ? changedLinesOf(pullFiles) : undefined;

  const policy = inputs.comment ?? result.config.comment;
  // A regression has no file: its annotation only repeats the comment, so it is made when no comment is.
  const commented = pr !== undefined && policy !== 'never';
  const annotated = emitAnnotations(report, coreAnnotations, {
    changed: changedLines,
    regressions: !commented,
    secrets,
  });
  if (annotated.overShownLimit || annotated.emitted < annotated.total) {
    log.info(
      `GitHub shows at most ${SHOWN_PER_LEVEL} error and ${SHOWN_PER_LEVEL} warning annotations per step; ` +
        `${annotated.emitted} of ${annotated.total} were emitted, findings on the pull request's changes first, and the job summary lists them all.`,
    );
  }

  const reportUrl = runUrl(env);
  const headSha = pr?.headSha ?? env[Env.Sha];
  const repository = env[Env.Repository];
  const links =
    repository && headSha
      ? { serverUrl: env[Env.ServerUrl] || 'https://github.com', repository, sha: headSha }
      : undefined;
  const common: MarkdownOptions = {
    job,
    changedLines,
    sources,
    maturity,
    links,
    currentLabel: pr ? 'this PR' : 'this commit',
    // `history.path` in the config: the trend of the default branch's runs (docs/history.md).
    ...trendOption(result.history, pr ? 'this PR' : 'this commit', log),
    reportFiles: [jsonPath, sarifPath].filter(Boolean).map((p) => reportPath(p, workspace)),
  };
  await writeJobSummary(renderMarkdown(report, { ...common, target: 'summary' }), log, env);

  if (client && repo && pr) {
    const comment = await publishComment({
      client,
      repo,
      pullNumber: pr.number,
      job,
      body: renderMarkdown(report, { ...common, target: 'comment', maxLength: COMMENT_BUDGET, reportUrl }),
      decision: decideComment(policy, report),
      fromFork: pr.fromFork,
      log,
    });
    // A token that may not comment may not review either: one warning is enough.
    if (inputs.review && policy !== 'never' && pullFiles && comment.status !== 'not-permitted') {
      await publishReview({
        client,
        repo,
        pullNumber: pr.number,
        job,
        commitId: pr.headSha,
        planned: planReview(report, sources, pullFiles, job),
        lintedPaths: new Set(report.files.map((f) => f.path)),
        self: 'author' in comment ? comment.author : undefined,
        fromFork: pr.fromFork,
        log,
      });
    }
  }

  if (exitCodeFor(report) !== 0) core.setFailed(failureMessage(report));
}

/** The pull request to report on; a `workflow_run` for a fork's pull request is looked up by its head. */
async function resolvePullRequest(
  client: GitHubClient,
  repo: Repo,
  event: PullRequestRef | PullRequestLookup,
  log: Logger,
): Promise<PullRequestRef | undefined> {
  if (!('lookup' in event)) return event;
  try {
    const found = await findPullRequest(client, repo, event);
    if (!found) {
      log.info(
        `loadgate found no open pull request for ${event.lookup.headOwner}:${event.lookup.headBranch} at ${event.lookup.headSha.slice(0, 12)}; nothing to comment on.`,
      );
    }
    return found;
  } catch (error) {
    const failure = requestFailure(error);
    if (isNotPermitted(failure)) {
      log.warning(
        refusedWarning('find the pull request to comment', 0, describeFailure(failure), event.fromFork),
      );
    } else {
      log.warning(
        `loadgate could not find the pull request of the triggering run (${describeFailure(failure)}).`,
      );
    }
    return undefined;
  }
}

/** The maturity section; an assessment that fails is logged and left out, never failing the step. */
function maturityLine(
  workspace: string,
  baseSha: string | undefined,
  log: Logger,
): PullRequestMaturity | undefined {
  try {
    const result = pullRequestMaturity(workspace, baseSha, log);
    core.setOutput(Outputs.MaturityLevel, result.head.level);
    return result;
  } catch (error) {
    log.warning(
      `loadgate could not assess the repository's maturity: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
}

function trendOption(
  history: EngineResult['history'],
  currentLabel: string,
  log: Logger,
): { trend?: string } {
  if (!history) return {};
  if (history.problem) log.warning(`history: ${history.problem}; the report goes on without it`);
  const trend = trendFor(history, currentLabel);
  return trend ? { trend } : {};
}
