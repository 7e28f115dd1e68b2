import type { Location } from '../scenario/location.js';
import type { Scenario, ToolId } from '../scenario/model.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** A text edit with an exact range: replace [start, end) with `text`. Lines and columns are 1-based. */
export interface TextEdit {
  file: string;
  start: { line: number; column: number };
  end: { line: number; column: number };
  text: string;
}

export interface Fix {
  /** What the fix does, in one sentence (from the rule's fix template). */
  description: string;
  /** Exact edits when the rule knows them; applied by `loadgate lint --fix` and offered as suggestions. */
  edits?: TextEdit[];
  /**
   * Why the rule's edits were withdrawn: applied to the file they would not parse, would add a diagnostic,
   * or would leave the finding in place (see `fixes/verify.ts`). A fix with `skipped` has no edits.
   */
  skipped?: string;
  /**
   * `safe` edits keep what the test does and `lint --fix` applies them; `suggestion` edits change what it
   * checks or loads and only `--fix-suggestions` applies them. Set when the fix has edits.
   */
  safety?: FixSafety;
}

export type FixSafety = 'safe' | 'suggestion';

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  loc: Location;
  fix?: Fix;
  category: string;
}

/** A finding a `loadgate-disable-next-line` comment silenced: kept, so suppressions can be audited. */
export interface SuppressedFinding extends Finding {
  suppression: {
    /** The line of the comment. */
    line: number;
    /** What the comment says after ` -- `; absent when it gives no reason (which is itself a warning). */
    reason?: string;
  };
}

/** Example files a rule ships with: every bad one must produce the rule's finding, every good one none. */
export interface RuleExamples {
  bad: RuleExample[];
  good: RuleExample[];
}

export interface RuleExample {
  file: string;
  code: string;
  /** Lines the finding must be on (bad examples). */
  lines?: number[];
  /** Files beside the example, by path, with their size in bytes: the data a scenario opens. */
  sizes?: Record<string, number>;
}

/** A rule as data: the parsed form of `rules/<tool>/<id>.yml`. */
export interface RuleDefinition {
  id: string;
  tools: ToolId[];
  severity: Severity;
  category: string;
  summary: string;
  rationale: string;
  since: string;
  sources: string[];
  /**
   * Dotted paths into the Scenario model (`requests[*]`, `native.thresholds`) selecting what `when` and `then`
   * look at; omitted selects the scenario. Only rules stated with `then` have one.
   */
  given?: string[];
  /** Conditions on the selected value: the rule looks at it only when every one holds. */
  when?: RuleClause[];
  /** What the selected value must satisfy: each clause that fails is a finding. */
  then?: RuleClause[];
  /** A named check function, for analysis the generic functions cannot state. */
  check?: RuleCheck;
  /** Messages by id; `default` is used when the check names none. `{{name}}` placeholders are filled from the report. */
  messages: Record<string, string>;
  /** The fix, as a sentence with placeholders; per tool when the tools differ in how it is done. */
  fix?: string | Partial<Record<ToolId, string>>;
  /** Whether the rule's edits are applied by `lint --fix` (`safe`) or only by `--fix-suggestions`. */
  fixSafety?: FixSafety;
  /** JSON Schema of the options users may set in `.loadgate.yml`. */
  optionsSchema?: Record<string, unknown>;
  /** Defaults for the options. */
  defaultOptions?: Record<string, unknown>;
  /**
   * The rule's bad and good examples. A repository rule carries its own; the built-in ones are kept apart, in
   * `generated/rule-examples.ts`, so linting does not load them: read them with `examplesOf`.
   */
  examples?: RuleExamples;
  /** Where the definition came from, for error messages. */
  origin: string;
}

export interface RuleCheck {
  function: string;
  options?: Record<string, unknown>;
}

/**
 * One condition of a rule stated as data (`then:` / `when:` in rule YAML), as Spectral's: a generic
 * function (`src/lint/functions/`) applied to `field` of the selected value.
 */
export interface RuleClause {
  /** Dotted path below the selected value; omitted, the value itself. */
  field?: string;
  function: string;
  /** The function's options; `{ $option: name }` anywhere inside stands for the rule option `name`. */
  functionOptions?: Record<string, unknown>;
  /**
   * The message: an id, or ids by the kind of failure the function reports (`above`, `below`, `required`).
   * Omitted, the message named after the scenario's tool when there is one, else `default`.
   */
  message?: string | Record<string, string>;
  /** Report at the key of this field of the selected value (where the setting is written) instead of at the value. */
  at?: string;
}
/** What a check reports: where, which message, and the placeholder values. */
export interface CheckReport {
  loc: Location;
  messageId?: string;
  data?: Record<string, string | number>;
  edits?: TextEdit[];
  /** Why no edit is offered where one might be expected (becomes `Fix.skipped`). */
  noEdit?: string;
}

export interface CheckContext {
  scenario: Scenario;
  /** The rule's options: defaults merged with the user's. */
  options: Record<string, unknown>;
  /** The file's text, for edits that follow its layout (indentation, quotes, trailing commas). */
  source?: string;
  report(report: CheckReport): void;
}

/**
 * A named check function: format-specific analysis the generic functions cannot state. One per file in
 * `checks/`. It reads the whole scenario; rules that select parts of it are stated with `given`/`then`.
 */
export interface CheckFunction {
  name: string;
  /** JSON Schema of the options the check accepts (validated when rules load). */
  optionsSchema?: Record<string, unknown>;
  run(scenario: Scenario, context: CheckContext): void;
}
