import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type {
  LendingChunks,
  ReadResult,
  ResultFormat,
  ResultReader,
  SampleStreamReader,
} from '../results/model.js';
import { fromLatin1 } from '../results/raw/latin1.js';
import { RunBuilder } from '../results/raw/run-builder.js';
import { readerFor, SNIFF_BYTES, sniffDocument, sniffFormat, unrecognised } from '../results/readers.js';
import { resultSetReader, type SetPart } from '../results/result-sets.js';
import type { ReadProgress } from './progress.js';

/**
 * One result file to read: a path, or standard input (`--current -`, `ingest -`), which is streamed like a
 * file and can be read once. `format` is an explicit format (`.loadgate.yml`), which wins over sniffing.
 */
export interface ResultSource {
  absolute: string;
  /** The name diagnostics and reports use (`-` for standard input). */
  path: string;
  format?: ResultFormat;
  stdin?: AsyncIterable<Buffer | string>;
}

/** Summary formats are read whole; anything larger than this is not a summary. Raw streams have no limit. */
export const MAX_SUMMARY_BYTES = 512 * 1024 * 1024;
const CHUNK = 1 << 20;

/** A file as chunks of bytes, gunzipped when it starts with the gzip magic (k6 `--out json=x.gz`). */
async function byteStream(absolute: string): Promise<AsyncIterable<Buffer>> {
  return (await openBytes(absolute)).stream;
}

async function openBytes(absolute: string): Promise<{ stream: AsyncIterable<Buffer>; gzip: boolean }> {
  const handle = await open(absolute, 'r');
  const magic = Buffer.alloc(2);
  try {
    await handle.read(magic, 0, 2, 0);
  } finally {
    await handle.close();
  }
  const raw = createReadStream(absolute, { highWaterMark: CHUNK });
  const gzip = magic[0] === 0x1f && magic[1] === 0x8b;
  const stream = gzip ? raw.pipe(createGunzip({ chunkSize: CHUNK })) : raw;
  if (gzip) raw.on('error', (e) => stream.destroy(e));
  return { stream: stream as AsyncIterable<Buffer>, gzip };
}

/**
 * A plain file's bytes for a raw-sample reader, read again from the start into two reused buffers that take
 * turns: each chunk is only valid until the next is asked for (the readers copy what they keep).
 * - Reused, not fresh: a fresh buffer per chunk, as a read stream gives, costs the kernel a page fault per
 *   4 KiB of the file (on a 200 MB file in the page cache, 0.45 s of CPU, more than the readers' own work).
 * - Two: while the reader works on one chunk, the next is read into the other. With one, the reader waited
 *   for every read, a third of the wall time of a 1 GB file in the page cache.
 * - The reader's, when it lends them (`LendingChunks`): in its WebAssembly's memory, the chunks need no copy.
 * Each chunk's size is told to `progress` first.
 */
function lentChunks(absolute: string, progress: ReadProgress | undefined): LendingChunks {
  let lent: readonly [Buffer, Buffer] | undefined;
  return {
    chunkSize: CHUNK,
    readInto(buffers) {
      lent = buffers;
    },
    [Symbol.asyncIterator]: () =>
      readChunks(absolute, lent ?? [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)], progress),
  };
}

async function* readChunks(
  absolute: string,
  buffers: readonly [Buffer, Buffer],
  progress: ReadProgress | undefined,
): AsyncGenerator<Buffer> {
  const handle = await open(absolute, 'r');
  const readInto = (buf: Buffer): Promise<number> => {
    const read = handle.read(buf, 0, CHUNK, null).then((r) => r.bytesRead);
    // A read that fails while the reader works on the chunk before is not yet awaited: marked as handled
    // here, its error reaches the reader when it asks for the chunk.
    read.catch(() => 0);
    return read;
  };
  let turn = 0;
  // At most one read is in flight, so the file is read in order from its position.
  let ahead = readInto(buffers[0]);
  try {
    for (;;) {
      const bytesRead = await ahead;
      if (bytesRead === 0) return;
      const buf = buffers[turn]!;
      turn ^= 1;
      ahead = readInto(buffers[turn]!);
      progress?.(bytesRead);
      yield bytesRead === CHUNK ? buf : buf.subarray(0, bytesRead);
    }
  } finally {
    // A reader that stops early leaves a read in flight: it ends before the file is closed.
    await ahead.catch(() => 0);
    await handle.close();
  }
}

/** Standard input as chunks of bytes, gunzipped when it starts with the gzip magic, like a file. */
async function inputBytes(input: AsyncIterable<Buffer | string>): Promise<AsyncIterable<Buffer>> {
  const it = input[Symbol.asyncIterator]();
  const first = await it.next();
  const head = first.done ? Buffer.alloc(0) : Buffer.from(first.value as Buffer);
  async function* bytes(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      yield Buffer.from(next.value as Buffer);
    }
  }
  const raw = Readable.from(bytes(), { objectMode: false });
  const gzip = head[0] === 0x1f && head[1] === 0x8b;
  const stream = gzip ? raw.pipe(createGunzip({ chunkSize: CHUNK })) : raw;
  if (gzip) raw.on('error', (e) => stream.destroy(e));
  return stream as AsyncIterable<Buffer>;
}

/** Chunks as Latin-1 text (see src/results/raw/latin1.ts), for readers that take text; summaries are re-decoded as UTF-8 whole. */
async function* latin1(chunks: AsyncIterable<Buffer>): AsyncIterable<string> {
  for await (const chunk of chunks) yield chunk.toString('latin1');
}

/** The first chunks of a stream (at least SNIFF_BYTES, as Latin-1 text) and the whole stream again, head included. */
async function peek(stream: AsyncIterable<Buffer>): Promise<{ head: string; all: AsyncIterable<Buffer> }> {
  const it = stream[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < SNIFF_BYTES) {
    const next = await it.next();
    if (next.done) {
      done = true;
      break;
    }
    chunks.push(next.value);
    size += next.value.length;
  }
  const all: AsyncIterable<Buffer> = {
    async *[Symbol.asyncIterator]() {
      yield* chunks;
      chunks.length = 0;
      if (done) return;
      for (;;) {
        const next = await it.next();
        if (next.done) return;
        yield next.value;
      }
    },
  };
  // Only the head is joined: a copy of a whole 1 MB first chunk cost 4 to 13 ms (fresh pages) for 64 kB read.
  const head =
    chunks.length === 1
      ? chunks[0]!.toString('latin1', 0, SNIFF_BYTES)
      : Buffer.concat(chunks, Math.min(size, SNIFF_BYTES)).toString('latin1');
  return { head, all };
}

/**
 * The format of a raw-sample stream (k6 NDJSON/CSV, JMeter JTL) from the head of the file; undefined for a
 * summary format, an unknown one, or a file that cannot be opened (reading it later reports why).
 */
export async function sniffStreamFormat(absolute: string, path: string): Promise<ResultFormat | undefined> {
  try {
    const stream = await byteStream(absolute);
    const { head } = await peek(stream);
    (stream as unknown as { destroy(): void }).destroy();
    const reader = sniffFormat(head, path);
    return reader?.loadStream ? reader.format : undefined;
  } catch {
    return undefined;
  }
}

/** The format of any result file from its head (summary or stream); undefined when unknown or unreadable. */
export async function sniffFileFormat(absolute: string, path: string): Promise<ResultFormat | undefined> {
  try {
    const stream = await byteStream(absolute);
    const { head } = await peek(stream);
    (stream as unknown as { destroy(): void }).destroy();
    return sniffFormat(head, path)?.format;
  } catch {
    return undefined;
  }
}

/**
 * Reads one result file of any known format, by content. Summary formats are read whole (bounded); raw-sample
 * streams are streamed into sketches and never held. I/O errors propagate to the caller (which words them);
 * everything about the content is a diagnostic.
 */
export async function readResultFile(
  absolute: string,
  path: string,
  format?: ResultFormat,
  progress?: ReadProgress,
): Promise<ReadResult> {
  return readResultFiles([{ absolute, path, ...(format ? { format } : {}) }], progress);
}

/** The chunks as they are, each one's size told to `progress` first. */
async function* counted(chunks: AsyncIterable<Buffer>, progress: ReadProgress): AsyncIterable<Buffer> {
  for await (const chunk of chunks) {
    progress(chunk.length);
    yield chunk;
  }
}

/**
 * Reads several files of ONE run (the load generators of a distributed test, matrix shards): raw-sample
 * streams of one format merge exactly into one sketch per endpoint. Files of a summary format cannot be merged
 * (their percentiles are final), so only a single such file is accepted.
 */
export async function readResultFiles(
  files: readonly ResultSource[],
  progress?: ReadProgress,
): Promise<ReadResult> {
  // The summary files one tool writes for one run (standard input is never part of such a set).
  if (files.length > 1 && !files.some((f) => f.stdin)) {
    const set = await readSummarySet(files);
    if (set) return set;
  }
  let builder: RunBuilder | undefined;
  let streamReader: SampleStreamReader | undefined;
  for (const { absolute, path, format, stdin } of files) {
    const opened = stdin ? undefined : await openBytes(absolute);
    const peeked = await peek(opened ? opened.stream : await inputBytes(stdin!));
    const head = peeked.head;
    const all = progress ? counted(peeked.all, progress) : peeked.all;
    // An explicit format wins over sniffing: the user knows a file whose head looks like something else.
    let reader = format ? readerFor(format) : sniffFormat(head, path);
    /** The whole text, when it was read to tell the format. */
    let text: string | undefined;
    if (!reader) {
      // A JSON document longer than its head may name its format further on: it is judged whole (bounded).
      text = head.length >= SNIFF_BYTES && /^\s*[[{]/.test(head) ? await wholeText(all) : undefined;
      if (text === undefined) return { diagnostics: [unrecognised(fromLatin1(head), path)] };
      reader = sniffDocument(text, path);
      if (!reader) return { diagnostics: [unrecognised(text, path)] };
    }
    if (!reader.loadStream) {
      if (files.length > 1) {
        return {
          diagnostics: [
            {
              file: path,
              message: `This is a ${reader.format} file: only raw-sample files (k6 --out json/csv, JMeter JTL) of one run can be merged, because summaries hold final percentiles that cannot be combined.`,
            },
          ],
        };
      }
      return text !== undefined
        ? readText(reader, text, path, absolute)
        : readWhole(reader, all, path, absolute);
    }
    const next = await reader.loadStream();
    if (streamReader && next.format !== streamReader.format) {
      builder!.file = path;
      builder!.diagnostic(
        `This is a ${next.format} file, the first file of this run a ${streamReader.format} one: files of one run must have one format. It was not merged.`,
      );
      continue;
    }
    streamReader = next;
    builder ??= new RunBuilder({
      tool: next.tool,
      format: next.format,
      latencyKind: next.latencyKind,
      stamps: next.stamps,
    });
    builder.file = path;
    builder.files.push(path);
    const before = builder.requests;
    // A plain file is read again from the start into a reused buffer; standard input and gzip go on as peeked.
    let chunks = all;
    if (opened && !opened.gzip) {
      (opened.stream as unknown as { destroy(): void }).destroy();
      chunks = lentChunks(absolute, progress);
    }
    try {
      if (next.feedBytes) await next.feedBytes(chunks, path, builder);
      else await next.feed(latin1(chunks), path, builder);
    } catch (error) {
      // The file stopped being readable part-way (a gzip cut short): what was read before still stands.
      const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      builder.diagnostic(
        builder.requests > before
          ? `The file stopped being readable part-way (${why}); the samples before were read. The file looks truncated.`
          : `The file could not be read (${why}).`,
        undefined,
        builder.requests > before ? 'warning' : 'error',
      );
    }
  }
  if (!builder || !streamReader) return { diagnostics: [] };
  const run = builder.build();
  const diagnostics = builder.allDiagnostics();
  if (!run.overall.count) {
    builder.file = builder.files[0] ?? '';
    const why = diagnostics.some((d) => d.severity !== 'warning')
      ? []
      : [{ file: builder.file, message: 'The file has no request samples: there is nothing to compare.' }];
    return { diagnostics: [...diagnostics, ...why], format: streamReader.format };
  }
  return { run, diagnostics, format: streamReader.format };
}

/**
 * The summary files one tool writes side by side for one run (Locust's `--csv` stats, history and failures),
 * read whole and combined by their family's reader; undefined when the files are no such set.
 */
async function readSummarySet(
  files: readonly { absolute: string; path: string }[],
): Promise<ReadResult | undefined> {
  const formats = await Promise.all(files.map((f) => sniffFileFormat(f.absolute, f.path)));
  const combine = resultSetReader(formats);
  if (!combine) return undefined;
  const parts: SetPart[] = [];
  for (const [i, { absolute, path }] of files.entries()) {
    const text = await wholeText(await byteStream(absolute));
    if (text === undefined) {
      return {
        diagnostics: [
          {
            file: path,
            message: `The file is over ${MAX_SUMMARY_BYTES / 2 ** 20} MiB, too large for a ${formats[i]} file (a summary).`,
          },
        ],
      };
    }
    parts.push({ format: formats[i]!, text, file: path });
  }
  try {
    return { ...combine(parts), fileFormats: Object.fromEntries(parts.map((p) => [p.file, p.format])) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      diagnostics: [
        {
          file: files[0]!.path,
          message: `Reading these files as one run failed: ${why}. Please report this as a loadgate bug.`,
        },
      ],
    };
  }
}

/** A summary's whole text (UTF-8), or undefined past the summary size limit. */
async function wholeText(all: AsyncIterable<Buffer>): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of all) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > MAX_SUMMARY_BYTES) return undefined;
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readWhole(
  reader: ResultReader,
  all: AsyncIterable<Buffer>,
  path: string,
  absolute?: string,
): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of all) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > MAX_SUMMARY_BYTES) {
      return {
        diagnostics: [
          {
            file: path,
            message: `The file is over ${MAX_SUMMARY_BYTES / 2 ** 20} MiB, too large for a ${reader.format} file (a summary); loadgate reads summaries whole.`,
          },
        ],
      };
    }
  }
  return readText(reader, Buffer.concat(chunks).toString('utf8'), path, absolute);
}

/** Reads a summary's whole text with its reader, and the companions beside it. */
async function readText(
  reader: ResultReader,
  text: string,
  path: string,
  absolute?: string,
): Promise<ReadResult> {
  const companions = absolute ? await readCompanions(reader, absolute) : undefined;
  try {
    return { ...reader.read!(text, path, companions), format: reader.format };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      diagnostics: [
        {
          file: path,
          message: `The ${reader.format} reader failed on this file: ${why}. Please report this as a loadgate bug.`,
        },
      ],
    };
  }
}

/** A companion is a small summary beside the file (Gatling's assertions.json); anything larger is not one. */
const MAX_COMPANION_BYTES = 4 * 1024 * 1024;

/** The companion files of a reader that exist beside `absolute`, by name; missing or unreadable ones are left out. */
async function readCompanions(
  reader: ResultReader,
  absolute: string,
): Promise<ReadonlyMap<string, string> | undefined> {
  if (!reader.companions?.length) return undefined;
  const found = new Map<string, string>();
  for (const name of reader.companions) {
    const sibling = join(dirname(absolute), name);
    try {
      if ((await stat(sibling)).size > MAX_COMPANION_BYTES) continue;
      found.set(name, await readFile(sibling, 'utf8'));
    } catch {
      // Not there: the file is read without it.
    }
  }
  return found;
}
