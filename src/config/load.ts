import { readFileSync } from 'node:fs';
import type { RuleDefinition } from '../lint/types.js';
import { ConfigError } from './errors.js';
import { DEFAULT_CONFIG, type Config } from './model.js';
import { locateConfig } from './locate.js';
import { parseConfig } from './parse.js';

export { CONFIG_NAMES, findRepoRoot, locateConfig } from './locate.js';

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
