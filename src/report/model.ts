import type { Comparison } from '../compare/model.js';
import type { Finding, Severity } from '../lint/types.js';
import type { Diagnostic, ToolId } from '../scenario/model.js';

export type Verdict = 'pass' | 'fail' | 'regressed' | 'inconclusive' | 'not-comparable';

export type FailOn = 'error' | 'warning' | 'regression' | 'never';

export interface FileReport {
  path: string;
  /** The tool the file was read as; null when no adapter claimed it. */
  tool: ToolId | null;
  findings: Finding[];
  diagnostics: Diagnostic[];
}

export interface ResultFileReport {
  path: string;
  format?: string;
  role: 'baseline' | 'current';
  /** `error`: the file could not be read or parsed; `warning`: a note (no baseline yet, not compared). */
  diagnostics: { message: string; line?: number; severity: 'error' | 'warning' }[];
}

/** Everything one loadgate invocation found: the single object every renderer formats. */
export interface Report {
  schemaVersion: 1;
  tool: { name: 'loadgate'; version: string };
  command: 'lint' | 'compare' | 'check';
  verdict: Verdict;
  failOn: FailOn;
  summary: {
    files: number;
    findings: Record<Severity, number>;
    /** Files that could not be read or parsed. */
    diagnostics: number;
    regressions: number;
  };
  files: FileReport[];
  results: ResultFileReport[];
  comparison?: Comparison;
}

/** Files that could not be read: scenario files with an error diagnostic, and result files with one. */
export function unreadableFiles(report: Pick<Report, 'summary' | 'results'>): number {
  return (
    report.summary.diagnostics +
    report.results.filter((r) => r.diagnostics.some((d) => d.severity === 'error')).length
  );
}
