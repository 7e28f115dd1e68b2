import type { Scenario, ToolId } from '../scenario/model.js';
import { enrichScenario } from './enrich.js';
import { fillTemplate } from './messages.js';
import { releaseScenario, runClauses } from './run-clauses.js';
import { releaseCopy } from '../scenario/profile/compute.js';
import { releasePlainValues } from './functions/schema.js';
import { ownOptions } from './rule-options.js';
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
  try {
    for (const rule of rulesFor(options.rules, scenario.tool)) {
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
  } finally {
    // What the rules cached about this file is of no use to the next one: dropped now rather than when a
    // collection finds the file dead (see `releaseScenario`).
    releaseScenario(scenario);
    releaseCopy(scenario);
    releasePlainValues();
  }
  return { findings, ruleErrors };
}

/** The rules of one tool, in their order: every file of a run is checked with the same rule list. */
const rulesByTool = new WeakMap<readonly RuleDefinition[], Map<ToolId, readonly RuleDefinition[]>>();

function rulesFor(rules: readonly RuleDefinition[], tool: ToolId): readonly RuleDefinition[] {
  let byTool = rulesByTool.get(rules);
  if (!byTool) rulesByTool.set(rules, (byTool = new Map()));
  let selected = byTool.get(tool);
  if (!selected) byTool.set(tool, (selected = rules.filter((r) => r.tools.includes(tool))));
  return selected;
}

function optionsOf(
  rule: RuleDefinition,
  userOptions: Record<string, unknown> | undefined,
): Record<string, unknown> {
  if (userOptions) return { ...rule.defaultOptions, ...rule.check?.options, ...userOptions };
  return ownOptions(rule);
}

function checkRule(
  rule: RuleDefinition,
  scenario: Scenario,
  { checks, source }: RuleRunOptions,
  userOptions: Record<string, unknown> | undefined,
): CheckReport[] {
  const options = optionsOf(rule, userOptions);
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
