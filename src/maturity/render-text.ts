import { terminalText } from '../report/escape.js';
import { MAX_LEVEL } from './levels.js';
import type { MaturityReport, RuleUsage } from './model.js';

const EVIDENCE_SHOWN = 4;

/** The terminal report: level, one block per practice with its evidence, next steps, rule usage. */
export function renderMaturityText(report: MaturityReport): string {
  const t = (s: string) => terminalText(s, { maxLength: 400 });
  const lines = [`loadgate maturity: level ${report.level} of ${MAX_LEVEL} (${report.levelName})`, ''];
  for (const p of report.practices) {
    const mark = p.score >= p.required ? '✓' : '✗';
    lines.push(`${String(p.score).padStart(2)}/10 ${mark} L${p.level} ${p.name}: ${t(p.reason)}`);
    for (const e of p.evidence.slice(0, EVIDENCE_SHOWN))
      lines.push(`         ${t(`${e.file}:${e.line}`)} ${t(e.note)}`);
    if (p.evidence.length > EVIDENCE_SHOWN)
      lines.push(`         … and ${p.evidence.length - EVIDENCE_SHOWN} more`);
  }
  if (report.nextSteps.length > 0) {
    lines.push('', `Next steps to level ${report.level + 1}:`);
    report.nextSteps.forEach((s, i) => lines.push(`  ${i + 1}. ${t(s)}`));
  }
  if (report.ruleUsage.length > 0) lines.push('', ...renderUsageText(report.ruleUsage));
  if (report.diagnostics.length > 0) {
    lines.push('', 'Not scored (could not be read):');
    for (const d of report.diagnostics)
      lines.push(`  ${t(`${d.file}${d.line ? `:${d.line}` : ''}`)}: ${t(d.message)}`);
  }
  return lines.join('\n') + '\n';
}

/** Findings and suppressions by rule; shared with `loadgate rules --usage`. */
export function renderUsageText(usage: readonly RuleUsage[]): string[] {
  const t = (s: string) => terminalText(s, { maxLength: 200 });
  const lines = ['Rule usage (findings and suppressions by rule):'];
  if (usage.length === 0) lines.push('  no rule fired');
  for (const u of usage) {
    const parts = [`${u.findings} finding${u.findings === 1 ? '' : 's'}`];
    if (u.suppressions > 0)
      parts.push(`${u.suppressions} suppressed in ${u.suppressedFiles} of ${u.files} files`);
    else parts.push(`in ${u.files} file${u.files === 1 ? '' : 's'}`);
    lines.push(
      `  ${t(u.ruleId)}: ${parts.join(', ')}${u.questioned ? '  <- suppressed in most files it fires in: retune or retire it' : ''}`,
    );
    for (const r of u.reasons.slice(0, 5)) lines.push(`      ${r.count}× ${t(r.reason)}`);
  }
  return lines;
}
