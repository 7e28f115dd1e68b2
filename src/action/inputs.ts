import * as core from '@actions/core';
import type { CommentPolicy } from '../config/model.js';
import type { FailOn } from '../report/model.js';
import { DEFAULT_BASELINE_ARTIFACT } from '../engine/baseline-source.js';

export const DEFAULT_HISTORY_ARTIFACT = 'loadgate-history';
export const DEFAULT_DASHBOARD_ARTIFACT = 'loadgate-dashboard';
export const DEFAULT_DASHBOARD_PAGES_PATH = 'loadgate/index.html';
/** GitHub keeps artifacts at most 90 days in public repositories and 400 in private ones. */
const MAX_RETENTION_DAYS = 400;
import { COMMENT_VALUES, Env, FAIL_ON_VALUES, Inputs } from './constants.js';

/** A bad input value: the message names the input, what it got and what it accepts. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export interface ActionInputs {
  configPath?: string;
  paths: string[];
  results: string[];
  baseline?: string;
  /** Undefined: from .loadgate.yml, else `error`. */
  failOn?: FailOn;
  /** Undefined: from .loadgate.yml, else `on-problems`. */
  comment?: CommentPolicy;
  token: string;
  jobId: string;
  /** The `comment-id` input: which sticky comment is this step's; wins over the config's and `job-id`. */
  commentId?: string;
  /** '' writes no SARIF file. */
  sarifFile: string;
  /** '' writes no JSON report. */
  reportFile: string;
  /** '' writes no run file. */
  saveRun: string;
  /** The artifact `baseline: auto` looks for (default `loadgate-baseline`). */
  baselineArtifact: string;
  /** The file `baseline: auto` falls back to; undefined: `baseline-path` from .loadgate.yml. */
  baselinePath?: string;
  /** On a push to the default branch, upload the current run as the baseline artifact. */
  uploadBaseline: boolean;
  /** Keep the history chain: default-branch pushes append to it, pull requests read it. */
  history: boolean;
  /** The history chain's artifact (default `loadgate-history`). */
  historyArtifact: string;
  /** Runs the history keeps; undefined: `history.max-runs` from .loadgate.yml, else the file's, else 100. */
  historySize?: number;
  workingDirectory: string;
  /** Show the repository's maturity level (and its change against the base branch) in the report. */
  maturity: boolean;
  /** Compare each changed scenario's load profile with the pull request's base commit (fetched when missing). */
  profilePreview: boolean;
  /** Post findings on changed lines as an inline review, with suggestions where a fix exists. */
  review: boolean;
  /** The pull request to report on, overriding the event's (the `workflow_run` half of the fork pattern). */
  pullRequest?: number;
  /** Write the trend dashboard (one offline HTML file), upload it and name it in the dashboard-file output. */
  dashboard: boolean;
  /** The dashboard's artifact (default `loadgate-dashboard`). */
  dashboardArtifact: string;
  /** On a push to the default branch, commit the dashboard to this branch (a Pages branch); '' does not. */
  dashboardPagesBranch: string;
  /** The dashboard's path in that branch (default `loadgate/index.html`). */
  dashboardPagesPath: string;
  /** Days the artifacts the action uploads are kept; undefined: the repository's setting. */
  retentionDays?: number;
}

export function getStringInput(name: string): string {
  return core.getInput(name).trim();
}

/** YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts, with a default for an empty input. */
export function getBooleanInput(name: string, defaultValue: boolean): boolean {
  const raw = getStringInput(name);
  if (raw === '') return defaultValue;
  if (['true', 'True', 'TRUE'].includes(raw)) return true;
  if (['false', 'False', 'FALSE'].includes(raw)) return false;
  throw new InputError(`Input "${name}" must be true or false; got "${raw}".`);
}

/**
 * A list given one item per line or comma-separated. Commas inside braces are kept, so a glob like
 * `load/**\/*.{js,yml}` stays one item; lines starting with `#` are comments.
 */
export function splitList(raw: string): string[] {
  const items: string[] = [];
  for (const line of raw.split(/\r?\n/)) {
    if (line.trim().startsWith('#')) continue;
    let depth = 0;
    let current = '';
    for (const char of line) {
      if (char === '{') depth++;
      if (char === '}') depth = Math.max(0, depth - 1);
      if (char === ',' && depth === 0) {
        items.push(current);
        current = '';
      } else {
        current += char;
      }
    }
    items.push(current);
  }
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}

export function getListInput(name: string): string[] {
  return splitList(core.getInput(name));
}

/** One of `allowed`, or undefined when empty; anything else is an InputError naming the input. */
export function getEnumInput<T extends string>(name: string, allowed: readonly T[]): T | undefined {
  const raw = getStringInput(name);
  if (raw === '') return undefined;
  const value = allowed.find((a) => a === raw.toLowerCase());
  if (value === undefined) {
    throw new InputError(`Input "${name}" must be one of ${allowed.join(', ')}; got "${raw}".`);
  }
  return value;
}

/** A whole number from 1 to `max`, or undefined when empty. */
export function getCountInput(name: string, max: number): number | undefined {
  const raw = getStringInput(name);
  if (raw === '') return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max)
    throw new InputError(`Input "${name}" must be a whole number from 1 to ${max}; got "${raw}".`);
  return Number(raw);
}

/** A branch name git accepts (`git check-ref-format --branch`, in the cases that matter), or ''. */
export function getBranchInput(name: string): string {
  const raw = getStringInput(name).replace(/^refs\/heads\//, '');
  if (raw === '') return '';
  if (/[\s~^:?*[\\]|\.\.|@\{|\/\/|^[-/.]|[/.]$|\.lock$/.test(raw))
    throw new InputError(`Input "${name}" must be a branch name; got "${raw}".`);
  return raw;
}

/** A relative path inside the repository (no `..`, no leading `/`), or ''. */
export function getRepoPathInput(name: string): string {
  const raw = getStringInput(name);
  if (raw === '') return '';
  const parts = raw.split('/');
  if (raw.startsWith('/') || parts.some((p) => p === '' || p === '.' || p === '..') || raw.includes('\\'))
    throw new InputError(`Input "${name}" must be a relative path inside the repository; got "${raw}".`);
  return raw;
}

/** A pull request number, or undefined when empty. */
export function getPullRequestInput(name: string): number | undefined {
  const raw = getStringInput(name).replace(/^#/, '');
  if (raw === '') return undefined;
  if (!/^[1-9]\d{0,9}$/.test(raw))
    throw new InputError(`Input "${name}" must be a pull request number; got "${raw}".`);
  return Number(raw);
}

export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const configPath = getStringInput(Inputs.Config);
  const baseline = getStringInput(Inputs.Baseline);
  return {
    configPath: configPath || undefined,
    paths: getListInput(Inputs.Paths),
    results: getListInput(Inputs.Results),
    baseline: baseline || undefined,
    failOn: getEnumInput(Inputs.FailOn, FAIL_ON_VALUES),
    comment: getEnumInput(Inputs.Comment, COMMENT_VALUES),
    token: getStringInput(Inputs.GitHubToken),
    jobId: getStringInput(Inputs.JobId) || env[Env.Job] || 'default',
    commentId: getStringInput(Inputs.CommentId) || undefined,
    sarifFile: getStringInput(Inputs.SarifFile),
    reportFile: getStringInput(Inputs.ReportFile),
    saveRun: getStringInput(Inputs.SaveRun),
    baselineArtifact: getStringInput(Inputs.BaselineArtifact) || DEFAULT_BASELINE_ARTIFACT,
    baselinePath: getStringInput(Inputs.BaselinePath) || undefined,
    uploadBaseline: getBooleanInput(Inputs.UploadBaseline, false),
    history: getBooleanInput(Inputs.History, false),
    historyArtifact: getStringInput(Inputs.HistoryArtifact) || DEFAULT_HISTORY_ARTIFACT,
    historySize: getCountInput(Inputs.HistorySize, 10_000),
    workingDirectory: getStringInput(Inputs.WorkingDirectory) || '.',
    maturity: getBooleanInput(Inputs.Maturity, true),
    profilePreview: getBooleanInput(Inputs.ProfilePreview, true),
    review: getBooleanInput(Inputs.Review, true),
    pullRequest: getPullRequestInput(Inputs.PullRequest),
    dashboard: getBooleanInput(Inputs.Dashboard, false),
    dashboardArtifact: getStringInput(Inputs.DashboardArtifact) || DEFAULT_DASHBOARD_ARTIFACT,
    dashboardPagesBranch: getBranchInput(Inputs.DashboardPagesBranch),
    dashboardPagesPath: getRepoPathInput(Inputs.DashboardPagesPath) || DEFAULT_DASHBOARD_PAGES_PATH,
    retentionDays: getCountInput(Inputs.RetentionDays, MAX_RETENTION_DAYS),
  };
}
