import type { SampleSink, SampleStreamReader } from '../model.js';
import { ErrorKinds } from './error-kind.js';

/**
 * Gatling's binary `simulation.log` (3.13+, result-formats.md §6.2; `LogFileDataWriter` in gatling-core,
 * read back by gatling-charts' `LogFileReader`). Big-endian `DataOutput` values, one record after another:
 *
 * - a record starts with its type byte: 0 RUN, 1 REQUEST, 2 USER, 3 GROUP, 4 ERROR;
 * - `string`: int32 byte length (0: empty, nothing follows), the bytes of the `java.lang.String`, then its
 *   coder byte (0: Latin-1, 1: UTF-16 in the JVM's native order, little-endian on x86 and ARM);
 * - `cached string`: int32 index; ≥ 0: a `string` follows and is remembered under the index; < 0: the string
 *   remembered under −index;
 * - RUN (first): string version, string simulation class, int64 start (epoch ms), string description,
 *   int32 n + n strings (scenarios), int32 n + n × (int32 length + bytes) (assertions, boopickle);
 * - REQUEST: int32 n + n cached strings (groups), cached name, int32 start and end (ms after the run start),
 *   bool ok, cached message;
 * - USER: int32 scenario index, bool start, int32 time;
 * - GROUP: int32 n + n cached strings, int32 start, end, cumulated response time, bool ok;
 * - ERROR: cached message, int32 time.
 *
 * The file comes as Latin-1 text (one char per byte, `src/results/raw/latin1.ts`), so bytes are read with
 * `charCodeAt`. A record may span two chunks: the bytes after the last whole record wait for the next chunk.
 */
export const gatlingBinaryLogStream: SampleStreamReader = {
  format: 'gatling-binary-log',
  tool: 'gatling',
  latencyKind: 'total',
  stamps: 'start',
  feed: feedGatlingBinaryLog,
};

const RUN = 0;
const REQUEST = 1;
const USER = 2;
const GROUP = 3;
const ERROR = 4;
/** No Gatling record is near this: the writer's buffer is 8 KiB by default. A partial record this long is corrupt. */
const MAX_RECORD = 16 << 20;
const MAX_GROUPS = 1000;

/** Thrown when a record continues in the next chunk. */
const NEED_MORE = Symbol('need more bytes');

class Corrupt extends Error {}

export async function feedGatlingBinaryLog(
  input: AsyncIterable<string>,
  _file: string,
  sink: SampleSink,
): Promise<void> {
  let s = '';
  let p = 0;
  /** Bytes of the file before `s`, for offsets in diagnostics. */
  let base = 0;
  let runStart: number | undefined;
  let written = '';
  let scenarios = 0;
  let active = 0;
  let records = 0;
  const strings = new Map<number, string>();
  const groupPaths = new Map<string, string>();
  const kinds = new ErrorKinds();

  const need = (n: number): void => {
    if (p + n > s.length) throw NEED_MORE;
  };
  const byte = (): number => {
    need(1);
    return s.charCodeAt(p++);
  };
  const int32 = (): number => {
    need(4);
    const v =
      (s.charCodeAt(p) << 24) |
      (s.charCodeAt(p + 1) << 16) |
      (s.charCodeAt(p + 2) << 8) |
      s.charCodeAt(p + 3);
    p += 4;
    return v;
  };
  const int64 = (): number => {
    const hi = int32();
    const lo = int32() >>> 0;
    return hi * 2 ** 32 + lo;
  };
  const bool = (): boolean => {
    const b = byte();
    if (b > 1) throw new Corrupt(`a boolean is ${b}`);
    return b === 1;
  };
  const string = (): string => {
    const length = int32();
    if (length === 0) return '';
    if (length < 0 || length > MAX_RECORD) throw new Corrupt(`a string is ${length} bytes long`);
    need(length + 1);
    const raw = s.slice(p, p + length);
    p += length;
    const coder = s.charCodeAt(p++);
    if (coder > 1) throw new Corrupt(`a string has coder ${coder}`);
    return toSinkText(raw, coder);
  };
  const cached = (): string => {
    const index = int32();
    if (index >= 0) {
      const value = string();
      strings.set(index, value);
      return value;
    }
    const value = strings.get(-index);
    if (value === undefined)
      throw new Corrupt(`a record refers to string #${-index}, which was never written`);
    return value;
  };
  const groups = (): string => {
    const n = int32();
    if (n < 0 || n > MAX_GROUPS) throw new Corrupt(`a record has ${n} groups`);
    if (n === 0) return '';
    const names: string[] = [];
    for (let i = 0; i < n; i++) names.push(cached());
    const key = names.join('\u0000');
    let path = groupPaths.get(key);
    if (path === undefined) {
      path = names.join(' / ');
      if (groupPaths.size < 10_000) groupPaths.set(key, path);
    }
    return path;
  };
  const time = (offset: number): number => (runStart ?? 0) + offset;

  /** One whole record from `p`; throws NEED_MORE (nothing consumed counts) or Corrupt. */
  const record = (): void => {
    const type = byte();
    if (records === 0 && type !== RUN) throw new Corrupt('the file does not start with a RUN record');
    switch (type) {
      case RUN: {
        const version = string();
        string(); // simulation class
        const start = int64();
        string(); // description
        const n = int32();
        if (n < 0 || n > 100_000) throw new Corrupt(`the RUN record lists ${n} scenarios`);
        for (let i = 0; i < n; i++) string();
        const assertions = int32();
        if (assertions < 0 || assertions > 100_000)
          throw new Corrupt(`the RUN record lists ${assertions} assertions`);
        for (let i = 0; i < assertions; i++) {
          const length = int32();
          if (length < 0 || length > MAX_RECORD) throw new Corrupt(`an assertion is ${length} bytes long`);
          need(length);
          p += length;
        }
        if (runStart === undefined) {
          runStart = start;
          scenarios = n;
          if (version) sink.version(version);
          written = version;
          sink.seen(start);
        }
        break;
      }
      case REQUEST: {
        const group = groups();
        const name = cached();
        const start = int32();
        const end = int32();
        const ok = bool();
        const message = cached();
        sink.request(
          group === '' ? name : `${group} / ${name}`,
          undefined,
          time(start),
          end > start ? end - start : 0,
          !ok,
          ok ? undefined : kinds.of(message),
        );
        break;
      }
      case USER: {
        const scenario = int32();
        if (scenario < 0 || (scenarios > 0 && scenario >= scenarios))
          throw new Corrupt(`a USER record names scenario #${scenario} of ${scenarios}`);
        const start = bool();
        const at = int32();
        active = start ? active + 1 : Math.max(0, active - 1);
        sink.vus(time(at), active);
        break;
      }
      case GROUP: {
        const group = groups();
        const start = int32();
        int32(); // end: the report shows the cumulated response time, not the duration
        const cumulated = int32();
        const ok = bool();
        sink.transaction(group, time(start), Math.max(0, cumulated), !ok, 'group-cumulated');
        break;
      }
      case ERROR: {
        cached();
        sink.seen(time(int32()));
        break;
      }
      default:
        throw new Corrupt(`record type ${type} is none of Gatling's (0 to 4)`);
    }
    records++;
  };

  let stopped = false;
  for await (const chunk of input) {
    if (stopped) continue;
    if (p > 0) {
      base += p;
      s = s.slice(p);
      p = 0;
    }
    s = s.length === 0 ? chunk : s + chunk;
    for (;;) {
      if (p >= s.length) break;
      const at = p;
      try {
        record();
      } catch (error) {
        p = at;
        if (error === NEED_MORE) {
          if (s.length - p > MAX_RECORD) {
            sink.diagnostic(
              `The binary simulation.log has a record over ${MAX_RECORD >> 20} MiB at byte ${base + p}: the file is corrupt. The records before it were read.`,
            );
            stopped = true;
          }
          break;
        }
        if (!(error instanceof Corrupt)) throw error;
        // Nothing past the header (or no header): the file is not a log, one error says so.
        sink.diagnostic(
          records <= 1
            ? `Not a readable binary Gatling simulation.log: ${error.message} (byte ${base + p}).`
            : `The binary simulation.log is corrupt at byte ${base + p}: ${error.message}. The ${records} records before it were read.${knownFormat(written)}`,
          undefined,
          records <= 1 ? 'error' : 'warning',
        );
        stopped = true;
        break;
      }
    }
  }
  if (!stopped && p < s.length) {
    sink.diagnostic(
      `The file ends in the middle of a record at byte ${base + p}: Gatling was probably stopped while writing. The ${records} records before it were read.`,
      undefined,
      records > 1 ? 'warning' : 'error',
    );
  }
  if (records === 0 && !stopped && s.length === 0) sink.diagnostic('The simulation.log is empty.');
}

/**
 * A Java string's bytes as the run builder's Latin-1 text (UTF-8 bytes, one char each: `fromLatin1` turns
 * names back once per row). Latin-1-coded strings are already their own chars; UTF-16 ones are native order.
 */
function toSinkText(raw: string, coder: number): string {
  if (coder === 0) {
    for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) > 0x7f) return utf8AsLatin1(raw);
    return raw;
  }
  return utf8AsLatin1(Buffer.from(raw, 'latin1').toString('utf16le'));
}

function utf8AsLatin1(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

/**
 * Gatling's own reader refuses a log of another version; the format has been stable from 3.12 to 3.15, so a
 * later version is read, and named when its log does not parse.
 */
function knownFormat(version: string): string {
  const m = /^(\d+)\.(\d+)/.exec(version);
  const known = m !== null && Number(m[1]) === 3 && Number(m[2]) >= 12 && Number(m[2]) <= 15;
  return known
    ? ''
    : ` It was written by Gatling ${version || '(no version)'}; loadgate knows the binary log of Gatling 3.12 to 3.15.`;
}
