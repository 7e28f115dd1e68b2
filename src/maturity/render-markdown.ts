import { codeSpan, escapeMarkdown } from '../report/escape.js';
import { inlineMarkdown } from './inline-markdown.js';
import { MAX_LEVEL } from './levels.js';
import type { MaturityReport } from './model.js';

const EVIDENCE_SHOWN = 3;

/** `loadgate maturity --format markdown`: for a job summary, an issue or a wiki page. Everything escaped. */
export function renderMaturityMarkdown(report: MaturityReport): string {
  const out: string[] = [
    `### Load-testing maturity: level ${report.level} of ${MAX_LEVEL} · ${escapeMarkdown(report.levelName)}`,
    '',
    '| score | practice | level | evidence |',
    '|---|---|---|---|',
  ];
  for (const p of report.practices) {
    const shown = p.evidence
      .slice(0, EVIDENCE_SHOWN)
      .map(
        (e) =>
          `${codeSpan(`${e.file}:${e.line}`, { table: true, maxLength: 200 })} ${escapeMarkdown(e.note, { maxLength: 200 })}`,
      );
    if (p.evidence.length > EVIDENCE_SHOWN) shown.push(`… and ${p.evidence.length - EVIDENCE_SHOWN} more`);
    const mark = p.score >= p.required ? '✅' : '❌';
    out.push(
      `| ${mark} ${p.score}/10 | ${escapeMarkdown(p.name)}: ${inlineMarkdown(p.reason, { table: true })} | ${p.level} | ${shown.join('<br>') || '—'} |`,
    );
  }
  if (report.nextSteps.length > 0) {
    out.push('', `**Next steps to level ${report.level + 1}**`, '');
    for (const s of report.nextSteps) out.push(`- ${inlineMarkdown(s)}`);
  }
  const usage = report.ruleUsage.filter((u) => u.suppressions > 0 || u.questioned);
  if (usage.length > 0) {
    out.push(
      '',
      '**Suppressions by rule** (a rule suppressed in most files it fires in is one to retune or retire)',
      '',
    );
    out.push('| rule | findings | suppressed | files | reasons |', '|---|---|---|---|---|');
    for (const u of usage)
      out.push(
        `| ${codeSpan(u.ruleId, { table: true, maxLength: 100 })}${u.questioned ? ' ⚠️' : ''} | ${u.findings} | ${u.suppressions} | ${u.suppressedFiles} of ${u.files} | ${u.reasons
          .slice(0, 3)
          .map((r) => `${r.count}× ${escapeMarkdown(r.reason, { maxLength: 120 })}`)
          .join('<br>')} |`,
      );
  }
  if (report.diagnostics.length > 0) {
    out.push('', '**Not scored** (could not be read)', '');
    for (const d of report.diagnostics)
      out.push(
        `- ${codeSpan(d.line ? `${d.file}:${d.line}` : d.file, { maxLength: 200 })}: ${escapeMarkdown(d.message, { maxLength: 300 })}`,
      );
  }
  return out.join('\n') + '\n';
}
