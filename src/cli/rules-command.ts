import { loadRepositoryRules } from '../config/repository-rules.js';
import { workingTreeSnapshot } from '../engine/repo-snapshot.js';
import { builtinRules } from '../lint/generated/rules.js';
import { examplesOf, lintExample } from '../lint/rule-examples.js';
import type { RuleDefinition } from '../lint/types.js';
import { readConfigFacts } from '../maturity/config-facts.js';
import type { RuleUsage } from '../maturity/model.js';
import { renderUsageText } from '../maturity/render-text.js';
import { lintSnapshot } from '../maturity/scenarios.js';
import { countRuleUsage } from '../maturity/usage.js';
import { parseCommandArgs, repositoryFolder, type CommandOutput } from './maturity-command.js';

/**
 * `exact` when the rule's bad examples get text edits (`lint --fix` applies them when `safe`,
 * `--fix-suggestions` when a `suggestion`), else `advice` (a sentence).
 */
function fixKind(rule: RuleDefinition): 'exact' | 'advice' | 'none' {
  if (!rule.fix) return 'none';
  const exact = examplesOf(rule).bad.some((example) =>
    lintExample(rule, example).findings.some((f) => (f.fix?.edits?.length ?? 0) > 0),
  );
  return exact ? 'exact' : 'advice';
}

/**
 * `loadgate rules [PATH] [--format text|json] [--usage]`: the built-in rules and the repository's own, and with `--usage` how often
 * each fires and is suppressed (with the reasons given) across the repository at PATH.
 */
export function rulesCommand(argv: readonly string[], cwd: string): CommandOutput {
  const args = parseCommandArgs('rules', argv, ['text', 'json'], { usage: { type: 'boolean' } });
  const folder = repositoryFolder('rules', cwd, args.path);
  // The repository's own rules are listed (and counted) with the built-in ones: they run in every lint.
  const all = [...builtinRules, ...loadRepositoryRules(folder, builtinRules)];
  const rules = [...all].sort((a, b) => a.id.localeCompare(b.id));
  let usage: RuleUsage[] | undefined;
  let files = 0;
  if (args.flags.usage) {
    const snapshot = workingTreeSnapshot(folder);
    const config = readConfigFacts(snapshot, all);
    const linted = lintSnapshot(snapshot, config.config, all);
    files = linted.scenarios.length;
    usage = countRuleUsage(linted.scenarios);
  }
  const rows = rules.map((rule) => {
    const fix = fixKind(rule);
    return {
      id: rule.id,
      tools: rule.tools,
      severity: rule.severity,
      category: rule.category,
      fix,
      ...(fix === 'exact' ? { fixSafety: rule.fixSafety ?? 'suggestion' } : {}),
      summary: rule.summary,
    };
  });
  let text: string;
  if (args.format === 'json') {
    const byId = new Map((usage ?? []).map((u) => [u.ruleId, u]));
    const out = {
      rules: rows.map((row) => {
        if (!usage) return row;
        const u = byId.get(row.id);
        return {
          ...row,
          usage: {
            findings: u?.findings ?? 0,
            suppressions: u?.suppressions ?? 0,
            files: u?.files ?? 0,
            suppressedFiles: u?.suppressedFiles ?? 0,
            reasons: u?.reasons ?? [],
            questioned: u?.questioned ?? false,
          },
        };
      }),
      ...(usage ? { scenarioFiles: files } : {}),
    };
    text = JSON.stringify(out, null, 2) + '\n';
  } else {
    const width = Math.max(...rows.map((r) => r.id.length));
    const lines = rows.map(
      (r) =>
        `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.category.padEnd(12)}  ${r.tools.join(',').padEnd(12)}  fix: ${(r.fixSafety ?? r.fix).padEnd(10)}  ${r.summary}`,
    );
    if (usage) {
      lines.push('', `${files} scenario file${files === 1 ? '' : 's'} linted.`, ...renderUsageText(usage));
      const unused = rows.length - usage.length;
      if (unused > 0) lines.push(`  ${unused} rule${unused === 1 ? '' : 's'} did not fire.`);
    }
    text = lines.join('\n') + '\n';
  }
  return args.output === undefined ? { text } : { text, output: args.output };
}
