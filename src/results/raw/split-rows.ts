import { SPLIT_ROWS_WASM } from './split-rows-wasm.js';
import { KEY_LIMIT, Tally, TALLY_BYTES, TALLY_CONFIG_LENGTH, TallyConfig, WINDOW_SLOTS } from './tally.js';
import { instantiate, WasmChunks, type WasmMemory } from './wasm.js';

/** Bounds kept per row (`STRIDE` in split-rows.as): a column read must be below `STRIDE - 1`. */
export const STRIDE = 64;
/** Whole numbers read per row (`NUMBERS` in split-rows.as). */
export const NUMBERS = 5;
/** Labels kept, and their longest (`LABEL_SLOTS`, `LABEL_BYTES` in split-rows.as). */
export const LABEL_SLOTS = 256;
const LABEL_BYTES = 256;
/** Rows split per call: a 1 MiB chunk of short rows in a few calls. */
const MAX_ROWS = 4096;
const BOUNDS = 0;
const ENDS = BOUNDS + MAX_ROWS * STRIDE * 4;
const NUMBER_VALUES = ENDS + MAX_ROWS * 4;
const LABELS = NUMBER_VALUES + MAX_ROWS * NUMBERS * 8;
const SUCCESSES = LABELS + MAX_ROWS * 4;
const LABEL_STORE = SUCCESSES + MAX_ROWS * 4;
const LABEL_LENGTHS = LABEL_STORE + LABEL_SLOTS * LABEL_BYTES;
/** What the splitter reads rows by (`DELIMITER` … `NUMBER_COLUMNS` in split-rows.as), in i32s. */
const CONFIG = LABEL_LENGTHS + LABEL_SLOTS * 4;
const CONFIG_LENGTH = 4 + NUMBERS;
/** The tallies (`tallyRows` in split-rows.as): sketch buckets by elapsed, slots' state, config, tallies. */
const KEYS = align(CONFIG + CONFIG_LENGTH * 4);
const LIVE = KEYS + KEY_LIMIT * 4;
const KEPT_IN = LIVE + LABEL_SLOTS;
const TALLY_CONFIG = KEPT_IN + LABEL_SLOTS * 4;
const SLOT_TALLIES = TALLY_CONFIG + TALLY_CONFIG_LENGTH * 8;
const WINDOW_TALLIES = SLOT_TALLIES + LABEL_SLOTS * TALLY_BYTES;
/** Where the chunks are (`WasmChunks`). */
const INPUT = WINDOW_TALLIES + WINDOW_SLOTS * TALLY_BYTES;

interface SplitRowsExports {
  memory: WasmMemory;
  splitRows(
    input: number,
    start: number,
    limit: number,
    maxRows: number,
    config: number,
    bounds: number,
    ends: number,
    numbers: number,
    labels: number,
    successes: number,
    store: number,
    lengths: number,
  ): number;
  keepLabel(input: number, from: number, to: number, store: number, lengths: number): number;
  tallyRows(
    from: number,
    to: number,
    bounds: number,
    numbers: number,
    labels: number,
    successes: number,
    keys: number,
    live: number,
    keptIn: number,
    slots: number,
    windows: number,
    config: number,
  ): number;
}

/** `at` rounded up to 16 bytes, where an f64 view or a 16-byte block may start. */
function align(at: number): number {
  return (at + 15) & ~15;
}

/** What rows are read by. */
interface RowLayout {
  delimiter: number;
  /** Fields a row has at least. */
  width: number;
  label: number;
  /** The column whose `true` is a success, or -1. */
  success: number;
  /** The columns whose whole numbers are read, `NUMBERS` of them; -1 for none. */
  numbers: readonly number[];
}

/**
 * The rows of a delimited stream split by WebAssembly (split-rows.as): each call splits the plain rows from a position into typed arrays the reader takes its fields from. A JavaScript
 * scan of a row's bytes for its newline and then its delimiters, four bytes at a time, was two thirds of
 * reading a JTL; the SIMD scan finds both in one pass over 16 bytes at a time. A label is told by its bytes
 * there too, from the labels kept (`keep`): the reader finds its row by the slot, with no string.
 */
export class RowSplitter {
  /** Row r's field k is `[bounds[r * STRIDE + k] + 1, bounds[r * STRIDE + k + 1])`. */
  bounds!: Int32Array;
  /** Where row r's newline is. */
  ends!: Int32Array;
  /** Row r's whole numbers (`RowLayout.numbers` order) at `r * NUMBERS`, -1 where a column has none. */
  numbers!: Float64Array;
  /** Row r's label's slot when it is kept (`keep`), else -1. */
  labels!: Int32Array;
  /** Whether row r's success column is `true` (1), or not (0); 1 without one. */
  successes!: Int32Array;
  /** The sketch bucket of each elapsed below `KEY_LIMIT` (key + 1, 0 for zero), -1 until it is known. */
  keys!: Int32Array;
  /** Whether a slot's label has a row the tallies count in (1), by slot. */
  live!: Uint8Array;
  /** The batch in which a slot was given another label: the rows split before then are not that label's. */
  keptIn!: Int32Array;
  /** What `tally` reads rows by, and what it found over all of them. */
  tallyConfig!: TallyConfig;
  /** Each tally's count, by tally: slots' first, then windows'. */
  private tallyCounts!: Float64Array;
  /** The tallies' views, made when first asked for (most of a file's slots and windows are never used). */
  private tallyViews: (Tally | undefined)[] = [];
  private readonly exports: SplitRowsExports;
  private readonly chunks: WasmChunks;

  constructor() {
    this.exports = instantiate<SplitRowsExports>(SPLIT_ROWS_WASM);
    this.chunks = new WasmChunks(this.exports.memory, INPUT, () => this.views());
    this.views();
    this.keys.fill(-1);
    this.keptIn.fill(-1);
    this.tallyConfig.reset();
  }

  /** Sets what rows are read by, before the first is split. */
  configure(layout: RowLayout): void {
    new Int32Array(this.exports.memory.buffer, CONFIG, CONFIG_LENGTH).set([
      layout.delimiter,
      layout.width,
      layout.label,
      layout.success,
      ...layout.numbers,
    ]);
  }

  /** Two buffers in the splitter's memory for a file's chunks of `size` bytes (`WasmChunks.lend`). */
  lend(size: number): readonly [Buffer, Buffer] {
    return this.chunks.lend(size);
  }

  /** Takes `chunk` (read into a lent buffer, or copied): the rows split next are its, at the same positions. */
  load(chunk: Buffer): void {
    this.chunks.load(chunk);
  }

  /** Splits the plain rows from `start` of the chunk loaded; returns how many (0: the row at `start` is not plain). */
  split(start: number): number {
    return this.exports.splitRows(
      this.chunks.input,
      start,
      this.chunks.limit,
      MAX_ROWS,
      CONFIG,
      BOUNDS,
      ENDS,
      NUMBER_VALUES,
      LABELS,
      SUCCESSES,
      LABEL_STORE,
      LABEL_LENGTHS,
    );
  }

  /**
   * Keeps the label at `[from, to)` of the chunk loaded, in place of the one its slot kept; returns the slot, or
   * -1 for a label too long to keep. Rows split before do not see it.
   */
  keep(from: number, to: number): number {
    return this.exports.keepLabel(this.chunks.input, from, to, LABEL_STORE, LABEL_LENGTHS);
  }

  /**
   * Tallies the rows `[from, to)` of the batch split last (`tallyRows` in split-rows.as) until one JavaScript must
   * read; returns where it stopped. When that row's window tally holds another window, `tallyConfig.conflict` is
   * that tally's number.
   */
  tally(from: number, to: number): number {
    return this.exports.tallyRows(
      from,
      to,
      BOUNDS,
      NUMBER_VALUES,
      LABELS,
      SUCCESSES,
      KEYS,
      LIVE,
      KEPT_IN,
      SLOT_TALLIES,
      WINDOW_TALLIES,
      TALLY_CONFIG,
    );
  }

  /** Slot `slot`'s tally when it holds samples. */
  slotTally(slot: number): Tally | undefined {
    return this.tallyAt(slot);
  }

  /** Window tally `w`'s when it holds samples. */
  windowTally(w: number): Tally | undefined {
    return this.tallyAt(LABEL_SLOTS + w);
  }

  private tallyAt(i: number): Tally | undefined {
    if (this.tallyCounts[(i * TALLY_BYTES) / 8] === 0) return undefined;
    return (this.tallyViews[i] ??= new Tally(this.exports.memory.buffer, SLOT_TALLIES + i * TALLY_BYTES));
  }

  private views(): void {
    const buffer = this.exports.memory.buffer;
    this.bounds = new Int32Array(buffer, BOUNDS, MAX_ROWS * STRIDE);
    this.ends = new Int32Array(buffer, ENDS, MAX_ROWS);
    this.numbers = new Float64Array(buffer, NUMBER_VALUES, MAX_ROWS * NUMBERS);
    this.labels = new Int32Array(buffer, LABELS, MAX_ROWS);
    this.successes = new Int32Array(buffer, SUCCESSES, MAX_ROWS);
    this.keys = new Int32Array(buffer, KEYS, KEY_LIMIT);
    this.live = new Uint8Array(buffer, LIVE, LABEL_SLOTS);
    this.keptIn = new Int32Array(buffer, KEPT_IN, LABEL_SLOTS);
    this.tallyConfig = new TallyConfig(buffer, TALLY_CONFIG);
    this.tallyCounts = new Float64Array(
      buffer,
      SLOT_TALLIES,
      ((LABEL_SLOTS + WINDOW_SLOTS) * TALLY_BYTES) / 8,
    );
    this.tallyViews = [];
  }
}
