import type { Finding, Severity } from '../lint/types.js';
import type { FileReport, Report } from './model.js';

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface LocatedFinding {
  /** The file the finding was reported under (FileReport.path). */
  path: string;
  finding: Finding;
}

function compare(a: LocatedFinding, b: LocatedFinding): number {
  return (
    SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    a.finding.loc.line - b.finding.loc.line ||
    a.finding.loc.column - b.finding.loc.column ||
    (a.finding.ruleId < b.finding.ruleId ? -1 : a.finding.ruleId > b.finding.ruleId ? 1 : 0)
  );
}

/** Every finding, worst first, then by path and position: the order reviewers read them in. */
export function findingsBySeverity(report: Report): LocatedFinding[] {
  return report.files
    .flatMap((file) => file.findings.map((finding) => ({ path: file.path, finding })))
    .sort(compare);
}

/** Files sorted by path, each with its findings in line order: the order a terminal lists them in. */
export function filesInOrder(report: Report): FileReport[] {
  return [...report.files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((file) => ({
      ...file,
      findings: [...file.findings].sort(
        (a, b) =>
          a.loc.line - b.loc.line ||
          a.loc.column - b.loc.column ||
          SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
      ),
    }));
}
