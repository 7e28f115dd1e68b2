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
export function fitMemory(memory: WasmMemory, bytes: number): boolean {
  const pages = Math.ceil(bytes / PAGE) - memory.buffer.byteLength / PAGE;
  if (pages <= 0) return false;
  memory.grow(pages);
  return true;
}
