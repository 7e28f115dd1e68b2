/**
 * What an import specifier points at. Apart from the module loader (src/scenario/k6/modules.ts), so that the rules
 * reading them do not load Babel with it: a lint without k6 files never loads the parser (issue #15, cold start).
 */

/** k6's own modules and extensions: their values exist only at run time. */
export function isK6Module(specifier: string): boolean {
  return specifier === 'k6' || specifier.startsWith('k6/');
}

export function isRemoteModule(specifier: string): boolean {
  return /^https?:\/\//i.test(specifier);
}

/**
 * Relative specifiers only: absolute paths and `file://` URLs point outside the repository, and a linter
 * has no business reading them.
 */
export function isLocalModule(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../');
}
