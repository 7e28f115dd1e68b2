import type { SampleSink, SampleStreamReader } from '../model.js';
import { ErrorKinds } from './error-kind.js';
import { MAX_LINE } from '../raw/lines.js';

/**
 * Gatling's text `simulation.log` (2.2 – 3.12, result-formats.md §6.1): one tab-separated record per line,
 * written by `LogFileDataWriter`. A REQUEST is a request (response time = end − start, OK/KO); a GROUP is a
 * row of its own (its cumulated response time, as Gatling's report shows it), never counted as requests
 * again; USER START/END give the active users; ERROR records (a request that could not even be built) are
 * not requests, as in Gatling's report. The columns before the group moved twice, so the layout is taken from
 * the RUN record's version and checked on every record:
 *
 * | layout | REQUEST | USER | GROUP |
 * |---|---|---|---|
 * | 2.2 – 2.3 | scenario, userId, groups, name, start, end, status, message | scenario, userId, START/END, start, end | scenario, userId, groups, start, end, cumulated, status |
 * | 3.0–3.3 | userId, groups, name, start, end, status, message | scenario, userId, START/END, start, end | userId, groups, start, end, cumulated, status |
 * | 3.4–3.12 | groups, name, start, end, status, message | scenario, START/END, timestamp | groups, start, end, cumulated, status |
 *
 * Groups are joined with `,` (commas inside names were replaced by spaces); an endpoint inside groups is
 * named by its path, `Group / Sub / request`, as Gatling's report names it. Gatling 2.0 and 2.1 wrote four
 * timestamps per request; their records fit no layout and are reported as such.
 */
export const gatlingLogStream: SampleStreamReader = {
  format: 'gatling-simulation-log',
  tool: 'gatling',
  latencyKind: 'total',
  stamps: 'start',
  feed: feedGatlingLog,
};

/** Fields before the group column of a REQUEST: the layout. */
type Layout = 1 | 2 | 3;
const LAYOUTS: readonly Layout[] = [1, 2, 3];

/** The layout a Gatling version writes (`3.9.3` → 1, `3.3.1` → 2, `2.3.1` → 3); undefined when unknown. */
export function layoutOfVersion(version: string): Layout | undefined {
  const m = /^(\d+)\.(\d+)/.exec(version);
  if (!m) return undefined;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  if (major < 3) return 3;
  if (major === 3 && minor < 4) return 2;
  return 1;
}

const MAX_TABS = 12;

export async function feedGatlingLog(
  input: AsyncIterable<string>,
  _file: string,
  sink: SampleSink,
): Promise<void> {
  const tabs = new Int32Array(MAX_TABS + 1);
  const kinds = new ErrorKinds();
  /** Group path as written (`a,b`) → ` / `-joined prefix, once per distinct hierarchy. */
  const groupPaths = new Map<string, string>();
  let layout: Layout | undefined;
  let active = 0;
  let records = 0;
  /** REQUEST, USER, GROUP and ERROR records read: what a log has beyond its header. */
  let events = 0;
  const bad: { line: number; message: string }[] = [];

  /**
   * Tab positions of the line `s..e` of `text` into `tabs` (at most MAX_TABS), and how many there are. Lines
   * are never sliced out of the chunk: only the fields kept are.
   */
  const split = (text: string, s: number, e: number): number => {
    let n = 0;
    for (let i = text.indexOf('\t', s); i >= 0 && i < e && n < MAX_TABS; i = text.indexOf('\t', i + 1))
      tabs[n++] = i;
    tabs[n] = e;
    return n;
  };
  /** Field k (0 = the record type) of a split line. */
  const field = (line: string, n: number, k: number): string =>
    k > n ? '' : line.slice(tabs[k - 1]! + 1, tabs[k]);
  /** Field k as a whole non-negative integer (epoch ms), NaN when it is not one. */
  const int = (line: string, n: number, k: number): number => {
    if (k > n) return NaN;
    const from = tabs[k - 1]! + 1;
    const to = tabs[k]!;
    if (to <= from || to - from > 16) return NaN;
    let v = 0;
    for (let i = from; i < to; i++) {
      const d = line.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return NaN;
      v = v * 10 + d;
    }
    return v;
  };
  const isStatus = (line: string, n: number, k: number): boolean => {
    if (k > n) return false;
    const from = tabs[k - 1]! + 1;
    if (tabs[k]! - from !== 2) return false;
    const a = line.charCodeAt(from);
    const b = line.charCodeAt(from + 1);
    return (a === 79 && b === 75) /* OK */ || (a === 75 && b === 79); /* KO */
  };
  /** Does a REQUEST line fit layout `o`: numeric start and end, then OK/KO? */
  const requestFits = (line: string, n: number, o: Layout): boolean =>
    isStatus(line, n, o + 4) && !Number.isNaN(int(line, n, o + 2)) && !Number.isNaN(int(line, n, o + 3));
  const groupFits = (line: string, n: number, o: Layout): boolean =>
    isStatus(line, n, o + 4) && !Number.isNaN(int(line, n, o + 1)) && !Number.isNaN(int(line, n, o + 3));
  /** The layout a record fits, the current one first; undefined when none. */
  const fit = (line: string, n: number, fits: typeof requestFits): Layout | undefined => {
    if (layout !== undefined && fits(line, n, layout)) return layout;
    const found = LAYOUTS.find((o) => o !== layout && fits(line, n, o));
    if (found !== undefined) layout = found;
    return found;
  };
  const groupPath = (groups: string): string => {
    let path = groupPaths.get(groups);
    if (path === undefined) {
      path = groups.split(',').join(' / ');
      if (groupPaths.size < 10_000) groupPaths.set(groups, path);
    }
    return path;
  };

  /** The record on line `lineNo`, `s..e` of `line` (the chunk's text). */
  const onRecord = (line: string, s: number, e: number, lineNo: number): void => {
    const c = line.charCodeAt(s);
    // REQUEST (and RUN), by far the most frequent, first.
    if (c === 82 /* R */ && line.startsWith('REQUEST\t', s)) {
      const n = split(line, s, e);
      // The layout in force, checked as the fields are read; another layout is tried only when it fails.
      let o = layout ?? 1;
      let start = int(line, n, o + 2);
      let end = int(line, n, o + 3);
      if (layout === undefined || Number.isNaN(start) || Number.isNaN(end) || !isStatus(line, n, o + 4)) {
        const found = fit(line, n, requestFits);
        if (found === undefined) return malformed(line.slice(s, e), lineNo);
        o = found;
        start = int(line, n, o + 2);
        end = int(line, n, o + 3);
      }
      const groups = field(line, n, o);
      const name = field(line, n, o + 1);
      const ko = line.charCodeAt(tabs[o + 3]! + 1) === 75;
      const kind = ko ? kinds.of(field(line, n, o + 5)) : undefined;
      const latency = end > start ? end - start : 0;
      sink.request(
        groups === '' ? name : `${groupPath(groups)} / ${name}`,
        undefined,
        start,
        latency,
        ko,
        kind,
      );
      records++;
      events++;
      return;
    }
    if (c === 85 /* U */ && line.startsWith('USER\t', s)) {
      const n = split(line, s, e);
      // 3.4+: scenario, START/END, timestamp. Before: scenario, userId, START/END, start, end.
      let event = field(line, n, 2);
      let time: number;
      if (event === 'START' || event === 'END') time = int(line, n, 3);
      else {
        event = field(line, n, 3);
        time = event === 'END' ? int(line, n, 5) : int(line, n, 4);
      }
      if ((event !== 'START' && event !== 'END') || Number.isNaN(time))
        return malformed(line.slice(s, e), lineNo);
      active = event === 'START' ? active + 1 : Math.max(0, active - 1);
      sink.vus(time, active);
      records++;
      events++;
      return;
    }
    if (c === 71 /* G */ && line.startsWith('GROUP\t', s)) {
      const n = split(line, s, e);
      const o = fit(line, n, groupFits);
      if (o === undefined) return malformed(line.slice(s, e), lineNo);
      const cumulated = int(line, n, o + 3);
      const ko = line.charCodeAt(tabs[o + 3]! + 1) === 75;
      sink.transaction(groupPath(field(line, n, o)), int(line, n, o + 1), cumulated, ko, 'group-cumulated');
      records++;
      events++;
      return;
    }
    if (c === 82 && line.startsWith('RUN\t', s)) {
      const n = split(line, s, e);
      // 3.x: RUN, class, id, start, description, version. 2.x: RUN, class, userId, defaultId, start, description, 2.0.
      const version = field(line, n, n).trim();
      const start = int(line, n, n === 6 ? 4 : 3);
      if (!Number.isNaN(start)) sink.seen(start);
      if (/^\d+\.\d+/.test(version)) {
        // 2.x writes the log format version, "2.0", where 3.x writes Gatling's.
        if (n !== 6 || !version.startsWith('2.')) sink.version(version);
        layout = n === 6 ? 3 : layoutOfVersion(version);
      }
      records++;
      return;
    }
    if (c === 69 /* E */ && line.startsWith('ERROR\t', s)) {
      records++;
      events++;
      return;
    }
    if (c === 65 /* A */ && line.startsWith('ASSERTION\t', s)) {
      // Assertion definitions (boopickle); their outcome is only in the report's assertions.json.
      records++;
      return;
    }
    if (line.slice(s, e).trim() === '') return;
    malformed(line.slice(s, e), lineNo);
  };

  const malformed = (line: string, lineNo: number): void => {
    const type = /^[A-Z]+(?=\t)/.exec(line)?.[0];
    bad.push({
      line: lineNo,
      message: type
        ? `This ${type} record does not have the columns of any Gatling version (2.2 to 3.12); it was skipped.`
        : `Not a Gatling simulation.log record: ${JSON.stringify(line.slice(0, 40))}; it was skipped.`,
    });
  };

  // A line is read once its newline is there: Gatling ends every record with one, so a last line without it
  // is where the writer was stopped (its last number may be cut short), not a record.
  let rest = '';
  let lineNo = 0;
  let first = true;
  for await (const chunk of input) {
    const text = rest.length > 0 ? rest + chunk : chunk;
    let start = 0;
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) start = 1;
    }
    for (let nl = text.indexOf('\n', start); nl >= 0; nl = text.indexOf('\n', start)) {
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      onRecord(text, start, end, ++lineNo);
      start = nl + 1;
    }
    rest = text.slice(start);
    // Gatling's records are a few hundred bytes: a "line" past the raw readers' bound is something else.
    if (rest.length > MAX_LINE) {
      sink.diagnostic(
        `Line ${lineNo + 1} is over ${MAX_LINE >> 20} MiB long: this is no Gatling simulation.log past that point. The records before it were read.`,
        lineNo + 1,
        events > 0 ? 'warning' : 'error',
      );
      return;
    }
  }
  const cut = rest.replace(/\r$/, '') === '' ? undefined : lineNo + 1;
  if (events === 0 && bad.length > 0) {
    // Nothing but a header: one sentence for the file, not one per line of what is not a log at all.
    sink.diagnostic(
      `Not a readable Gatling simulation.log: none of its ${bad.length} records after the header has the columns of a Gatling version (2.2 to 3.12), the first at line ${bad[0]!.line}.`,
      bad[0]!.line,
    );
    return;
  }
  for (const b of bad.slice(0, 5)) sink.diagnostic(b.message, b.line);
  if (bad.length > 5) sink.diagnostic(`${bad.length - 5} more malformed records were skipped.`);
  if (cut !== undefined) {
    sink.diagnostic(
      `The file ends in the middle of line ${cut}: Gatling was probably stopped while writing. The records before it were read.`,
      cut,
      'warning',
    );
  }
  if (records === 0 && bad.length === 0 && cut === undefined) sink.diagnostic('The simulation.log is empty.');
}
