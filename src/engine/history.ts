import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  findShifts,
  limitsFromThresholds,
  ratchetProposals,
  type RatchetProposal,
  type Shift,
} from '../history/analyze.js';
import {
  appendEntries,
  emptyHistory,
  entryOf,
  parseHistory,
  serializeHistory,
  type History,
  type HistoryEntry,
} from '../history/store.js';
import type { ReadDiagnostic, Run } from '../results/model.js';
import { writeArtifact } from './artifacts.js';
import { reportPath } from './paths.js';
import { readResultFile } from './read-result-file.js';
import { UsageError } from './usage-error.js';
import { givenFiles } from './given-files.js';

/**
 * Reads a history file; a missing one is an empty history when `missingOk` (the first `append` creates it).
 * A bad file is a UsageError naming path and line: a history is never half read.
 */
export async function readHistoryFile(cwd: string, file: string, missingOk: boolean): Promise<History> {
  const absolute = resolve(cwd, file);
  const path = reportPath(absolute, cwd);
  if (!existsSync(absolute)) {
    if (missingOk) return emptyHistory();
    throw new UsageError(`${path}: history file does not exist`, { help: false });
  }
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: cannot read the history file (${(error as NodeJS.ErrnoException).code})`, {
      help: false,
    });
  }
  try {
    return parseHistory(text, path);
  } catch (error) {
    throw new UsageError((error as Error).message, { help: false });
  }
}

export interface AppendRequest {
  cwd: string;
  history: string;
  /** Each argument one run: a run file or any result file a reader knows; globs expand to several runs. */
  runs: readonly string[];
  maxRuns?: number;
  now?: Date;
}

export interface AppendResult {
  history: History;
  added: HistoryEntry[];
  written: string;
  diagnostics: ReadDiagnostic[];
}

/** `loadgate history append`: reads each run, adds its summary, prunes, and writes the file back. */
export async function appendToHistory(request: AppendRequest): Promise<AppendResult> {
  const before = await readHistoryFile(request.cwd, request.history, true);
  const diagnostics: ReadDiagnostic[] = [];
  const added: HistoryEntry[] = [];
  for (const given of request.runs) {
    for (const { absolute, path } of givenFiles(request.cwd, given, diagnostics)) {
      const result = await readResultFile(absolute, path);
      diagnostics.push(...result.diagnostics);
      if (result.run) added.push(entryOf(result.run, request.now));
    }
  }
  const history = appendEntries(before, added, request.maxRuns ?? before.maxRuns);
  let written = resolve(request.cwd, request.history);
  if (added.length > 0) {
    try {
      written = await writeArtifact(request.cwd, request.history, serializeHistory(history));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new UsageError(`cannot write the history file ${request.history} (${code})`, { help: false });
    }
  }
  return { history, added, written, diagnostics };
}

/** What the report shows of the history: the runs, their lasting shifts and limits worth tightening. */
export interface HistoryView {
  /** The history file, as reports name paths. */
  file: string;
  entries: HistoryEntry[];
  /** This run's summary, drawn last and marked; not part of the history. */
  current?: HistoryEntry;
  shifts: Shift[];
  proposals: RatchetProposal[];
  /** Runs shown in the chart. */
  runs: number;
  /** Set instead of the rest when the history could not be read: the run goes on without it. */
  problem?: string;
}

/**
 * The history for `check`/`compare --history FILE` (or `history.path` in the config, relative to it). A
 * missing file is an empty history (the first default-branch run has not appended yet); a bad one is a note,
 * never a failed run.
 */
export async function historyView(
  cwd: string,
  file: string,
  current: Run | undefined,
  runs = 20,
): Promise<HistoryView> {
  const path = reportPath(resolve(cwd, file), cwd);
  let history: History;
  try {
    history = await readHistoryFile(cwd, file, true);
  } catch (error) {
    return { file: path, entries: [], shifts: [], proposals: [], runs, problem: (error as Error).message };
  }
  const entries = history.entries;
  const limits = current ? limitsFromThresholds(current.thresholds) : [];
  return {
    file: path,
    entries,
    ...(current ? { current: entryOf(current) } : {}),
    shifts: findShifts(entries),
    proposals: ratchetProposals(entries, limits),
    runs,
  };
}
