/** Result formats loadgate reads. Adding a format adds a reader to `readers.ts`. */
export type ResultFormat =
  'loadgate-run' | 'k6-summary' | 'k6-summary-export' | 'k6-machine-readable-summary' | 'artillery-report';

/** How trustworthy a percentile is: computed from every sample, from a sketch, from buckets, or only as reported. */
export type PercentileQuality = 'exact' | 'sketch' | 'bucketed' | 'reported-only';

export interface LatencyStats {
  /** Milliseconds. Any statistic the source does not give is absent, never 0. */
  min?: number;
  mean?: number;
  median?: number;
  max?: number;
  p90?: number;
  p95?: number;
  p99?: number;
}

/** Aggregates for one endpoint (or the whole run). */
export interface EndpointStats {
  /** The name as the tool names it (`GET /api/items`, `http_req_duration{name:checkout}`, `/login`). */
  name: string;
  method?: string;
  path?: string;
  /** Requests counted. */
  count?: number;
  /** Failed requests counted. */
  errors?: number;
  /** Failed / total, 0..1. */
  errorRate?: number;
  /** Requests per second over the run. */
  throughput?: number;
  latency: LatencyStats;
  quality: PercentileQuality;
  /** Error counts by kind (HTTP status, error code), when known. */
  errorsByKind?: Record<string, number>;
}

/** What load was offered, to tell whether two runs can be compared at all. */
export interface LoadProfile {
  maxVUs?: number;
  /** Arrivals per second, for open-model runs. */
  arrivalRate?: number;
  durationSec?: number;
  iterations?: number;
}

export interface ThresholdResult {
  metric: string;
  expression: string;
  ok: boolean;
}

/** A tool-neutral run: the baseline artifact is this object serialized (`schema: loadgate/run@1`). */
export interface Run {
  schema: 'loadgate/run@1';
  source: { tool: string; format: ResultFormat; version?: string; file: string };
  profile: LoadProfile;
  overall: EndpointStats;
  endpoints: EndpointStats[];
  /** The tool's own pass/fail results, when the file has them. */
  thresholds: ThresholdResult[];
  /** Checks or expectations, when the file has them. */
  checks?: { passes: number; fails: number };
  /** Run metadata: commit, branch, timestamp, when known. */
  meta?: { commit?: string; ref?: string; createdAt?: string };
}

/** A problem reading a result file: reported with path and line, the rest of the run goes on. */
export interface ReadDiagnostic {
  file: string;
  message: string;
  line?: number;
}

export interface ReadResult {
  run?: Run;
  diagnostics: ReadDiagnostic[];
  /** The format of the file read (a run file says `loadgate-run`, whatever tool its run came from). */
  format?: ResultFormat;
}

/** One result format's reader. `sniff` looks at the start of the file only. */
export interface ResultReader {
  format: ResultFormat;
  tool: string;
  /** Does the beginning of the file look like this format? */
  sniff(head: string, file: string): boolean;
  /** Reads the whole document (summary formats are small and bounded); streaming formats override `readStream`. */
  read(text: string, file: string): ReadResult;
  /**
   * Reads a large raw stream (k6 NDJSON, JTL) chunk by chunk without holding the file. Optional: the node
   * layer uses it when present and falls back to `read` otherwise.
   */
  readStream?(input: AsyncIterable<string>, file: string): Promise<ReadResult>;
  /** File names this format usually has: only breaks a tie when several readers claim the same content. */
  fileNameHint?: RegExp;
}
