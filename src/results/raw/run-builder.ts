import { OVERALL_NAME, pathOf } from '../endpoint-name.js';
import { templateName } from '../endpoint-template.js';
import type {
  EndpointRowHandle,
  EndpointStats,
  LatencyKind,
  LatencyPhase,
  LatencyPhases,
  LatencyStats,
  ReadDiagnostic,
  ResultFormat,
  Run,
  SampleSink,
  TallySink,
  WindowStats,
} from '../model.js';
import { DDSketch } from '../sketch/ddsketch.js';
import { type Tally, TALLY_PHASES } from './tally.js';
import { formatDuration } from '../../util/duration.js';
import { fromLatin1 } from './latin1.js';

export interface RunBuilderOptions {
  tool: string;
  format: ResultFormat;
  latencyKind: LatencyKind;
  stamps: 'start' | 'end';
  /** Time-series window, seconds (default 10). */
  windowSec?: number;
  /** Most endpoint rows kept; later names go to one `(other endpoints)` row (default 200). */
  maxEndpoints?: number;
}

export const OTHER_ENDPOINTS = '(other endpoints)';
/** Distinct overflow names counted; beyond, the count says it is capped. */
const NAME_CACHE_LIMIT = 50_000;
/**
 * Raw names remembered per kind and method (name → row) before that memory is cleared and starts again. Names
 * that repeat (a JTL label, a named k6 request) are back after one fold; names with a new id on every request
 * never repeat, and a cache that kept them all grew until garbage collection was half of reading the file.
 */
const RAW_NAMES_KEPT = 4096;
/** Diagnostics of one kind beyond this are summarised: a broken file must not flood the report. */
const MAX_DIAGNOSTICS = 20;

/**
 * Kinds of error a row (and the overall row) names at most; the failures of further kinds are counted under
 * `OTHER_ERRORS`. A message with a new number in every failure (`java.net.SocketException: 10.0.0.7:51312`)
 * would otherwise grow memory and the run file with the samples.
 */
const MAX_ERROR_KINDS = 100;
export const OTHER_ERRORS = '(other errors)';

/** Counts `weight` failures of `kind`, or of `OTHER_ERRORS` once `kinds` holds `MAX_ERROR_KINDS` others. */
function addKind(kinds: Map<string, number>, kind: string, weight: number): void {
  const n = kinds.get(kind);
  if (n !== undefined) kinds.set(kind, n + weight);
  else if (kinds.size < MAX_ERROR_KINDS) kinds.set(kind, weight);
  else kinds.set(OTHER_ERRORS, (kinds.get(OTHER_ERRORS) ?? 0) + weight);
}

/**
 * Windows a series keeps at most: 27 h of the default 10-s windows. A longer run (a soak test of days) or stamps
 * in another unit than ms (microseconds read as ms span years) get longer windows (`coarsen`), never more.
 */
const MAX_WINDOWS = 10_000;

interface Row {
  name: string;
  method?: string;
  templated: boolean;
  /** The `(other endpoints)` row. */
  other: boolean;
  transaction: boolean;
  /** Set when the row measures something else than the run's requests (a Gatling group). */
  latencyKind?: LatencyKind;
  count: number;
  errors: number;
  errorsByKind: Map<string, number>;
  sketch: DDSketch;
  /** Summed ms and requests per phase (`PHASES` order, ms then requests), once a phase is reported. */
  phases?: Float64Array;
}

/** The phases in the order a row's sums keep them. */
const PHASES: readonly LatencyPhase[] = [
  'blocked',
  'connecting',
  'tlsHandshaking',
  'sending',
  'waiting',
  'receiving',
];
/**
 * Where a row's sums keep a phase. A switch, not a lookup in an object of the six names: one property load site
 * that sees six keys goes megamorphic, and that load cost more than the rest of counting a phase.
 */
function phaseSlot(phase: LatencyPhase): number {
  switch (phase) {
    case 'blocked':
      return 0;
    case 'connecting':
      return 2;
    case 'tlsHandshaking':
      return 4;
    case 'sending':
      return 6;
    case 'waiting':
      return 8;
    default:
      return 10;
  }
}

interface NameSpace {
  /** `R` or `T` (request or transaction) and the method: the prefix of the row's key. */
  prefix: string;
  names: Map<string, Row>;
  folded: Map<string, Row>;
}

interface Window {
  count: number;
  errors: number;
  sketch: DDSketch;
  vus?: number;
}

/**
 * Accumulates the raw samples of one run (one or several files) into sketches, counts and windows, and builds
 * the Run. Memory is bounded by the number of rows (capped) and windows, never by the number of samples.
 */
export class RunBuilder implements SampleSink, TallySink {
  /** The file being fed, named in diagnostics. */
  file = '';
  readonly files: string[] = [];
  readonly diagnostics: ReadDiagnostic[] = [];
  private suppressed = 0;
  /** The window length samples are tallied by (`TallySink`): the one asked for. */
  readonly windowMs: number;
  /**
   * The window length of the series: `windowMs`, doubled each time the windows would pass `MAX_WINDOWS` (a soak
   * test of days, or stamps in another unit), so memory stays bounded by the cap, not by the span.
   */
  private seriesMs: number;
  private readonly maxEndpoints: number;
  /** Whether a sample's time is its start (else its end): read on every sample, so kept in a field. */
  readonly stampsAtStart: boolean;
  /**
   * The overall row's sketch is the merge of the request rows' (exact: bucket counts add), made once in `build`
   * rather than updated per sample; only its sum is kept here, added in sample order as the sketch adds it.
   * This sketch computes the samples' keys, which depend on its accuracy alone.
   */
  private readonly keys = new DDSketch();
  private overallSum = 0;
  private overallCount = 0;
  private overallErrors = 0;
  private readonly overallKinds = new Map<string, number>();
  private readonly rows = new Map<string, Row>();
  /**
   * Per kind and method: raw name → row, so a name is templated once, not once per sample; and folded name →
   * row, so that the names folding changed (a new id each time) find their row without building a key. Kept
   * by method in maps of their own, so no key is built per sample.
   */
  private readonly requestNames = new Map<string | undefined, NameSpace>();
  private readonly transactionNames = new Map<string | undefined, NameSpace>();
  private foldedMisses = 0;
  private readonly windows = new Map<number, Window>();
  /** Transactions alone, for a file that has nothing else (a CSV JTL of "generate parent sample" TCs). */
  private readonly txOverall = new DDSketch();
  private txErrors = 0;
  private txUntimed = 0;
  private readonly txWindows = new Map<number, Window>();
  private lastIndex = NaN;
  private lastWindows: Map<number, Window> | undefined;
  private lastWindow: Window | undefined;
  private firstMs = Infinity;
  private lastMs = -Infinity;
  private maxVUs: number | undefined;
  private iterations: number | undefined;
  private droppedIterations: number | undefined;
  /** Summed ms and requests per phase reported before any request (no row to keep them), as a row keeps them. */
  private readonly orphanPhases = new Float64Array(2 * PHASES.length);
  /** Whether a phase was reported, by slot: `phasesSeen` lists them in the order they first were. */
  private readonly phaseSeen = new Uint8Array(2 * PHASES.length);
  /** The phases reported so far, in the order they first were: the overall row lists them so. */
  private readonly phasesSeen: LatencyPhase[] = [];
  /** The row of the last request: the phases a reader reports next are that request's. */
  private lastRow: Row | undefined;
  /** Whether the last request had a time: then `lastWindow` is its window. */
  private lastTimed = false;
  private passes = 0;
  private fails = 0;
  private toolVersion: string | undefined;
  private templatedRequests = 0;
  private overflowRequests = 0;
  private readonly overflowNames = new Set<string>();
  private overflowNamesCapped = false;

  constructor(readonly options: RunBuilderOptions) {
    this.windowMs = (options.windowSec ?? 10) * 1000;
    this.seriesMs = this.windowMs;
    this.maxEndpoints = options.maxEndpoints ?? 200;
    this.stampsAtStart = options.stamps === 'start';
  }

  request(
    name: string,
    method: string | undefined,
    timeMs: number | undefined,
    latencyMs: number,
    error: boolean,
    errorKind?: string,
    weight = 1,
  ): void {
    this.count(this.row(name, method, false), timeMs, latencyMs, error, errorKind, weight);
  }

  /**
   * `request` of a name a reader folded itself (`ByteFolder`: the same as `templateName` of the raw name, which
   * it differs from), when a row of that name is known already; false otherwise, and the reader then gives the
   * raw name to `request` (a new row, an overflow name counted by its raw name).
   */
  requestFolded(
    folded: string,
    method: string | undefined,
    timeMs: number | undefined,
    latencyMs: number,
    error: boolean,
    errorKind?: string,
  ): boolean {
    const row = this.requestNames.get(method)?.folded.get(folded);
    if (!row) return false;
    this.count(row, timeMs, latencyMs, error, errorKind, 1);
    return true;
  }

  vusOfLastRequest(count: number): void {
    if (!Number.isFinite(count)) return;
    if (this.maxVUs === undefined || count > this.maxVUs) this.maxVUs = count;
    // `count` spanned the request's time and found its window (`lastTimed`); one without a time has neither.
    if (!this.lastTimed) return;
    const w = this.lastWindow!;
    if (w.vus === undefined || count > w.vus) w.vus = count;
  }

  lastRequestRow(): Row | undefined {
    const row = this.lastRow;
    return row && !row.other && !row.transaction ? row : undefined;
  }

  requestIn(
    row: EndpointRowHandle,
    timeMs: number | undefined,
    latencyMs: number,
    error: boolean,
    errorKind?: string,
  ): void {
    this.count(row as Row, timeMs, latencyMs, error, errorKind, 1);
  }

  get tallies(): TallySink {
    return this;
  }

  keyOf(ms: number): number {
    return this.keys.keyOf(ms);
  }

  requestsTallied(handle: EndpointRowHandle, tally: Tally): void {
    const row = handle as Row;
    const n = tally.count;
    row.count += n;
    row.sketch.addMoments(n, tally.sum, tally.min, tally.max);
    tally.forEachKey((key, count) => row.sketch.addToKey(key, count));
    if (row.templated) this.templatedRequests += n;
    this.overallCount += n;
    this.overallSum += tally.sum;
    for (let p = 0; p < TALLY_PHASES.length; p++) {
      const requests = tally.phaseRequests(p);
      if (requests > 0) this.addPhase(row, TALLY_PHASES[p]!, tally.phaseMs(p), requests);
    }
  }

  windowTallied(tally: Tally): void {
    // A tally's index is in `windowMs`; the series' windows may be longer (`coarsen`), by a whole factor.
    const w = this.windowAt(Math.floor(tally.index / (this.seriesMs / this.windowMs)), this.windows);
    w.count += tally.count;
    const sketch = w.sketch;
    sketch.addMoments(tally.count, tally.sum, tally.min, tally.max);
    tally.forEachKey((key, count) => sketch.addToKey(key, count));
    if (tally.vus >= 0 && (w.vus === undefined || tally.vus > w.vus)) w.vus = tally.vus;
  }

  spanTallied(firstMs: number, lastMs: number, maxVUs: number): void {
    if (firstMs < this.firstMs) this.firstMs = firstMs;
    if (lastMs > this.lastMs) this.lastMs = lastMs;
    if (maxVUs >= 0 && (this.maxVUs === undefined || maxVUs > this.maxVUs)) this.maxVUs = maxVUs;
  }

  private count(
    row: Row,
    timeMs: number | undefined,
    latencyMs: number,
    error: boolean,
    errorKind: string | undefined,
    weight: number,
  ): void {
    this.lastRow = row;
    row.count += weight;
    // A JTL saved without `elapsed` still counts requests and errors; it just has no latency.
    const timed = Number.isFinite(latencyMs);
    // One logarithm per sample for the three sketches it goes to.
    const key = timed ? this.keys.keyOf(latencyMs) : 0;
    if (timed) row.sketch.addKeyed(key, latencyMs, weight);
    if (row.templated) this.templatedRequests += weight;
    if (row.other) this.overflowRequests += weight;
    this.overallCount += weight;
    if (timed) this.overallSum += latencyMs * weight;
    const errors = error ? weight : 0;
    if (error) {
      row.errors += weight;
      this.overallErrors += weight;
      if (errorKind) {
        addKind(row.errorsByKind, errorKind, weight);
        addKind(this.overallKinds, errorKind, weight);
      }
    }
    this.lastTimed = timeMs !== undefined && Number.isFinite(timeMs);
    if (this.lastTimed) {
      this.span(timeMs!, timed ? latencyMs : 0);
      const w = this.window(timeMs!);
      w.count += weight;
      w.errors += errors;
      if (timed) w.sketch.addKeyed(key, latencyMs, weight);
    }
  }

  transaction(
    name: string,
    timeMs: number | undefined,
    latencyMs: number,
    error: boolean,
    latencyKind?: LatencyKind,
  ): void {
    const row = this.row(name, undefined, true);
    if (latencyKind) row.latencyKind = latencyKind;
    row.count++;
    const timed = Number.isFinite(latencyMs);
    if (timed) {
      row.sketch.add(latencyMs);
      this.txOverall.add(latencyMs);
    } else this.txUntimed++;
    if (error) {
      row.errors++;
      this.txErrors++;
    }
    if (timeMs !== undefined && Number.isFinite(timeMs)) {
      this.span(timeMs, timed ? latencyMs : 0);
      const w = this.window(timeMs, this.txWindows);
      w.count++;
      if (error) w.errors++;
      if (timed) w.sketch.add(latencyMs);
    }
  }

  vus(timeMs: number | undefined, count: number): void {
    if (!Number.isFinite(count)) return;
    if (this.maxVUs === undefined || count > this.maxVUs) this.maxVUs = count;
    if (timeMs === undefined || !Number.isFinite(timeMs)) return;
    // k6 samples VUs every second from the start, which is when the test began.
    this.span(timeMs, 0);
    const w = this.window(timeMs);
    if (w.vus === undefined || count > w.vus) w.vus = count;
  }

  seen(timeMs: number): void {
    if (Number.isFinite(timeMs)) this.span(timeMs, 0);
  }

  dropped(count = 1): void {
    this.droppedIterations = (this.droppedIterations ?? 0) + count;
  }

  phase(phase: LatencyPhase, ms: number, weight = 1): void {
    if (!Number.isFinite(ms) || ms < 0) return;
    this.addPhase(this.lastRow, phase, ms * weight, weight);
  }

  /** `ms` summed over `requests` requests of `row` (none: before any request) in a phase. */
  private addPhase(row: Row | undefined, phase: LatencyPhase, ms: number, requests: number): void {
    // Called up to six times per request: the overall sums are found by the phase's slot, not a map lookup.
    const slot = phaseSlot(phase);
    if (this.phaseSeen[slot] === 0) {
      this.phaseSeen[slot] = 1;
      this.phasesSeen.push(phase);
    }
    // A request's phase goes to its row; the overall sums are the rows' added up in `build` (`phaseTotals`).
    const sums = row ? (row.phases ??= new Float64Array(2 * PHASES.length)) : this.orphanPhases;
    sums[slot] = sums[slot]! + ms;
    sums[slot + 1] = sums[slot + 1]! + requests;
  }

  /** Summed ms and requests per phase over the run: the rows' sums and those of phases before any request. */
  private phaseTotals(): Float64Array {
    const totals = Float64Array.from(this.orphanPhases);
    for (const row of this.rows.values()) {
      const sums = row.phases;
      if (sums) for (let i = 0; i < totals.length; i++) totals[i] = totals[i]! + sums[i]!;
    }
    return totals;
  }

  iteration(count = 1): void {
    this.iterations = (this.iterations ?? 0) + count;
  }

  check(passed: boolean): void {
    if (passed) this.passes++;
    else this.fails++;
  }

  version(version: string): void {
    this.toolVersion ??= fromLatin1(version);
  }

  diagnostic(message: string, line?: number, severity: 'error' | 'warning' = 'error'): void {
    if (this.diagnostics.length >= MAX_DIAGNOSTICS) {
      this.suppressed++;
      return;
    }
    this.diagnostics.push({
      file: this.file,
      message: fromLatin1(message),
      ...(line === undefined ? {} : { line }),
      ...(severity === 'warning' ? { severity } : {}),
    });
  }

  /** Requests counted so far (a reader uses it to tell an empty file from a read one). */
  get requests(): number {
    return this.overallCount;
  }

  build(): Run {
    const { tool, format, latencyKind } = this.options;
    const durationSec = this.lastMs > this.firstMs ? (this.lastMs - this.firstMs) / 1000 : undefined;
    // Transaction Controllers with "generate parent sample" leave only their parents in a CSV JTL (children
    // are sub-results, which CSV does not keep): then the transactions are what the run measured.
    const txCount = this.txOverall.count + this.txUntimed;
    const onlyTransactions = this.overallCount === 0 && txCount > 0;
    if (onlyTransactions) {
      this.diagnostic(
        'The file has only Transaction Controller samples (their requests were not saved), so the overall row counts transactions.',
        undefined,
        'warning',
      );
    }
    const overall = onlyTransactions
      ? stats(
          OVERALL_NAME,
          undefined,
          this.txOverall,
          txCount,
          this.txErrors,
          new Map(),
          durationSec,
          latencyKind,
        )
      : stats(
          OVERALL_NAME,
          undefined,
          this.overallSketch(),
          this.overallCount,
          this.overallErrors,
          this.overallKinds,
          durationSec,
          latencyKind,
        );
    const endpoints = [...this.rows.values()]
      // Code-unit order, not localeCompare: the same run must give the same file on every machine.
      .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((r) => {
        const row = stats(
          r.name,
          r.method,
          r.sketch,
          r.count,
          r.errors,
          r.errorsByKind,
          durationSec,
          r.latencyKind ?? latencyKind,
        );
        if (r.transaction) row.kind = 'transaction';
        const phases = r.phases && phaseMeans(r.phases);
        if (phases) row.phases = phases;
        return row;
      });
    const run: Run = {
      schema: 'loadgate/run@1',
      source: { tool, format, file: this.files.join(', ') || this.file },
      profile: {},
      overall,
      endpoints,
      thresholds: [],
    };
    if (this.toolVersion) run.source.version = this.toolVersion;
    if (this.maxVUs !== undefined) run.profile.maxVUs = this.maxVUs;
    if (durationSec !== undefined) run.profile.durationSec = durationSec;
    if (this.lastMs >= this.firstMs) run.span = { start: this.firstMs, end: this.lastMs };
    if (this.iterations !== undefined) run.profile.iterations = this.iterations;
    if (this.passes + this.fails > 0) run.checks = { passes: this.passes, fails: this.fails };
    if (this.droppedIterations !== undefined) run.delivery = { droppedIterations: this.droppedIterations };
    if (this.phasesSeen.length > 0 && !onlyTransactions) {
      const totals = this.phaseTotals();
      overall.phases = Object.fromEntries(
        this.phasesSeen.map((phase) => {
          const slot = phaseSlot(phase);
          return [phase, round(totals[slot]! / totals[slot + 1]!)];
        }),
      ) as LatencyPhases;
    }
    const windows = onlyTransactions ? this.txWindows : this.windows;
    if (windows.size > 0) run.series = this.series(windows);
    if (this.seriesMs > this.windowMs)
      this.diagnostic(
        `The samples span ${formatDuration((this.lastMs - this.firstMs) / 1000)}, more than ${MAX_WINDOWS} windows of ${this.windowMs / 1000} s: the time series has windows of ${this.seriesMs / 1000} s instead.`,
        undefined,
        'warning',
      );
    const templates = [...this.rows.values()].filter((r) => r.templated).length;
    if (templates > 0 || this.overflowRequests > 0) {
      run.folding = {
        templatedRequests: this.templatedRequests,
        templates,
        overflowRequests: this.overflowRequests,
        overflowNames: this.overflowNames.size,
        maxRows: this.maxEndpoints,
        ...(this.overflowNamesCapped ? { overflowNamesCapped: true } : {}),
      };
    }
    return run;
  }

  /** Diagnostics, with a last one counting those left out. */
  allDiagnostics(): ReadDiagnostic[] {
    if (this.suppressed === 0) return this.diagnostics;
    return [
      ...this.diagnostics,
      { file: this.file, message: `${this.suppressed} more problems of this file are not shown.` },
    ];
  }

  /** Every request row's sketch merged (never a transaction's), with the sum the samples added up to. */
  private overallSketch(): DDSketch {
    const overall = new DDSketch();
    for (const row of this.rows.values()) if (!row.transaction) overall.merge(row.sketch);
    overall.sum = this.overallSum;
    return overall;
  }

  private span(timeMs: number, latencyMs: number): void {
    const start = this.stampsAtStart ? timeMs : timeMs - latencyMs;
    const end = this.stampsAtStart ? timeMs + latencyMs : timeMs;
    if (start < this.firstMs) this.firstMs = start;
    if (end > this.lastMs) this.lastMs = end;
  }

  private window(timeMs: number, windows = this.windows): Window {
    const index = Math.floor(timeMs / this.seriesMs);
    // Samples come roughly in time order: most land in the window of the one before.
    if (index === this.lastIndex && windows === this.lastWindows) return this.lastWindow!;
    const w = this.windowAt(index, windows);
    // `windowAt` may have coarsened the windows: the index is found again.
    this.lastIndex = Math.floor(timeMs / this.seriesMs);
    this.lastWindows = windows;
    this.lastWindow = w;
    return w;
  }

  /** The window of index `index` (in `seriesMs`), made when new; the windows are coarsened first when full. */
  private windowAt(index: number, windows: Map<number, Window>): Window {
    let w = windows.get(index);
    if (w) return w;
    if (windows.size >= MAX_WINDOWS) {
      this.coarsen();
      return this.windowAt(Math.floor(index / 2), windows);
    }
    w = { count: 0, errors: 0, sketch: new DDSketch() };
    windows.set(index, w);
    return w;
  }

  /**
   * Doubles the windows' length, each pair merged exactly (counts add, sketches merge, the most VUs kept): the
   * series of a long run, or of stamps in another unit, keeps its whole span in at most `MAX_WINDOWS` windows.
   */
  private coarsen(): void {
    this.seriesMs *= 2;
    for (const windows of [this.windows, this.txWindows]) {
      const pairs = [...windows];
      windows.clear();
      for (const [index, w] of pairs) {
        const at = Math.floor(index / 2);
        const into = windows.get(at);
        if (!into) {
          windows.set(at, w);
          continue;
        }
        into.count += w.count;
        into.errors += w.errors;
        into.sketch.merge(w.sketch);
        if (w.vus !== undefined && (into.vus === undefined || w.vus > into.vus)) into.vus = w.vus;
      }
    }
    this.lastIndex = NaN;
    this.lastWindows = undefined;
  }

  private series(windows: Map<number, Window>): WindowStats[] {
    return [...windows.entries()]
      .sort(([a], [b]) => a - b)
      .map(([index, w]) => {
        const out: WindowStats = {
          start: index * this.seriesMs,
          durationSec: this.seriesMs / 1000,
          count: w.count,
          errors: w.errors,
        };
        if (w.count > 0) {
          out.p50 = round(w.sketch.quantile(0.5));
          out.p95 = round(w.sketch.quantile(0.95));
          out.p99 = round(w.sketch.quantile(0.99));
        }
        if (w.vus !== undefined) out.vus = w.vus;
        if (w.count > 0) out.sketch = w.sketch;
        return out;
      });
  }

  private row(rawName: string, method: string | undefined, transaction: boolean): Row {
    const spaces = transaction ? this.transactionNames : this.requestNames;
    let space = spaces.get(method);
    if (!space) {
      space = { prefix: `${transaction ? 'T' : 'R'}${method ?? ''}`, names: new Map(), folded: new Map() };
      spaces.set(method, space);
    }
    const cached = space.names.get(rawName);
    if (cached) return cached;
    const prefix = space.prefix;
    const name = templateName(fromLatin1(rawName));
    let row = space.folded.get(name);
    if (!row) {
      let key = `${prefix} ${name}`;
      if (!this.rows.has(key) && this.rows.size >= this.maxEndpoints) {
        key = `R ${OTHER_ENDPOINTS}`;
        if (this.overflowNames.size < NAME_CACHE_LIMIT) this.overflowNames.add(`${prefix} ${rawName}`);
        else this.overflowNamesCapped = true;
      }
      row = this.rows.get(key);
      if (!row) {
        const other = key === `R ${OTHER_ENDPOINTS}`;
        row = {
          name: other ? OTHER_ENDPOINTS : name,
          ...(method && !other ? { method } : {}),
          templated: !other && name.includes('{id}') && name !== rawName,
          other,
          transaction,
          count: 0,
          errors: 0,
          errorsByKind: new Map(),
          sketch: new DDSketch(),
        };
        this.rows.set(key, row);
      }
      // Overflow names stay uncached here: each distinct one is counted on its first sample.
      if (row.name !== OTHER_ENDPOINTS) space.folded.set(flat(name), row);
    }
    // A name folding changed (an id in it) is usually new on every request: only one such miss in 8 is
    // remembered, so a name that does repeat (a JTL label recorded with ids) still comes to be cached.
    if (name !== rawName && (++this.foldedMisses & 7) !== 0) return row;
    // The cache holds copies: a name sliced from a chunk of text would keep the whole chunk alive.
    if (space.names.size >= RAW_NAMES_KEPT) space.names.clear();
    space.names.set(flat(rawName), row);
    return row;
  }
}

export function stats(
  name: string,
  method: string | undefined,
  sketch: DDSketch,
  count: number,
  errors: number,
  kinds: Map<string, number>,
  durationSec: number | undefined,
  latencyKind: LatencyKind,
): EndpointStats {
  const latency: LatencyStats = {};
  if (sketch.count > 0) {
    latency.min = sketch.min;
    latency.mean = round(sketch.mean);
    latency.median = round(sketch.quantile(0.5));
    latency.max = sketch.max;
    latency.p90 = round(sketch.quantile(0.9));
    latency.p95 = round(sketch.quantile(0.95));
    latency.p99 = round(sketch.quantile(0.99));
  }
  const row: EndpointStats = { name, latency, quality: 'sketch', latencyKind, count, errors };
  // Kept so the run file can store it and runs can merge exactly; renderers never read it.
  if (sketch.count > 0) row.sketch = sketch;
  if (method) row.method = method;
  // `new URL` escapes the braces of a folded `{id}`; the template is kept readable.
  const path =
    name === OVERALL_NAME || name === OTHER_ENDPOINTS
      ? undefined
      : pathOf(name)?.replaceAll('%7Bid%7D', '{id}');
  if (path !== undefined) row.path = path;
  if (count > 0) row.errorRate = errors / count;
  if (count > 0 && durationSec) row.throughput = count / durationSec;
  if (kinds.size > 0)
    row.errorsByKind = Object.fromEntries(
      [...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => [fromLatin1(k), n]),
    );
  return row;
}

/** A row's phase means from its sums; undefined when no phase has a request. */
function phaseMeans(sums: Float64Array): LatencyPhases | undefined {
  const phases: LatencyPhases = {};
  PHASES.forEach((phase, i) => {
    const n = sums[2 * i + 1]!;
    if (n > 0) phases[phase] = round(sums[2 * i]! / n);
  });
  return Object.keys(phases).length > 0 ? phases : undefined;
}

/** Sketch answers carry α = 1 % anyway; three decimals keep run files readable and diffs stable. */
export function round(v: number | undefined): number | undefined {
  return v === undefined ? undefined : Math.round(v * 1000) / 1000;
}

/**
 * A copy of a string that does not point into the text it was sliced from: V8 keeps a slice's whole parent
 * (a 1 MB chunk of the stream) alive for as long as the slice lives.
 */
function flat(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'latin1').toString('latin1');
}
