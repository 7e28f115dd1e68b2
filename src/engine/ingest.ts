import type { ReadDiagnostic, ReadResult, ResultFormat, Run } from '../results/model.js';
import { provenanceOf } from '../results/provenance.js';
import { serializeRun } from '../results/run-file.js';
import { writeArtifact } from './artifacts.js';
import { STDIN } from './compare-files.js';
import { mergeRuns } from '../results/merge-runs.js';
import { readResultFile, readResultFiles, sniffFileFormat, type ResultSource } from './read-result-file.js';
import type { ReadProgress } from './progress.js';
import { UsageError } from './usage-error.js';
import { givenFiles } from './given-files.js';

/**
 * Several run files of one run (each load generator ingested its own samples): merged from their sketches.
 * Undefined when the files are not all run files, for the raw-sample path to read them.
 */
async function runFiles(sources: readonly ResultSource[]): Promise<ReadResult | undefined> {
  if (sources.length < 2 || sources.some((s) => s.stdin)) return undefined;
  const formats = await Promise.all(sources.map((s) => sniffFileFormat(s.absolute, s.path)));
  if (!formats.every((f) => f === 'loadgate-run')) return undefined;
  const read = await Promise.all(sources.map((s) => readResultFile(s.absolute, s.path)));
  const diagnostics = read.flatMap((r) => r.diagnostics);
  const runs = read.flatMap((r) => (r.run ? [r.run] : []));
  if (runs.length < read.length) return { diagnostics, format: 'loadgate-run' };
  const merged = mergeRuns(runs);
  if (typeof merged === 'string')
    return {
      diagnostics: [
        ...diagnostics,
        { file: sources[0]!.path, message: `cannot merge these run files: ${merged}` },
      ],
    };
  return { run: merged, diagnostics, format: 'loadgate-run' };
}

export interface IngestRequest {
  cwd: string;
  /** Files, globs, or `-` for standard input, as typed. */
  files: readonly string[];
  /** Where the run file goes, relative to `cwd`. */
  out: string;
  /** Only `GITHUB_*` names are read, for the provenance. */
  env?: Readonly<Record<string, string | undefined>>;
  stdin?: AsyncIterable<Buffer | string>;
  now?: Date;
  /** Told the size of each chunk read, for a progress line. */
  progress?: ReadProgress;
}

export interface IngestResult {
  /** The run written; undefined when nothing could be read (and nothing was written). */
  run?: Run;
  /** Absolute path of the run file written. */
  written?: string;
  /** Bytes written. */
  bytes?: number;
  /** The files read, as reports name them, with their format. */
  files: { path: string; format?: ResultFormat }[];
  /** Problems, each with its file; warnings when the run was still read (a truncated stream). */
  diagnostics: ReadDiagnostic[];
}

/**
 * `loadgate ingest FILE... --out run.json`: reads result files of one run (several raw-sample files merge
 * exactly, as `--current` does) and writes the run as a `loadgate/run@2` file with its provenance.
 */
export async function ingest(request: IngestRequest): Promise<IngestResult> {
  const diagnostics: ReadDiagnostic[] = [];
  const sources: ResultSource[] = [];
  for (const given of request.files) {
    if (given === STDIN) {
      if (!request.stdin) throw new UsageError('ingest -: standard input is not available');
      sources.push({ absolute: STDIN, path: STDIN, stdin: request.stdin });
      continue;
    }
    sources.push(...givenFiles(request.cwd, given, diagnostics));
  }
  if (sources.length === 0) return { files: [], diagnostics };
  let result: ReadResult;
  try {
    result = (await runFiles(sources)) ?? (await readResultFiles(sources, request.progress));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return {
      files: [],
      diagnostics: [...diagnostics, { file: sources[0]!.path, message: `could not be read (${code})` }],
    };
  }
  diagnostics.push(...result.diagnostics);
  const format = result.format ?? result.run?.source.format;
  const files = sources.map(({ path }) => ({ path, ...(format ? { format } : {}) }));
  if (!result.run) return { files, diagnostics };
  // A run file read again keeps the files it was made from; a raw result names the files read now.
  const run: Run = {
    ...result.run,
    provenance: provenanceOf(
      result.run,
      request.env,
      request.now,
      result.run.provenance && format === 'loadgate-run'
        ? result.run.provenance.sources
        : files.map((f) => ({ file: f.path, format: f.format ?? result.run!.source.format })),
    ),
  };
  const text = serializeRun(run);
  let written: string;
  try {
    written = await writeArtifact(request.cwd, request.out, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`cannot write the run file ${request.out} (${code})`, { help: false });
  }
  return { run, written, bytes: Buffer.byteLength(text), files, diagnostics };
}
