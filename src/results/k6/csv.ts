import type { SampleSink, SampleStreamReader } from '../model.js';
import { CsvRecords } from '../raw/csv.js';
import { forEachLine } from '../raw/lines.js';
import { Rfc3339Parser } from '../raw/time.js';

const REQUEST_METRICS = ['http_req_duration', 'grpc_req_duration'];
const OTHER_METRICS = ['vus', 'iterations', 'checks'];
const WANTED = [...REQUEST_METRICS, ...OTHER_METRICS].map((m) => `${m},`);

/**
 * `k6 run --out csv=file[.gz]` (result-formats.md §2.7): `metric_name,timestamp,metric_value`, then the
 * enabled system tags sorted, `extra_tags` and (since v0.41) `metadata`; read by header name, since
 * `--system-tags` changes the columns. Timestamps are unix seconds by default (`timeFormat` may make them
 * ms, µs, ns or RFC 3339), so windows are only as fine as the file. Only the lines of metrics loadgate uses are
 * split into fields.
 */
export const k6CsvStream: SampleStreamReader = {
  format: 'k6-csv',
  tool: 'k6',
  latencyKind: 'total',
  stamps: 'end',
  feed: feedK6Csv,
};

export async function feedK6Csv(
  input: AsyncIterable<string>,
  _file: string,
  sink: SampleSink,
): Promise<void> {
  const records = new CsvRecords(',');
  const rfc3339 = new Rfc3339Parser();
  let header: string[] | undefined;
  let col: Record<string, number> = {};
  let badRows = 0;
  /** The lines of the first rows whose value is not a number, and of the last one. */
  const bad: number[] = [];
  let lastBad = 0;

  const time = (text: string): number | undefined => {
    if (text === '') return undefined;
    if (/^\d+$/.test(text)) {
      const n = Number(text);
      // unix (s), unix_milli, unix_micro, unix_nano: told apart by magnitude (any date after 2001).
      return text.length <= 10 ? n * 1000 : text.length <= 13 ? n : text.length <= 16 ? n / 1000 : n / 1e6;
    }
    const ms = rfc3339.parse(text);
    return Number.isFinite(ms) ? ms : undefined;
  };

  const onRecord = (f: string[], lineNo: number): void => {
    if (!header) {
      header = f;
      col = Object.fromEntries(f.map((name, i) => [name, i]));
      return;
    }
    const metric = f[0] ?? '';
    const value = Number(f[col.metric_value ?? 2]);
    if (!Number.isFinite(value)) {
      if (++badRows <= 6) bad.push(lineNo);
      lastBad = lineNo;
      return;
    }
    const at = time(f[col.timestamp ?? 1] ?? '');
    const tag = (name: string): string | undefined => {
      const i = col[name];
      const v = i === undefined ? undefined : f[i];
      return v === '' ? undefined : v;
    };
    if (metric === 'vus') sink.vus(at, value);
    else if (metric === 'iterations' || metric === 'checks') {
      if (at !== undefined) sink.seen(at);
      if (metric === 'iterations') sink.iteration(value);
      else sink.check(value !== 0);
    } else if (REQUEST_METRICS.includes(metric)) {
      const status = tag('status');
      const expected = tag('expected_response');
      const errorCode = tag('error_code');
      const grpc = metric === 'grpc_req_duration';
      const error = grpc
        ? status !== undefined && status !== '0'
        : expected !== undefined
          ? expected === 'false'
          : status === undefined || status === '0' || Number(status) >= 400;
      const kind = !error
        ? undefined
        : errorCode
          ? `k6 error ${errorCode}`
          : status && status !== '0'
            ? `${grpc ? 'gRPC' : 'HTTP'} ${status}`
            : 'no response';
      const method = tag('method');
      sink.request(
        tag('name') ?? tag('url') ?? metric,
        grpc ? method : method?.toUpperCase(),
        at,
        value,
        error,
        kind,
      );
    }
  };

  const read = await forEachLine(input, (line, lineNo) => {
    if (header && !records.open && line.indexOf('"') < 0 && !WANTED.some((w) => line.startsWith(w))) return;
    const record = records.push(line, lineNo);
    if (record) onRecord(record.fields, record.line);
  });
  // A last row without its newline and without its value was cut while k6 wrote it: said so, not as a bad row.
  const cut = !read.endsWithNewline && lastBad === read.lines ? lastBad : undefined;
  if (cut !== undefined) {
    badRows--;
    if (bad[bad.length - 1] === cut) bad.pop();
  }
  for (const line of bad.slice(0, 5))
    sink.diagnostic(`metric_value is not a number; the row was skipped.`, line);
  if (cut !== undefined)
    sink.diagnostic(
      `The file ends in the middle of line ${cut}: the k6 run was probably stopped while writing. The rows before it were read.`,
      cut,
      'warning',
    );
  if (records.unterminated !== undefined)
    sink.diagnostic(
      `A quoted field opened on line ${records.unterminated} never closes: the file looks truncated. The rows before it were read.`,
      records.unterminated,
      'warning',
    );
  if (badRows > 5) sink.diagnostic(`${badRows - 5} more malformed rows were skipped.`);
}
