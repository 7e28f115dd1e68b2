import { minimatch } from 'minimatch';
import { posix, resolve } from 'node:path';
import { settingsForFile } from '../config/rule-settings.js';
import { ALWAYS_EXCLUDED, type Config } from '../config/model.js';
import { markParts, type Read } from '../engine/lint-files.js';
import { checkFile, parseFile } from '../lint/lint-text.js';
import { parseSuppressions } from '../lint/suppressions.js';
import type { RuleDefinition } from '../lint/types.js';
import { claimsByName } from '../scenario/adapters.js';
import type { AdapterContext } from '../scenario/model.js';
import type { MaturityDiagnostic, RepoSnapshot, ScenarioFacts } from './model.js';

export interface LintedSnapshot {
  scenarios: ScenarioFacts[];
  diagnostics: MaturityDiagnostic[];
}

/**
 * Lints every scenario of a snapshot as `loadgate lint` would lint the repository (the config's include and
 * exclude, its rule settings, imported parts marked), and keeps what the rules said before suppressions, so
 * suppressions can be counted by rule and reason. Nothing is executed; files are read through the snapshot.
 */
export function lintSnapshot(
  snapshot: RepoSnapshot,
  config: Config,
  rules: readonly RuleDefinition[],
): LintedSnapshot {
  const excluded = [...ALWAYS_EXCLUDED, ...config.exclude];
  const wanted = (path: string) =>
    claimsByName(path) &&
    config.include.some((g) => minimatch(path, g, { dot: true })) &&
    !excluded.some((g) => minimatch(path, g, { dot: true }));
  const context = snapshotContext(snapshot);
  const read: Read[] = [];
  for (const path of snapshot.files.filter(wanted)) {
    const text = snapshot.read(path);
    if (text === undefined || text.includes('\u0000')) continue;
    const parsed = parseFile(text, path, { context, explicit: false });
    if (parsed.tool === null) continue;
    read.push({ parsed, candidate: { absolute: resolve(snapshot.root, path), explicit: false } });
  }
  markParts(read);

  const scenarios: ScenarioFacts[] = [];
  const diagnostics: MaturityDiagnostic[] = [];
  for (const r of read) {
    if (!r || !('parsed' in r)) continue;
    const { parsed } = r;
    const tool = parsed.tool;
    if (tool === null) continue;
    const settingFor = settingsForFile(config, parsed.file);
    // Findings are scored and counted here, their fixes never shown: no need to verify them.
    const kept = checkFile(parsed, { rules, settingFor, fixes: 'drop' });
    // The same rules without the file's suppression comments: the difference is what was suppressed.
    const all = checkFile({ ...parsed, comments: [] }, { rules, settingFor, fixes: 'drop' });
    const suppressions = parseSuppressions(parsed.comments);
    const keptKeys = new Set(kept.findings.map(findingKey));
    const suppressed = all.findings
      .filter((f) => !keptKeys.has(findingKey(f)))
      .map((finding) => {
        const by = suppressions.find(
          (s) =>
            s.line === finding.loc.line && (s.ruleIds.includes(finding.ruleId) || s.ruleIds.includes('*')),
        );
        return by?.reason ? { finding, reason: by.reason } : { finding };
      });
    for (const d of kept.diagnostics.filter((d) => d.severity === 'error'))
      diagnostics.push({ file: d.file || parsed.file, line: d.line, message: d.message });
    const facts: ScenarioFacts = { path: parsed.file, tool, findings: kept.findings, suppressed };
    if (parsed.scenario) facts.scenario = parsed.scenario;
    scenarios.push(facts);
  }
  return { scenarios, diagnostics };
}

function findingKey(f: { ruleId: string; loc: { line: number; column: number }; message: string }): string {
  return `${f.ruleId}:${f.loc.line}:${f.loc.column}:${f.message}`;
}

/** Imports are read from the same snapshot, so a base commit's scripts see the base commit's modules. */
function snapshotContext(snapshot: RepoSnapshot): AdapterContext {
  return {
    readSibling(fromFile, specifier) {
      if (!specifier.startsWith('./') && !specifier.startsWith('../')) return undefined;
      const target = posix.normalize(posix.join(posix.dirname(fromFile), specifier));
      if (target.startsWith('../') || posix.isAbsolute(target)) return undefined;
      const text = snapshot.read(target);
      return text === undefined ? undefined : { file: target, text };
    },
  };
}
