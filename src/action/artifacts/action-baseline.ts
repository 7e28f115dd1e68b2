import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { type BaselineResolver } from '../../engine/baseline-source.js';
import { Env } from '../constants.js';
import type { ActionInputs } from '../inputs.js';
import type { Logger } from '../logger.js';
import { repositoryOf } from '../publish/event.js';
import { createClient } from '../publish/github.js';
import { defaultBranchOfEvent, resolveAutoBaseline } from './baseline.js';
import { uploadArtifactFile } from './upload.js';

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

/** A push to the repository's default branch: the only runs that write the baseline and the history. */
export function isDefaultBranchPush(env: NodeJS.ProcessEnv): boolean {
  const branch = defaultBranchOfEvent(env[Env.EventPath]);
  return env[Env.EventName] === 'push' && branch !== undefined && env.GITHUB_REF === `refs/heads/${branch}`;
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
  if (!isDefaultBranchPush(env)) {
    log.info(
      'loadgate uploads the baseline only on a push to the default branch (upload-baseline); this run is not one.',
    );
    return undefined;
  }
  return inputs.saveRun || join(env.RUNNER_TEMP || tmpdir(), 'loadgate-baseline', 'loadgate-run.json');
}

/** What became of the baseline: the artifact's id when uploaded, else the file for an upload step. */
export interface BaselinePublished {
  /** The run file, when loadgate could not upload it: the `baseline-file` output. */
  file: string;
  artifactId: string;
}

/**
 * Uploads the saved run as the `baseline-artifact` of this workflow run. When the runner gives no
 * results-service credentials (or the upload fails), the file is left for an `actions/upload-artifact`
 * step, named in `baseline-file` as before; once uploaded, `baseline-file` is empty, so such a step left in
 * a workflow finds no file and makes no second artifact of the same name.
 */
export async function publishBaseline(
  inputs: Pick<ActionInputs, 'baselineArtifact' | 'retentionDays'>,
  savedRun: string,
  env: NodeJS.ProcessEnv,
  log: Logger,
): Promise<BaselinePublished> {
  const outcome = await uploadArtifactFile({
    name: inputs.baselineArtifact,
    file: savedRun,
    env,
    log,
    ...(inputs.retentionDays ? { retentionDays: inputs.retentionDays } : {}),
  });
  if (outcome.kind === 'uploaded') {
    log.info(
      `loadgate uploaded this run as artifact ${inputs.baselineArtifact} (id ${outcome.id}, ${outcome.size} bytes): the baseline of the next pull requests.`,
    );
    return { file: '', artifactId: String(outcome.id) };
  }
  const advice = `the run file is named in the baseline-file output, for an actions/upload-artifact step (name: ${inputs.baselineArtifact})`;
  if (outcome.kind === 'unavailable')
    log.info(`loadgate did not upload the baseline: ${outcome.note}; ${advice}.`);
  else log.warning(`loadgate did not upload the baseline artifact: ${outcome.note}; ${advice}.`);
  return { file: savedRun, artifactId: '' };
}
