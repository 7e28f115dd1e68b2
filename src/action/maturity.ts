import { execFileSync } from 'node:child_process';
import { gitSnapshot, workingTreeSnapshot } from '../engine/repo-snapshot.js';
import { builtinRules } from '../lint/generated/rules.js';
import { assessMaturity } from '../maturity/assess.js';
import type { MaturityReport, RepoSnapshot } from '../maturity/model.js';
import { maturityLine, type BaseLevel } from '../maturity/summary-line.js';
import type { Logger } from './logger.js';

export interface PullRequestMaturity {
  head: MaturityReport;
  base?: BaseLevel;
  /** The one-line Markdown for the PR comment and the job summary. */
  line: string;
}

/**
 * The repository's maturity level, and on a pull request the base commit's, for the one-line section of the
 * comment. actions/checkout fetches only the head commit by default, so the base commit is fetched alone
 * (`git fetch --depth=1 origin <sha>`, with the credentials checkout keeps) when it is not there; without
 * git or access the base level is "unknown" and nothing fails.
 */
export function pullRequestMaturity(
  workspace: string,
  baseSha: string | undefined,
  log: Logger,
): PullRequestMaturity {
  const head = assessMaturity(workingTreeSnapshot(workspace), builtinRules);
  if (!baseSha) return { head, line: maturityLine(head) };
  let base: BaseLevel;
  try {
    base = { level: assessMaturity(baseSnapshot(workspace, baseSha), builtinRules).level };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    log.info(`loadgate could not read the base commit ${baseSha} for the maturity level: ${reason}`);
    base = { unknown: 'the base commit could not be read from git' };
  }
  return { head, base, line: maturityLine(head, base) };
}

function baseSnapshot(workspace: string, sha: string): RepoSnapshot {
  try {
    return gitSnapshot(workspace, sha);
  } catch {
    execFileSync('git', ['-C', workspace, 'fetch', '--quiet', '--no-tags', '--depth=1', 'origin', sha], {
      stdio: 'ignore',
      timeout: 60_000,
    });
    return gitSnapshot(workspace, sha);
  }
}
