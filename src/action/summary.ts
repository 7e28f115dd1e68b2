import { constants } from 'node:fs';
import { access, appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';
import type { Logger } from './logger.js';

/**
 * Appends the report to the job summary; without a summary file (local runs) it says so and goes on. It
 * writes what `core.summary.addRaw(markdown, true).write()` writes, with its checks and messages, but reads
 * GITHUB_STEP_SUMMARY from `env` on every call: `core.summary` keeps the path of its first call for the
 * life of the process, so two runs of the action in one process (the tests' in-process runs) would share
 * the first one's file.
 */
export async function writeJobSummary(
  markdown: string,
  log: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<boolean> {
  const file = env.GITHUB_STEP_SUMMARY;
  try {
    if (!file)
      throw new Error(
        'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
      );
    try {
      await access(file, constants.R_OK | constants.W_OK);
    } catch {
      throw new Error(
        `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`,
      );
    }
    await appendFile(file, `${markdown}${EOL}`, { encoding: 'utf8' });
    return true;
  } catch (error) {
    log.info(`loadgate wrote no job summary: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
