import { OVERALL_NAME } from '../endpoint-name.js';
import { csvNumber, headerFields, headLine, readCsvTable } from '../csv-table.js';
import type { ReadDiagnostic, ReadResult, ResultReader, Run } from '../model.js';
import { combineRows, foldSummaryRows, round, type SummaryRow } from '../summary-rows.js';
import { parseXml, type XmlElement } from '../../scenario/jmeter/xml.js';

/**
 * Taurus's `final-stats` reporter dumps (`bzt/modules/reporting.py` `FinalStatus.__dump_xml`/`__dump_csv`,
 * result-formats.md §7.1): one group per sample label, the empty label being the whole run, each with the
 * cumulative KPI set: `throughput` (the sample COUNT, not a rate), `succ`, `fail`, `concurrency`, `avg_rt`,
 * `stdev_rt`, `avg_lt`, `avg_ct`, `bytes`, `perc/<level>` and `rc/<code>`. Times are SECONDS (`%.5f`) and are
 * read into milliseconds here; percentiles come from Taurus's HdrHistogram (3 significant digits), a sketch.
 * The response time is JMeter's `elapsed` (or what the executor reports as such): the whole request.
 */
export const taurusFinalStatsXmlReader: ResultReader = {
  format: 'taurus-final-stats-xml',
  tool: 'taurus',
  sniff: (head) => /<FinalStatus[\s>]/.test(head),
  read: readTaurusFinalStatsXml,
};

export const taurusFinalStatsCsvReader: ResultReader = {
  format: 'taurus-final-stats-csv',
  tool: 'taurus',
  sniff: (head) => {
    const h = headerFields(headLine(head));
    return h[0] === 'label' && h.includes('avg_rt') && h.includes('throughput') && h.includes('succ');
  },
  read: readTaurusFinalStatsCsv,
};

/** One label's KPIs: scalars by name, percentiles and response codes by their parameter. */
interface KpiSet {
  label: string;
  line?: number;
  scalars: Map<string, number>;
  percentiles: Map<number, number>;
  codes: Map<string, number>;
}

export function readTaurusFinalStatsXml(text: string, file: string): ReadResult {
  const parsed = parseXml(text);
  if (!parsed.ok) {
    return { diagnostics: [{ file, line: parsed.line, message: `Not well-formed XML: ${parsed.message}.` }] };
  }
  const root = parsed.root;
  if (root.name !== 'FinalStatus') {
    return {
      diagnostics: [
        {
          file,
          line: root.line,
          message: `Expected <FinalStatus> (Taurus final-stats dump-xml), found <${root.name}>.`,
        },
      ],
    };
  }
  const diagnostics: ReadDiagnostic[] = [];
  const sets: KpiSet[] = [];
  let durationSec: number | undefined;
  for (const child of root.children) {
    if (child.name === 'TestDuration') durationSec = csvNumber(child.text);
    if (child.name !== 'Group') continue;
    const set: KpiSet = {
      label: child.attributes.label ?? '',
      line: child.line,
      scalars: new Map(),
      percentiles: new Map(),
      codes: new Map(),
    };
    for (const kpi of child.children) {
      const value = csvNumber(kpi.attributes.value ?? valueText(kpi));
      if (value === undefined) continue;
      const param = kpi.attributes.param;
      if (kpi.name === 'perc' && param !== undefined) {
        const level = Number(param);
        if (Number.isFinite(level)) set.percentiles.set(level, value);
      } else if (kpi.name === 'rc' && param !== undefined) set.codes.set(param, value);
      else if (param === undefined) set.scalars.set(kpi.name, value);
    }
    sets.push(set);
  }
  return finalStatsRun(sets, durationSec, file, 'taurus-final-stats-xml', diagnostics);
}

function valueText(kpi: XmlElement): string | undefined {
  return kpi.children.find((c) => c.name === 'value')?.text;
}

export function readTaurusFinalStatsCsv(text: string, file: string): ReadResult {
  const table = readCsvTable(text);
  const diagnostics: ReadDiagnostic[] = [];
  const sets: KpiSet[] = [];
  for (const { fields, line } of table.rows) {
    if (fields.length !== table.header.length) {
      diagnostics.push({
        file,
        line,
        message: `This row has ${fields.length} fields, the header ${table.header.length}: it was skipped (the file may be cut short).`,
      });
      continue;
    }
    const set: KpiSet = {
      label: fields[0] ?? '',
      line,
      scalars: new Map(),
      percentiles: new Map(),
      codes: new Map(),
    };
    table.header.forEach((name, i) => {
      if (i === 0) return;
      const value = csvNumber(fields[i]);
      if (value === undefined) return;
      if (name.startsWith('perc_')) {
        const level = Number(name.slice(5));
        if (Number.isFinite(level)) set.percentiles.set(level, value);
      } else if (name.startsWith('rc_')) set.codes.set(name.slice(3), value);
      else set.scalars.set(name, value);
    });
    sets.push(set);
  }
  return finalStatsRun(sets, undefined, file, 'taurus-final-stats-csv', diagnostics);
}

/** Seconds to milliseconds, rounded to the microsecond the dump's five decimals hold. */
const ms = (seconds: number): number => round(seconds * 1000);

function toRow(set: KpiSet, diagnostics: ReadDiagnostic[], file: string): SummaryRow {
  const count =
    set.scalars.get('throughput') ?? (set.scalars.get('succ') ?? 0) + (set.scalars.get('fail') ?? 0);
  const row: SummaryRow = {
    name: set.label,
    count,
    errors: set.scalars.get('fail') ?? 0,
    quantiles: [...set.percentiles]
      .sort(([a], [b]) => a - b)
      .map(([level, v]) => [level / 100, ms(v)] as [number, number]),
  };
  const avg = set.scalars.get('avg_rt');
  if (avg !== undefined && count > 0) row.mean = ms(avg);
  const p0 = set.percentiles.get(0);
  const p100 = set.percentiles.get(100);
  if (p0 !== undefined && count > 0) row.min = ms(p0);
  if (p100 !== undefined && count > 0) row.max = ms(p100);
  const kinds: Record<string, number> = {};
  for (const [code, n] of set.codes) {
    if (/^[23]\d\d$/.test(code) || n <= 0) continue;
    kinds[/^\d{3}$/.test(code) ? `HTTP ${code}` : code] = n;
  }
  if (Object.keys(kinds).length > 0) row.errorsByKind = kinds;
  // Times are seconds: an average of more than an hour is a file written in milliseconds by something else.
  if (avg !== undefined && avg > 3600) {
    diagnostics.push({
      file,
      ...(set.line ? { line: set.line } : {}),
      message: `"${set.label || OVERALL_NAME}": average response time ${avg} s is over an hour; Taurus writes seconds, so this file may hold milliseconds. Its numbers are read as seconds.`,
      severity: 'warning',
    });
  }
  return row;
}

function finalStatsRun(
  sets: readonly KpiSet[],
  durationSec: number | undefined,
  file: string,
  format: Run['source']['format'],
  diagnostics: ReadDiagnostic[],
): ReadResult {
  const total = sets.find((s) => s.label === '');
  const labels = sets.filter((s) => s.label !== '');
  if (!total && labels.length === 0) {
    diagnostics.push({
      file,
      message: 'The Taurus final-stats dump has no label groups: there is nothing to compare.',
    });
    return { diagnostics };
  }
  const options = {
    quality: 'sketch' as const,
    latencyKind: 'total' as const,
    ...(durationSec ? { durationSec } : {}),
  };
  const rows = labels.map((s) => toRow(s, diagnostics, file));
  let overall;
  if (total) overall = combineRows(OVERALL_NAME, undefined, [toRow(total, diagnostics, file)], options);
  else {
    diagnostics.push({
      file,
      message: 'The dump has no total group (empty label): the overall row was computed from the labels.',
      severity: 'warning',
    });
    overall = combineRows(OVERALL_NAME, undefined, rows, options);
  }
  const { endpoints, folding } = foldSummaryRows(rows, options);
  const run: Run = {
    schema: 'loadgate/run@1',
    source: { tool: 'taurus', format, file },
    profile: durationSec ? { durationSec } : {},
    overall,
    endpoints,
    thresholds: [],
  };
  const concurrency = total?.scalars.get('concurrency');
  if (concurrency !== undefined && concurrency > 0) run.profile.maxVUs = concurrency;
  if (folding) run.folding = folding;
  return { run, diagnostics };
}
