import type { SetPart } from '../locust/csv-set.js';
import type { ReadDiagnostic, ReadResult, ResultFormat } from '../model.js';
import { readTaurusFinalStatsCsv, readTaurusFinalStatsXml } from './final-stats.js';
import { junitOutcomes } from './junit-xml.js';

export const TAURUS_REPORT_FORMATS: readonly ResultFormat[] = [
  'taurus-final-stats-xml',
  'taurus-final-stats-csv',
  'taurus-junit-xml',
];

/**
 * A Taurus run's reports read as one Run: the final-stats dump (XML preferred, or CSV) gives the numbers and
 * the junit-xml report its pass/fail outcomes.
 */
export function readTaurusSet(parts: readonly SetPart[]): ReadResult {
  const diagnostics: ReadDiagnostic[] = [];
  const stats =
    parts.find((p) => p.format === 'taurus-final-stats-xml') ??
    parts.find((p) => p.format === 'taurus-final-stats-csv');
  if (!stats) {
    return {
      diagnostics: [
        {
          file: parts[0]!.file,
          message:
            'None of these Taurus reports has request counts: give the final-stats dump (dump-xml or dump-csv) with them.',
        },
      ],
    };
  }
  for (const p of parts) {
    if (p !== stats && p.format !== 'taurus-junit-xml') {
      diagnostics.push({
        file: p.file,
        message: `${stats.file} already gives this run's numbers: this ${p.format} file was not read.`,
        severity: 'warning',
      });
    }
  }
  const result =
    stats.format === 'taurus-final-stats-xml'
      ? readTaurusFinalStatsXml(stats.text, stats.file)
      : readTaurusFinalStatsCsv(stats.text, stats.file);
  diagnostics.push(...result.diagnostics);
  const run = result.run;
  if (!run) return { diagnostics };
  const junit = parts.filter((p) => p.format === 'taurus-junit-xml');
  for (const j of junit) {
    const outcomes = junitOutcomes(j.text, j.file);
    diagnostics.push(...outcomes.diagnostics);
    run.thresholds.push(...outcomes.thresholds);
  }
  run.source.file = [stats, ...junit].map((p) => p.file).join(', ');
  return { run, diagnostics, format: run.source.format };
}
