import type { ValidateFunction } from 'ajv';
import runSchema from '../../docs/run.schema.json' with { type: 'json' };
import { compileSchema, describeAjvError } from '../util/ajv.js';
import { describeJsonType, isObject, listKeys, parseJson } from './json.js';
import type { ReadResult, ResultReader, Run } from './model.js';

const RUN_SCHEMA = 'loadgate/run@1';
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
  if (value.schema !== RUN_SCHEMA) {
    const schema = value.schema;
    const message =
      typeof schema === 'string' && schema.startsWith('loadgate/run@')
        ? `This run file is "${schema}", written by a newer loadgate; this version reads "${RUN_SCHEMA}". Update loadgate or regenerate the baseline.`
        : `Not a loadgate run: expected "schema": "${RUN_SCHEMA}", found ${schema === undefined ? listKeys(value) : JSON.stringify(schema)}.`;
    return { diagnostics: [{ file, message }] };
  }
  validator ??= compileSchema(runSchema as Record<string, unknown>, 'run');
  if (!validator(value)) {
    const errors = validator.errors ?? [];
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
  return { run: value as unknown as Run, diagnostics: [] };
}

/**
 * The baseline artifact: stable key order (the order of the Run model), two-space indent, trailing newline,
 * so that a stored baseline diffs cleanly. Absent statistics stay absent (`undefined` is dropped).
 */
export function serializeRun(run: Run): string {
  const ordered: Run = {
    schema: RUN_SCHEMA,
    source: run.source,
    profile: run.profile,
    overall: run.overall,
    endpoints: run.endpoints,
    thresholds: run.thresholds,
    ...(run.checks ? { checks: run.checks } : {}),
    ...(run.series ? { series: run.series } : {}),
    ...(run.folding ? { folding: run.folding } : {}),
    ...(run.meta ? { meta: run.meta } : {}),
  };
  return `${JSON.stringify(ordered, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? undefined : v), 2)}\n`;
}
