import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadRuleText } from '../lint/rule-loader.js';
import type { RuleDefinition } from '../lint/types.js';
import { ConfigError } from './errors.js';
import { repositoryRulesDir } from './locate.js';

export { REPOSITORY_RULES_DIR } from './locate.js';

/**
 * A repository's own rules, `.loadgate/rules/*.yml` beside the config (or in the working folder, then the
 * repository root, as the config is found). Each is validated like a built-in rule and may use only the
 * generic functions: a repository rule never runs code. A bad one stops the run with its path and line,
 * as a bad `.loadgate.yml` does: half a rule set gates the wrong things.
 */
export function loadRepositoryRules(
  cwd: string,
  builtin: readonly RuleDefinition[],
  explicitConfig?: string,
): RuleDefinition[] {
  const dir = repositoryRulesDir(cwd, explicitConfig);
  if (!dir) return [];
  const known = new Set(builtin.map((r) => r.id));
  const rules: RuleDefinition[] = [];
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  for (const name of files) {
    const path = join(dir, name);
    const shown = relative(resolve(cwd), path).replace(/\\/g, '/') || name;
    const result = loadRuleText(readFileSync(path, 'utf8'), shown);
    if ('error' in result) throw new ConfigError(result.error.message, shown, result.error.line);
    const rule = result.rule;
    if (rule.check)
      throw new ConfigError(
        'names a check function; repository rules use generic functions only (`then`)',
        shown,
        1,
      );
    if (known.has(rule.id))
      throw new ConfigError(`declares id "${rule.id}", which is already a rule`, shown, 1);
    known.add(rule.id);
    rules.push(rule);
  }
  return rules;
}
