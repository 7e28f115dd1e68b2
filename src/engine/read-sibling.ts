import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { AdapterContext } from '../scenario/model.js';
import { decodeText } from './decode.js';
import { isInside, reportPath } from './paths.js';

/** Imported modules are configuration, not data: anything larger is not read. */
export const MAX_SIBLING_BYTES = 1024 * 1024;

/**
 * Lets an adapter read a module a scenario imports (`import { options } from './config.js'`), so options
 * spread from it are resolved, and know the size of a data file it opens. Only relative specifiers, only files inside the repository after resolving
 * symbolic links: a hostile script must not make loadgate read `/etc/passwd` or a secret outside the checkout.
 */
export function siblingReader(cwd: string, root: string): AdapterContext {
  const realRoot = safeRealpath(root) ?? root;
  // A shared config module is imported by many scripts of one run: read it once.
  const texts = new Map<string, string | undefined>();
  const read = (real: string): string | undefined => {
    if (!texts.has(real)) {
      const stats = statSync(real);
      texts.set(
        real,
        stats.isFile() && stats.size <= MAX_SIBLING_BYTES ? decodeText(readFileSync(real)).text : undefined,
      );
    }
    return texts.get(real);
  };
  const sizes = new Map<string, number | undefined>();
  return {
    sizeOfSibling(fromFile, path) {
      // k6 reads a relative path from the script's folder; absolute paths and URLs are another machine's.
      if (isAbsolute(path) || /^[a-z][a-z0-9+.-]*:/i.test(path)) return undefined;
      const real = safeRealpath(resolve(dirname(resolve(cwd, fromFile)), path));
      if (!real || !isInside(realRoot, real)) return undefined;
      if (!sizes.has(real)) sizes.set(real, fileSize(real));
      return sizes.get(real);
    },
    readSibling(fromFile, specifier) {
      if (!specifier.startsWith('./') && !specifier.startsWith('../')) return undefined;
      const target = resolve(dirname(resolve(cwd, fromFile)), specifier);
      const real = safeRealpath(target);
      if (!real || !isInside(realRoot, real)) return undefined;
      const text = read(real);
      return text === undefined ? undefined : { file: reportPath(target, cwd), text };
    },
  };
}

/** A regular file's size; undefined for anything else, or a file the run may not stat (its permissions). */
function fileSize(path: string): number | undefined {
  try {
    const stats = statSync(path);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
}

function safeRealpath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
