import type { MaturityReport } from './model.js';

/**
 * `loadgate maturity --format json`: `level`, `practices[]` (`name`, `score`, `evidence`), `nextSteps[]`,
 * `ruleUsage[]`, `diagnostics[]`. Keys in a fixed order, so the same tree gives the same bytes.
 */
export function renderMaturityJson(report: MaturityReport): string {
  const out = {
    schemaVersion: report.schemaVersion,
    level: report.level,
    levelName: report.levelName,
    practices: report.practices.map((p) => ({
      id: p.id,
      name: p.name,
      level: p.level,
      score: p.score,
      required: p.required,
      reason: p.reason,
      evidence: p.evidence.map((e) => ({ file: e.file, line: e.line, note: e.note })),
      nextSteps: p.nextSteps,
    })),
    nextSteps: report.nextSteps,
    ruleUsage: report.ruleUsage.map((u) => ({
      ruleId: u.ruleId,
      findings: u.findings,
      suppressions: u.suppressions,
      files: u.files,
      suppressedFiles: u.suppressedFiles,
      reasons: u.reasons,
      questioned: u.questioned,
    })),
    diagnostics: report.diagnostics.map((d) =>
      d.line === undefined
        ? { file: d.file, message: d.message }
        : { file: d.file, line: d.line, message: d.message },
    ),
    summary: report.summary,
  };
  return JSON.stringify(out, null, 2) + '\n';
}
