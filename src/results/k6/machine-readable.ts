import { describeJsonType, finite, isObject, listKeys, numericEntries, parseJson } from '../json.js';
import type { ReadDiagnostic, ReadResult, ResultReader } from '../model.js';
import { buildK6Run, type K6Metric, type K6MetricType } from './build-run.js';

const METRIC_TYPES = new Set<string>(['counter', 'gauge', 'rate', 'trend']);

/**
 * The machine-readable summary of k6 ≥ v1.5 (`--new-machine-readable-summary`, schema `1.0.0`,
 * result-formats.md §2.4): `version` + `results.metrics[]`. It has no thresholds and no submetrics, so the
 * run has an overall row only; trends carry at most avg/min/med/max/p(90)/p(95).
 */
export const k6MachineReadableReader: ResultReader = {
  format: 'k6-machine-readable-summary',
  tool: 'k6',
  sniff: (head) =>
    /"version"\s*:/.test(head) &&
    /"results"\s*:\s*\{/.test(head) &&
    /"metrics"\s*:\s*\[/.test(head) &&
    !/"aggregate"\s*:/.test(head),
  read: readK6MachineReadable,
};

export function readK6MachineReadable(text: string, file: string): ReadResult {
  const parsed = parseJson(text, file);
  if (!parsed.ok) return { diagnostics: [parsed.diagnostic] };
  const root = parsed.value;
  const results = isObject(root) && isObject(root.results) ? root.results : undefined;
  if (!isObject(root) || typeof root.version !== 'string' || !results || !Array.isArray(results.metrics)) {
    return {
      diagnostics: [
        {
          file,
          message: `Not a k6 machine-readable summary: expected "version" and "results.metrics" (an array), found ${isObject(root) ? listKeys(root) : describeJsonType(root)}.`,
        },
      ],
    };
  }
  const diagnostics: ReadDiagnostic[] = [];
  if (!root.version.startsWith('1.')) {
    diagnostics.push({
      file,
      message: `Machine-readable summary version "${root.version}" is newer than the 1.x this loadgate knows; read as 1.0.0, some values may be missing.`,
    });
  }
  const metrics: K6Metric[] = [];
  results.metrics.forEach((raw, index) => {
    if (!isObject(raw) || typeof raw.name !== 'string' || !isObject(raw.values)) {
      diagnostics.push({
        file,
        message: `results.metrics[${index}] is skipped: expected an object with "name" and "values", found ${isObject(raw) ? listKeys(raw) : describeJsonType(raw)}.`,
      });
      return;
    }
    const values = numericEntries(raw.values);
    const type =
      typeof raw.type === 'string' && METRIC_TYPES.has(raw.type) ? (raw.type as K6MetricType) : undefined;
    if (type === 'rate' && values.matches !== undefined && values.total !== undefined) {
      values.passes = values.matches;
      values.fails = values.total - values.matches;
    }
    metrics.push({ key: raw.name, ...(type ? { type } : {}), values, thresholds: [] });
  });

  const config = isObject(root.config) ? root.config : {};
  const metadata = isObject(root.metadata) ? root.metadata : {};
  const duration = finite(config.duration);
  const checks = sumChecks(isObject(results.checks) ? results.checks.results : undefined);
  const result = buildK6Run({
    format: 'k6-machine-readable-summary',
    file,
    metrics,
    ...(duration !== undefined && duration > 0 ? { durationSec: duration } : {}),
    ...(checks ? { checks } : {}),
    ...(typeof metadata.k6Version === 'string' ? { version: metadata.k6Version } : {}),
    ...(typeof metadata.generatedAt === 'string' ? { createdAt: metadata.generatedAt } : {}),
  });
  return { run: result.run, diagnostics: [...diagnostics, ...result.diagnostics] };
}

function sumChecks(list: unknown): { passes: number; fails: number } | undefined {
  if (!Array.isArray(list) || list.length === 0) return undefined;
  let passes = 0;
  let fails = 0;
  for (const c of list) {
    if (!isObject(c)) continue;
    passes += finite(c.passes) ?? 0;
    fails += finite(c.fails) ?? 0;
  }
  return { passes, fails };
}
