import { templateName } from '../endpoint-template.js';
import type { ReadDiagnostic, ReadResult, ResultFormat } from '../model.js';
import { errorKind, parseLocustFailures } from './failures-csv.js';
import { historyRun, parseLocustHistory } from './history-csv.js';
import { parseLocustLog } from './log.js';
import { locustStatsRun, parseLocustStats } from './stats-csv.js';

/** The CSV files `locust --csv PREFIX` writes, which together are one run. */
export const LOCUST_CSV_FORMATS: readonly ResultFormat[] = [
  'locust-stats-csv',
  'locust-history-csv',
  'locust-failures-csv',
  'locust-exceptions-csv',
  'locust-log',
];

export interface SetPart {
  format: ResultFormat;
  text: string;
  file: string;
}

/**
 * The files of one `locust --csv PREFIX` run read as one Run: `_stats.csv` gives the totals, endpoints and
 * percentiles (without it, the history's last rows do), `_stats_history.csv` the time series and the peak
 * user count, `_failures.csv` each endpoint's errors by kind; `_exceptions.csv` is recognised and adds nothing
 * (errors of the locustfile's code, not of requests); Locust's log (`--logfile`, or its standard error) its CPU
 * warnings.
 */
export function readLocustCsvSet(parts: readonly SetPart[]): ReadResult {
  const diagnostics: ReadDiagnostic[] = [];
  const byFormat = new Map<ResultFormat, SetPart>();
  for (const part of parts) {
    const seen = byFormat.get(part.format);
    if (seen) {
      diagnostics.push({
        file: part.file,
        message: `${seen.file} is already this run's ${part.format} file: one Locust run has one of each, so this one was not read (are these two runs?).`,
      });
      continue;
    }
    byFormat.set(part.format, part);
  }
  // The log is named by --logfile, not by the --csv prefix.
  const prefixes = new Set(
    [...byFormat.values()].filter((p) => p.format !== 'locust-log').map((p) => prefixOf(p.file)),
  );
  if (prefixes.size > 1) {
    diagnostics.push({
      file: parts[0]!.file,
      message: `These Locust files have different prefixes (${[...prefixes].join(', ')}): they were read as one run, as given.`,
      severity: 'warning',
    });
  }
  const statsPart = byFormat.get('locust-stats-csv');
  const historyPart = byFormat.get('locust-history-csv');
  const history = historyPart ? parseLocustHistory(historyPart.text, historyPart.file) : undefined;
  if (history) diagnostics.push(...history.diagnostics);
  let result: ReadResult;
  if (statsPart) {
    result = locustStatsRun(
      parseLocustStats(statsPart.text, statsPart.file),
      statsPart.file,
      'locust-stats-csv',
    );
  } else if (history?.lastTotal && history.lastTotal.count > 0) {
    result = { run: historyRun(history, historyPart!.file), diagnostics: [] };
  } else {
    const first = parts[0]!.file;
    return {
      diagnostics: [
        ...diagnostics,
        {
          file: first,
          message:
            'None of these Locust files has request counts: give the _stats.csv (or _stats_history.csv) of the run with them.',
        },
      ],
    };
  }
  diagnostics.push(...result.diagnostics);
  const run = result.run;
  if (!run) return { diagnostics };
  if (history) {
    if (history.series.length > 0) run.series = history.series;
    if (history.maxUsers !== undefined) run.profile.maxVUs = history.maxUsers;
    if (run.profile.durationSec === undefined && history.durationSec)
      run.profile.durationSec = history.durationSec;
  }
  const failuresPart = byFormat.get('locust-failures-csv');
  if (failuresPart) {
    const { failures, diagnostics: more } = parseLocustFailures(failuresPart.text, failuresPart.file);
    diagnostics.push(...more);
    const overall = new Map<string, number>();
    for (const f of failures) {
      const kind = errorKind(f.error);
      overall.set(kind, (overall.get(kind) ?? 0) + f.occurrences);
      const name = templateName(f.name);
      const endpoint =
        run.endpoints.find((e) => e.name === name && e.method === f.method) ??
        run.endpoints.find((e) => e.name === '(other endpoints)');
      if (!endpoint) continue;
      endpoint.errorsByKind ??= {};
      endpoint.errorsByKind[kind] = (endpoint.errorsByKind[kind] ?? 0) + f.occurrences;
    }
    if (overall.size > 0)
      run.overall.errorsByKind = Object.fromEntries([...overall].sort((a, b) => b[1] - a[1]));
  }
  const logPart = byFormat.get('locust-log');
  if (logPart) {
    const { warnings, diagnostics: more } = parseLocustLog(logPart.text, logPart.file);
    diagnostics.push(...more);
    if (warnings) run.delivery = { ...run.delivery, cpuWarnings: warnings };
  }
  run.source.file = [...byFormat.values()].map((p) => p.file).join(', ');
  return { run, diagnostics, format: run.source.format };
}

/** `out/results_stats_history.csv` → `out/results`: the `--csv` prefix a file was written under. */
function prefixOf(file: string): string {
  return file.replace(/_(stats_history[^/\\]*|stats|failures|exceptions)\.csv$/i, '');
}
