import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { CONFIG_NAMES } from '../config/load.js';
import type { RepoSnapshot } from '../maturity/model.js';
import { claimsByName } from '../scenario/adapters.js';
import { walkFiles } from './walk.js';

/** Scenario, workflow and config files are small; anything larger is not evidence worth reading. */
const MAX_BYTES = 1024 * 1024;

/** The files of the working tree below `root` (dependency and build folders skipped, links not followed). */
export function workingTreeSnapshot(root: string): RepoSnapshot {
  const absoluteRoot = resolve(root);
  const files: string[] = [];
  walkFiles(absoluteRoot, (absolute) => files.push(relative(absoluteRoot, absolute).split(sep).join('/')));
  files.sort();
  const cache = new Map<string, string | undefined>();
  return {
    root: absoluteRoot,
    files,
    read(path) {
      if (!cache.has(path)) {
        let text: string | undefined;
        try {
          const absolute = resolve(absoluteRoot, path);
          text = statSync(absolute).size <= MAX_BYTES ? readFileSync(absolute, 'utf8') : undefined;
        } catch {
          text = undefined;
        }
        cache.set(path, text);
      }
      return cache.get(path);
    },
  };
}

/** Files a maturity assessment may read: scenarios by name, workflows, the config. */
function isEvidenceFile(path: string): boolean {
  if (/(^|\/)(node_modules|\.git|dist|coverage)\//.test(path)) return false;
  return (
    CONFIG_NAMES.includes(path) || /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path) || claimsByName(path)
  );
}

const GIT_OPTIONS = {
  maxBuffer: 256 * 1024 * 1024,
  timeout: 60_000,
  stdio: ['pipe', 'pipe', 'pipe'] as ('pipe' | 'ignore')[],
};

/**
 * The tree of `commit` in the git repository at `root`, read through git into memory (`git ls-tree`, then
 * one `git cat-file --batch` for the files a maturity assessment reads), without touching the working tree.
 * Throws when git or the commit is not available; the caller says the base is unknown.
 */
export function gitSnapshot(root: string, commit: string): RepoSnapshot {
  if (!/^[0-9a-f]{7,64}$/i.test(commit)) throw new Error(`"${commit}" is not a commit id`);
  const listing = execFileSync(
    'git',
    ['-C', root, 'ls-tree', '-r', '-l', '-z', commit],
    GIT_OPTIONS,
  ) as Buffer;
  const files: string[] = [];
  const wanted: string[] = [];
  for (const record of listing.toString('utf8').split('\0')) {
    // <mode> SP <type> SP <object> SP+ <size> TAB <path>
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [, type, , size] = record.slice(0, tab).split(/ +/);
    const path = record.slice(tab + 1);
    if (type !== 'blob') continue;
    files.push(path);
    if (Number(size) <= MAX_BYTES && isEvidenceFile(path)) wanted.push(path);
  }
  const texts = new Map<string, string>();
  if (wanted.length > 0) {
    const input = wanted.map((p) => `${commit}:${p}`).join('\n') + '\n';
    const out = execFileSync('git', ['-C', root, 'cat-file', '--batch'], { ...GIT_OPTIONS, input }) as Buffer;
    let offset = 0;
    for (const path of wanted) {
      const newline = out.indexOf(0x0a, offset);
      if (newline < 0) break;
      const header = out.subarray(offset, newline).toString('utf8');
      offset = newline + 1;
      const match = / blob (\d+)$/.exec(header);
      if (!match) continue; // "<name> missing": skipped
      const size = Number(match[1]);
      texts.set(path, out.subarray(offset, offset + size).toString('utf8'));
      offset += size + 1;
    }
  }
  files.sort();
  return { root: resolve(root), files, read: (path) => texts.get(path) };
}
