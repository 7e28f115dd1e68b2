import { OVERALL_NAME, pathOf, redactQuery } from '../endpoint-name.js';
import { describeJsonType, isObject, listKeys, parseJson, type JsonObject } from '../json.js';
import type {
  EndpointStats,
  LatencyStats,
  ReadDiagnostic,
  ReadResult,
  ResultReader,
  Run,
  ThresholdResult,
} from '../model.js';
import { sniffGatlingGlobalStats, sniffGatlingStats } from './sniff.js';

/** The report's assertions, read from beside `stats.json` / `global_stats.json` when they are there. */
const ASSERTIONS = 'assertions.json';

/**
 * The JSON of a Gatling HTML report (`<run>/js/`, Gatling ≤ 3.13.4, result-formats.md §6.3): `stats.json` is
 * a tree of GROUP nodes (the root is "All Requests", "Global Information" before 3.x) whose `contents` hold
 * REQUEST and GROUP nodes, each with `stats`; `global_stats.json` is the root's `stats` alone. Every value has
 * `total`, `ok` and `ko`; `total` is read. `ko` values are 0 when nothing failed (Gatling's "no plot" value),
 * so only `numberOfRequests.ko` is used from that column.
 *
 * Percentiles are reported-only (a t-digest rounded to whole ms). `percentiles1..4` are whatever
 * `charting.indicators.percentile1..4` said, 50, 75, 95 and 99 by default; the files do not name them, so the
 * defaults are assumed: percentiles1 → median, percentiles3 → p95, percentiles4 → p99 (percentiles2, the 75th,
 * has no field in the Run). A GROUP below the root is a row of its own (kind `transaction`, latency the
 * cumulated response time), outside the overall row, as a JMeter Transaction Controller is.
 * `assertions.json` next to the file gives the assertions' outcome as thresholds.
 */
export const gatlingStatsReader: ResultReader = {
  format: 'gatling-stats-json',
  tool: 'gatling',
  fileNameHint: /^stats\.json$/i,
  sniff: sniffGatlingStats,
  companions: [ASSERTIONS],
  read: (text, file, companions) => readGatlingReport(text, file, 'gatling-stats-json', companions),
};

export const gatlingGlobalStatsReader: ResultReader = {
  format: 'gatling-global-stats-json',
  tool: 'gatling',
  fileNameHint: /global_stats\.json$/i,
  sniff: sniffGatlingGlobalStats,
  companions: [ASSERTIONS],
  read: (text, file, companions) => readGatlingReport(text, file, 'gatling-global-stats-json', companions),
};

export function readGatlingReport(
  text: string,
  file: string,
  format: 'gatling-stats-json' | 'gatling-global-stats-json',
  companions?: ReadonlyMap<string, string>,
): ReadResult {
  const parsed = parseJson(text, file);
  if (!parsed.ok) return { diagnostics: [parsed.diagnostic] };
  const root = parsed.value;
  const rootStats = format === 'gatling-stats-json' ? (isObject(root) ? root.stats : undefined) : root;
  if (!isObject(root) || !isObject(rootStats) || !isObject(rootStats.numberOfRequests)) {
    const what =
      format === 'gatling-stats-json'
        ? 'a GROUP node with "stats" and "contents" (js/stats.json)'
        : 'an object with "numberOfRequests" (js/global_stats.json)';
    return {
      diagnostics: [
        {
          file,
          message: `Not a Gatling ${format === 'gatling-stats-json' ? 'stats.json' : 'global_stats.json'}: expected ${what}, found ${isObject(root) ? listKeys(root) : describeJsonType(root)}.`,
        },
      ],
    };
  }
  const diagnostics: ReadDiagnostic[] = [];
  const overall = endpoint(OVERALL_NAME, rootStats, false);
  const count = overall.count;
  const rps = stat(rootStats.meanNumberOfRequestsPerSecond);
  const endpoints: EndpointStats[] = [];
  if (format === 'gatling-stats-json') {
    // Breadth first, without recursion: a hostile file must not overflow the stack.
    const queue: JsonObject[] = [root];
    let skipped = 0;
    for (let i = 0; i < queue.length; i++) {
      const node = queue[i]!;
      const contents = isObject(node.contents) ? Object.values(node.contents) : [];
      for (const child of contents) {
        if (!isObject(child) || !isObject(child.stats) || !isObject(child.stats.numberOfRequests)) {
          skipped++;
          continue;
        }
        const name =
          typeof child.path === 'string' && child.path !== '' ? child.path : String(child.name ?? '');
        if (child.type === 'GROUP') {
          endpoints.push(endpoint(name, child.stats, true));
          queue.push(child);
        } else endpoints.push(endpoint(name, child.stats, false));
      }
    }
    if (skipped > 0)
      diagnostics.push({
        file,
        message: `${skipped} entries of "contents" have no "stats" with "numberOfRequests"; they were skipped.`,
        severity: 'warning',
      });
  }
  const run: Run = {
    schema: 'loadgate/run@1',
    source: { tool: 'gatling', format, file },
    profile: {},
    overall,
    endpoints,
    thresholds: [],
  };
  // Gatling's rate is requests over its run span, so the span comes back (to the ms: the division is inexact).
  if (count !== undefined && rps !== undefined && rps > 0)
    run.profile.durationSec = Math.round((count / rps) * 1000) / 1000;
  const assertions = companions?.get(ASSERTIONS);
  if (assertions !== undefined) {
    const read = readAssertions(assertions, ASSERTIONS);
    run.thresholds = read.thresholds;
    diagnostics.push(...read.diagnostics);
  }
  return { run, diagnostics };
}

function endpoint(name: string, stats: JsonObject, group: boolean): EndpointStats {
  const count = stat(stats.numberOfRequests);
  const ko = isObject(stats.numberOfRequests) ? num(stats.numberOfRequests.ko) : undefined;
  const row: EndpointStats = {
    name: name === OVERALL_NAME ? name : redactQuery(name),
    latency: {},
    quality: 'reported-only',
    latencyKind: group ? 'group-cumulated' : 'total',
  };
  if (count !== undefined) row.count = count;
  if (ko !== undefined) row.errors = ko;
  if (count && ko !== undefined) row.errorRate = ko / count;
  const rps = stat(stats.meanNumberOfRequestsPerSecond);
  if (rps !== undefined) row.throughput = rps;
  if (count) {
    const latency: LatencyStats = row.latency;
    const put = (key: keyof LatencyStats, value: unknown): void => {
      const v = stat(value);
      if (v !== undefined && v >= 0) latency[key] = v;
    };
    put('min', stats.minResponseTime);
    put('mean', stats.meanResponseTime);
    put('median', stats.percentiles1);
    put('max', stats.maxResponseTime);
    put('p95', stats.percentiles3);
    put('p99', stats.percentiles4);
  }
  if (group) row.kind = 'transaction';
  const path = name === OVERALL_NAME ? undefined : pathOf(name);
  if (path !== undefined) row.path = path;
  return row;
}

/** The `total` of a `{total, ok, ko}` value; numbers, or the numeric strings of the report's stats.js. */
function stat(value: unknown): number | undefined {
  return isObject(value) ? num(value.total) : undefined;
}

function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.replace(/,/g, ''))) {
    return Number(value.replace(/,/g, ''));
  }
  return undefined;
}

/**
 * `js/assertions.json` (AssertionsJsonTemplate): `{simulation, simulationId, start, description, scenarios,
 * assertions: [{path, target, condition, conditionValues, result, message, values}]}`. Each assertion becomes
 * a threshold: metric = its path (`Global`, a request or group), expression = target and condition as Gatling
 * words them (`95th percentile of response time is less than 800`), ok = result.
 */
export function readAssertions(
  text: string,
  file: string,
): { thresholds: ThresholdResult[]; diagnostics: ReadDiagnostic[] } {
  const parsed = parseJson(text, file);
  if (!parsed.ok) return { thresholds: [], diagnostics: [{ ...parsed.diagnostic, severity: 'warning' }] };
  const root = parsed.value;
  if (!isObject(root) || !Array.isArray(root.assertions)) {
    return {
      thresholds: [],
      diagnostics: [
        {
          file,
          message: `Not a Gatling assertions.json (expected an "assertions" array); the assertions were not read.`,
          severity: 'warning',
        },
      ],
    };
  }
  const thresholds: ThresholdResult[] = [];
  for (const a of root.assertions) {
    if (!isObject(a) || typeof a.result !== 'boolean') continue;
    const path = typeof a.path === 'string' && a.path !== '' ? a.path : 'Global';
    const target = typeof a.target === 'string' ? a.target : '';
    const condition = typeof a.condition === 'string' ? a.condition : '';
    const values = Array.isArray(a.conditionValues) ? a.conditionValues.map(String) : [];
    let expression = [target, condition].filter((s) => s !== '').join(' ');
    if (values.length > 0 && !/\d/.test(condition)) expression += ` ${values.join(', ')}`;
    if (expression === '' && typeof a.message === 'string') expression = a.message;
    thresholds.push({ metric: path, expression, ok: a.result });
  }
  return { thresholds, diagnostics: [] };
}
