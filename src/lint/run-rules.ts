import type { Scenario, ToolId } from '../scenario/model.js';
import { enrichScenario } from './enrich.js';
import { fillTemplate } from './messages.js';
import { runClauses } from './run-clauses.js';
import type {
  CheckFunction,
  CheckReport,
  Finding,
  RuleDefinition,
  Severity,
  SeveritySetting,
} from './types.js';

export interface RuleSetting {
  severity: SeveritySetting;
  options?: Record<string, unknown>;
}

export interface RuleRunOptions {
  rules: readonly RuleDefinition[];
  checks: ReadonlyMap<string, CheckFunction>;
  /** The user's setting for a rule in this file, when there is one. */
  settingFor?: (ruleId: string) => RuleSetting | undefined;
  /** The file's text, handed to checks whose edits follow its layout. */
  source?: string;
}

export interface RuleRunResult {
  findings: Finding[];
  /** A rule that failed while checking: a bug in loadgate or a repository rule, reported, never fatal. */
  ruleErrors: { ruleId: string; message: string }[];
}

/** Runs every enabled rule for the scenario's tool. Pure: the same scenario and settings give the same findings. */
export function runRules(parsed: Scenario, options: RuleRunOptions): RuleRunResult {
  const scenario = enrichScenario(parsed);
  const findings: Finding[] = [];
  const ruleErrors: RuleRunResult['ruleErrors'] = [];
  for (const rule of options.rules) {
    if (!rule.tools.includes(scenario.tool)) continue;
    const setting = options.settingFor?.(rule.id);
    const severity = setting?.severity ?? rule.severity;
    if (severity === 'off') continue;
    try {
      for (const report of checkRule(rule, scenario, options, setting?.options)) {
        findings.push(toFinding(rule, severity, report, scenario.tool));
      }
    } catch (error) {
      ruleErrors.push({ ruleId: rule.id, message: (error as Error).message });
    }
  }
  return { findings, ruleErrors };
}

function checkRule(
  rule: RuleDefinition,
  scenario: Scenario,
  { checks, source }: RuleRunOptions,
  userOptions: Record<string, unknown> | undefined,
): CheckReport[] {
  const options = { ...rule.defaultOptions, ...rule.check?.options, ...userOptions };
  if (!rule.check) return runClauses(rule, scenario, options);
  const fn = checks.get(rule.check.function);
  if (!fn)
    throw new Error(`rule ${rule.id} names check function "${rule.check.function}", which does not exist`);
  const reports: CheckReport[] = [];
  fn.run(scenario, { scenario, options, source, report: (r) => reports.push(r) });
  return reports;
}

function toFinding(rule: RuleDefinition, severity: Severity, report: CheckReport, tool: ToolId): Finding {
  const template = rule.messages[report.messageId ?? 'default'] ?? rule.messages.default ?? rule.summary;
  const data = report.data ?? {};
  const message = fillTemplate(template, data);
  if (message.missing.length) {
    throw new Error(
      `rule ${rule.id}: message placeholder(s) ${message.missing.join(', ')} not filled by the check`,
    );
  }
  const finding: Finding = {
    ruleId: rule.id,
    severity,
    message: message.text,
    loc: report.loc,
    category: rule.category,
  };
  const fixTemplate = typeof rule.fix === 'string' ? rule.fix : rule.fix?.[tool];
  if (fixTemplate || report.edits) {
    const description = fixTemplate ? fillTemplate(fixTemplate, data).text : 'Apply the suggested edit.';
    finding.fix = report.edits
      ? { description, edits: report.edits, safety: rule.fixSafety ?? 'suggestion' }
      : report.noEdit
        ? { description, skipped: report.noEdit }
        : { description };
  }
  return finding;
}
