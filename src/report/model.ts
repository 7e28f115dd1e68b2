import type { AnalysisResult } from '../analyze/model.js';
import type { Comparison } from '../compare/model.js';
import type { SloResult } from '../compare/slo.js';
import type { Finding, Severity, SuppressedFinding } from '../lint/types.js';
import type { Run } from '../results/model.js';
import type { Diagnostic, ToolId } from '../scenario/model.js';
import type { ScenarioProfile } from '../scenario/profile/model.js';

export type { SuppressedFinding };

export type Verdict = 'pass' | 'fail' | 'regressed' | 'invalid' | 'inconclusive' | 'not-comparable';

export type FailOn = 'error' | 'warning' | 'regression' | 'never';

export interface FileReport {
  path: string;
  /** The tool the file was read as; null when no adapter claimed it. */
  tool: ToolId | null;
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** Findings silenced by a suppression comment; they never count toward the verdict. */
  suppressed?: SuppressedFinding[];
  /** The load profile and test type of a scenario file (src/scenario/profile/). */
  profile?: ScenarioProfile;
  /** With a base revision (`--base-ref`): the profile there, when it differs from this one. */
  profileChange?: ProfileChange;
}

/** How a pull request changes a scenario's load: the base revision's profile and a one-line headline. */
export interface ProfileChange {
  /** The revision compared with, as given (`origin/main`, a sha). */
  baseRef: string;
  /** The profile at the base revision; undefined when the file is new there. */
  base?: ScenarioProfile;
  /** `peak load ×3: 50 → 150 VUs; duration 5 min → 30 min`. */
  headline: string;
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
    /** Findings suppressed by comments (not in `findings`). */
    suppressed: number;
    /** Every diagnostic listed, of scenario and result files, errors and warnings. */
    diagnostics: number;
    /** Files, scenario or result, that could not be read or parsed (an error diagnostic). */
    unreadable: number;
    regressions: number;
  };
  files: FileReport[];
  results: ResultFileReport[];
  comparison?: Comparison;
  /** Results were given but no comparison was made: why, and the current run's own numbers when read. */
  notCompared?: NotCompared;
  /** The `slo:` targets checked on the current run (with or without a baseline). */
  slo?: SloResult[];
  /** The current run missed its intended load or its criteria got no samples: why, one sentence each. */
  invalid?: { reasons: string[] };
  /** What the bottleneck detectors found in the current run (and its change from the baseline). */
  analysis?: AnalysisResult;
}

export interface NotCompared {
  /** One sentence: "no baseline yet: results/base.json does not exist". */
  reason: string;
  /** The current run that was read, shown uncompared; absent when none could be read. */
  current?: { file: string; run: Run };
}

/** Files that could not be read: scenario files with an error diagnostic, and result files with one. */
export function unreadableFiles(report: Pick<Report, 'summary'>): number {
  return report.summary.unreadable;
}

/** The summary counts of a report, from its files and results, so every renderer says the same numbers. */
export function summarize(
  files: readonly FileReport[],
  results: readonly ResultFileReport[],
  regressions: number,
): Report['summary'] {
  const count = (s: Severity) =>
    files.reduce((n, f) => n + f.findings.filter((x) => x.severity === s).length, 0);
  const isError = (d: { severity: string }) => d.severity === 'error';
  return {
    files: files.length,
    findings: { error: count('error'), warning: count('warning'), info: count('info') },
    suppressed: files.reduce((n, f) => n + (f.suppressed?.length ?? 0), 0),
    diagnostics:
      files.reduce((n, f) => n + f.diagnostics.length, 0) +
      results.reduce((n, r) => n + r.diagnostics.length, 0),
    unreadable:
      files.filter((f) => f.diagnostics.some(isError)).length +
      results.filter((r) => r.diagnostics.some(isError)).length,
    regressions,
  };
}
