import type { ValidateFunction } from 'ajv';
import runSchema from '../../docs/run.schema.json' with { type: 'json' };
import { precompiled } from '../generated/run-validator.js';
import { compileSchema, describeAjvError } from '../util/schema-validate.js';
import { describeJsonType, isObject, listKeys, parseJson } from './json.js';
import type { EndpointStats, ReadResult, ResultReader, Run, WindowStats } from './model.js';
import { provenanceOf } from './provenance.js';
import { decodeSketch, encodeSketch, SketchDecodeError } from './sketch/encode.js';

/** What loadgate writes. */
export const RUN_SCHEMA = 'loadgate/run@2';
/** What it reads: every version up to the one it writes. */
const READ_SCHEMAS: readonly string[] = ['loadgate/run@1', RUN_SCHEMA];
/** More schema errors than this are summarised: a wrong file would otherwise flood the report. */
const MAX_ERRORS = 8;

let validator: ValidateFunction | undefined;

/** A serialized Run (the baseline artifact), validated against docs/run.schema.json. */
export const runFileReader: ResultReader = {
  format: 'loadgate-run',
  tool: 'loadgate',
  fileNameHint: /\.run\.json$|baseline/i,
  sniff: (head) => /"schema"\s*:\s*"loadgate\/run@/.test(head),
  read: readRunFile,
};

export function readRunFile(text: string, file: string): ReadResult {
  const parsed = parseJson(text, file);
  if (!parsed.ok) return { diagnostics: [parsed.diagnostic] };
  const value = parsed.value;
  if (!isObject(value)) {
    return {
      diagnostics: [
        { file, message: `Not a loadgate run: expected an object, found ${describeJsonType(value)}.` },
      ],
    };
  }
  if (typeof value.schema !== 'string' || !READ_SCHEMAS.includes(value.schema)) {
    const schema = value.schema;
    const message =
      typeof schema === 'string' && schema.startsWith('loadgate/run@')
        ? `This run file is "${schema}", written by a newer loadgate; this version reads ${READ_SCHEMAS.map((s) => `"${s}"`).join(' and ')}. Update loadgate or regenerate the baseline.`
        : `Not a loadgate run: expected "schema": "${RUN_SCHEMA}", found ${schema === undefined ? listKeys(value) : JSON.stringify(schema)}.`;
    return { diagnostics: [{ file, message }] };
  }
  validator ??= compileSchema(runSchema as Record<string, unknown>, 'run', precompiled);
  if (!validator(value)) {
    // The `if`/`then` wrapper of the run@2 requirements repeats the error under it.
    const errors = (validator.errors ?? []).filter((e) => e.keyword !== 'if');
    const shown = errors
      .slice(0, MAX_ERRORS)
      .map((e) => ({ file, message: `Invalid loadgate run: ${describeAjvError(e)}.` }));
    if (errors.length > MAX_ERRORS) {
      shown.push({
        file,
        message: `Invalid loadgate run: ${errors.length - MAX_ERRORS} more schema errors not shown.`,
      });
    }
    return { diagnostics: shown };
  }
  const run = value as unknown as Run;
  const bad = decodeSketches(run, value);
  if (bad) return { diagnostics: [{ file, message: `Invalid loadgate run: ${bad}.` }] };
  return { run, diagnostics: [] };
}

/**
 * Turns the encoded sketches of a run@2 file into DDSketches, in place; returns what is wrong with the first
 * one that does not decode. The schema has already checked they are base64 strings.
 */
function decodeSketches(run: Run, raw: Record<string, unknown>): string | undefined {
  const rows: [string, { sketch?: unknown }][] = [
    ['overall', run.overall],
    ...run.endpoints.map((e, i): [string, EndpointStats] => [`endpoints[${i}]`, e]),
    ...(run.series ?? []).map((w, i): [string, WindowStats] => [`series[${i}]`, w]),
  ];
  for (const [where, row] of rows) {
    if (row.sketch === undefined) continue;
    if (raw.schema !== RUN_SCHEMA) {
      delete row.sketch;
      continue;
    }
    try {
      (row as EndpointStats).sketch = decodeSketch(row.sketch as string);
    } catch (error) {
      if (!(error instanceof SketchDecodeError)) throw error;
      return `"${where}.sketch" ${error.message}`;
    }
  }
  return undefined;
}

/**
 * The baseline artifact, `loadgate/run@2`: stable key order (the order of the Run model), trailing newline,
 * so that a stored baseline diffs cleanly. Absent statistics stay absent (`undefined` is dropped). Sketches are
 * written encoded (`encodeSketch`), last in their row. The summary (source, profile, overall, endpoints,
 * thresholds, provenance) is indented to be read; each time-series window is one line, since a run has
 * hundreds of them and nobody reads them one field per line.
 */
export function serializeRun(run: Run): string {
  const ordered = {
    schema: RUN_SCHEMA,
    source: run.source,
    // A run@2 file always says where it came from; callers with an environment pass it in `run.provenance`.
    provenance: run.provenance ?? provenanceOf(run),
    profile: run.profile,
    ...(run.span ? { span: run.span } : {}),
    overall: encodedRow(run.overall),
    endpoints: run.endpoints.map(encodedRow),
    thresholds: run.thresholds,
    ...(run.checks ? { checks: run.checks } : {}),
    ...(run.folding ? { folding: run.folding } : {}),
    ...(run.delivery ? { delivery: run.delivery } : {}),
    ...(run.meta ? { meta: run.meta } : {}),
  };
  const text = json(ordered, 2);
  if (!run.series) return `${text}\n`;
  // Series last, one window per line: spliced in by hand, since JSON.stringify indents all or nothing.
  const windows = run.series.map((w) => `    ${json(encodedRow(w))}`).join(',\n');
  const series = run.series.length ? `[\n${windows}\n  ]` : '[]';
  return `${text.slice(0, -2)},\n  "series": ${series}\n}\n`;
}

function json(value: unknown, indent?: number): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? undefined : v),
    indent,
  );
}

function encodedRow<T extends { sketch?: EndpointStats['sketch'] }>(
  row: T,
): Omit<T, 'sketch'> & { sketch?: string } {
  const { sketch, ...rest } = row;
  return sketch && sketch.count > 0 ? { ...rest, sketch: encodeSketch(sketch) } : rest;
}
