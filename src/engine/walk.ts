import { readdirSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { isGlob } from './paths.js';

/** Folders no scenario or result of the project's own lives in. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'coverage']);

/**
 * Calls `onFile` for every regular file below `dir`. Symbolic links are not followed (a link cycle or a link
 * out of the repository must not steer the run), and dependency and build folders are not entered.
 */
export function walkFiles(dir: string, onFile: (absolute: string) => void): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // an unreadable folder holds nothing we were asked about
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) walkFiles(path, onFile);
    } else if (entry.isFile()) {
      onFile(path);
    }
  }
}

/**
 * The files a glob (`load/**\/*.js`, relative to `base`) matches, absolute and sorted. Only the folder of the
 * glob's literal prefix is walked, never the whole tree.
 */
export function globFiles(base: string, pattern: string): string[] {
  const parts = pattern.replace(/^\.\//, '').split('/');
  const prefix = parts.findIndex(isGlob);
  const start = resolve(base, parts.slice(0, prefix).join('/') || '.');
  const glob = parts.join('/');
  const files: string[] = [];
  walkFiles(start, (absolute) => {
    if (minimatch(relative(base, absolute).split(sep).join('/'), glob, { dot: true })) files.push(absolute);
  });
  return files.sort();
}
