import { execFileSync } from 'node:child_process';
import type { Logger } from './logger.js';

/**
 * Makes the pull request's base commit readable for the load-profile preview (`git show <sha>:<path>`).
 * actions/checkout fetches only the head commit by default, so a missing base is fetched alone
 * (`git fetch --depth=1 origin <sha>`), the documented exception the maturity line also uses. Returns the sha
 * when it can be read, undefined otherwise: without it there is no preview, and nothing fails.
 */
export function readableBaseCommit(
  workspace: string,
  sha: string | undefined,
  log: Logger,
): string | undefined {
  if (!sha || !/^[0-9a-f]{40}$/i.test(sha)) return undefined;
  const has = () => {
    try {
      execFileSync('git', ['-C', workspace, 'cat-file', '-e', `${sha}^{commit}`], {
        stdio: 'ignore',
        timeout: 10_000,
      });
      return true;
    } catch {
      return false;
    }
  };
  if (has()) return sha;
  try {
    execFileSync('git', ['-C', workspace, 'fetch', '--quiet', '--no-tags', '--depth=1', 'origin', sha], {
      stdio: 'ignore',
      timeout: 60_000,
    });
  } catch {
    log.info(`loadgate could not fetch the base commit ${sha}: no load-profile preview.`);
    return undefined;
  }
  return has() ? sha : undefined;
}
