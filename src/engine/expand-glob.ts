import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { minimatch } from 'minimatch';
import { isGlob } from './paths.js';

/**
 * Expands a result path from `.loadgate.yml` (`results/*.json`) against `base`. A plain path is returned as
 * is, so a missing file is reported rather than silently matched by nothing.
 */
export function expandGlob(base: string, pattern: string): string[] {
  if (!isGlob(pattern)) return [pattern];
  const files = readdirSync(base, { recursive: true, encoding: 'utf8' })
    .map((f) => f.replace(/\\/g, '/'))
    .filter((f) => !f.split('/').some((part) => part === 'node_modules' || part === '.git'))
    .filter((f) => minimatch(f, pattern.replace(/^\.\//, ''), { dot: true }))
    .sort();
  return files.map((f) => join(base, f));
}
