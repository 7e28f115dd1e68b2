import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { ALWAYS_EXCLUDED } from '../config/model.js';
import { claimsByName } from '../scenario/adapters.js';
import { isGlob } from './paths.js';
import { globFiles, walkFiles } from './walk.js';

export interface DiscoveryOptions {
  cwd: string;
  /** Folder the `include`/`exclude` globs are relative to: the config file's folder, else `cwd`. */
  base: string;
  include: readonly string[];
  exclude: readonly string[];
}

export interface Candidate {
  absolute: string;
  /** Named on the command line: reported even when no adapter claims it. */
  explicit: boolean;
}

export interface Discovery {
  candidates: Candidate[];
  /** Paths given that name nothing: reported once each, with why. */
  missing: { path: string; reason: string }[];
}

/**
 * Which files to lint. Files named on the command line are always examined; folders are walked without
 * following symbolic links (a link cycle or a link out of the repository must not steer the run), and each
 * file found must match `include`, miss `exclude` and `ALWAYS_EXCLUDED`, and have a name some adapter reads.
 * The adapters then decide by content, so `eslint.config.js` is skipped and an oddly named k6 script is not.
 */
export function discoverFiles(paths: readonly string[], options: DiscoveryOptions): Discovery {
  const found = new Map<string, Candidate>();
  const missing: Discovery['missing'] = [];
  const excluded = [...ALWAYS_EXCLUDED, ...options.exclude];
  const wanted = (absolute: string, root: string): boolean => {
    // Globs are relative to the config's folder; a folder outside it is matched from the folder given.
    const fromBase = relative(options.base, absolute);
    const rel = (fromBase.startsWith('..') || isAbsolute(fromBase) ? relative(root, absolute) : fromBase)
      .split(sep)
      .join('/');
    const match = (glob: string) => minimatch(rel, glob, { dot: true });
    return options.include.some(match) && !excluded.some(match) && claimsByName(absolute);
  };

  const walk = (dir: string) =>
    walkFiles(dir, (path) => {
      if (!found.has(path) && wanted(path, dir)) found.set(path, { absolute: path, explicit: false });
    });

  for (const path of paths) {
    if (isGlob(path)) {
      const matched = globFiles(options.cwd, path).filter((file) => wanted(file, options.cwd));
      if (matched.length === 0) missing.push({ path, reason: 'matches no scenario file' });
      for (const file of matched) if (!found.has(file)) found.set(file, { absolute: file, explicit: false });
      continue;
    }
    const absolute = resolve(options.cwd, path);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      missing.push({ path, reason: 'does not exist' });
      continue;
    }
    if (stats.isDirectory()) walk(absolute);
    else found.set(absolute, { absolute, explicit: true });
  }
  const candidates = [...found.values()].sort((a, b) =>
    a.absolute < b.absolute ? -1 : a.absolute > b.absolute ? 1 : 0,
  );
  return { candidates, missing };
}
