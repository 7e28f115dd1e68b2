import type { Tally } from './raw/tally.js';
import type { DDSketch } from './sketch/ddsketch.js';

/** Result formats loadgate reads. Adding a format adds a reader to `readers.ts`. */
export type ResultFormat =
  | 'loadgate-run'
  | 'k6-summary'
  | 'k6-summary-export'
  | 'k6-machine-readable-summary'
  | 'artillery-report'
  | 'k6-ndjson'
  | 'k6-csv'
  | 'jmeter-jtl-csv'
  | 'jmeter-jtl-xml'
  | 'jmeter-statistics-json'
  | 'gatling-simulation-log'
  | 'gatling-binary-log'
  | 'gatling-stats-json'
  | 'gatling-global-stats-json'
  | 'locust-stats-csv'
  | 'locust-history-csv'
  | 'locust-failures-csv'
  | 'locust-exceptions-csv'
  | 'locust-json'
  | 'locust-worker-ldjson'
  | 'locust-log'
  | 'taurus-final-stats-xml'
  | 'taurus-final-stats-csv'
  | 'taurus-junit-xml'
  | 'autocannon-json';

/**
 * What a latency measures: the whole request (k6 `http_req_duration`, JMeter `elapsed`, Gatling), time to
 * first byte (Artillery `http.response_time`, JMeter `Latency`) or a group's cumulated response time (Gatling).
 */
export type LatencyKind = 'total' | 'ttfb' | 'group-cumulated';

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
  /** What the latency measures, when the reader knows. */
  latencyKind?: LatencyKind;
  /**
   * `transaction`: a JMeter Transaction Controller parent or a Gatling group (its children are the requests, so
   * it is not in the overall row). Absent for ordinary requests.
   */
  kind?: 'transaction';
  /**
   * The latency sketch the percentiles came from, when the run was read from raw samples or a `run@2` file:
   * what lets runs merge exactly. Written encoded (`src/results/sketch/encode.ts`), never as an object.
   */
  sketch?: DDSketch;
  /**
   * Mean time per request in each phase, ms, when the format records phases (k6 `http_req_blocked` ...
   * `http_req_receiving`; JMeter `Connect` and `Latency`): on the overall row and, from raw samples (k6
   * --out json, a JTL), on each endpoint's row. The latency breakdown detector (`src/analyze/latency-phases.ts`)
   * reads it.
   */
  phases?: LatencyPhases;
}

/** Mean ms per request spent in each phase of a request; a phase the format does not record is absent. */
export interface LatencyPhases {
  /** Waiting for a free connection slot and DNS (k6 `http_req_blocked`). */
  blocked?: number;
  /** Opening the TCP connection (k6 `http_req_connecting`, JMeter `Connect`). */
  connecting?: number;
  tlsHandshaking?: number;
  sending?: number;
  /** Waiting for the first byte: the server's time (k6 `http_req_waiting`, JMeter `Latency − Connect`). */
  waiting?: number;
  /** Reading the response (k6 `http_req_receiving`, JMeter `elapsed − Latency`). */
  receiving?: number;
}

/** The phase names a raw-sample reader reports to `SampleSink.phase`. */
export type LatencyPhase = keyof LatencyPhases;

/** One time window of a run read from raw samples (default 10 s). */
export interface WindowStats {
  /** Window start, epoch milliseconds. */
  start: number;
  durationSec: number;
  count: number;
  errors: number;
  p50?: number;
  p95?: number;
  p99?: number;
  /** Highest number of active virtual users (threads) seen in the window, when the file has it. */
  vus?: number;
  /** Virtual users started in the window (Artillery `vusers.created`): the offered load of an open model. */
  arrivals?: number;
  /** The window's latency sketch, as on `EndpointStats.sketch`. */
  sketch?: DDSketch;
}

/** How request names were folded into endpoint rows (ids to `{id}`, a cap on rows). */
export interface EndpointFolding {
  /** Requests whose name had an id, UUID, hash or token folded into `{id}`. */
  templatedRequests: number;
  /** Endpoint rows that hold templated names. */
  templates: number;
  /** Requests beyond the row cap, counted in the `(other endpoints)` row. */
  overflowRequests: number;
  /** Distinct names beyond the row cap (counted up to a bound; see `overflowNamesCapped`). */
  overflowNames: number;
  overflowNamesCapped?: boolean;
  maxRows: number;
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

/**
 * Where a run came from, recorded when it is written (`ingest`, `--save-run`): the commit and workflow run
 * from `GITHUB_*` when present, the tool and the files read. A report names the baseline by it.
 */
export interface Provenance {
  /** The commit the run tested (`GITHUB_SHA`). */
  commit?: string;
  /** The branch or tag (`GITHUB_HEAD_REF` on a pull request, else `GITHUB_REF` without `refs/heads/`). */
  ref?: string;
  /** `GITHUB_REPOSITORY`, owner/name. */
  repository?: string;
  /** `GITHUB_WORKFLOW`. */
  workflow?: string;
  /** `GITHUB_RUN_ID`. */
  runId?: string;
  /** `GITHUB_RUN_ATTEMPT`. */
  runAttempt?: string;
  /** When the run file was written, ISO 8601. */
  createdAt: string;
  /** The load-testing tool and its version, as the result files say. */
  tool: { name: string; version?: string };
  /** The result files read, as given, with their formats. */
  sources: { file: string; format: ResultFormat }[];
  /** The loadgate version that wrote the file. */
  loadgate: string;
}

/**
 * A tool-neutral run: the baseline artifact is this object serialized (`src/results/run-file.ts`, always
 * `loadgate/run@2`). `schema` says which version a run was read as; readers of tool formats may say either.
 */
export interface Run {
  schema: 'loadgate/run@1' | 'loadgate/run@2';
  source: { tool: string; format: ResultFormat; version?: string; file: string };
  profile: LoadProfile;
  overall: EndpointStats;
  endpoints: EndpointStats[];
  /** The tool's own pass/fail results, when the file has them. */
  thresholds: ThresholdResult[];
  /** Checks or expectations, when the file has them. */
  checks?: { passes: number; fails: number };
  /** Per-window time series, when the run was read from raw samples. */
  series?: WindowStats[];
  /** How request names were folded into rows, when any were. */
  folding?: EndpointFolding;
  /** Run metadata: commit, branch, timestamp, when known (`run@1`; `provenance` supersedes it). */
  meta?: { commit?: string; ref?: string; createdAt?: string };
  /** First and last sample times, epoch ms, when the run was read from raw samples: merged runs span both. */
  span?: { start: number; end: number };
  /** Where the run came from (`run@2`). */
  provenance?: Provenance;
  /** What the tool says about delivering the intended load, when it says anything (`src/compare/validity.ts`). */
  delivery?: LoadDelivery;
}

/**
 * Signs that a run did not deliver the load it was meant to: k6 `dropped_iterations` (an arrival-rate
 * executor had no free VU), Artillery virtual users that failed before any response (the load generator ran
 * out of sockets or timed out), a test that was aborted.
 */
export interface LoadDelivery {
  /** k6 `dropped_iterations` count. */
  droppedIterations?: number;
  /** Artillery `vusers.created` and `vusers.failed`. */
  vusersCreated?: number;
  vusersFailed?: number;
  /** The test was aborted (k6 `abortOnFail`, `test.abort()`), when the file says so. */
  aborted?: boolean;
  /** The load generator warned that its CPU was over its threshold (Locust's log). */
  cpuWarnings?: GeneratorCpuWarnings;
}

/**
 * A load generator's own warnings that its CPU limited it: Locust logs "CPU usage above 90%! This may
 * constrain your throughput and may even give inconsistent response time measurements!" once per process
 * (and, on a master, "Worker … exceeded cpu threshold" once per worker).
 */
export interface GeneratorCpuWarnings {
  tool: string;
  /** Warning lines: one per process that went over. */
  count: number;
  /** The threshold the tool named (Locust: 90). */
  thresholdPct?: number;
  /** Workers that went over (a Locust master's log). */
  workers?: number;
  /** When the first warning was logged, as the log writes it (the generator's local clock, no zone). */
  firstAt?: string;
  /** Seconds from the log's first line to the first warning: how far into the run the CPU ran out. */
  offsetSec?: number;
  host?: string;
  /** The log file, and the line of the first warning. */
  file?: string;
  line?: number;
}

/** A problem reading a result file: reported with path and line, the rest of the run goes on. */
export interface ReadDiagnostic {
  file: string;
  message: string;
  line?: number;
  /** `warning`: the run was still read (a truncated stream's samples before the cut). Default `error`. */
  severity?: 'error' | 'warning';
}

export interface ReadResult {
  run?: Run;
  diagnostics: ReadDiagnostic[];
  /** The format of the file read (a run file says `loadgate-run`, whatever tool its run came from). */
  format?: ResultFormat;
  /** For several files read as one run: each file's own format, by path (a Locust stats file and its history). */
  fileFormats?: Record<string, ResultFormat>;
}

/** One result format's reader. `sniff` looks at the start of the file only. */
export interface ResultReader {
  format: ResultFormat;
  tool: string;
  /** Does the beginning of the file look like this format? */
  sniff(head: string, file: string): boolean;
  /**
   * For a JSON format: does the parsed document have this format's structure? Asked when the head of a file
   * longer than it names no format, because the keys that tell the format come later (a k6 summary written
   * `root_group` first, with thousands of checks).
   */
  sniffDocument?(document: unknown): boolean;
  /**
   * Reads the whole document: summary formats, which are small and bounded. Absent for raw-sample streams.
   * `companions` holds the text of the `companions` files found beside it (file name → text).
   */
  read?(text: string, file: string, companions?: ReadonlyMap<string, string>): ReadResult;
  /**
   * Files the tool writes beside this one that complete it (Gatling's `assertions.json` beside `stats.json`):
   * the node layer reads those that exist (small, bounded) and passes them to `read`.
   */
  companions?: readonly string[];
  /**
   * Loads the reader of a raw-sample stream (k6 NDJSON, JTL) on first use, so that start-up never pays for
   * formats the run does not have. The node layer streams the file into it; the file is never held whole.
   */
  loadStream?(): Promise<SampleStreamReader>;
  /** File names this format usually has: only breaks a tie when several readers claim the same content. */
  fileNameHint?: RegExp;
}

/** A sink's endpoint row, opaque to readers (`SampleSink.lastRequestRow`). */
export interface EndpointRowHandle {
  readonly name: string;
}

/**
 * A sink that takes samples a reader tallied itself (`Tally`: a JTL's plain rows, counted by WebAssembly where they
 * were split): what it cuts them by, and where they go. Each tally is exactly the samples' own `requestIn` calls.
 */
export interface TallySink {
  readonly windowMs: number;
  /** Whether a sample's time is its start (else its end): its span is cut the same way. */
  readonly stampsAtStart: boolean;
  /** The sketch key of a latency (NaN for zero): what a tally buckets samples by. */
  keyOf(ms: number): number;
  /** Successful, timed requests of a row `lastRequestRow` gave, with their phases. */
  requestsTallied(row: EndpointRowHandle, tally: Tally): void;
  /** The same requests by time window (`Tally.index`), with their VUs. */
  windowTallied(tally: Tally): void;
  /** What they spanned, and their most VUs (-1: none). */
  spanTallied(firstMs: number, lastMs: number, maxVUs: number): void;
}

/** Where a raw-sample reader puts what it reads (`src/results/raw/run-builder.ts`). */
export interface SampleSink {
  /** Present on a sink that takes tallies (`TallySink`). */
  readonly tallies?: TallySink;
  /**
   * One request. `timeMs` is the sample's timestamp (epoch ms, start or end as the reader declares);
   * `errorKind` names the failure (`HTTP 500`, `ETIMEDOUT`); `weight` counts batched samples.
   */
  request(
    name: string,
    method: string | undefined,
    timeMs: number | undefined,
    latencyMs: number,
    error: boolean,
    errorKind?: string,
    weight?: number,
  ): void;
  /**
   * `request` of a name the reader folded from its bytes (the same as the sink's folding of the raw name, which
   * it differs from): false when the sink has no row of that name yet, and the raw name goes to `request`.
   */
  requestFolded?(
    folded: string,
    method: string | undefined,
    timeMs: number | undefined,
    latencyMs: number,
    error: boolean,
    errorKind?: string,
  ): boolean;
  /**
   * The row the last `request` was counted in, for a reader that remembers it per distinct name and counts that
   * name's next samples with `requestIn`, without the name's string or a map lookup; undefined for the
   * `(other endpoints)` row, whose names must each go to `request`.
   */
  lastRequestRow?(): EndpointRowHandle | undefined;
  /**
   * `vus` at the time of the request reported last (given with its time): the same counts, without finding its
   * window and spanning its time again.
   */
  vusOfLastRequest?(count: number): void;
  /** `request` of a name whose row `lastRequestRow` gave, with the same method. */
  requestIn?(
    row: EndpointRowHandle,
    timeMs: number | undefined,
    latencyMs: number,
    error: boolean,
    errorKind?: string,
  ): void;
  /**
   * A transaction (JMeter Transaction Controller parent, Gatling group): a row of its own, never part of the
   * overall row. `latencyKind` when it measures something else than the reader's requests (a Gatling group's
   * cumulated response time).
   */
  transaction(
    name: string,
    timeMs: number | undefined,
    latencyMs: number,
    error: boolean,
    latencyKind?: LatencyKind,
  ): void;
  /** Active virtual users (threads) at a time. */
  vus(timeMs: number | undefined, count: number): void;
  /** Any other sample time (a gauge, an iteration) that tells when the test ran. */
  seen(timeMs: number): void;
  iteration(count?: number): void;
  /** Iterations an arrival-rate executor could not start (k6 `dropped_iterations`). Optional for sinks. */
  dropped?(count?: number): void;
  /**
   * Time one request (or, with `weight`, several) spent in a phase, ms: summed for the overall row and for the
   * row of the request reported last, so a reader reports a request's phases right after the request (k6
   * writes a request's phase points right after its duration point, with the same tags).
   */
  phase?(phase: LatencyPhase, ms: number, weight?: number): void;
  check(passed: boolean): void;
  /** A problem in the file; `warning` when the samples read are still good. */
  diagnostic(message: string, line?: number, severity?: 'error' | 'warning'): void;
  /** The tool version when the file states it. */
  version(version: string): void;
}

/** The streaming half of a raw-sample reader. Several files of one run feed one sink and merge exactly. */
export interface SampleStreamReader {
  format: ResultFormat;
  tool: string;
  /** What the latencies it reports measure. */
  latencyKind: LatencyKind;
  /** Whether a sample's timestamp is its start (JMeter, Gatling) or its end (k6). */
  stamps: 'start' | 'end';
  /** Reads every sample of the file, chunk by chunk, into the sink. Never throws on bad input. */
  feed(input: AsyncIterable<string>, file: string, sink: SampleSink): Promise<void>;
  /**
   * The same over the file's bytes, when the reader has it: lines it skips, or fields it does not keep, are
   * never decoded. The node layer prefers it; `feed` and `feedBytes` give the same samples. A chunk may be
   * overwritten once the next one is asked for (a plain file is read into one reused buffer): keep copies.
   * A plain file's chunks are `LendingChunks`.
   */
  feedBytes?(input: AsyncIterable<Buffer>, file: string, sink: SampleSink): Promise<void>;
}

/**
 * The chunks of a plain file, read into two buffers that take turns: a reader may lend its own (`readInto`,
 * before it asks for the first chunk), of `chunkSize` bytes each, so that the file is read where its
 * WebAssembly reads it, with no copy.
 */
export interface LendingChunks extends AsyncIterable<Buffer> {
  readonly chunkSize: number;
  readInto(buffers: readonly [Buffer, Buffer]): void;
}
