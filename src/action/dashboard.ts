import { join } from 'node:path';
import type { EngineResult } from '../engine/run.js';
import { writeArtifact } from '../engine/artifacts.js';
import { entryOf } from '../history/store.js';
import type { MaturityReport } from '../maturity/model.js';
import type { Report } from '../report/model.js';
import type { Logger } from './logger.js';

export const DASHBOARD_FILE = 'loadgate-dashboard.html';

/**
 * The `dashboard` input: the trend dashboard (`loadgate report --html`) of this step, written to RUNNER_TEMP
 * (else the working directory) for an `actions/upload-artifact` step, or a Pages branch, to keep. Drawn from
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
