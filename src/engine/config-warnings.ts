import type { Config } from '../config/model.js';
import type { FileReport } from '../report/model.js';
import { reportPath } from './paths.js';
import { globFiles } from './walk.js';

/**
 * An `overrides` glob that matches no file is almost always a typo (`laod/**`), and the rules it was meant
 * to relax or tighten then apply unchanged without a word. Each one is a warning on the config file, naming
 * the glob and its line. Globs are matched against the files under the config's folder, not only the ones
 * linted this time, so `loadgate lint one-file.js` does not warn about overrides for other folders.
 */
export function overrideWarnings(config: Config, base: string, cwd: string): FileReport[] {
  if (!config.file) return [];
  const path = reportPath(config.file, cwd);
  const diagnostics: FileReport['diagnostics'] = [];
  config.overrides.forEach((override, i) => {
    override.files.forEach((glob, j) => {
      if (globFiles(base, glob).length > 0) return;
      const line = config.lines[`overrides.${i}.files.${j}`];
      diagnostics.push({
        file: path,
        severity: 'warning',
        message: `overrides[${i}].files "${glob}" matches no file, so its rules apply nowhere; check the glob (it is relative to the config's folder)`,
        ...(line === undefined ? {} : { line }),
      });
    });
  });
  return diagnostics.length > 0 ? [{ path, tool: null, findings: [], diagnostics }] : [];
}
