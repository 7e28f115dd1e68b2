import { isAbsolute, relative, sep } from 'node:path';

/** Paths in reports are relative to the working directory with `/` separators, whatever the platform. */
export function reportPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  if (rel === '') return '.';
  return (isAbsolute(rel) ? absolute : rel).split(sep).join('/');
}

/** Is `path` inside `root` (or `root` itself)? Both absolute. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Does the text use glob syntax, so it names a set of files rather than one? */
export function isGlob(path: string): boolean {
  return /[*?[\]{}]/.test(path);
}
