import type { LatencyPhase, SampleSink, SampleStreamReader } from '../model.js';
import { forEachLine, forEachLineBytes } from '../raw/lines.js';
import { Rfc3339Parser } from '../raw/time.js';

/** Request-duration trends: one point per request, whose tags say which request and whether it failed. */
const REQUEST_METRICS = new Set(['http_req_duration', 'grpc_req_duration']);
/** Everything else read; every other metric's points (≈ 8 of 9 lines) are skipped before any JSON parse. */
const OTHER_METRICS = new Set(['vus', 'iterations', 'checks', 'dropped_iterations']);
/** The request phases, summed for the breakdown: their value is read with a string search, never parsed. */
const PHASE_METRICS = new Map<string, LatencyPhase>([
  ['http_req_blocked', 'blocked'],
  ['http_req_connecting', 'connecting'],
  ['http_req_tls_handshaking', 'tlsHandshaking'],
  ['http_req_sending', 'sending'],
  ['http_req_waiting', 'waiting'],
  ['http_req_receiving', 'receiving'],
]);
const VALUE_KEY = '"value":';
const METRIC_KEY = '"metric":"';
/** Bad lines listed one by one before the rest are only counted. */
const MAX_BAD_LINES = 5;

interface Point {
  type?: unknown;
  metric?: unknown;
  data?: { time?: unknown; value?: unknown; tags?: Record<string, unknown> | null };
}

/**
 * `k6 run --out json=file[.gz]` (result-formats.md §2.6): one JSON object per line, `Metric` lines and
 * `Point` lines. A request is its `http_req_duration` (or `grpc_req_duration`) point: value = latency (ms,
 * the whole request without connect/TLS), tags `name` (the URL unless the script names it), `method`,
 * `status`, `expected_response` (false = failed, the same verdict as `http_req_failed`), `error_code`.
 * The metric name is found with a string search and only the points loadgate uses are parsed.
 */
export const k6NdjsonStream: SampleStreamReader = {
  format: 'k6-ndjson',
  tool: 'k6',
  latencyKind: 'total',
  stamps: 'end',
  feed: feedK6Ndjson,
  feedBytes: feedK6NdjsonBytes,
};

export async function feedK6Ndjson(
  input: AsyncIterable<string>,
  _file: string,
  sink: SampleSink,
): Promise<void> {
  const reader = lineReader(sink);
  reader.finish(await forEachLine(input, reader.onLine));
}

/**
 * The same over bytes. About 8 lines in 9 are points of metrics loadgate does not read (`http_reqs`, the six
 * request phases, `http_req_failed`, data and iteration trends): their metric name is compared in place, in
 * the bytes, and the line is never decoded (of a request phase, only the value's few bytes are). The rest are decoded and read as `feedK6Ndjson` reads them.
 */
export async function feedK6NdjsonBytes(
  input: AsyncIterable<Buffer>,
  _file: string,
  sink: SampleSink,
): Promise<void> {
  const reader = lineReader(sink);
  const key = Buffer.from(METRIC_KEY, 'latin1');
  const lineStart = Buffer.from(`{${METRIC_KEY}`, 'latin1');
  const wanted = [...REQUEST_METRICS, ...OTHER_METRICS].map((m) => Buffer.from(`${m}"`, 'latin1'));
  const phases = [...PHASE_METRICS].map(([m, phase]) => ({ bytes: Buffer.from(`${m}"`, 'latin1'), phase }));
  const valueKey = Buffer.from(VALUE_KEY, 'latin1');
  const onLine = (buf: Buffer, start: number, end: number, lineNo: number): void => {
    // Point lines of k6 ≥ 0.38 start with {"metric":"; others (Metric lines, older k6) have it further on.
    let name = -1;
    if (end - start > lineStart.length && bytesAt(buf, start, lineStart)) name = start + lineStart.length;
    else {
      const at = buf.indexOf(key, start);
      if (at >= 0 && at + key.length < end) name = at + key.length;
    }
    if (name >= 0 && !isWanted(buf, name, end, wanted)) {
      reader.skipped();
      // A request phase (http_req_…, a "q" at 7): only its value is decoded, a few bytes, never the line.
      const phase = buf[name + 7] === 113 ? phases.find((p) => bytesAt(buf, name, p.bytes)) : undefined;
      const at = phase ? buf.indexOf(valueKey, name) : -1;
      if (phase && at >= 0 && at < end) {
        const from = at + valueKey.length;
        sink.phase?.(phase.phase, parseFloat(buf.toString('latin1', from, Math.min(end, from + 32))));
      }
      return;
    }
    reader.onLine(buf.toString('latin1', start, end), lineNo);
  };
  reader.finish(await forEachLineBytes(input, onLine));
}

/** Whether the metric name at `at` (followed by its closing quote) is one loadgate reads. */
function isWanted(buf: Buffer, at: number, end: number, wanted: Buffer[]): boolean {
  for (const w of wanted) {
    if (at + w.length <= end && bytesAt(buf, at, w)) return true;
  }
  return false;
}

/** Whether `bytes` are at `at` in `buf`: a loop, cheaper than `Buffer.compare` for a few bytes. */
function bytesAt(buf: Buffer, at: number, bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length; i++) if (buf[at + i] !== bytes[i]) return false;
  return true;
}

/** The per-line logic of both feeds, and what is said at the end. */
function lineReader(sink: SampleSink) {
  const times = new Rfc3339Parser();
  const bad: number[] = [];
  let lastBad = '';
  let points = 0;
  const onLine = (line: string, lineNo: number): void => {
    if (line.length === 0) return;
    const at = line.indexOf(METRIC_KEY);
    if (at >= 0) {
      const start = at + METRIC_KEY.length;
      const metric = line.slice(start, line.indexOf('"', start));
      if (!REQUEST_METRICS.has(metric) && !OTHER_METRICS.has(metric)) {
        points++;
        const phase = PHASE_METRICS.get(metric);
        if (phase) phaseValue(sink, phase, line);
        return;
      }
    }
    let point: Point;
    try {
      point = JSON.parse(line) as Point;
    } catch {
      bad.push(lineNo);
      lastBad = line;
      return;
    }
    if (point === null || typeof point !== 'object' || point.type !== 'Point') return;
    points++;
    const metric = point.metric;
    const data = point.data;
    if (typeof metric !== 'string' || !data || typeof data.value !== 'number') return;
    const time = typeof data.time === 'string' ? times.parse(data.time) : undefined;
    if (REQUEST_METRICS.has(metric)) {
      request(sink, metric, data.tags ?? {}, time, data.value);
    } else if (metric === 'vus') {
      sink.vus(time, data.value);
    } else {
      if (time !== undefined) sink.seen(time);
      if (metric === 'iterations') sink.iteration(data.value);
      else if (metric === 'dropped_iterations') sink.dropped?.(data.value);
      else sink.check(data.value !== 0);
    }
  };
  const skipped = (): void => {
    points++;
  };
  const finish = ({ lines, endsWithNewline }: { lines: number; endsWithNewline: boolean }): void => {
    const truncated = !endsWithNewline && bad.at(-1) === lines;
    if (truncated) bad.pop();
    for (const lineNo of bad.slice(0, MAX_BAD_LINES))
      sink.diagnostic(`Line ${lineNo} is not valid JSON and was skipped.`, lineNo);
    if (bad.length > MAX_BAD_LINES)
      sink.diagnostic(`${bad.length - MAX_BAD_LINES} more lines are not valid JSON and were skipped.`);
    if (truncated) {
      sink.diagnostic(
        `The file ends in the middle of line ${lines} (${JSON.stringify(lastBad.slice(0, 40))}…): the k6 run was probably stopped while writing. The ${lines - 1} complete lines before it were read.`,
        lines,
        'warning',
      );
    }
    if (points === 0 && lines > 0 && bad.length === 0 && !truncated) {
      sink.diagnostic('No k6 Point lines found: expected the output of k6 run --out json=<file>.');
    }
  };
  return { onLine, skipped, finish };
}

function request(
  sink: SampleSink,
  metric: string,
  tags: Record<string, unknown>,
  time: number | undefined,
  value: number,
): void {
  const name = str(tags.name) ?? str(tags.url) ?? metric;
  const method = str(tags.method);
  const status = str(tags.status);
  const expected = str(tags.expected_response);
  const errorCode = str(tags.error_code);
  let error: boolean;
  if (metric === 'grpc_req_duration') error = status !== undefined && status !== '0';
  // expected_response is k6's own verdict (responseCallback); without it (system tag off) 2xx/3xx pass.
  else if (expected !== undefined) error = expected === 'false';
  else error = status === undefined || status === '0' || Number(status) >= 400;
  const kind = !error
    ? undefined
    : errorCode
      ? `k6 error ${errorCode}`
      : status && status !== '0'
        ? metric === 'grpc_req_duration'
          ? `gRPC ${status}`
          : `HTTP ${status}`
        : 'no response';
  sink.request(
    name,
    metric === 'grpc_req_duration' ? method : method?.toUpperCase(),
    time,
    value,
    error,
    kind,
  );
}

/** A phase point's value, found without parsing the line (Metric lines have none and are passed over). */
function phaseValue(sink: SampleSink, phase: LatencyPhase, line: string): void {
  const at = line.indexOf(VALUE_KEY);
  if (at >= 0) sink.phase?.(phase, parseFloat(line.slice(at + VALUE_KEY.length, at + VALUE_KEY.length + 32)));
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
