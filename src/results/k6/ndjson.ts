import type { LatencyPhase, SampleSink, SampleStreamReader } from '../model.js';
import { type FastLines, forEachLine, forEachLineBytes, type LinesRead } from '../raw/lines.js';
import { ByteFolder } from '../raw/byte-fold.js';
import { ByteStrings } from '../raw/byte-strings.js';
import { fromLatin1 } from '../raw/latin1.js';
import { Rfc3339Parser } from '../raw/time.js';
import { isLending } from '../raw/wasm.js';
import {
  ERROR_CODE,
  EXPECTED,
  FIELDS,
  METHOD,
  METHOD_ENTRY,
  NAME,
  NAME_ENTRY,
  OTHER,
  PointLines,
  READ_POINT,
  REQUEST as REQUEST_LINE,
  SAME_SECOND,
  SKIPPED as SKIPPED_LINE,
  STATUS,
  STATUS_ENTRY,
  TIME,
  URL,
} from './point-lines.js';
import { fieldEnd, repeated, viewOf } from '../raw/words.js';

/** Request-duration trends: one point per request, whose tags say which request and whether it failed. */
const HTTP_DURATION = 'http_req_duration';
const GRPC_METRICS = ['grpc_req_duration'];
const REQUEST_METRICS = new Set([HTTP_DURATION, ...GRPC_METRICS]);
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
 * the bytes, and the line is never decoded (of a request phase, only the value's few bytes are). The points it
 * reads, as k6 writes them (`pointParser`), are read in place too; any other line is decoded and read as
 * `feedK6Ndjson` reads it.
 */
export async function feedK6NdjsonBytes(
  input: AsyncIterable<Buffer>,
  _file: string,
  sink: SampleSink,
): Promise<void> {
  const reader = lineReader(sink);
  const key = Buffer.from(METRIC_KEY, 'latin1');
  /**
   * Where the key is next in the chunk `keyIn`, at or after the last line searched (its length: nowhere). The
   * engine's search runs to the chunk's end, not the line's: a file whose lines lack the key as k6 writes it
   * (JSON re-serialized with spaces) would be searched to the end of the chunk once per line.
   */
  let keyIn: Buffer | undefined;
  let keyAt = -1;
  const onLine = (buf: Buffer, start: number, end: number, lineNo: number): void => {
    // Point lines of k6 ≥ 0.38 start with {"metric":" (pointParser took those it could); others (Metric
    // lines, older k6) have it further on.
    let name = -1;
    if (end - start > LINE_START.length && bytesAt(buf, start, LINE_START)) name = start + LINE_START.length;
    else {
      if (buf !== keyIn || keyAt < start) {
        keyIn = buf;
        keyAt = buf.indexOf(key, start);
        if (keyAt < 0) keyAt = buf.length;
      }
      if (keyAt + key.length < end) name = keyAt + key.length;
    }
    if (name >= 0 && !isWanted(buf, name, end, WANTED)) {
      reader.counted();
      feedPhase(sink, buf, name, end);
      return;
    }
    reader.onLine(buf.toString('latin1', start, end), lineNo);
  };
  const phases = sink.phase ? [...PHASE_METRICS].map(([metric, phase]) => ({ metric, phase })) : [];
  const lines = new PointLines(
    phases,
    [...GRPC_METRICS, ...(sink.phase ? [] : PHASE_METRICS.keys())],
    [HTTP_DURATION],
    [...MEASURED.keys()],
  );
  const measured = [...MEASURED.values()];
  const point = pointParser(sink, reader.times, reader.counted, lines);
  if (isLending(input)) input.readInto(lines.lend(input.chunkSize));
  const phaseOf = phases.map((p) => p.phase);
  /** Whether the chunk is in `lines`; the lines told in it, the next one to read and where it starts. */
  let loaded = false;
  let told = 0;
  let next = 0;
  let nextStart = -1;
  const fast: FastLines = {
    end: 0,
    chunk() {
      loaded = false;
      // A lent buffer holds the next chunk now: where the key was in it is no longer known.
      keyIn = undefined;
    },
    read(buf, start) {
      if (!loaded) {
        lines.load(buf);
        loaded = true;
        told = 0;
      }
      // A line the JSON path read leaves the batch: told again from there.
      if (next >= told || start !== nextStart) {
        told = lines.tell(start);
        next = 0;
        if (told === 0) return 0;
      }
      const { ends, kinds, values, fields } = lines;
      let r = next;
      for (let lineStart = start; r < told; lineStart = ends[r]! + 1, r++) {
        const kind = kinds[r]!;
        if (kind === SKIPPED_LINE) reader.counted();
        else if (kind === REQUEST_LINE)
          point.request(buf, fields, r * FIELDS, values[r]!, lines.fractions[r]!);
        else if (kind >= READ_POINT)
          point.measure(measured[kind - READ_POINT]!, buf, fields, r * FIELDS, values[r]!);
        else if (kind !== OTHER) {
          reader.counted();
          sink.phase!(phaseOf[kind - 1]!, values[r]!);
        } else if (!point.line(buf, lineStart, ends[r]!)) break;
      }
      if (r === next) {
        // Not a point read in place: the JSON path reads it, and the batch goes on after it.
        next = r + 1;
        nextStart = ends[r]! + 1;
        return 0;
      }
      const read = r - next;
      fast.end = ends[r - 1]!;
      next = r;
      nextStart = fast.end + 1;
      return read;
    },
  };
  reader.finish(await forEachLineBytes(input, onLine, fast));
}

const LINE_START = pattern(`{${METRIC_KEY}`);
const PHASES = [...PHASE_METRICS].map(([m, phase]) => ({
  bytes: pattern(`${m}"`),
  /** The name and what follows it up to the time stamp's text, as k6 writes a point. */
  point: pattern(`${m}","type":"Point","data":{"time":"`),
  phase,
}));
/** The phase metrics by their tenth byte, the first after `http_req_`: no two share one. */
const PHASE_BY_BYTE: ((typeof PHASES)[number] | undefined)[] = [];
for (const p of PHASES) PHASE_BY_BYTE[p.bytes.bytes[9]!] = p;
const VALUE_KEY_BYTES = Buffer.from(VALUE_KEY, 'latin1');

/** A request phase point (`http_req_…`, a "q" at 7) whose name starts at `name`: only its value is decoded. */
function feedPhase(sink: SampleSink, buf: Buffer, name: number, end: number): void {
  if (!sink.phase || buf[name + 7] !== 113 || phasePoint(sink, buf, name, end)) return;
  const p = PHASE_BY_BYTE[buf[name + 9]!];
  if (p === undefined || name + p.bytes.length > end || !bytesAt(buf, name, p.bytes)) return;
  // Searched in the line alone: a line without the key must not be searched to the chunk's end.
  const found = buf.subarray(name, end).indexOf(VALUE_KEY_BYTES);
  if (found < 0) return;
  const at = name + found;
  const from = at + VALUE_KEY_BYTES.length;
  sink.phase(p.phase, parseFloat(buf.toString('latin1', from, Math.min(end, from + 32))));
}

/**
 * A request phase point as k6 writes it, its name at `name` (`http_req_waiting","type":"Point","data":{"time":"`,
 * a time stamp, then the value): the value is read from its digits and given to the sink, without a string or a
 * search of the line. False, and nothing fed, for any other line. The time stamp holds no quote, so the value
 * read is the first `"value":` of the line, the one the JSON path reads.
 */
function phasePoint(sink: SampleSink, buf: Buffer, name: number, end: number): boolean {
  const p = PHASE_BY_BYTE[buf[name + 9]!];
  if (p === undefined || name + p.point.length >= end || !bytesAt(buf, name, p.point)) return false;
  const from = name + p.point.length;
  const limit = Math.min(end, from + 64);
  // The view is of `buf`: bytesAt has just read it.
  const i = fieldEnd(buf, view, from, limit, 34, QUOTES);
  if (i >= limit || !bytesAt(buf, i, VALUE)) return false;
  const v = decimalAt(buf, i + VALUE.length, end);
  if (v !== v) return false;
  sink.phase!(p.phase, v);
  return true;
}

const QUOTES = repeated(34);
const BACKSLASHES = repeated(92);
const HIGH_BITS = 0x80808080 | 0;

/** Where the number `decimalAt` read last ends. */
let decimalEnd = 0;

/**
 * A JSON number without exponent, of at most 15 digits, at `i`, ending at a `,` or `}`; NaN for anything
 * else. A number of at most 15 digits divided by an exact power of ten is the double nearest the decimal, as
 * `JSON.parse` and `parseFloat` give it.
 */
function decimalAt(buf: Buffer, i: number, end: number): number {
  const negative = buf[i] === 45; /* - */
  if (negative) i++;
  const first = i;
  let m = 0;
  for (let d; i < end && (d = buf[i]! - 48) >= 0 && d <= 9; i++) m = m * 10 + d;
  const intDigits = i - first;
  if (intDigits === 0 || (intDigits > 1 && buf[first] === 48)) return NaN;
  let scale = 0;
  if (buf[i] === 46 /* . */) {
    const fractionStart = ++i;
    for (let d; i < end && (d = buf[i]! - 48) >= 0 && d <= 9; i++) m = m * 10 + d;
    scale = i - fractionStart;
    if (scale === 0) return NaN;
  }
  if (intDigits + scale > 15 || (buf[i] !== 44 && buf[i] !== 125)) return NaN;
  decimalEnd = i;
  const v = scale === 0 ? m : m / POW10[scale]!;
  return negative ? -v : v;
}
const WANTED = [...REQUEST_METRICS, ...OTHER_METRICS].map((m) => pattern(`${m}"`));
/** The wanted metric names (with their closing quote) by first byte: no two share one. */
const WANTED_BY_FIRST: (Pattern | undefined)[] = [];
for (const w of WANTED) WANTED_BY_FIRST[w.bytes[0]!] = w;
const DURATION = pattern('http_req_duration","type":"Point","data":{"time":"');
const VUS = pattern('vus","type":"Point","data":{"time":"');
const ITERATIONS = pattern('iterations","type":"Point","data":{"time":"');
const CHECKS = pattern('checks","type":"Point","data":{"time":"');
const DROPPED = pattern('dropped_iterations","type":"Point","data":{"time":"');
const VALUE = pattern('","value":');
const TAGS = pattern(',"tags":{');
const FALSE = pattern('false');
/** What a point line is, by its metric. */
const SKIPPED = 0;
const REQUEST = 1;
const GAUGE_VUS = 2;
const ITERATION = 3;
const CHECK = 4;
const DROPPED_ITERATION = 5;
/** The metrics read besides requests, by what each point is. */
const MEASURED = new Map([
  ['vus', GAUGE_VUS],
  ['iterations', ITERATION],
  ['checks', CHECK],
  ['dropped_iterations', DROPPED_ITERATION],
]);
/** Powers of ten a decimal of at most 15 digits is divided by: exact, so the quotient is rounded once. */
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * Reads, in place, a point line exactly as k6 writes it (`{"metric":…,"type":"Point","data":{"time":…,
 * "value":…,"tags":{…}}}`, tags of plain strings), its newline at `nl`: returns whether it did, false for anything
 * else (an escape, a float with an exponent, metadata, another key order), which the JSON path reads. What it accepts
 * is valid JSON that `JSON.parse` would read to the same values: a number of at most 15 digits divided by an
 * exact power of ten is the double nearest the decimal, as JSON.parse gives it.
 */
function pointParser(sink: SampleSink, times: Rfc3339Parser, counted: () => void, lines: PointLines) {
  const names = new ByteStrings(4096);
  const folder = new ByteFolder();
  const methods = new ByteStrings(64, (s) => s.toUpperCase());
  /** The methods of PointLines' entries, upper-cased once, as `methods` keeps them. */
  const upperCased: string[] = [];
  const texts = new ByteStrings(256);
  const phased = sink.phase !== undefined;
  /** The end of a JSON string without escapes or control characters starting after its quote; -1 otherwise. */
  const stringEnd = (buf: Buffer, i: number, end: number): number => {
    // The line's first bytes were compared (bytesAt), so the view is of `buf`.
    for (let x, q, b; i + 4 <= end; i += 4) {
      x = view.getInt32(i, true);
      q = x ^ QUOTES;
      b = x ^ BACKSLASHES;
      // A quote, a backslash or a byte below 32 in this word: the bytes are looked at one by one.
      if ((((q - 0x01010101) & ~q) | ((b - 0x01010101) & ~b) | ((x - 0x20202020) & ~x)) & HIGH_BITS) break;
    }
    for (let c; i < end; i++) {
      c = buf[i]!;
      if (c === 34) return i;
      if (c === 92 || c < 32) return -1;
    }
    return -1;
  };
  /** Where `line` finds the request fields `request` reads (`FIELDS` of point-lines.ts). */
  const located = new Int32Array(FIELDS);
  /** The whole second of the request line read last by PointLines' fields. */
  let second = NaN;
  /**
   * The request point whose value is `value` and whose fields are `f[o + …]` (time stamp and tag value bounds,
   * as PointLines locates them, and `fraction` of a second): given to the sink.
   */
  const request = (buf: Buffer, f: Int32Array, o: number, value: number, fraction: number): void => {
    let time: number;
    if (f[o + SAME_SECOND] === 1) time = second + fraction;
    else {
      time = times.parseBytes(buf, f[o + TIME]!, f[o + TIME + 1]!);
      if (f[o + NAME_ENTRY] !== LOOKED_UP_HERE) second = times.second;
    }
    counted();
    let nameStart = f[o + NAME]!;
    let nameEnd = f[o + NAME + 1]!;
    if (nameEnd <= nameStart) {
      nameStart = f[o + URL]!;
      nameEnd = f[o + URL + 1]!;
    }
    const entry = f[o + NAME_ENTRY]!;
    let method: string | undefined;
    let status: string | undefined;
    if (entry === LOOKED_UP_HERE) {
      const methodStart = f[o + METHOD]!;
      const methodEnd = f[o + METHOD + 1]!;
      const statusStart = f[o + STATUS]!;
      const statusEnd = f[o + STATUS + 1]!;
      method = methodEnd > methodStart ? methods.get(buf, methodStart, methodEnd) : undefined;
      status = statusEnd > statusStart ? texts.get(buf, statusStart, statusEnd) : undefined;
    } else {
      const m = f[o + METHOD_ENTRY]!;
      const s = f[o + STATUS_ENTRY]!;
      method = m < 0 ? undefined : (upperCased[m] ??= lines.name(m).toUpperCase());
      status = s < 0 ? undefined : lines.name(s);
    }
    const expectedStart = f[o + EXPECTED]!;
    const expectedEnd = f[o + EXPECTED + 1]!;
    let error: boolean;
    // expected_response is k6's own verdict (responseCallback); without it (system tag off) 2xx/3xx pass.
    if (expectedEnd > expectedStart)
      error = expectedEnd - expectedStart === 5 && bytesAt(buf, expectedStart, FALSE);
    else error = status === undefined || status === '0' || Number(status) >= 400;
    let kindOfError: string | undefined;
    if (error) {
      const codeStart = f[o + ERROR_CODE]!;
      const codeEnd = f[o + ERROR_CODE + 1]!;
      const code = codeEnd > codeStart ? texts.get(buf, codeStart, codeEnd) : undefined;
      kindOfError = code ? `k6 error ${code}` : status && status !== '0' ? `HTTP ${status}` : 'no response';
    }
    // A URL with an id is new on every request: folded from its bytes, it is never decoded. PointLines kept
    // the name of a line it read, folded or not.
    let folded: string | undefined;
    if (entry === LOOKED_UP_HERE) {
      if (nameEnd > nameStart && sink.requestFolded) folded = folder.fold(buf, nameStart, nameEnd);
    } else if (entry >= 0) {
      if (!lines.isFolded(entry)) {
        sink.request(lines.name(entry), method, time, value, error, kindOfError);
        return;
      }
      if (sink.requestFolded) folded = lines.name(entry);
    }
    if (folded === undefined || !sink.requestFolded!(folded, method, time, value, error, kindOfError)) {
      const name = nameEnd > nameStart ? names.get(buf, nameStart, nameEnd) : 'http_req_duration';
      sink.request(name, method, time, value, error, kindOfError);
    }
  };
  /**
   * A point of `vus`, `iterations`, `checks` or `dropped_iterations` (`kind`), its time stamp's bounds at
   * `f[o + TIME]`.
   */
  const measure = (kind: number, buf: Buffer, f: Int32Array, o: number, value: number): void => {
    const time = times.parseBytes(buf, f[o + TIME]!, f[o + TIME + 1]!);
    counted();
    if (kind === GAUGE_VUS) sink.vus(time, value);
    else {
      sink.seen(time);
      if (kind === ITERATION) sink.iteration(value);
      else if (kind === DROPPED_ITERATION) sink.dropped?.(value);
      else sink.check(value !== 0);
    }
  };
  const line = (buf: Buffer, start: number, nl: number): boolean => {
    const end = nl > start && buf[nl - 1] === 13 ? nl - 1 : nl;
    if (end - start < 60 || !bytesAt(buf, start, LINE_START)) return false;
    const at = start + LINE_START.length;
    // Six lines in nine are request phases: told by their name's tenth byte before any other metric is tried.
    if (phased && phasePoint(sink, buf, at, end)) {
      counted();
      return true;
    }
    let kind = SKIPPED;
    let head = DURATION;
    switch (buf[at]) {
      case 104 /* h */:
        if (bytesAt(buf, at, DURATION)) kind = REQUEST;
        break;
      case 118 /* v */:
        if (bytesAt(buf, at, VUS)) {
          kind = GAUGE_VUS;
          head = VUS;
        }
        break;
      case 105 /* i */:
        if (bytesAt(buf, at, ITERATIONS)) {
          kind = ITERATION;
          head = ITERATIONS;
        }
        break;
      case 99 /* c */:
        if (bytesAt(buf, at, CHECKS)) {
          kind = CHECK;
          head = CHECKS;
        }
        break;
      case 100 /* d */:
        if (bytesAt(buf, at, DROPPED)) {
          kind = DROPPED_ITERATION;
          head = DROPPED;
        }
        break;
    }
    if (kind === SKIPPED) {
      // A metric loadgate does not read is counted and left unparsed, as the JSON path does. Its first letter
      // names the one wanted metric it could be.
      const wanted = WANTED_BY_FIRST[buf[at]!];
      if (wanted && at + wanted.length <= end && bytesAt(buf, at, wanted)) return false;
      counted();
      feedPhase(sink, buf, at, end);
      return true;
    }
    let i = at + head.length;
    const timeEnd = stringEnd(buf, i, end);
    if (timeEnd < 0 || !bytesAt(buf, timeEnd, VALUE)) return false;
    const timeStart = i;
    const value = decimalAt(buf, timeEnd + VALUE.length, end);
    if (value !== value || !bytesAt(buf, decimalEnd, TAGS)) return false;
    i = decimalEnd + TAGS.length;
    // The tag values' bounds, as PointLines locates them: -1, -1 for a tag not there.
    located.fill(-1, NAME);
    if (buf[i] === 125 /* } */) i++;
    else {
      for (;;) {
        if (buf[i] !== 34) return false;
        const keyStart = i + 1;
        const keyEnd = stringEnd(buf, keyStart, end);
        if (keyEnd < 0 || buf[keyEnd + 1] !== 58 /* : */ || buf[keyEnd + 2] !== 34) return false;
        const valueStart = keyEnd + 3;
        const valueEnd = stringEnd(buf, valueStart, end);
        if (valueEnd < 0) return false;
        if (kind === REQUEST) {
          // The tags a request row needs, by length then bytes; a repeated key counts once, as its last value.
          let tag = -1;
          switch (keyEnd - keyStart) {
            case 3:
              if (buf[keyStart] === 117 && buf[keyStart + 1] === 114 && buf[keyStart + 2] === 108) tag = URL;
              break;
            case 4:
              if (bytesAt(buf, keyStart, TAG_NAME)) tag = NAME;
              break;
            case 6:
              if (bytesAt(buf, keyStart, TAG_METHOD)) tag = METHOD;
              else if (bytesAt(buf, keyStart, TAG_STATUS)) tag = STATUS;
              break;
            case 10:
              if (bytesAt(buf, keyStart, TAG_ERROR_CODE)) tag = ERROR_CODE;
              break;
            case 17:
              if (bytesAt(buf, keyStart, TAG_EXPECTED)) tag = EXPECTED;
              break;
          }
          if (tag >= 0) {
            located[tag] = valueStart;
            located[tag + 1] = valueEnd;
          }
        }
        i = valueEnd + 1;
        if (buf[i] === 44 /* , */) i++;
        else if (buf[i] === 125) {
          i++;
          break;
        } else return false;
      }
    }
    // The tags close the data and the point: nothing may follow (metadata is the JSON path's).
    if (i + 2 !== end || buf[i] !== 125 || buf[i + 1] !== 125) return false;
    if (kind === REQUEST) {
      located[TIME] = timeStart;
      located[TIME + 1] = timeEnd;
      located[NAME_ENTRY] = LOOKED_UP_HERE;
      located[SAME_SECOND] = 0;
      request(buf, located, 0, value, 0);
      return true;
    }
    located[TIME] = timeStart;
    located[TIME + 1] = timeEnd;
    measure(kind, buf, located, 0, value);
    return true;
  };
  return { line, request, measure };
}

/** `NAME_ENTRY` of a request point read by `line`: its name is folded and decoded here. */
const LOOKED_UP_HERE = -2;
const TAG_NAME = pattern('name');
const TAG_METHOD = pattern('method');
const TAG_STATUS = pattern('status');
const TAG_ERROR_CODE = pattern('error_code');
const TAG_EXPECTED = pattern('expected_response');

/** Whether the metric name at `at` (followed by its closing quote) is one loadgate reads. */
function isWanted(buf: Buffer, at: number, end: number, wanted: Pattern[]): boolean {
  for (const w of wanted) {
    if (at + w.length <= end && bytesAt(buf, at, w)) return true;
  }
  return false;
}

/** Bytes a line is compared with, as 32-bit words, for comparing them four at a time. */
interface Pattern {
  bytes: Buffer;
  /**
   * The pattern's words, little-endian: its whole words, then (for a length that is not a multiple of four) the
   * word of its last four bytes, which overlaps the one before.
   */
  words: Int32Array;
  length: number;
}

function pattern(text: string): Pattern {
  const bytes = Buffer.from(text, 'latin1');
  if (bytes.length < 4) throw new Error(`pattern ${text} is shorter than a word`);
  const whole = bytes.length >> 2;
  const words = new Int32Array(whole + (bytes.length % 4 === 0 ? 0 : 1));
  for (let k = 0; k < whole; k++) words[k] = bytes.readInt32LE(4 * k);
  if (words.length > whole) words[whole] = bytes.readInt32LE(bytes.length - 4);
  return { bytes, words, length: bytes.length };
}

/** The buffer `view` is of: the chunk being read, nearly always. */
let viewed: Buffer | undefined;
let view = viewOf(Buffer.alloc(0));

/**
 * Whether the bytes of `p` are at `at` in `buf`: a word of the line against a word of the pattern, cheaper than
 * `Buffer.compare` for a few bytes, and than reading the pattern's words from a view of its own.
 */
function bytesAt(buf: Buffer, at: number, p: Pattern): boolean {
  if (at + p.length > buf.length) return false;
  if (buf !== viewed) {
    viewed = buf;
    view = viewOf(buf);
  }
  const words = p.words;
  const whole = p.length >> 2;
  for (let k = 0; k < whole; k++) if (view.getInt32(at + 4 * k, true) !== words[k]) return false;
  return whole === words.length || view.getInt32(at + p.length - 4, true) === words[whole];
}

/** The per-line logic of both feeds, and what is said at the end. */
function lineReader(sink: SampleSink) {
  const times = new Rfc3339Parser();
  const bad: number[] = [];
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
  const counted = (): void => {
    points++;
  };
  const finish = ({ lines, cut }: LinesRead): void => {
    // A last line without a newline that is not whole JSON is where k6 was stopped, whether it was parsed (a
    // bad line) or skipped by its metric's name unparsed, as 8 lines in 9 are.
    const truncated = cut !== undefined && (bad.at(-1) === lines || !isJson(cut));
    if (truncated && bad.at(-1) === lines) bad.pop();
    for (const lineNo of bad.slice(0, MAX_BAD_LINES))
      sink.diagnostic(`Line ${lineNo} is not valid JSON and was skipped.`, lineNo);
    if (bad.length > MAX_BAD_LINES)
      sink.diagnostic(`${bad.length - MAX_BAD_LINES} more lines are not valid JSON and were skipped.`);
    if (truncated) {
      sink.diagnostic(
        `The file ends in the middle of line ${lines} (${JSON.stringify(fromLatin1(cut.slice(0, 40)))}…): the k6 run was probably stopped while writing. The ${lines - 1} complete lines before it were read.`,
        lines,
        'warning',
      );
    }
    if (points === 0 && lines > 0 && bad.length === 0 && !truncated) {
      sink.diagnostic('No k6 Point lines found: expected the output of k6 run --out json=<file>.');
    }
  };
  return { onLine, counted, finish, times };
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

function isJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
