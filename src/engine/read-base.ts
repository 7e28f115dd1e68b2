import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { relative } from 'node:path';

/** A scenario file larger than this at the base revision is not previewed (scenario files are far smaller). */
const MAX_BYTES = 4 * 1024 * 1024;
const TIMEOUT_MS = 10_000;

/** `undefined`: no preview (git failed, the ref is unknown); `null`: the file does not exist at the base. */
export type BaseText = string | null | undefined;

export interface BaseReader {
  /** The text of a file (absolute path) at the base revision. Never throws. */
  read(absolute: string): Promise<BaseText>;
}

function git(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    // No shell: the ref and the path are arguments, never parsed as a command line.
    execFile(
      'git',
      args,
      { cwd, maxBuffer: MAX_BYTES, timeout: TIMEOUT_MS, encoding: 'utf8', windowsHide: true },
      (error, stdout) => resolve(error ? undefined : stdout),
    );
  });
}

/**
 * Reads files as they are at `ref` with `git show REF:path`, for the load-profile preview of a pull request.
 * Returns undefined when `ref` is not a commit of the repository at `cwd` (or git is missing): the preview is
 * then left out, never an error.
 */
export async function baseReader(cwd: string, ref: string): Promise<BaseReader | undefined> {
  // A ref that starts with a dash would be read as an option.
  if (ref === '' || ref.startsWith('-') || /[\s\0]/.test(ref)) return undefined;
  const top = (await git(cwd, ['rev-parse', '--show-toplevel']))?.trim();
  const commit = (await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]))?.trim();
  if (!top || !commit) return undefined;
  const exists = async (path: string) =>
    (await git(top, ['cat-file', '-e', `${commit}:${path}`])) !== undefined;
  return {
    async read(absolute) {
      let real: string;
      try {
        real = realpathSync(absolute);
      } catch {
        return undefined;
      }
      const path = relative(top, real).split('\\').join('/');
      if (path.startsWith('../') || path === '') return undefined;
      const text = await git(top, ['show', `${commit}:${path}`]);
      if (text !== undefined) return text;
      return (await exists(path)) ? undefined : null;
    },
  };
}
