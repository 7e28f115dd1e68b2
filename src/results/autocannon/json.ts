import { OVERALL_NAME, pathOf } from '../endpoint-name.js';
import { templateName } from '../endpoint-template.js';
import { describeJsonType, finite, isObject, listKeys, parseJson, type JsonObject } from '../json.js';
import type { EndpointStats, LatencyStats, ReadDiagnostic, ReadResult, ResultReader, Run } from '../model.js';

/** Status classes autocannon counts, and which of them are not 2xx. */
const CLASSES = ['1xx', '2xx', '3xx', '4xx', '5xx'] as const;

/**
 * `autocannon --json` (and the programmatic result; result-formats.md §7.2, `lib/aggregateResult.js`): one
 * object for the whole run against one URL. `latency`, `requests` and `throughput` are HdrHistogram summaries
 * (`average, min, max, p0_001 … p99_999`), so the percentiles are only what autocannon reports: there is no
 * p95 (it reports p90, p97.5 and p99) and none is made up. Latency is the whole request in ms.
 *
 * What counts:
 * - requests = `requests.total` (responses, whatever their status) + `errors` (requests that got none:
 *   connection errors and timeouts, which autocannon also counts in `errors`);
 * - failed = `non2xx` (every response outside 2xx, as autocannon's own summary reports them) + `errors`;
 * - `mismatches` (responses whose body failed `--expectBody`) are checks, not extra errors: a mismatched
 *   body may also be a non-2xx, and counting it twice would inflate the rate;
 * - throughput = requests / `duration` (s); autocannon's own `throughput` is bytes per second, which the Run
 *   model does not hold;
 * - `connections` are the virtual users (each is one client looping on the URL).
 */
export const autocannonJsonReader: ResultReader = {
  format: 'autocannon-json',
  tool: 'autocannon',
  fileNameHint: /autocannon/i,
  sniff: (head) =>
    /"latency"\s*:\s*\{/.test(head) &&
    /"requests"\s*:\s*\{/.test(head) &&
    /"throughput"\s*:\s*\{/.test(head) &&
    /"(non2xx|statusCodeStats|2xx)"\s*:/.test(head),
  read: readAutocannonJson,
};

export function readAutocannonJson(text: string, file: string): ReadResult {
  const parsed = parseJson(text, file);
  if (!parsed.ok) return { diagnostics: [parsed.diagnostic] };
  const root = parsed.value;
  if (!isObject(root) || !isObject(root.latency) || !isObject(root.requests)) {
    return {
      diagnostics: [
        {
          file,
          message: `Not an autocannon result: expected an object with "latency" and "requests" (autocannon --json), found ${isObject(root) ? listKeys(root) : describeJsonType(root)}.`,
        },
      ],
    };
  }
  const diagnostics: ReadDiagnostic[] = [];
  const responses = finite(root.requests.total);
  if (responses === undefined) {
    return {
      diagnostics: [
        {
          file,
          message: `The autocannon result has no "requests.total" (found ${describeJsonType(root.requests.total)}), so the number of requests is unknown.`,
        },
      ],
    };
  }
  const noResponse = count(root.errors);
  const timeouts = count(root.timeouts);
  const durationSec = finite(root.duration);

  const kinds = errorKinds(root, timeouts, noResponse);
  const nonOk = count(root.non2xx) ?? sum(kinds, (k) => k.startsWith('HTTP '));
  const requests = responses + (noResponse ?? 0);
  const failed = Math.min(requests, nonOk + (noResponse ?? 0));

  const overall = row(OVERALL_NAME, root.latency, requests, failed, kinds, durationSec);
  const endpoint = endpointName(root);
  const endpoints: EndpointStats[] = [];
  if (endpoint) {
    const own = row(endpoint.name, root.latency, requests, failed, kinds, durationSec);
    if (endpoint.path !== undefined) own.path = endpoint.path;
    endpoints.push(own);
  }

  const run: Run = {
    schema: 'loadgate/run@1',
    source: { tool: 'autocannon', format: 'autocannon-json', file },
    profile: {},
    overall,
    endpoints,
    thresholds: [],
  };
  if (durationSec !== undefined) run.profile.durationSec = durationSec;
  const connections = count(root.connections);
  if (connections !== undefined) run.profile.maxVUs = connections;
  const mismatches = count(root.mismatches);
  if (mismatches) run.checks = { passes: Math.max(0, responses - mismatches), fails: mismatches };
  if (typeof root.start === 'string' && Number.isFinite(Date.parse(root.start)))
    run.meta = { createdAt: new Date(Date.parse(root.start)).toISOString() };
  if (durationSec === undefined)
    diagnostics.push({
      file,
      severity: 'warning',
      message: 'The autocannon result has no "duration", so its throughput is unknown.',
    });
  return { run, diagnostics };
}

/** A non-negative count; autocannon's fixture writes `statusCodeStats` counts as strings, so accept both. */
function count(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : finite(value);
  return n !== undefined && Number.isFinite(n) && n >= 0 ? n : undefined;
}

/**
 * Failures by kind: exact statuses from `statusCodeStats` when it has them (`HTTP 500`), else the classes
 * (`HTTP 5xx`); requests without a response split into timeouts and the other (connection) errors.
 */
function errorKinds(
  root: JsonObject,
  timeouts: number | undefined,
  noResponse: number | undefined,
): [string, number][] {
  const kinds: [string, number][] = [];
  const stats = isObject(root.statusCodeStats) ? root.statusCodeStats : undefined;
  const exact = stats
    ? Object.entries(stats).flatMap(([code, v]): [string, number][] => {
        const n = isObject(v) ? count(v.count) : undefined;
        return /^\d{3}$/.test(code) && !code.startsWith('2') && n ? [[`HTTP ${code}`, n]] : [];
      })
    : [];
  if (exact.length > 0) kinds.push(...exact);
  else
    for (const c of CLASSES) {
      const n = count(root[c]);
      if (c !== '2xx' && n) kinds.push([`HTTP ${c}`, n]);
    }
  if (timeouts) kinds.push(['timeout', timeouts]);
  const other = (noResponse ?? 0) - (timeouts ?? 0);
  if (other > 0) kinds.push(['connection error', other]);
  return kinds;
}

function sum(kinds: [string, number][], which: (kind: string) => boolean): number {
  return kinds.reduce((s, [k, n]) => (which(k) ? s + n : s), 0);
}

function row(
  name: string,
  latency: JsonObject,
  requests: number,
  failed: number,
  kinds: [string, number][],
  durationSec: number | undefined,
): EndpointStats {
  const stats: EndpointStats = {
    name,
    count: requests,
    errors: failed,
    latency: latencyOf(latency),
    quality: 'reported-only',
    latencyKind: 'total',
  };
  if (requests > 0) stats.errorRate = failed / requests;
  if (durationSec) stats.throughput = requests / durationSec;
  if (kinds.length > 0) stats.errorsByKind = Object.fromEntries(kinds);
  return stats;
}

/** An HdrHistogram summary in ms. A run with no response has min/max 0 and no percentile worth keeping. */
function latencyOf(h: JsonObject): LatencyStats {
  const latency: LatencyStats = {};
  if (count(h.totalCount) === 0) return latency;
  const set = (key: keyof LatencyStats, v: unknown): void => {
    const n = finite(v);
    if (n !== undefined && n >= 0) latency[key] = n;
  };
  set('min', h.min);
  set('mean', h.mean ?? h.average);
  set('median', h.p50);
  set('max', h.max);
  set('p90', h.p90);
  set('p99', h.p99);
  return latency;
}

/**
 * The one endpoint autocannon hit: its `title` when the user gave one, else the URL with ids folded
 * (`/items/42` → `/items/{id}`) and query values hidden. Several URLs (`url` an array) share one result, so
 * they are one row named by the title or by the URLs joined.
 */
function endpointName(root: JsonObject): { name: string; path?: string } | undefined {
  const urls = (Array.isArray(root.url) ? root.url : [root.url]).filter(
    (u): u is string => typeof u === 'string' && u !== '',
  );
  const folded = urls.map((u) => templateName(u));
  // The path of the URL as given: `new URL` would escape the braces of a folded one.
  const raw = urls.length === 1 ? pathOf(urls[0]!) : undefined;
  const path = raw === undefined ? undefined : templateName(raw);
  const title = typeof root.title === 'string' && root.title.trim() !== '' ? root.title.trim() : undefined;
  const name = title ?? (folded.length > 0 ? folded.join(', ') : undefined);
  if (name === undefined) return undefined;
  return path === undefined ? { name } : { name, path };
}
