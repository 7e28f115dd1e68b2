import { parseArgs } from 'node:util';
import { ingest, type IngestResult } from '../engine/ingest.js';
import { reportPath } from '../engine/paths.js';
import { UsageError } from '../engine/usage-error.js';
import { OVERALL_NAME } from '../results/endpoint-name.js';
import { terminalText } from '../report/escape.js';
import type { CliIo } from './main.js';
import { Progress } from './progress.js';
import { readDiagnosticLines } from './read-diagnostics.js';

const FORMATS = ['text', 'json'] as const;

/**
 * `loadgate ingest FILE... --out run.json [--format json]`. Exit 0 when the run file was written, 2 when
 * nothing could be read or the command was misused; problems go to stderr one line each, as
 * `loadgate: PATH[:LINE]: SEVERITY MESSAGE`.
 */
export async function ingestCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(
      `ingest: ${(error as Error).message.replace(/\. To specify a positional.*$/s, '.')}`,
    );
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0)
    throw new UsageError('ingest needs result files: loadgate ingest FILE... --out run.json');
  if (!values.out) throw new UsageError('ingest needs --out FILE: where to write the run file');
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`ingest: unknown format "${format}"; expected ${FORMATS.join(', ')}`);
  if (positionals.filter((p) => p === '-').length > 1)
    throw new UsageError('ingest: - reads standard input, which can be given once');
  const progress = new Progress({ stream: io.stderr, env: io.env });
  const result = await ingest({
    progress: progress.read,
    cwd: io.cwd,
    files: positionals,
    out: values.out,
    env: io.env,
    ...(positionals.includes('-') ? { stdin: io.stdin ?? process.stdin } : {}),
  }).finally(() => progress.done());
  io.stderr.write(readDiagnosticLines(result.diagnostics));
  if (!result.run) {
    io.stderr.write('loadgate: ingest: no result could be read, so no run file was written\n');
    return 2;
  }
  if (format === 'json') io.stdout.write(JSON.stringify(summaryJson(result, io.cwd), null, 2) + '\n');
  else io.stderr.write(`loadgate: ${summaryLine(result, io.cwd)}\n`);
  return 0;
}

function summaryJson(result: IngestResult, cwd: string): Record<string, unknown> {
  const run = result.run!;
  return {
    out: reportPath(result.written!, cwd),
    schema: 'loadgate/run@2',
    bytes: result.bytes,
    tool: run.source.tool,
    ...(run.source.version ? { toolVersion: run.source.version } : {}),
    format: run.source.format,
    files: result.files,
    requests: run.overall.count ?? null,
    errors: run.overall.errors ?? null,
    endpoints: run.endpoints.filter((e) => e.name !== OVERALL_NAME).length,
    windows: run.series?.length ?? 0,
    durationSec: run.profile.durationSec ?? null,
    sketches: [run.overall, ...run.endpoints].filter((e) => e.sketch).length,
    provenance: run.provenance,
    diagnostics: result.diagnostics.map((d) => ({
      file: d.file,
      ...(d.line ? { line: d.line } : {}),
      severity: d.severity ?? 'error',
      message: d.message,
    })),
  };
}

/** `wrote run.json (loadgate/run@2, 3.5 kB): k6 k6-ndjson, 2 files, 61 requests, 3 endpoints, 5 windows`. */
function summaryLine(result: IngestResult, cwd: string): string {
  const run = result.run!;
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const size = result.bytes! < 1024 ? `${result.bytes} B` : `${(result.bytes! / 1024).toFixed(1)} kB`;
  const parts = [
    `${run.source.tool}${run.source.version ? ` ${run.source.version}` : ''} ${run.source.format}`,
    n(result.files.length, 'file'),
    ...(run.overall.count !== undefined ? [n(run.overall.count, 'request')] : []),
    n(run.endpoints.length, 'endpoint'),
    ...(run.series ? [n(run.series.length, 'window')] : []),
  ];
  return `wrote ${terminalText(reportPath(result.written!, cwd), { maxLength: 200 })} (loadgate/run@2, ${size}): ${parts.join(', ')}`;
}
