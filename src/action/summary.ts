import * as core from '@actions/core';
import type { Logger } from './logger.js';

/** Appends the report to the job summary; without a summary file (local runs) it says so and goes on. */
export async function writeJobSummary(markdown: string, log: Logger): Promise<boolean> {
  try {
    await core.summary.addRaw(markdown, true).write();
    return true;
  } catch (error) {
    log.info(`loadgate wrote no job summary: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
