import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { type BaselineResolver } from '../../engine/baseline-source.js';
import { Env } from '../constants.js';
import type { ActionInputs } from '../inputs.js';
import type { Logger } from '../logger.js';
import { repositoryOf } from '../publish/event.js';
import { createClient } from '../publish/github.js';
import { defaultBranchOfEvent, resolveAutoBaseline } from './baseline.js';

/**
 * The resolver of `baseline: auto` for the engine: a client of its own (the comment's may not exist on a
 * push), made only when the engine asks, so runs with a path baseline make no request.
 */
export function actionBaselineResolver(
  inputs: Pick<ActionInputs, 'token' | 'baselineArtifact'>,
  env: NodeJS.ProcessEnv,
  log: Logger,
): BaselineResolver {
  return async () => {
    const repo = repositoryOf(env[Env.Repository]);
    if (!repo) return { note: 'GITHUB_REPOSITORY is not set, so the baseline artifact cannot be looked up' };
    if (!inputs.token)
      return { note: 'the github-token input is empty, so the baseline artifact cannot be looked up' };
    const client = createClient(inputs.token, env[Env.ApiUrl] || undefined, { log });
    return resolveAutoBaseline({ client, repo, env, artifact: inputs.baselineArtifact, log });
  };
}

/**
 * Where `upload-baseline` writes the current run: the `save-run` file when one is named, else a file in
 * RUNNER_TEMP; only on a push to the repository's default branch, so pull requests never replace the
 * baseline. Undefined: nothing to write.
 */
export function baselineUploadPath(
  inputs: Pick<ActionInputs, 'uploadBaseline' | 'saveRun'>,
  env: NodeJS.ProcessEnv,
  log: Logger,
): string | undefined {
  if (!inputs.uploadBaseline) return undefined;
  const branch = defaultBranchOfEvent(env[Env.EventPath]);
  const onDefault =
    env[Env.EventName] === 'push' && branch !== undefined && env.GITHUB_REF === `refs/heads/${branch}`;
  if (!onDefault) {
    log.info(
      'loadgate writes the baseline only on a push to the default branch (upload-baseline); this run is not one.',
    );
    return undefined;
  }
  return inputs.saveRun || join(env.RUNNER_TEMP || tmpdir(), 'loadgate-baseline', 'loadgate-run.json');
}
