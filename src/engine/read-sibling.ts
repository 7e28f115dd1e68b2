import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { AdapterContext } from '../scenario/model.js';
import { decodeText } from './decode.js';
import { isInside, reportPath } from './paths.js';

/** Imported modules are configuration, not data: anything larger is not read. */
export const MAX_SIBLING_BYTES = 1024 * 1024;

/**
 * Lets an adapter read a module a scenario imports (`import { options } from './config.js'`), so options
 * spread from it are resolved. Only relative specifiers, only files inside the repository after resolving
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
  return {
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

function safeRealpath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
