import type { CommentPolicy } from '../config/model.js';

/** Every input and output name of the action, in one place: action.yml, main.ts and the tests use these. */

export const Inputs = {
  Config: 'config',
  Paths: 'paths',
  Results: 'results',
  Baseline: 'baseline',
  FailOn: 'fail-on',
  Comment: 'comment',
  GitHubToken: 'github-token',
  JobId: 'job-id',
  CommentId: 'comment-id',
  SarifFile: 'sarif-file',
  ReportFile: 'report-file',
  SaveRun: 'save-run',
  BaselineArtifact: 'baseline-artifact',
  BaselinePath: 'baseline-path',
  UploadBaseline: 'upload-baseline',
  History: 'history',
  HistoryArtifact: 'history-artifact',
  HistorySize: 'history-size',
  WorkingDirectory: 'working-directory',
  Maturity: 'maturity',
  ProfilePreview: 'profile-preview',
  Review: 'review-comments',
  PullRequest: 'pull-request',
  Dashboard: 'dashboard',
  DashboardArtifact: 'dashboard-artifact',
  DashboardPagesBranch: 'dashboard-pages-branch',
  DashboardPagesPath: 'dashboard-pages-path',
  RetentionDays: 'artifact-retention-days',
} as const;

export const Outputs = {
  /** Findings at warning or error severity (info is advice, not a violation). */
  Violations: 'violations',
  /** Error findings plus files that could not be read. */
  Errors: 'errors',
  Regressions: 'regressions',
  Verdict: 'verdict',
  ReportPath: 'report-path',
  SarifPath: 'sarif-path',
  RunPath: 'run-path',
  /**
   * The run file for an actions/upload-artifact step, when upload-baseline could not upload it itself (no
   * results-service credentials), or empty.
   */
  BaselineFile: 'baseline-file',
  /** The id of the baseline artifact upload-baseline uploaded, or empty. */
  BaselineArtifactId: 'baseline-artifact-id',
  /** The history file this default-branch run appended to, or empty. */
  HistoryFile: 'history-file',
  /** The id of the history artifact this default-branch run uploaded, or empty. */
  HistoryArtifactId: 'history-artifact-id',
  /** The repository's load-testing maturity level, 0-5 (empty when `maturity` is false). */
  MaturityLevel: 'maturity-level',
  /** The trend dashboard written for the `dashboard` input (absolute path), or empty. */
  DashboardFile: 'dashboard-file',
  /** The id of the dashboard artifact the action uploaded, or empty. */
  DashboardArtifactId: 'dashboard-artifact-id',
  /** The commit that put the dashboard on `dashboard-pages-branch`, or empty. */
  DashboardPagesCommit: 'dashboard-pages-commit',
} as const;

export const FAIL_ON_VALUES = ['error', 'warning', 'regression', 'never'] as const;
export const COMMENT_VALUES: readonly CommentPolicy[] = ['always', 'on-problems', 'never'];

/** Pull-request events whose payload names a pull request to comment on. */
export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'] as const;

/** Environment variables the runner sets and the action reads. */
export const Env = {
  Workspace: 'GITHUB_WORKSPACE',
  EventName: 'GITHUB_EVENT_NAME',
  EventPath: 'GITHUB_EVENT_PATH',
  Repository: 'GITHUB_REPOSITORY',
  ApiUrl: 'GITHUB_API_URL',
  ServerUrl: 'GITHUB_SERVER_URL',
  RunId: 'GITHUB_RUN_ID',
  Job: 'GITHUB_JOB',
  Sha: 'GITHUB_SHA',
} as const;
