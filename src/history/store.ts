import type { EndpointStats, Run } from '../results/model.js';

/**
 * The history store: one compact summary per default-branch run, oldest first, for change-point detection
 * and the trend chart. JSON Lines: a header line, then one entry per line, so an append is one line and a
 * diff of the data branch shows one run per line. Schema: docs/history.schema.json.
 */
export const HISTORY_SCHEMA = 'loadgate/history@1';
export const DEFAULT_MAX_RUNS = 100;

/** The numbers kept per endpoint and for the run as a whole; any the run lacks is absent, never 0. */
export interface HistoryStats {
  count?: number;
  /** Failed / total, 0..1. */
  errorRate?: number;
  /** Requests per second. */
  throughput?: number;
  /** Milliseconds. */
  p50?: number;
  p95?: number;
  p99?: number;
}

export interface HistoryEntry {
  /** The commit the run tested, when known. */
  commit?: string;
  ref?: string;
  /** `GITHUB_RUN_ID`, and the attempt: re-runs of one workflow run replace each other. */
  runId?: string;
  runAttempt?: string;
  /** When the run was recorded (the run file's provenance, else the time of the append), ISO 8601. */
  time: string;
  tool: string;
  overall: HistoryStats;
  /** By endpoint name as the report names it. */
  endpoints: Record<string, HistoryStats>;
}

export interface History {
  schema: typeof HISTORY_SCHEMA;
  /** Oldest entries are dropped beyond this many. */
  maxRuns: number;
  entries: HistoryEntry[];
}

export function emptyHistory(maxRuns = DEFAULT_MAX_RUNS): History {
  return { schema: HISTORY_SCHEMA, maxRuns, entries: [] };
}

function statsOf(row: EndpointStats): HistoryStats {
  const s: HistoryStats = {};
  if (row.count !== undefined) s.count = row.count;
  const errorRate =
    row.errorRate ?? (row.errors !== undefined && row.count ? row.errors / row.count : undefined);
  if (errorRate !== undefined) s.errorRate = round(errorRate, 6);
  if (row.throughput !== undefined) s.throughput = round(row.throughput, 3);
  if (row.latency.median !== undefined) s.p50 = round(row.latency.median, 3);
  if (row.latency.p95 !== undefined) s.p95 = round(row.latency.p95, 3);
  if (row.latency.p99 !== undefined) s.p99 = round(row.latency.p99, 3);
  return s;
}

/** Rounded so the file stays small; far finer than any run-to-run difference. */
function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** The summary of one run; `now` stands in for the time when the run has no provenance. */
export function entryOf(run: Run, now: Date = new Date()): HistoryEntry {
  const p = run.provenance;
  const commit = p?.commit ?? run.meta?.commit;
  const ref = p?.ref ?? run.meta?.ref;
  const endpoints: Record<string, HistoryStats> = {};
  for (const e of run.endpoints) if (e.kind !== 'transaction') endpoints[e.name] = statsOf(e);
  return {
    ...(commit ? { commit } : {}),
    ...(ref ? { ref } : {}),
    ...(p?.runId ? { runId: p.runId } : {}),
    ...(p?.runAttempt ? { runAttempt: p.runAttempt } : {}),
    time: p?.createdAt ?? run.meta?.createdAt ?? now.toISOString(),
    tool: run.source.tool,
    overall: statsOf(run.overall),
    endpoints,
  };
}

/**
 * Adds entries, oldest first by time, then keeps the newest `maxRuns`. An entry of a workflow run already
 * present (same run id) replaces it, so re-running a job does not count one commit twice.
 */
export function appendEntries(
  history: History,
  added: readonly HistoryEntry[],
  maxRuns = history.maxRuns,
): History {
  let entries = [...history.entries];
  for (const entry of added) {
    if (entry.runId) entries = entries.filter((e) => e.runId !== entry.runId);
    entries.push(entry);
  }
  // A stable sort: entries recorded at the same instant keep the order they were appended in.
  entries.sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
  return { schema: HISTORY_SCHEMA, maxRuns, entries: entries.slice(Math.max(0, entries.length - maxRuns)) };
}

export function serializeHistory(history: History): string {
  const header = JSON.stringify({ schema: history.schema, maxRuns: history.maxRuns });
  return [header, ...history.entries.map((e) => JSON.stringify(e))].join('\n') + '\n';
}

/** A problem in a history file, with its line: the caller reports it and goes on without the history. */
export class HistoryError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

const STAT_KEYS = ['count', 'errorRate', 'throughput', 'p50', 'p95', 'p99'] as const;

function checkStats(value: unknown): value is HistoryStats {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.entries(value).every(
    ([k, v]) => (STAT_KEYS as readonly string[]).includes(k) && typeof v === 'number' && Number.isFinite(v),
  );
}

function checkEntry(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'an entry must be a JSON object';
  const e = value as Record<string, unknown>;
  if (typeof e.time !== 'string' || Number.isNaN(Date.parse(e.time)))
    return '"time" must be an ISO 8601 date';
  if (typeof e.tool !== 'string') return '"tool" must be a string';
  for (const key of ['commit', 'ref', 'runId', 'runAttempt'])
    if (e[key] !== undefined && typeof e[key] !== 'string') return `"${key}" must be a string`;
  if (!checkStats(e.overall)) return `"overall" must hold only numbers among ${STAT_KEYS.join(', ')}`;
  if (!e.endpoints || typeof e.endpoints !== 'object' || Array.isArray(e.endpoints))
    return '"endpoints" must be an object of endpoint names';
  for (const [name, stats] of Object.entries(e.endpoints))
    if (!checkStats(stats)) return `endpoint "${name}" must hold only numbers among ${STAT_KEYS.join(', ')}`;
  return undefined;
}

/**
 * Reads a history file. An empty file is an empty history (a first run creates it). A newer schema, a bad
 * header or a bad entry is a HistoryError naming the line: a history is never half read.
 */
export function parseHistory(text: string, file: string): History {
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return emptyHistory();
  let header: unknown;
  try {
    header = JSON.parse(lines[first]!);
  } catch {
    throw new HistoryError(
      file,
      first + 1,
      `not a loadgate history file (expected a "${HISTORY_SCHEMA}" header line)`,
    );
  }
  const schema = (header as { schema?: unknown } | null)?.schema;
  if (typeof schema !== 'string' || !schema.startsWith('loadgate/history@'))
    throw new HistoryError(
      file,
      first + 1,
      `not a loadgate history file (expected a "${HISTORY_SCHEMA}" header line)`,
    );
  if (schema !== HISTORY_SCHEMA)
    throw new HistoryError(
      file,
      first + 1,
      `schema "${schema}" is not readable by this loadgate (reads ${HISTORY_SCHEMA}); upgrade loadgate`,
    );
  const maxRuns = (header as { maxRuns?: unknown }).maxRuns;
  const history = emptyHistory(
    typeof maxRuns === 'number' && Number.isInteger(maxRuns) && maxRuns > 0 ? maxRuns : DEFAULT_MAX_RUNS,
  );
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new HistoryError(file, i + 1, `not valid JSON (${(error as Error).message})`);
    }
    const problem = checkEntry(value);
    if (problem) throw new HistoryError(file, i + 1, problem);
    history.entries.push(value as HistoryEntry);
  }
  return history;
}
