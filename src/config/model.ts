import type { BudgetConfig } from '../compare/budgets.js';
import type { RuleSetting } from '../lint/run-rules.js';
import type { FailOn } from '../report/model.js';
import type { ResultFormat } from '../results/model.js';

export type CommentPolicy = 'always' | 'on-problems' | 'never';

export interface Override {
  files: string[];
  rules: Record<string, RuleSetting>;
}

/** `.loadgate.yml`, validated and with defaults applied. */
export interface Config {
  /** Where it was read from; undefined when the defaults are in force. */
  file?: string;
  include: string[];
  exclude: string[];
  rules: Record<string, RuleSetting>;
  overrides: Override[];
  results: string[];
  /** A path, or `auto` (the base branch's baseline artifact, found by the action). */
  baseline?: string;
  /** The file `baseline: auto` falls back to when no artifact is found. */
  baselinePath?: string;
  /** Formats named in the config (`{path, format}`), by the path or glob as written in `results`/`baseline`. */
  formats?: Record<string, ResultFormat>;
  regression: BudgetConfig;
  /** `history:` the store of default-branch runs (docs/history.md): its file and how many runs it keeps. */
  history?: { path?: string; maxRuns?: number; runs?: number };
  failOn: FailOn;
  comment: CommentPolicy;
  /** Tells this configuration's sticky comment apart from other loadgate steps' (`comment-id`). */
  commentId?: string;
  /**
   * Lines of the keys a later stage may have to point at (`include`, `baseline`, `results`,
   * `overrides.0.files.1`), so an error found while running still names the line of the config.
   */
  lines: Record<string, number>;
}

/** Folders no scenario lives in; always skipped, whatever `include` says. */
export const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/coverage/**'];

export const DEFAULT_CONFIG: Config = {
  include: ['**/*'],
  exclude: [],
  rules: {},
  overrides: [],
  results: [],
  regression: {},
  failOn: 'error',
  comment: 'on-problems',
  lines: {},
};
