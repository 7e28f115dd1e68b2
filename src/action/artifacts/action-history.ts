import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { appendToHistory } from '../../engine/history.js';
import { Env } from '../constants.js';
import type { ActionInputs } from '../inputs.js';
import type { Logger } from '../logger.js';
import { repositoryOf } from '../publish/event.js';
import { createClient } from '../publish/github.js';
import { fetchHistory, HISTORY_FILE, type HistoryFetch } from './history-artifact.js';
import { uploadArtifactFile } from './upload.js';

/** What became of the history on a default-branch push: the outputs `history-file`, `history-artifact-id`. */
export interface HistoryPublished {
  file: string;
  artifactId: string;
}

/**
 * The history chain of the action (`history: true`): every successful push run on the default branch
 * downloads the latest `history-artifact`, appends its own run, prunes it and uploads it again; pull
 * requests download it for the trend and change points of their comment. Nothing here fails the step.
 */
export class ActionHistory {
  private fetched?: HistoryFetch;

  constructor(
    private readonly inputs: Pick<
      ActionInputs,
      'token' | 'historyArtifact' | 'historySize' | 'retentionDays'
    >,
    private readonly env: NodeJS.ProcessEnv,
    private readonly log: Logger,
  ) {}

  /** The engine's history resolver: asked only when there is a current run, so lint-only runs ask nothing. */
  readonly resolve = async (): Promise<string | undefined> => {
    this.fetched = await this.fetch();
    const fetched = this.fetched;
    if (fetched.kind === 'found') {
      this.log.info(
        `loadgate reads the history of ${fetched.runs} default-branch run${fetched.runs === 1 ? '' : 's'} from ${fetched.label}.`,
      );
      return fetched.file;
    }
    if (fetched.kind === 'keep') this.log.warning(`loadgate has no history: ${fetched.note}.`);
    else this.log.info(`loadgate has no history yet: ${fetched.note}.`);
    return undefined;
  };

  private async fetch(): Promise<HistoryFetch> {
    const repo = repositoryOf(this.env[Env.Repository]);
    if (!repo)
      return { kind: 'keep', note: 'GITHUB_REPOSITORY is not set, so the history cannot be looked up' };
    if (!this.inputs.token)
      return { kind: 'keep', note: 'the github-token input is empty, so the history cannot be looked up' };
    const client = createClient(this.inputs.token, this.env[Env.ApiUrl] || undefined, { log: this.log });
    return fetchHistory({
      client,
      repo,
      env: this.env,
      artifact: this.inputs.historyArtifact,
      log: this.log,
    });
  }

  /**
   * On a push to the default branch, after the engine: this run's summary (from its saved run file, with
   * provenance) appended to the history found, pruned to `history-size` (else `history.max-runs` in the
   * config, else the file's own, else 100), and uploaded as the next link of the chain. A history that
   * must be kept (newer schema, lookup failed) is not replaced.
   */
  async publish(savedRun: string, configMaxRuns: number | undefined): Promise<HistoryPublished> {
    const fetched = this.fetched;
    if (!fetched) return { file: '', artifactId: '' };
    if (fetched.kind === 'keep') {
      this.log.warning(
        `loadgate did not append this run to the history, so as not to replace the one it could not read (${fetched.note}).`,
      );
      return { file: '', artifactId: '' };
    }
    const file =
      fetched.kind === 'found'
        ? fetched.file
        : join(mkdtempSync(join(this.env.RUNNER_TEMP || tmpdir(), 'loadgate-history-')), HISTORY_FILE);
    const maxRuns = this.inputs.historySize ?? configMaxRuns;
    let appended;
    try {
      appended = await appendToHistory({
        cwd: dirname(file),
        history: file,
        runs: [savedRun],
        ...(maxRuns !== undefined ? { maxRuns } : {}),
      });
    } catch (error) {
      this.log.warning(
        `loadgate could not append this run to the history: ${error instanceof Error ? error.message : String(error)}.`,
      );
      return { file: '', artifactId: '' };
    }
    for (const d of appended.diagnostics) this.log.warning(`history: ${d.file}: ${d.message}`);
    if (appended.added.length === 0) return { file: '', artifactId: '' };
    const kept = `${appended.history.entries.length} of at most ${appended.history.maxRuns} runs`;
    const name = this.inputs.historyArtifact;
    const outcome = await uploadArtifactFile({
      name,
      file: appended.written,
      env: this.env,
      log: this.log,
      ...(this.inputs.retentionDays ? { retentionDays: this.inputs.retentionDays } : {}),
    });
    if (outcome.kind === 'uploaded') {
      this.log.info(
        `loadgate appended this run to the history (${kept}) and uploaded it as artifact ${name}.`,
      );
      return { file: appended.written, artifactId: String(outcome.id) };
    }
    const advice = `the file is named in the history-file output, for an actions/upload-artifact step (name: ${name})`;
    if (outcome.kind === 'unavailable')
      this.log.info(
        `loadgate appended this run to the history (${kept}) but did not upload it: ${outcome.note}; ${advice}.`,
      );
    else this.log.warning(`loadgate did not upload the history artifact: ${outcome.note}; ${advice}.`);
    return { file: appended.written, artifactId: '' };
  }
}
