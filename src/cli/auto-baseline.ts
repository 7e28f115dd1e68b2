import type { BaselineResolver } from '../engine/baseline-source.js';
import { DEFAULT_BASELINE_ARTIFACT, isAutoBaseline } from '../engine/baseline-source.js';
import { UsageError } from '../engine/usage-error.js';

/**
 * The CLI's resolver for `baseline: auto`: the action's artifact lookup, with the token and repository from
 * GITHUB_TOKEN and GITHUB_REPOSITORY (GITHUB_API_URL for GitHub Enterprise Server), loaded only when asked.
 * A typed `--baseline auto` without them is a usage error; `baseline: auto` in the config is then a note
 * and the engine falls back to `baseline-path`.
 */
export function cliBaselineResolver(
  typed: string | undefined,
  env: NodeJS.ProcessEnv,
  stderr: { write(text: string): unknown },
): BaselineResolver | undefined {
  const token = env.GITHUB_TOKEN;
  const repository = env.GITHUB_REPOSITORY;
  if (!token || !repository) {
    if (isAutoBaseline(typed))
      throw new UsageError(
        '--baseline auto reads the baseline artifact of the base branch through the GitHub API: set GITHUB_TOKEN and GITHUB_REPOSITORY (and GITHUB_API_URL for GitHub Enterprise Server; GITHUB_BASE_REF or the default branch names the branch, GITHUB_RUN_ID or GITHUB_WORKFLOW_REF the workflow), or pass --baseline FILE',
        { help: false },
      );
    return undefined;
  }
  return async () => {
    const { actionBaselineResolver } = await import('../action/artifacts/action-baseline.js');
    const log = {
      debug: () => undefined,
      info: (message: string) => void stderr.write(`${message}\n`),
      warning: (message: string) => void stderr.write(`warning: ${message}\n`),
    };
    return actionBaselineResolver(
      { token, baselineArtifact: env.LOADGATE_BASELINE_ARTIFACT || DEFAULT_BASELINE_ARTIFACT },
      env,
      log,
    )();
  };
}
