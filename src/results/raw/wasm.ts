import type { LendingChunks } from '../model.js';

/** The WebAssembly API used here: the project's `lib` (ES2023, no DOM) and Node's types do not declare it. */
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports: object) => { exports: unknown };
};
type WasmModule = { readonly kind: 'WebAssembly.Module' };

export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

const PAGE = 65536;
/** Compiled once per process, when the first file that needs one is read (never by `loadgate lint`). */
const compiled = new Map<string, WasmModule>();

/** A new instance of the module whose bytes are `base64` (a generated `*-wasm.ts`), and its exports. */
export function instantiate<Exports>(base64: string): Exports {
  let module = compiled.get(base64);
  if (!module) {
    module = new WebAssembly.Module(Buffer.from(base64, 'base64'));
    compiled.set(base64, module);
  }
  return new WebAssembly.Instance(module, {}).exports as Exports;
}

/** Grows `memory` to at least `bytes`; whether it grew (views of its old buffer are then detached). */
function fitMemory(memory: WasmMemory, bytes: number): boolean {
  const pages = Math.ceil(bytes / PAGE) - memory.buffer.byteLength / PAGE;
  if (pages <= 0) return false;
  memory.grow(pages);
  return true;
}

/** Bytes after a chunk that a scan's 16-byte block may read. */
const PADDING = 16;

/** Whether a reader may lend the buffers a file is read into (a plain file's chunks). */
export function isLending(input: AsyncIterable<Buffer>): input is LendingChunks {
  return typeof (input as Partial<LendingChunks>).readInto === 'function';
}

/**
 * Where a WebAssembly scan finds each chunk, in its memory from `at` on: read there by the engine, in the two
 * buffers the reader lent it (`lend`), or copied there (a gzip stream's chunks, standard input's). The copy
 * cost as much as a tenth of reading a file.
 */
export class WasmChunks {
  /** Where the chunk loaded last is in the memory, and its length: what a scan of it is given. */
  input = 0;
  limit = 0;

  constructor(
    private readonly memory: WasmMemory,
    private readonly at: number,
    /** Called when the memory grew: views of it are to be made anew. */
    private readonly grown: () => void,
  ) {
    if (fitMemory(memory, at + PADDING)) grown();
  }

  /**
   * Two buffers of `size` bytes in the memory, each followed by its padding, for the engine to read chunks into.
   * The memory does not grow after: that would take them from the engine.
   */
  lend(size: number): readonly [Buffer, Buffer] {
    const stride = size + PADDING;
    if (fitMemory(this.memory, this.at + 2 * stride)) this.grown();
    return [
      Buffer.from(this.memory.buffer, this.at, size),
      Buffer.from(this.memory.buffer, this.at + stride, size),
    ];
  }

  /** Takes `chunk` (read into a lent buffer, or copied): the scans that follow read it (`input`, `limit`). */
  load(chunk: Buffer): void {
    this.input = this.place(chunk);
    this.limit = chunk.length;
  }

  /** The address of `chunk` in the memory: where the engine read it, or where it is copied to. */
  place(chunk: Buffer): number {
    if (chunk.buffer === this.memory.buffer) return chunk.byteOffset;
    if (fitMemory(this.memory, this.at + chunk.length + PADDING)) this.grown();
    new Uint8Array(this.memory.buffer, this.at, chunk.length).set(chunk);
    return this.at;
  }
}
