import { describeJsonType, isObject, listKeys, numericEntries, parseJson, type JsonObject } from '../json.js';
import type { ReadDiagnostic, ReadResult, ResultReader } from '../model.js';
import { buildK6Run, type K6Metric, type K6MetricType } from './build-run.js';
import { sumGroupChecks } from './group-checks.js';
import { k6MetricsShape } from './summary.js';

/**
 * `k6 run --summary-export=file.json` (the legacy export, default in every k6 version; result-formats.md §2.3):
 * metric values flattened into the metric object, no `type`, rate metrics' `rate` renamed `value`, threshold
 * booleans INVERTED (`true` = failed, grafana/k6#1498), no `state` and so no test duration.
 */
export const k6SummaryExportReader: ResultReader = {
  format: 'k6-summary-export',
  tool: 'k6',
  fileNameHint: /export/i,
  sniff: (head) =>
    /"metrics"\s*:\s*\{/.test(head) &&
    !/"values"\s*:\s*\{/.test(head) &&
    !/"aggregate"\s*:/.test(head) &&
    /"(root_group|http_reqs|http_req_duration|iterations|vus_max|checks|data_sent)"\s*:\s*\{/.test(head),
  sniffDocument: (doc) => k6MetricsShape(doc) === 'flat',
  read: readK6SummaryExport,
};

export function readK6SummaryExport(text: string, file: string): ReadResult {
  const parsed = parseJson(text, file);
  if (!parsed.ok) return { diagnostics: [parsed.diagnostic] };
  const root = parsed.value;
  if (!isObject(root) || !isObject(root.metrics)) {
    return {
      diagnostics: [
        {
          file,
          message: `Not a k6 summary export: expected an object with a "metrics" map, found ${isObject(root) ? listKeys(root) : describeJsonType(root)}.`,
        },
      ],
    };
  }
  const diagnostics: ReadDiagnostic[] = [];
  const metrics: K6Metric[] = [];
  for (const [key, raw] of Object.entries(root.metrics)) {
    if (!isObject(raw)) {
      diagnostics.push({
        file,
        message: `Metric "${key}" is skipped: expected an object of statistics, found ${describeJsonType(raw)}.`,
      });
      continue;
    }
    metrics.push(readFlatMetric(key, raw));
  }
  const checks = root.metrics.checks === undefined ? sumGroupChecks(root.root_group) : undefined;
  const result = buildK6Run({ format: 'k6-summary-export', file, metrics, ...(checks ? { checks } : {}) });
  return { run: result.run, diagnostics: [...diagnostics, ...result.diagnostics] };
}

function readFlatMetric(key: string, raw: JsonObject): K6Metric {
  const { thresholds: rawThresholds, ...stats } = raw;
  const values = numericEntries(stats);
  const type = inferType(values);
  if (type === 'rate') {
    const total = (values.passes ?? 0) + (values.fails ?? 0);
    // Before k6 v0.30 the exported `value` was always 0 (grafana/k6#1768): recompute it from the counts.
    const rate = total > 0 ? (values.passes ?? 0) / total : values.value;
    delete values.value;
    if (rate !== undefined) values.rate = rate;
  }
  const thresholds: K6Metric['thresholds'] = [];
  if (isObject(rawThresholds)) {
    for (const [expression, failed] of Object.entries(rawThresholds)) {
      // The export writes `!ok`: true means the threshold FAILED.
      if (typeof failed === 'boolean') thresholds.push({ expression, ok: !failed });
      else if (isObject(failed) && typeof failed.ok === 'boolean')
        thresholds.push({ expression, ok: failed.ok });
    }
  }
  return { key, ...(type ? { type } : {}), values, thresholds };
}

/** The export drops `type`; each type has its own set of statistics (result-formats.md §2.1). */
function inferType(values: Record<string, number>): K6MetricType | undefined {
  if ('passes' in values && 'fails' in values) return 'rate';
  if ('count' in values && 'rate' in values) return 'counter';
  if ('avg' in values || 'med' in values || Object.keys(values).some((k) => k.startsWith('p(')))
    return 'trend';
  if ('value' in values && 'min' in values && 'max' in values) return 'gauge';
  return undefined;
}
