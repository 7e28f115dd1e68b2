import { OVERALL_NAME, redactQuery } from '../endpoint-name.js';
import { describeJsonType, isObject, listKeys, parseJson, type JsonObject } from '../json.js';
import type { ReadDiagnostic, ReadResult, ResultReader, Run } from '../model.js';
import { combineRows, foldSummaryRows, type SummaryRow } from '../summary-rows.js';

/** The key of the whole run's row, as JMeter's report generator writes it. */
const TOTAL = 'Total';

/**
 * JMeter's percentiles in this file are those of the last samples of each label only (result-formats.md §3.3:
 * `PercentileAggregator` keeps a sliding window, `jmeter.reportgenerator.statistic_window`, 20,000 by default).
 */
const STATISTIC_WINDOW = 20_000;

/**
 * `statistics.json` of JMeter's HTML dashboard (`jmeter -g results.jtl -o report/`, or `-e -o` after a run;
 * `report/dashboard/JsonExporter.java`, result-formats.md §3.3): an object of label → `{transaction,
 * sampleCount, errorCount, errorPct, meanResTime, medianResTime, minResTime, maxResTime, pct1ResTime,
 * pct2ResTime, pct3ResTime, throughput, receivedKBytesPerSec, sentKBytesPerSec}`, with a `Total` row.
 *
 * Percentiles are reported-only. `pct1..3` are whatever `aggregate_rpt_pct1..3` said, 90, 95 and 99 by
 * default; the file does not name them, so the defaults are assumed. They are computed over a sliding window
 * of each label's last 20,000 samples: a label with more samples gets a warning, its percentiles being those
 * of the end of the run. Transaction Controller parents cannot be told from requests here, so the overall row
 * is `Total` as JMeter counted it, never a sum of the rows.
 */
export const jmeterStatisticsJsonReader: ResultReader = {
  format: 'jmeter-statistics-json',
  tool: 'jmeter',
  fileNameHint: /^statistics\.json$/i,
  sniff: sniffJmeterStatistics,
  read: readJmeterStatistics,
};

/** A label's row opens the file: `{ "<label>" : { "transaction" : …` with `sampleCount` and `pct1ResTime` near. */
export function sniffJmeterStatistics(head: string): boolean {
  return (
    /^\s*\{\s*"(?:[^"\\]|\\.)*"\s*:\s*\{\s*"transaction"\s*:/.test(head) &&
    /"sampleCount"\s*:/.test(head) &&
    /"pct1ResTime"\s*:/.test(head)
  );
}

export function readJmeterStatistics(text: string, file: string): ReadResult {
  const parsed = parseJson(text, file);
  if (!parsed.ok) return { diagnostics: [parsed.diagnostic] };
  const root = parsed.value;
  const total = isObject(root) ? root[TOTAL] : undefined;
  if (!isObject(root) || !isObject(total) || num(total.sampleCount) === undefined) {
    return {
      diagnostics: [
        {
          file,
          message: `Not a JMeter dashboard statistics.json: expected an object of label rows with a "${TOTAL}" row that has "sampleCount", found ${isObject(root) ? listKeys(root) : describeJsonType(root)}.`,
        },
      ],
    };
  }
  const diagnostics: ReadDiagnostic[] = [];
  const rows: SummaryRow[] = [];
  let skipped = 0;
  const windowed: string[] = [];
  for (const [key, value] of Object.entries(root)) {
    if (key === TOTAL) continue;
    if (!isObject(value) || num(value.sampleCount) === undefined) {
      skipped++;
      continue;
    }
    const name = typeof value.transaction === 'string' && value.transaction !== '' ? value.transaction : key;
    const row = summaryRow(redactQuery(name), value);
    rows.push(row);
    if (row.count > STATISTIC_WINDOW) windowed.push(name);
  }
  if (skipped > 0)
    diagnostics.push({
      file,
      message: `${skipped} entries are not label rows with a "sampleCount"; they were skipped.`,
      severity: 'warning',
    });
  if (windowed.length > 0)
    diagnostics.push({
      file,
      message: `${windowed.length === 1 ? `"${windowed[0]!.slice(0, 80)}" has` : `${windowed.length} labels have`} more than 20,000 samples: JMeter's dashboard computes percentiles over each label's last 20,000 samples only (jmeter.reportgenerator.statistic_window), so they describe the end of the run. Give the JTL the dashboard was made from for whole-run percentiles.`,
      severity: 'warning',
    });
  // The dashboard reads `elapsed`: the whole sample, connect included.
  const options = { quality: 'reported-only' as const, latencyKind: 'total' as const };
  const overall = combineRows(OVERALL_NAME, undefined, [summaryRow(OVERALL_NAME, total)], options);
  // Labels with ids (a sampler named by its URL) fold into templates, as every summary format's rows do.
  const { endpoints, folding } = foldSummaryRows(rows, options);
  const run: Run = {
    schema: 'loadgate/run@1',
    source: { tool: 'jmeter', format: 'jmeter-statistics-json', file },
    profile: {},
    overall,
    endpoints,
    thresholds: [],
  };
  if (folding) run.folding = folding;
  // The dashboard's throughput is samples over the run's span, so the span comes back (to the ms).
  if (overall.count && overall.throughput !== undefined && overall.throughput > 0)
    run.profile.durationSec = Math.round((overall.count / overall.throughput) * 1000) / 1000;
  return { run, diagnostics };
}

/** A label's statistics as a summary row: `pct1..3ResTime` as JMeter's default 90th, 95th and 99th percentiles. */
function summaryRow(name: string, stats: JsonObject): SummaryRow {
  const count = num(stats.sampleCount) ?? 0;
  const row: SummaryRow = { name, count, errors: num(stats.errorCount) ?? 0, quantiles: [] };
  if (count > 0) {
    const ms = (value: unknown): number | undefined => {
      const v = num(value);
      return v !== undefined && v >= 0 ? v : undefined;
    };
    const min = ms(stats.minResTime);
    const mean = ms(stats.meanResTime);
    const max = ms(stats.maxResTime);
    if (min !== undefined) row.min = min;
    if (mean !== undefined) row.mean = mean;
    if (max !== undefined) row.max = max;
    for (const [fraction, value] of [
      [0.5, stats.medianResTime],
      [0.9, stats.pct1ResTime],
      [0.95, stats.pct2ResTime],
      [0.99, stats.pct3ResTime],
    ] as const) {
      const v = ms(value);
      if (v !== undefined) row.quantiles.push([fraction, v]);
    }
  }
  const throughput = num(stats.throughput);
  if (throughput !== undefined) row.throughput = throughput;
  return row;
}

/** A finite number; anything else is not read. */
function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
