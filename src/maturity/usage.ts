import type { ReasonCount, RuleUsage, ScenarioFacts } from './model.js';

const NO_REASON = '(no reason)';

/**
 * Findings and suppressions by rule across the linted files. A rule suppressed in most of the files it fires
 * in is one its users disagree with: the signal to retune its options or severity, or to retire it.
 */
export function countRuleUsage(scenarios: readonly ScenarioFacts[]): RuleUsage[] {
  const byRule = new Map<
    string,
    {
      findings: number;
      suppressions: number;
      files: Set<string>;
      suppressedFiles: Set<string>;
      reasons: Map<string, number>;
    }
  >();
  const entry = (ruleId: string) => {
    let e = byRule.get(ruleId);
    if (!e) {
      e = { findings: 0, suppressions: 0, files: new Set(), suppressedFiles: new Set(), reasons: new Map() };
      byRule.set(ruleId, e);
    }
    return e;
  };
  for (const file of scenarios) {
    for (const f of file.findings) {
      const e = entry(f.ruleId);
      e.findings++;
      e.files.add(file.path);
    }
    for (const s of file.suppressed) {
      const e = entry(s.finding.ruleId);
      e.suppressions++;
      e.files.add(file.path);
      e.suppressedFiles.add(file.path);
      const reason = s.reason ?? NO_REASON;
      e.reasons.set(reason, (e.reasons.get(reason) ?? 0) + 1);
    }
  }
  const usage: RuleUsage[] = [...byRule.entries()].map(([ruleId, e]) => {
    const reasons: ReasonCount[] = [...e.reasons.entries()]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
    return {
      ruleId,
      findings: e.findings,
      suppressions: e.suppressions,
      files: e.files.size,
      suppressedFiles: e.suppressedFiles.size,
      reasons,
      questioned: e.files.size >= 2 && e.suppressedFiles.size * 2 > e.files.size,
    };
  });
  // Questioned rules first, then the most suppressed, then the noisiest.
  return usage.sort(
    (a, b) =>
      Number(b.questioned) - Number(a.questioned) ||
      b.suppressions - a.suppressions ||
      b.findings - a.findings ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
