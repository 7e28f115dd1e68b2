import { OVERALL_NAME, pathOf, redactQuery } from '../endpoint-name.js';
import { foldPlaceholders } from '../endpoint-template.js';
import {
  describeJsonType,
  finite,
  isObject,
  listKeys,
  numericEntries,
  parseJson,
  type JsonObject,
} from '../json.js';
import type {
  EndpointStats,
  LatencyStats,
  ReadDiagnostic,
  ReadResult,
  ResultReader,
  Run,
  WindowStats,
} from '../model.js';
import { readArtilleryV1 } from './report-v1.js';

/** The bundled metrics-by-endpoint plugin's default `metricsNamespace`. */
const BY_ENDPOINT = 'plugins.metrics-by-endpoint.';
const RESPONSE_TIME = `${BY_ENDPOINT}response_time.`;

/**
 * `artillery run --output report.json` (result-formats.md §4). Artillery v2 reports are read in full; the
 * 1.x shape (`aggregate.latency`, `requestsCompleted`) is handed to the v1 reader.
 *
 * Error policy — what loadgate counts as a failed request, because Artillery itself has no such number:
 * every `errors.<code>` counter (the request got no response: ETIMEDOUT, ECONNREFUSED, …) plus every
 * response with status ≥ 400. Artillery counts 4xx/5xx as ordinary responses unless `expect`/`ensure` says
 * otherwise; loadgate counts them as errors so that the error rate means what k6's `http_req_failed` means
 * by default (anything outside 200–399), and so that a route that starts answering 404 or 500 shows up as an
 * error-rate regression. `vusers.failed` is NOT added: a VU fails because one of its requests errored, so
 * adding it would count those requests twice. `errorsByKind` keeps the parts apart (`ETIMEDOUT`, `HTTP 500`).
 */
export const artilleryReportReader: ResultReader = {
  format: 'artillery-report',
  tool: 'artillery',
  fileNameHint: /artillery|report/i,
  sniff: (head) =>
    /"aggregate"\s*:\s*\{/.test(head) &&
    /"(counters|intermediate|requestsCompleted|scenariosCreated)"\s*:/.test(head),
  read: readArtilleryReport,
};

export function readArtilleryReport(text: string, file: string): ReadResult {
  const parsed = parseJson(text, file);
  if (!parsed.ok) return { diagnostics: [parsed.diagnostic] };
  const root = parsed.value;
  const aggregate = isObject(root) ? root.aggregate : undefined;
  if (!isObject(root) || !isObject(aggregate)) {
    return {
      diagnostics: [
        {
          file,
          message: `Not an Artillery report: expected an object with "aggregate" (artillery run --output), found ${isObject(root) ? listKeys(root) : describeJsonType(root)}.`,
        },
      ],
    };
  }
  // 1.x also has `counters` (custom stats), but never v2's summaries; `latency`/`requestsCompleted` are 1.x only.
  if ('latency' in aggregate || 'requestsCompleted' in aggregate) {
    return readArtilleryV1(root, aggregate, file);
  }
  if (!isObject(aggregate.counters)) {
    return {
      diagnostics: [
        {
          file,
          message: `Not an Artillery v2 report: expected "aggregate.counters" (an object), found ${describeJsonType(aggregate.counters)} in "aggregate" with ${listKeys(aggregate)}.`,
        },
      ],
    };
  }
  return readV2(root, aggregate, aggregate.counters, file);
}

function readV2(root: JsonObject, aggregate: JsonObject, rawCounters: JsonObject, file: string): ReadResult {
  const diagnostics: ReadDiagnostic[] = [];
  const counters = numericEntries(rawCounters);
  if (Object.keys(counters).some((k) => k.startsWith('core.') || k.startsWith('engine.http.'))) {
    return {
      diagnostics: [
        {
          file,
          message:
            'This is an Artillery 2.0 pre-release report (core.* / engine.http.* metric names), which loadgate does not read. Re-run the test with a released Artillery 2.x.',
        },
      ],
    };
  }
  // `histograms` duplicated `summaries` since Artillery#1433; early 2.0 builds stored raw sketches there.
  const summaries = isObject(aggregate.summaries)
    ? aggregate.summaries
    : isObject(aggregate.histograms)
      ? aggregate.histograms
      : {};
  const durationSec = reportDuration(aggregate, root.intermediate);

  const requests = counters['http.requests'];
  if (requests === undefined) {
    diagnostics.push({
      file,
      message:
        'The Artillery report has no "http.requests" counter, so there are no HTTP requests to compare (WebSocket, Socket.IO and Playwright scenarios are not read yet).',
    });
  }
  const overall = stats(
    OVERALL_NAME,
    latencyOf(summaries['http.response_time']),
    requests,
    outcomes(counters, 'http.codes.', 'errors.'),
    durationSec,
  );
  if (overall.throughput === undefined) {
    // Only when the duration is unknown: the aggregate rate is an average of per-window rates, not requests / duration.
    const rate = isObject(aggregate.rates) ? finite(aggregate.rates['http.request_rate']) : undefined;
    if (rate !== undefined) overall.throughput = rate;
  }

  const run: Run = {
    schema: 'loadgate/run@1',
    source: { tool: 'artillery', format: 'artillery-report', file },
    profile: {},
    overall,
    endpoints: endpointRows(counters, summaries, durationSec),
    thresholds: [],
  };
  if (durationSec !== undefined) run.profile.durationSec = durationSec;
  const created = counters['vusers.created'];
  if (created !== undefined && durationSec) run.profile.arrivalRate = created / durationSec;
  const failed = counters['vusers.failed'];
  if (created !== undefined && failed !== undefined)
    run.delivery = { vusersCreated: created, vusersFailed: failed };
  const expectOk = counters['plugins.expect.ok'];
  const expectFailed = counters['plugins.expect.failed'];
  if (expectOk !== undefined || expectFailed !== undefined)
    run.checks = { passes: expectOk ?? 0, fails: expectFailed ?? 0 };
  const started = finite(aggregate.firstMetricAt);
  if (started !== undefined) run.meta = { createdAt: new Date(started).toISOString() };
  const series = intermediateSeries(root.intermediate);
  if (series.length > 0) run.series = series;
  return { run, diagnostics };
}

/**
 * The report's `intermediate` entries (one per reporting period, 10 s by default) as windows: requests,
 * failures counted as for the whole run, the period's percentiles and the virtual users it started (the
 * offered load of an open model). Entries without a period start are left out.
 */
function intermediateSeries(intermediate: unknown): WindowStats[] {
  if (!Array.isArray(intermediate)) return [];
  const windows: WindowStats[] = [];
  for (const entry of intermediate) {
    if (!isObject(entry) || !isObject(entry.counters)) continue;
    const start = finite(Number(entry.period)) ?? finite(entry.firstCounterAt);
    if (start === undefined) continue;
    const counters = numericEntries(entry.counters);
    const summaries = isObject(entry.summaries)
      ? entry.summaries
      : isObject(entry.histograms)
        ? entry.histograms
        : {};
    const row = stats(
      '',
      latencyOf(summaries['http.response_time']),
      counters['http.requests'] ?? 0,
      outcomes(counters, 'http.codes.', 'errors.'),
      undefined,
    );
    const first = finite(entry.firstCounterAt);
    const last = finite(entry.lastCounterAt);
    const window: WindowStats = {
      start,
      // The period is Artillery's reporting interval; its counters span first to last counter within it.
      durationSec:
        first !== undefined && last !== undefined && last > start
          ? Math.max(10, Math.ceil((last - start) / 1000))
          : 10,
      count: row.count ?? 0,
      errors: row.errors ?? 0,
    };
    if (row.latency.median !== undefined) window.p50 = row.latency.median;
    if (row.latency.p95 !== undefined) window.p95 = row.latency.p95;
    if (row.latency.p99 !== undefined) window.p99 = row.latency.p99;
    if (counters['vusers.created'] !== undefined) window.arrivals = counters['vusers.created'];
    windows.push(window);
  }
  return windows.sort((a, b) => a.start - b.start);
}

/** First to last metric (epoch ms); else 10 s per intermediate window, Artillery's reporting period. */
function reportDuration(aggregate: JsonObject, intermediate: unknown): number | undefined {
  const first = finite(aggregate.firstMetricAt) ?? finite(aggregate.firstCounterAt);
  const last = finite(aggregate.lastMetricAt) ?? finite(aggregate.lastCounterAt);
  if (first !== undefined && last !== undefined && last > first) return (last - first) / 1000;
  if (Array.isArray(intermediate) && intermediate.length > 0) return intermediate.length * 10;
  return undefined;
}

interface Outcomes {
  /** HTTP status → responses. */
  codes: Map<string, number>;
  /** Error code → requests without a response. */
  errors: Map<string, number>;
}

function outcomes(counters: Record<string, number>, codePrefix: string, errorPrefix: string): Outcomes {
  const out: Outcomes = { codes: new Map(), errors: new Map() };
  for (const [key, n] of Object.entries(counters)) {
    if (key.startsWith(codePrefix)) out.codes.set(key.slice(codePrefix.length), n);
    else if (key.startsWith(errorPrefix)) out.errors.set(key.slice(errorPrefix.length), n);
  }
  return out;
}

function stats(
  name: string,
  latency: LatencyStats,
  count: number | undefined,
  outcome: Outcomes,
  durationSec: number | undefined,
): EndpointStats {
  const row: EndpointStats = { name, latency, quality: 'sketch' };
  const byKind: [string, number][] = [...outcome.errors];
  for (const [code, n] of outcome.codes) if (Number(code) >= 400) byKind.push([`HTTP ${code}`, n]);
  const errorSum = byKind.reduce((s, [, n]) => s + n, 0);
  if (count !== undefined) {
    row.count = count;
    // Non-request errors (a failed capture after a 4xx, say) can outnumber requests; a rate stays ≤ 1.
    row.errors = Math.min(errorSum, count);
    if (count > 0) row.errorRate = row.errors / count;
    if (durationSec) row.throughput = count / durationSec;
  } else if (errorSum > 0) row.errors = errorSum;
  if (byKind.length > 0) row.errorsByKind = Object.fromEntries(byKind);
  return row;
}

function latencyOf(summary: unknown): LatencyStats {
  if (!isObject(summary)) return {};
  const s = numericEntries(summary);
  const latency: LatencyStats = {};
  const set = (key: keyof LatencyStats, v: number | undefined): void => {
    if (v !== undefined) latency[key] = v;
  };
  set('min', s.min);
  set('mean', s.mean);
  set('median', s.p50 ?? s.median);
  set('max', s.max);
  set('p90', s.p90);
  set('p95', s.p95);
  set('p99', s.p99);
  return latency;
}

/**
 * One row per endpoint of the metrics-by-endpoint plugin. Names are whatever the plugin emitted (`/path`,
 * `/path (request name)` or the request name alone) and may contain dots, so counter keys are split at their
 * known suffixes (`.codes.<status>`, `.errors.<code>`) rather than at dots. The plugin does not record the
 * HTTP method: GET and POST to one path share a row unless the requests are named.
 */
function endpointRows(
  counters: Record<string, number>,
  summaries: JsonObject,
  durationSec: number | undefined,
): EndpointStats[] {
  const names: string[] = [];
  const seen = new Set<string>();
  const add = (name: string): void => {
    if (name !== '' && !seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  };
  for (const key of Object.keys(summaries))
    if (key.startsWith(RESPONSE_TIME)) add(key.slice(RESPONSE_TIME.length));
  const codeKey = /^(.*)\.codes\.(\d{3})$/;
  const byEndpoint = Object.entries(counters).filter(
    ([k]) => k.startsWith(BY_ENDPOINT) && !k.startsWith(RESPONSE_TIME),
  );
  for (const [key] of byEndpoint) {
    const m = codeKey.exec(key.slice(BY_ENDPOINT.length));
    if (m?.[1]) add(m[1]);
  }
  for (const [key] of byEndpoint) {
    const rest = key.slice(BY_ENDPOINT.length);
    if (codeKey.test(rest) || names.some((n) => rest.startsWith(`${n}.errors.`))) continue;
    const at = rest.indexOf('.errors.');
    if (at > 0) add(rest.slice(0, at));
  }
  // Each counter belongs to the longest name it extends, so `/file` never takes `/file.json`'s counters.
  const owned = new Map<string, Record<string, number>>();
  const longestFirst = [...names].sort((a, b) => b.length - a.length);
  for (const [key, n] of byEndpoint) {
    const rest = key.slice(BY_ENDPOINT.length);
    const owner = longestFirst.find(
      (name) => rest.startsWith(`${name}.codes.`) || rest.startsWith(`${name}.errors.`),
    );
    if (owner === undefined) continue;
    const own = owned.get(owner) ?? {};
    own[rest.slice(owner.length + 1)] = n;
    owned.set(owner, own);
  }
  const foldedCount = new Map<string, number>();
  for (const name of names) {
    const folded = foldPlaceholders(name);
    foldedCount.set(folded, (foldedCount.get(folded) ?? 0) + 1);
  }
  return names.map((name) => {
    const own = owned.get(name) ?? {};
    const outcome = outcomes(own, 'codes.', 'errors.');
    const summary = summaries[`${RESPONSE_TIME}${name}`];
    const responses = [...outcome.codes.values()].reduce((s, n) => s + n, 0);
    const failed = [...outcome.errors.values()].reduce((s, n) => s + n, 0);
    const count =
      responses + failed > 0 ? responses + failed : isObject(summary) ? finite(summary.count) : undefined;
    // metrics-by-endpoint names a request by its URL template: its placeholders read as other tools' folded
    // ids. A summary holds final percentiles, so two names that would fold into one keep their own names.
    const placeholders = foldPlaceholders(name);
    const folded = redactQuery(foldedCount.get(placeholders) === 1 ? placeholders : name);
    const row = stats(folded, latencyOf(summary), count, outcome, durationSec);
    const path = pathOf(folded.replace(/ \(.*\)$/, ''))?.replaceAll('%7Bid%7D', '{id}');
    if (path !== undefined) row.path = path;
    return row;
  });
}
