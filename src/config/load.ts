import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { RuleDefinition } from '../lint/types.js';
import { ConfigError } from './errors.js';
import { DEFAULT_CONFIG, type Config } from './model.js';
import { parseConfig } from './parse.js';

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

export function loadConfig(cwd: string, rules: readonly RuleDefinition[], explicit?: string): Config {
  const path = locateConfig(cwd, explicit);
  if (!path) return { ...DEFAULT_CONFIG, lines: {} };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      path,
    );
  }
  return parseConfig(text, path, rules);
}
