import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError } from './errors.js';

// Finding the config costs a few stat calls; reading it loads yaml and the schema validators, so the engine
// imports `load.ts` only when a config file is there (issue #15, cold start).

export const REPOSITORY_RULES_DIR = '.loadgate/rules';

export const CONFIG_NAMES = ['.loadgate.yml', '.loadgate.yaml'];

/** The repository root above `cwd` (the folder holding `.git`), or `cwd` itself outside a repository. */
export function findRepoRoot(cwd: string): string {
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(cwd);
    dir = parent;
  }
}

/** Finds `.loadgate.yml` in `cwd`, then in the repository root. An explicit path must exist. */
export function locateConfig(cwd: string, explicit?: string): string | undefined {
  if (explicit) {
    const path = resolve(cwd, explicit);
    if (!existsSync(path)) throw new ConfigError(`config file ${explicit} does not exist`);
    return path;
  }
  for (const dir of new Set([resolve(cwd), findRepoRoot(cwd)])) {
    for (const name of CONFIG_NAMES) {
      const path = join(dir, name);
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}

/** The folder of the repository's own rules beside the config (else in `cwd`, then the repository root), if any. */
export function repositoryRulesDir(cwd: string, explicitConfig?: string): string | undefined {
  const config = locateConfig(cwd, explicitConfig);
  const candidates = config ? [dirname(config)] : [resolve(cwd), findRepoRoot(cwd)];
  return candidates.map((d) => join(d, REPOSITORY_RULES_DIR)).find((d) => existsSync(d));
}
