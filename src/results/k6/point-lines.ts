import type { LatencyPhase } from '../model.js';
import { instantiate, WasmChunks, type WasmMemory } from '../raw/wasm.js';
import { POINT_LINES_WASM } from './point-lines-wasm.js';

/**
 * What a line is (`kinds`; the same in point-lines.as): read by JavaScript, a phase point (1 to 6), skipped, a
 * request point whose fields are located (`fields`).
 */
export const OTHER = 0;
export const SKIPPED = 7;
export const REQUEST = 8;
/** 9 and up: a point of `points[kind - READ_POINT]`, its value and time stamp located. */
export const READ_POINT = 9;
/**
 * A request line's fields, i32s from `r * FIELDS`: its time stamp's bounds, then the value bounds of its tags
 * `name`, `url`, `method`, `status`, `expected_response`, `error_code` (at these offsets; -1, -1 when absent).
 */
export const FIELDS = 18;
export const TIME = 0;
export const NAME = 2;
export const URL = 4;
export const METHOD = 6;
export const STATUS = 8;
export const EXPECTED = 10;
export const ERROR_CODE = 12;
/**
 * The entries (`name`) of the request's name (`isFolded` says whether it was folded), method and status: -1 for
 * a request without one.
 */
export const NAME_ENTRY = 14;
export const METHOD_ENTRY = 15;
export const STATUS_ENTRY = 16;
/**
 * 1 when the time stamp's whole second and zone are those of the request line told before it by the same call
 * (`fractions[r]` then completes it), else 0.
 */
export const SAME_SECOND = 17;
/** Lines told per call: a 1 MiB chunk in one or two. */
const MAX_LINES = 4096;
/** A text or name entry (point-lines.as): an i32 kind, an i32 length, the bytes. */
const ENTRY = 48;
const ENDS = 0;
const KINDS = ENDS + MAX_LINES * 4;
const VALUES = KINDS + MAX_LINES * 4;
const FIELDS_AT = VALUES + MAX_LINES * 8;
const FRACTIONS = FIELDS_AT + MAX_LINES * FIELDS * 4;
const TEXTS = FRACTIONS + MAX_LINES * 8;
const NAMES = TEXTS + 4 * ENTRY;
const MAX_NAMES = 16;
/**
 * The request names, methods and statuses kept (point-lines.as `keepNames`): as many as ndjson.ts's ByteStrings
 * keep (4096 names, 1024 folded ones, 64 methods, 256 statuses), in a table of over twice as many slots; a new
 * one past them leaves its line to JavaScript.
 */
const MAX_REQUEST_NAMES = 5440;
const SLOTS = NAMES + MAX_NAMES * ENTRY;
const SLOT_COUNT = 16384;
const REQUEST_NAMES = SLOTS + SLOT_COUNT * 4;
const STORE = REQUEST_NAMES + MAX_REQUEST_NAMES * 16;
const STORE_SIZE = 1 << 20;
/** Where the chunks are (`WasmChunks`). */
const INPUT = STORE + STORE_SIZE;

interface PointLinesExports {
  memory: WasmMemory;
  pointLines(
    input: number,
    start: number,
    limit: number,
    maxLines: number,
    texts: number,
    names: number,
    count: number,
    ends: number,
    kinds: number,
    values: number,
    fields: number,
    fractions: number,
  ): number;
  keepNames(
    slots: number,
    slotCount: number,
    entries: number,
    maxEntries: number,
    store: number,
    storeSize: number,
  ): void;
}

/**
 * The lines of a k6 `--out json` stream told apart by WebAssembly (point-lines.as), a batch at a time: where
 * each ends, and whether JavaScript needs to read it. Seven lines in nine are points of a request phase (their
 * value read there too) or of a metric not read; JavaScript looked for each line's end with a call of the
 * engine's `indexOf`, then at its name's bytes, at more cost than the rest of reading the file.
 */
export class PointLines {
  /** Where line r's newline is. */
  ends!: Int32Array;
  /**
   * Line r's kind: OTHER, SKIPPED, REQUEST, READ_POINT + the index of its metric, or 1 + the index in `phases` of
   * the phase whose value is `values[r]`.
   */
  kinds!: Int32Array;
  /** Line r's value: a phase point's, or a request point's. */
  values!: Float64Array;
  fields!: Int32Array;
  /** A request line's fraction of a second, as `Rfc3339Parser` reads it. */
  fractions!: Float64Array;
  /** Each request name entry's offset in the store, length, hash and whether it is folded (point-lines.as). */
  private requestNames!: Int32Array;
  private readonly strings: string[] = [];
  private readonly exports: PointLinesExports;
  private readonly chunks: WasmChunks;
  private readonly names: number;

  constructor(
    /** The phases whose points are read here, by metric name; the others' points are OTHER lines. */
    readonly phases: readonly { metric: string; phase: LatencyPhase }[],
    /** The metrics JavaScript reads: their points are OTHER lines. */
    read: readonly string[],
    /** The request metrics whose points (as k6 writes them) are REQUEST lines, their fields located. */
    requests: readonly string[] = [],
    /** Other metrics whose points (as k6 writes them) are READ_POINT lines, their value and time stamp located. */
    points: readonly string[] = [],
  ) {
    this.exports = instantiate<PointLinesExports>(POINT_LINES_WASM);
    this.chunks = new WasmChunks(this.exports.memory, INPUT, () => this.views());
    this.views();
    this.exports.keepNames(SLOTS, SLOT_COUNT, REQUEST_NAMES, MAX_REQUEST_NAMES, STORE, STORE_SIZE);
    const entries: [number, string][] = [
      ...phases.map(({ metric }, i): [number, string] => [i + 1, metric]),
      ...read.map((metric): [number, string] => [OTHER, metric]),
      ...requests.map((metric): [number, string] => [REQUEST, metric]),
      ...points.map((metric, i): [number, string] => [READ_POINT + i, metric]),
    ];
    if (entries.length > MAX_NAMES) throw new Error(`PointLines keeps ${MAX_NAMES} metric names`);
    this.names = entries.length;
    ['{"metric":"', '","type":"Point","data":{"time":"', '","value":', ',"tags":{'].forEach((text, i) =>
      this.entry(TEXTS + i * ENTRY, OTHER, text),
    );
    entries.forEach(([kind, name], i) => this.entry(NAMES + i * ENTRY, kind, name));
  }

  /** Two buffers in this memory for a file's chunks of `size` bytes (`WasmChunks.lend`). */
  lend(size: number): readonly [Buffer, Buffer] {
    return this.chunks.lend(size);
  }

  /** Takes `chunk` (read into a lent buffer, or copied): the lines told next are its, at the same positions. */
  load(chunk: Buffer): void {
    this.chunks.load(chunk);
  }

  /** Tells the lines from `start` of the chunk loaded; returns how many (0: the chunk ends before a newline). */
  tell(start: number): number {
    return this.exports.pointLines(
      this.chunks.input,
      start,
      this.chunks.limit,
      MAX_LINES,
      TEXTS,
      NAMES,
      this.names,
      ENDS,
      KINDS,
      VALUES,
      FIELDS_AT,
      FRACTIONS,
    );
  }

  /** The text of entry `e` (`fields[r * FIELDS + NAME_ENTRY]`, …), decoded once, as Latin-1. */
  name(e: number): string {
    let s = this.strings[e];
    if (s === undefined) {
      const at = STORE + this.requestNames[4 * e]!;
      s = Buffer.from(this.exports.memory.buffer, at, this.requestNames[4 * e + 1]!).toString('latin1');
      this.strings[e] = s;
    }
    return s;
  }

  /** Whether entry `e` is a request name folded as `templateName` folds it (ByteFolder), not one as it is. */
  isFolded(e: number): boolean {
    return this.requestNames[4 * e + 3] === 1;
  }

  private entry(at: number, kind: number, text: string): void {
    const bytes = Buffer.from(text, 'latin1');
    if (bytes.length > ENTRY - 8) throw new Error(`PointLines keeps names of ${ENTRY - 8} bytes: ${text}`);
    const memory = this.exports.memory.buffer;
    new Int32Array(memory, at, 2).set([kind, bytes.length]);
    new Uint8Array(memory, at + 8, bytes.length).set(bytes);
  }

  private views(): void {
    const buffer = this.exports.memory.buffer;
    this.ends = new Int32Array(buffer, ENDS, MAX_LINES);
    this.kinds = new Int32Array(buffer, KINDS, MAX_LINES);
    this.values = new Float64Array(buffer, VALUES, MAX_LINES);
    this.fields = new Int32Array(buffer, FIELDS_AT, MAX_LINES * FIELDS);
    this.fractions = new Float64Array(buffer, FRACTIONS, MAX_LINES);
    this.requestNames = new Int32Array(buffer, REQUEST_NAMES, MAX_REQUEST_NAMES * 4);
  }
}
