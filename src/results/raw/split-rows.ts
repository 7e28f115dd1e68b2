import { SPLIT_ROWS_WASM } from './split-rows-wasm.js';

/** Bounds kept per row (`STRIDE` in split-rows.as): a column read must be below `STRIDE - 1`. */
export const STRIDE = 64;
/** Whole numbers read per row (`NUMBERS` in split-rows.as). */
export const NUMBERS = 5;
/** Rows split per call: enough for a 1 MiB chunk of short rows in a few calls. */
const MAX_ROWS = 4096;
const BOUNDS = 0;
const ENDS = BOUNDS + MAX_ROWS * STRIDE * 4;
const NUMBER_VALUES = ENDS + MAX_ROWS * 4;
const NUMBER_COLUMNS = NUMBER_VALUES + MAX_ROWS * NUMBERS * 8;
const INPUT = NUMBER_COLUMNS + 64;
/** Bytes after a chunk that a 16-byte block may read. */
const PADDING = 16;
const PAGE = 65536;

/** The WebAssembly API used here: the project's `lib` (ES2023, no DOM) and Node's types do not declare it. */
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports: object) => { exports: unknown };
};
type WasmModule = { readonly kind: 'WebAssembly.Module' };

interface SplitRowsExports {
  memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  splitRows(
    input: number,
    start: number,
    limit: number,
    delimiter: number,
    width: number,
    numberColumns: number,
    maxRows: number,
    bounds: number,
    ends: number,
    numbers: number,
  ): number;
}

/** Compiled once per process, when the first file that needs it is read (never by `loadgate lint`). */
let compiled: WasmModule | undefined;

/**
 * The rows of a delimited stream split by WebAssembly (split-rows.as): a chunk is copied in once, then each
 * call splits the plain rows from a position into typed arrays the reader takes its fields from. A JavaScript
 * scan of a row's bytes for its newline and then its delimiters, four bytes at a time, was two thirds of
 * reading a JTL; the SIMD scan finds both in one pass over 16 bytes at a time.
 */
export class RowSplitter {
  /** Row r's field k is `[bounds[r * STRIDE + k] + 1, bounds[r * STRIDE + k + 1])`. */
  bounds!: Int32Array;
  /** Where row r's newline is. */
  ends!: Int32Array;
  /** Row r's whole numbers (`numberColumns` order) at `r * NUMBERS`, -1 where a column has none. */
  numbers!: Float64Array;
  private readonly exports: SplitRowsExports;
  private limit = 0;

  constructor(
    private readonly delimiter: number,
    private readonly width: number,
    /** The columns whose whole numbers are read, at most `NUMBERS`; -1 for none. */
    numberColumns: readonly number[],
  ) {
    compiled ??= new WebAssembly.Module(Buffer.from(SPLIT_ROWS_WASM, 'base64'));
    this.exports = new WebAssembly.Instance(compiled, {}).exports as unknown as SplitRowsExports;
    this.fit(PAGE);
    const columns = new Int32Array(this.exports.memory.buffer, NUMBER_COLUMNS, NUMBERS).fill(-1);
    columns.set(numberColumns.slice(0, NUMBERS));
  }

  /** Copies `chunk` in: the rows split next are its, at the same positions. */
  load(chunk: Buffer): void {
    this.fit(chunk.length);
    new Uint8Array(this.exports.memory.buffer, INPUT, chunk.length).set(chunk);
    this.limit = chunk.length;
  }

  /** Splits the plain rows from `start` of the chunk loaded; returns how many (0: the row at `start` is not plain). */
  split(start: number): number {
    return this.exports.splitRows(
      INPUT,
      start,
      this.limit,
      this.delimiter,
      this.width,
      NUMBER_COLUMNS,
      MAX_ROWS,
      BOUNDS,
      ENDS,
      NUMBER_VALUES,
    );
  }

  /** Grows the memory to hold a chunk of `length` bytes; the views are made anew when it grew. */
  private fit(length: number): void {
    const memory = this.exports.memory;
    const needed = Math.ceil((INPUT + length + PADDING) / PAGE) - memory.buffer.byteLength / PAGE;
    if (needed <= 0 && this.bounds) return;
    if (needed > 0) memory.grow(needed);
    this.bounds = new Int32Array(memory.buffer, BOUNDS, MAX_ROWS * STRIDE);
    this.ends = new Int32Array(memory.buffer, ENDS, MAX_ROWS);
    this.numbers = new Float64Array(memory.buffer, NUMBER_VALUES, MAX_ROWS * NUMBERS);
  }
}
