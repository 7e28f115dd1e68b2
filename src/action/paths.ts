import { resolve } from 'node:path';
import type { Comparison } from '../compare/model.js';
import type { Finding } from '../lint/types.js';
import type { Report } from '../report/model.js';
import { reportPath } from '../engine/paths.js';

/**
 * The engine reports paths relative to the working directory; GitHub (annotations, SARIF, changed files of
 * a pull request) wants them relative to the repository root. Everything the action publishes goes through
 * this one rebase, so a `working-directory` never misplaces a finding.
 */
export function toRepoPath(path: string, cwd: string, workspace: string): string {
  return path === '' ? path : reportPath(resolve(cwd, path), workspace);
}

export function rebaseReport(report: Report, cwd: string, workspace: string): Report {
  const rebase = (path: string) => toRepoPath(path, cwd, workspace);
  const rebaseFinding = (finding: Finding): Finding => ({
    ...finding,
    loc: { ...finding.loc, file: rebase(finding.loc.file) },
    fix: finding.fix && {
      ...finding.fix,
      edits: finding.fix.edits?.map((edit) => ({ ...edit, file: rebase(edit.file) })),
    },
  });
  const comparison: Comparison | undefined = report.comparison && {
    ...report.comparison,
    baseline: { ...report.comparison.baseline, file: rebase(report.comparison.baseline.file) },
    current: { ...report.comparison.current, file: rebase(report.comparison.current.file) },
  };
  return {
    ...report,
    files: report.files.map((file) => ({
      ...file,
      path: rebase(file.path),
      findings: file.findings.map(rebaseFinding),
      diagnostics: file.diagnostics.map((d) => ({ ...d, file: d.file ? rebase(d.file) : d.file })),
      ...(file.suppressed
        ? { suppressed: file.suppressed.map((f) => ({ ...rebaseFinding(f), suppression: f.suppression })) }
        : {}),
    })),
    results: report.results.map((r) => ({ ...r, path: rebase(r.path) })),
    ...(comparison ? { comparison } : {}),
    ...(report.notCompared?.current
      ? {
          notCompared: {
            ...report.notCompared,
            current: { ...report.notCompared.current, file: rebase(report.notCompared.current.file) },
          },
        }
      : {}),
  };
}
