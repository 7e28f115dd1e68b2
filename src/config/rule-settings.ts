import { minimatch } from 'minimatch';
import type { RuleSetting } from '../lint/run-rules.js';
import type { Config } from './model.js';

/** The rule settings in force for one file: top-level `rules`, then each matching override in order. */
export function settingsForFile(
  config: Config,
  relativePath: string,
): (ruleId: string) => RuleSetting | undefined {
  const path = relativePath.replace(/\\/g, '/');
  const layers = [
    config.rules,
    ...config.overrides
      .filter((o) => o.files.some((g) => minimatch(path, g, { dot: true })))
      .map((o) => o.rules),
  ];
  return (ruleId) => {
    let setting: RuleSetting | undefined;
    for (const layer of layers) {
      const next = layer[ruleId];
      if (next) setting = { severity: next.severity, options: { ...setting?.options, ...next.options } };
    }
    return setting;
  };
}
