import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HISTORY_SCHEMA, HistoryError, parseHistory } from '../../history/store.js';
import { downloadLatestArtifact, type AutoBaselineRequest } from './baseline.js';
import { readZip, ZipError } from './unzip.js';

/** The name the history file has inside its artifact (and in RUNNER_TEMP). */
export const HISTORY_FILE = 'loadgate-history.jsonl';

/**
 * What was found of the history chain, and so what a default-branch run may do with it:
 * - `found`: the history, written to `file`; append and upload it again.
 * - `none`: no history yet, or it expired or is unreadable; a new one starts with this run.
 * - `keep`: there is one this run must not replace: of a newer schema (a newer loadgate keeps it), or it
 *   could not be looked up (a 403, an outage), when uploading a one-run history would cut the chain.
 */
export type HistoryFetch =
  | { kind: 'found'; file: string; label: string; runs: number }
  | { kind: 'none'; note: string }
  | { kind: 'keep'; note: string };

/**
 * The history file in the latest `history-artifact` of this workflow's successful push runs on the base
 * branch (the same search as `baseline: auto`). Never throws: every problem is a note for the log.
 */
export async function fetchHistory(request: AutoBaselineRequest): Promise<HistoryFetch> {
  const latest = await downloadLatestArtifact(request);
  if (latest.kind === 'failed') return { kind: 'keep', note: latest.note };
  if (latest.kind === 'missing') return { kind: 'none', note: latest.note };
  const { zip, label } = latest;
  let entries;
  try {
    entries = readZip(zip, (name) => !name.endsWith('/'));
  } catch (error) {
    const why = error instanceof ZipError ? error.message : String(error);
    return { kind: 'none', note: `${label} is not a readable zip (${why}); a new history starts` };
  }
  // The history file by its name, else the one file the artifact holds (a name changed by hand).
  const entry =
    entries.find((e) => e.name === HISTORY_FILE) ?? (entries.length === 1 ? entries[0] : undefined);
  if (!entry) return { kind: 'none', note: `${label} holds no ${HISTORY_FILE}; a new history starts` };
  const text = new TextDecoder('utf-8', { fatal: false }).decode(entry.data);
  let runs: number;
  try {
    runs = parseHistory(text, `${request.artifact}/${entry.name}`).entries.length;
  } catch (error) {
    const reason = error instanceof HistoryError ? error.message : String(error);
    if (error instanceof HistoryError && /upgrade loadgate/.test(error.reason))
      return { kind: 'keep', note: `${label}: ${reason}; it is left as it is` };
    return {
      kind: 'none',
      note: `${label} is not a readable ${HISTORY_SCHEMA} file (${reason}); a new history starts`,
    };
  }
  const dir = mkdtempSync(join(request.env.RUNNER_TEMP || tmpdir(), 'loadgate-history-'));
  const file = join(dir, HISTORY_FILE);
  writeFileSync(file, text, 'utf8');
  return { kind: 'found', file, label, runs };
}
