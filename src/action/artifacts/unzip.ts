import { unzipSync } from 'fflate';

/** An entry larger than this once inflated is refused: a zip bomb must not exhaust the runner's memory. */
export const MAX_ENTRY_BYTES = 200 * 1024 * 1024;
/** A baseline artifact holds one file, or a few; thousands of entries are not one. */
const MAX_ENTRIES = 1000;

export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/**
 * The entries of a zip archive whose name `wanted` accepts, inflated in memory. Every accepted entry's
 * declared size is checked against `maxEntryBytes` before it is inflated, and fflate inflates into a buffer
 * of exactly that declared size, so an entry that lies about its size is cut there (and then fails to parse)
 * rather than growing without bound.
 */
export function readZip(
  archive: Uint8Array,
  wanted: (name: string) => boolean,
  maxEntryBytes = MAX_ENTRY_BYTES,
): ZipEntry[] {
  let seen = 0;
  let tooLarge: string | undefined;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(archive, {
      filter: (file) => {
        seen++;
        if (seen > MAX_ENTRIES) throw new ZipError(`the archive has over ${MAX_ENTRIES} entries`);
        if (!wanted(file.name)) return false;
        if (file.originalSize > maxEntryBytes) {
          tooLarge ??= `${file.name} is ${file.originalSize} bytes uncompressed, over the ${maxEntryBytes}-byte limit`;
          return false;
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw new ZipError(
      `not a readable zip archive (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const entries = Object.entries(files).map(([name, data]) => ({ name, data }));
  if (entries.length === 0 && tooLarge) throw new ZipError(tooLarge);
  return entries;
}
