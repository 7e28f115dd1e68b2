import type { Finding } from '../lint/types.js';
import type { Scenario, ToolId } from '../scenario/model.js';

/**
 * What `loadgate maturity` reads and says. A repository is looked at through a {@link RepoSnapshot}, so the
 * same assessment runs on the working tree and on a base commit read from git.
 */

/** A read-only view of one tree of a repository: `/`-separated paths relative to its root. */
export interface RepoSnapshot {
  /** Absolute folder the paths are relative to (a virtual root for a tree read from git). */
  root: string;
  /** Every file of the tree, sorted. */
  files: readonly string[];
  /** The file's text; undefined when it is missing, too large or unreadable. */
  read(path: string): string | undefined;
}

/** One thing the assessment saw, where it saw it. */
export interface Evidence {
  file: string;
  line: number;
  /** What is there, in a few words (`k6 thresholds`, `loadgate on pull_request with a baseline`). */
  note: string;
}

export type PracticeId =
  | 'scenarios'
  | 'criteria'
  | 'ci'
  | 'regression-gating'
  | 'test-types'
  | 'realistic-workload'
  | 'history'
  | 'acting-on-findings';

export interface PracticeResult {
  id: PracticeId;
  name: string;
  /** 0 to 10, as OpenSSF Scorecard scores its checks. */
  score: number;
  /** The score from which the practice counts as in place for its level. */
  required: number;
  /** The level the practice belongs to. */
  level: number;
  /** Why the score is what it is, in one sentence. */
  reason: string;
  evidence: Evidence[];
  /** What would raise the score; empty when it is 10. */
  nextSteps: string[];
}

/** A file that could not be read (workflow YAML, `.loadgate.yml`, a scenario): reported, the rest still scored. */
export interface MaturityDiagnostic {
  file: string;
  line?: number;
  message: string;
}

export interface ReasonCount {
  reason: string;
  count: number;
}

/** How one rule is used across the repository: the signal for which rules to retune or retire. */
export interface RuleUsage {
  ruleId: string;
  /** Findings reported (not suppressed). */
  findings: number;
  suppressions: number;
  /** Files the rule fires in, reported or suppressed. */
  files: number;
  /** Files in which at least one of its findings is suppressed. */
  suppressedFiles: number;
  /** Reasons given for suppressions, most frequent first; a suppression without one counts as `(no reason)`. */
  reasons: ReasonCount[];
  /** Suppressed in more than half of the files it fires in (and in at least two): a rule to question. */
  questioned: boolean;
}

export interface MaturityReport {
  schemaVersion: 1;
  /** 0 (no scenarios) to 5. */
  level: number;
  levelName: string;
  practices: PracticeResult[];
  /** What to do to reach the next level; empty at level 5. */
  nextSteps: string[];
  ruleUsage: RuleUsage[];
  diagnostics: MaturityDiagnostic[];
  summary: { scenarioFiles: number; workflows: number; config?: string };
}

/** A scenario file after linting: its model, what was reported and what was suppressed. */
export interface ScenarioFacts {
  path: string;
  tool: ToolId;
  scenario?: Scenario;
  findings: Finding[];
  suppressed: { finding: Finding; reason?: string }[];
}
