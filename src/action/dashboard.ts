import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EngineResult } from '../engine/run.js';
import { writeArtifact } from '../engine/artifacts.js';
import { entryOf } from '../history/store.js';
import type { MaturityReport } from '../maturity/model.js';
import type { Report } from '../report/model.js';
import type { ActionInputs } from './inputs.js';
import type { Logger } from './logger.js';
import { uploadArtifactFile } from './artifacts/upload.js';
import { writeBranchFile } from './publish/branch-file.js';
import type { GitHubClient, Repo } from './publish/github.js';

export const DASHBOARD_FILE = 'loadgate-dashboard.html';

/** Where the dashboard went: the file, the artifact's id and the Pages branch's commit ('' for each not made). */
export interface DashboardPublished {
  file: string;
  artifactId: string;
  pagesCommit: string;
}

/** Where a default-branch push commits the dashboard, with a client that may write there. */
export interface PagesTarget {
  client: GitHubClient;
  repo: Repo;
  sha: string;
}

/**
 * The `dashboard` input end to end: written, uploaded as the `dashboard-artifact` of this run (when the
 * runner gives the results service's credentials), and, on a push to the default branch with
 * `dashboard-pages-branch`, committed to that branch for GitHub Pages to serve. Each step that cannot be
 * done is a note, and the others still happen; the step's verdict never depends on them.
 */
export async function publishDashboard(
  file: string,
  inputs: Pick<
    ActionInputs,
    'dashboardArtifact' | 'dashboardPagesBranch' | 'dashboardPagesPath' | 'retentionDays'
  >,
  env: NodeJS.ProcessEnv,
  log: Logger,
  pages: PagesTarget | undefined,
): Promise<DashboardPublished> {
  const published: DashboardPublished = { file, artifactId: '', pagesCommit: '' };
  if (!file) return published;
  const upload = await uploadArtifactFile({
    name: inputs.dashboardArtifact,
    file,
    env,
    log,
    ...(inputs.retentionDays ? { retentionDays: inputs.retentionDays } : {}),
  });
  if (upload.kind === 'uploaded') {
    published.artifactId = String(upload.id);
    log.info(`loadgate uploaded the dashboard as artifact ${inputs.dashboardArtifact} (id ${upload.id}).`);
  } else {
    const advice = `it is named in the dashboard-file output, for an actions/upload-artifact step`;
    if (upload.kind === 'unavailable')
      log.info(`loadgate did not upload the dashboard: ${upload.note}; ${advice}.`);
    else log.warning(`loadgate did not upload the dashboard: ${upload.note}; ${advice}.`);
  }
  if (inputs.dashboardPagesBranch && pages) {
    const where = `${inputs.dashboardPagesBranch}:${inputs.dashboardPagesPath}`;
    const outcome = await writeBranchFile(pages.client, pages.repo, {
      branch: inputs.dashboardPagesBranch,
      path: inputs.dashboardPagesPath,
      content: await readFile(file, 'utf8'),
      message: `loadgate: trend dashboard of ${pages.sha.slice(0, 7) || 'this run'}`,
    });
    if (outcome.kind === 'written') {
      published.pagesCommit = outcome.commit;
      log.info(
        `loadgate committed the dashboard to ${where} (${outcome.created ? 'a new branch, ' : ''}commit ${outcome.commit.slice(0, 7)}); GitHub Pages serves it when the repository deploys from that branch.`,
      );
    } else if (outcome.kind === 'unchanged') {
      log.info(`loadgate left ${where} as it was: the dashboard did not change.`);
    } else {
      log.warning(`loadgate could not commit the dashboard to ${where}: ${outcome.note}.`);
    }
  }
  return published;
}

/**
 * The `dashboard` input: the trend dashboard (`loadgate report --html`) of this step, written to RUNNER_TEMP
 * (else the working directory) to upload and keep. Drawn from
 * the history (`history.path`) with this run last, or this run alone; the comparison and analysis are the
 * report's. Returns the file's absolute path, or '' when there is no run to draw; never fails the step.
 */
export async function writeDashboard(
  result: EngineResult,
  report: Report,
  maturity: MaturityReport | undefined,
  cwd: string,
  env: NodeJS.ProcessEnv,
  log: Logger,
): Promise<string> {
  const history = result.history;
  const current = history?.current ?? (result.current ? entryOf(result.current) : undefined);
  const entries = [...(history?.entries ?? []), ...(current ? [current] : [])];
  if (entries.length === 0) {
    log.info('loadgate wrote no dashboard: no result was read and no history is configured.');
    return '';
  }
  try {
    const { renderDashboard } = await import('../report/dashboard/html.js');
    const html = renderDashboard({
      entries,
      labels: entries.map((_, i) => (current && i === entries.length - 1 ? 'this run' : undefined)),
      ...(report.comparison ? { comparison: report.comparison } : {}),
      ...(report.analysis ? { analysis: report.analysis } : {}),
      ...(maturity ? { maturity } : {}),
      ...(history ? { shifts: history.shifts } : {}),
    });
    return await writeArtifact(cwd, join(env.RUNNER_TEMP || cwd, DASHBOARD_FILE), html);
  } catch (error) {
    log.warning(
      `loadgate could not write the dashboard: ${error instanceof Error ? error.message : String(error)}`,
    );
    return '';
  }
}
