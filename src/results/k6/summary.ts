import { describeJsonType, finite, isObject, listKeys, numericEntries, parseJson } from '../json.js';
import type { ReadDiagnostic, ReadResult, ResultReader } from '../model.js';
import { buildK6Run, type K6Metric, type K6MetricType } from './build-run.js';
import { sumGroupChecks } from './group-checks.js';

const METRIC_TYPES = new Set<string>(['counter', 'gauge', 'rate', 'trend']);

/**
 * The `data` object k6 passes to `handleSummary()`, written with `JSON.stringify(data)` (k6 v0.30 → v2.x,
 * result-formats.md §2.2): `metrics.<key>.values`, `thresholds.<expr>.ok`, `state.testRunDurationMs`.
 */
export const k6SummaryReader: ResultReader = {
  format: 'k6-summary',
  tool: 'k6',
  fileNameHint: /summary/i,
  sniff: (head) =>
    /"metrics"\s*:\s*\{/.test(head) && /"values"\s*:\s*\{/.test(head) && !/"aggregate"\s*:/.test(head),
  sniffDocument: (doc) => k6MetricsShape(doc) === 'values',
  read: readK6Summary,
};

/**
 * How a parsed k6 summary holds its metrics: `values` objects (handleSummary data), flat (the legacy export),
 * or undefined when the document has no `metrics` map of metrics (or is an Artillery report, which has one).
 */
export function k6MetricsShape(doc: unknown): 'values' | 'flat' | undefined {
  if (!isObject(doc) || !isObject(doc.metrics) || 'aggregate' in doc) return undefined;
  const metrics = Object.values(doc.metrics).filter(isObject);
  if (metrics.length === 0) return undefined;
  return metrics.some((m) => isObject(m.values)) ? 'values' : 'flat';
}

export function readK6Summary(text: string, file: string): ReadResult {
  const parsed = parseJson(text, file);
  if (!parsed.ok) return { diagnostics: [parsed.diagnostic] };
  const root = parsed.value;
  if (!isObject(root) || !isObject(root.metrics)) {
    return {
      diagnostics: [
        {
          file,
          message: `Not a k6 handleSummary object: expected an object with a "metrics" map, found ${isObject(root) ? listKeys(root) : describeJsonType(root)}.`,
        },
      ],
    };
  }
  const diagnostics: ReadDiagnostic[] = [];
  const metrics: K6Metric[] = [];
  for (const [key, raw] of Object.entries(root.metrics)) {
    const metric = readMetric(key, raw);
    if (typeof metric === 'string') diagnostics.push({ file, message: metric });
    else metrics.push(metric);
  }
  const state = isObject(root.state) ? root.state : undefined;
  const durationMs = finite(state?.testRunDurationMs);
  const result = buildK6Run({
    format: 'k6-summary',
    file,
    metrics,
    ...(durationMs !== undefined && durationMs > 0 ? { durationSec: durationMs / 1000 } : {}),
    ...(root.metrics.checks === undefined ? optionalChecks(root.root_group) : {}),
  });
  return { run: result.run, diagnostics: [...diagnostics, ...result.diagnostics] };
}

function optionalChecks(rootGroup: unknown): { checks?: { passes: number; fails: number } } {
  const checks = sumGroupChecks(rootGroup);
  return checks ? { checks } : {};
}

/** A metric entry, or a sentence saying what is wrong with it (the rest of the file is still read). */
function readMetric(key: string, raw: unknown): K6Metric | string {
  if (!isObject(raw) || !isObject(raw.values)) {
    return `Metric "${key}" is skipped: expected an object with "values", found ${isObject(raw) ? listKeys(raw) : describeJsonType(raw)}.`;
  }
  const values = numericEntries(raw.values);
  const type =
    typeof raw.type === 'string' && METRIC_TYPES.has(raw.type) ? (raw.type as K6MetricType) : undefined;
  const thresholds: K6Metric['thresholds'] = [];
  if (isObject(raw.thresholds)) {
    for (const [expression, result] of Object.entries(raw.thresholds)) {
      if (isObject(result) && typeof result.ok === 'boolean') thresholds.push({ expression, ok: result.ok });
    }
  }
  return { key, ...(type ? { type } : {}), values, thresholds };
}
