import { adapterFor, scenarioAdapters } from '../scenario/adapters.js';
import { toolName } from '../scenario/tool-names.js';
import type { AdapterContext, Diagnostic, Scenario, SourceComment, ToolId } from '../scenario/model.js';
import { builtinChecks } from './generated/checks.js';
import { builtinRules } from './generated/rules.js';
import { verifyFixes } from './fixes/verify.js';
import { runRules, type RuleSetting } from './run-rules.js';
import {
  parseSuppressions,
  suppressionFor,
  suppressionProblems,
  suppressionsByLine,
} from './suppressions.js';
import type { CheckFunction, Finding, RuleDefinition, SuppressedFinding } from './types.js';

export interface LintTextOptions {
  rules?: readonly RuleDefinition[];
  checks?: ReadonlyMap<string, CheckFunction>;
  settingFor?: (ruleId: string) => RuleSetting | undefined;
  context?: AdapterContext;
  /** When true, a file no adapter claims is reported; discovery passes false for files it only guessed at. */
  explicit?: boolean;
  /**
   * What becomes of the rules' edits. `verify` (the default): each is tried on the text it would produce
   * and withdrawn when that breaks the file (`verifyFixes`), so every edit a report shows or `--fix` writes
   * is known to work. `drop`: the caller shows and applies no edit (maturity, rule usage counts), so they are
   * left out unverified, sparing the second parse and lint of each file that has one.
   */
  fixes?: 'verify' | 'drop';
}

export interface LintTextResult {
  tool: ToolId | null;
  scenario?: Scenario;
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** Findings a suppression comment silenced, each with the comment's line and reason. */
  suppressed: SuppressedFinding[];
}

/** The tools adapters exist for, as users name them: grows with the adapter registry. */
const TOOL_LIST = scenarioAdapters.map((a) => toolName(a.tool)).join(', ');

export const defaultChecks: ReadonlyMap<string, CheckFunction> = new Map(
  builtinChecks.map((c) => [c.name, c]),
);

/** A file read by its adapter, before any rule ran: what the engine may still annotate across files. */
export interface ParsedFile {
  file: string;
  tool: ToolId | null;
  scenario?: Scenario;
  diagnostics: Diagnostic[];
  comments: SourceComment[];
  /** The text that was parsed: fixes are computed on it and verified against it. */
  text?: string;
  /**
   * Parses another version of this file the same way (same adapter context, same cross-file marks), so a
   * fix can be checked on the text it would produce before it is offered.
   */
  reparse?: (text: string) => ParsedFile;
}

/** Reads one file's text with the adapter that claims it. Never throws. */
export function parseFile(
  text: string,
  file: string,
  options: Pick<LintTextOptions, 'context' | 'explicit'> = {},
): ParsedFile {
  const reparse = (next: string) => parseFile(next, file, { ...options, explicit: true });
  const adapter = adapterFor(text, file);
  if (!adapter) {
    const diagnostics: Diagnostic[] =
      options.explicit === false
        ? []
        : [
            {
              file,
              severity: 'warning',
              // The whole file is meant: its first line, where editors and annotations can show it.
              line: 1,
              message: `is not a scenario of any tool loadgate reads (${TOOL_LIST})`,
            },
          ];
    return { file, tool: null, diagnostics, comments: [], text, reparse };
  }
  try {
    const parsed = adapter.parse(text, file, options.context ?? {});
    return {
      file,
      tool: adapter.tool,
      scenario: parsed.scenario,
      diagnostics: [...parsed.diagnostics],
      comments: parsed.comments,
      text,
      reparse,
    };
  } catch (error) {
    // An adapter bug must not lose the rest of the run: the file is reported and the run goes on.
    return {
      file,
      tool: adapter.tool,
      diagnostics: [{ file, severity: 'error', message: `could not be read: ${(error as Error).message}` }],
      comments: [],
      text,
      reparse,
    };
  }
}

/**
 * Runs the rules on a parsed file and applies its suppressions. Every fix is then tried on the text it would
 * produce (`verifyFixes`): one that would break the file, add a diagnostic or leave its finding is withdrawn
 * with the reason, so what a report offers and `--fix` writes is known to work.
 */
export function checkFile(
  parsed: ParsedFile,
  options: Omit<LintTextOptions, 'context' | 'explicit'> = {},
): LintTextResult {
  const result = checkOnce(parsed, options);
  if (options.fixes === 'drop') {
    dropEdits(result.findings);
    return result;
  }
  const { text, reparse } = parsed;
  if (text === undefined || !reparse || !result.findings.some(hasEdits)) return result;
  // The fixed text is linted only with the rules the judgement reads (see `judgedRules`); the file's own
  // findings are compared on the same rules.
  const judged = judgedRules(result.findings, options);
  const relevant = new Set(judged.map((r) => r.id));
  const before = { ...result, findings: result.findings.filter((f) => relevant.has(f.ruleId)) };
  verifyFixes(text, before, (next) => checkOnce(reparse(next), { ...options, rules: judged }, options.rules));
  return result;
}

function hasEdits(finding: Finding): boolean {
  return (finding.fix?.edits?.length ?? 0) > 0;
}

/** Edits nobody will see or apply are not verified: none is left for a caller to show by mistake. */
function dropEdits(findings: readonly Finding[]): void {
  for (const f of findings)
    if (f.fix && (f.fix.edits !== undefined || f.fix.safety !== undefined))
      f.fix =
        f.fix.skipped !== undefined
          ? { description: f.fix.description, skipped: f.fix.skipped }
          : { description: f.fix.description };
}

/**
 * The rules whose findings the judgement of fixes reads (`fixes/verify.ts`): the rules of the findings
 * being fixed (is the finding gone?) and every rule at error level for this file (does the edit add an
 * error?). Findings of the other rules (warnings, infos elsewhere) never decide whether a fix is kept, so
 * the fixed text is not checked with them: that lint is a second one of the file, and most of its cost.
 */
function judgedRules(
  findings: readonly Finding[],
  options: Omit<LintTextOptions, 'context' | 'explicit'>,
): RuleDefinition[] {
  const fixed = new Set(findings.filter(hasEdits).map((f) => f.ruleId));
  return (options.rules ?? builtinRules).filter(
    (r) => fixed.has(r.id) || (options.settingFor?.(r.id)?.severity ?? r.severity) === 'error',
  );
}

function checkOnce(
  parsed: ParsedFile,
  options: Omit<LintTextOptions, 'context' | 'explicit'>,
  /** The rules suppression comments may name, when only some of them run. */
  known: readonly RuleDefinition[] | undefined = options.rules,
): LintTextResult {
  const { file, scenario } = parsed;
  const diagnostics = [...parsed.diagnostics];
  if (!scenario) return { tool: parsed.tool, findings: [], diagnostics, suppressed: [] };
  const rules = options.rules ?? builtinRules;
  const { findings, ruleErrors } = runRules(scenario, {
    rules,
    checks: options.checks ?? defaultChecks,
    settingFor: options.settingFor,
    source: parsed.text,
  });
  for (const e of ruleErrors)
    diagnostics.push({ file, severity: 'error', message: `rule ${e.ruleId} failed: ${e.message}` });
  const suppressions = parseSuppressions(parsed.comments);
  if (suppressions.length > 0)
    diagnostics.push(
      ...suppressionProblems(
        suppressions,
        file,
        (known ?? builtinRules).map((r) => r.id),
      ),
    );
  const byLine = suppressionsByLine(suppressions);
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of dedupe(findings.sort(byPosition))) {
    const here = byLine.get(finding.loc.line);
    const by = here && suppressionFor(here, finding.ruleId, finding.loc.line);
    if (!by) kept.push(finding);
    else
      suppressed.push({
        ...finding,
        suppression: by.reason ? { line: by.commentLine, reason: by.reason } : { line: by.commentLine },
      });
  }
  return { tool: parsed.tool, scenario, findings: kept, diagnostics, suppressed };
}

/** Lints one file's text: parse, then check. Pure apart from the adapter context's sibling reads; never throws. */
export function lintText(text: string, file: string, options: LintTextOptions = {}): LintTextResult {
  return checkFile(parseFile(text, file, options), options);
}

function byPosition(a: Finding, b: Finding): number {
  return a.loc.line - b.loc.line || a.loc.column - b.loc.column || a.ruleId.localeCompare(b.ruleId);
}

/** Two reports of one rule at one place say the same thing once. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}:${f.loc.line}:${f.loc.column}:${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
