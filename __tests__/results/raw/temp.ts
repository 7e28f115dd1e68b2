import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readResultFile, readResultFiles } from '../../../src/engine/read-result-file.js';
import type { ReadResult } from '../../../src/results/model.js';

const dir = mkdtempSync(join(tmpdir(), 'loadgate-raw-'));
let n = 0;

/** Writes `text` (gzipped when asked) to a fresh temporary file and returns its path. */
export function tempFile(name: string, text: string | Buffer, gzip = false): string {
  const path = join(dir, `${n++}-${name}`);
  writeFileSync(path, gzip ? gzipSync(text) : text);
  return path;
}

/** Reads a file as `loadgate compare` does, reporting it under its base name. */
export function read(path: string): Promise<ReadResult> {
  return readResultFile(path, path.replace(/^.*[\\/]/, ''));
}

export function readAll(paths: string[]): Promise<ReadResult> {
  return readResultFiles(paths.map((absolute) => ({ absolute, path: absolute.replace(/^.*[\\/]/, '') })));
}
