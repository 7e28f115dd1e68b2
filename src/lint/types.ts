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
}

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
export interface RuleExample {
  file: string;
  code: string;
  /** Lines the finding must be on (bad examples). */
  lines?: number[];
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
  /** Dotted path into the Scenario model (`requests[*]`, `native.thresholds`); omitted selects the scenario. */
  given?: string;
  check: RuleCheck;
  /** Messages by id; `default` is used when the check names none. `{{name}}` placeholders are filled from the report. */
  messages: Record<string, string>;
  /** The fix, as a sentence with placeholders; per tool when the tools differ in how it is done. */
  fix?: string | Partial<Record<ToolId, string>>;
  /** JSON Schema of the options users may set in `.loadgate.yml`. */
  optionsSchema?: Record<string, unknown>;
  /** Defaults for the options. */
  defaultOptions?: Record<string, unknown>;
  examples: { bad: RuleExample[]; good: RuleExample[] };
  /** Where the definition came from, for error messages. */
  origin: string;
}

export type RuleCheck =
  { function: string; options?: Record<string, unknown> } | { schema: Record<string, unknown> };

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
  /** The path `given` selected, for messages. */
  path: string;
  /** The file's text, for edits that follow its layout (indentation, quotes, trailing commas). */
  source?: string;
  report(report: CheckReport): void;
}

/** A named check function: format-specific analysis a JSON Schema cannot say. One per file in `checks/`. */
export interface CheckFunction {
  name: string;
  /** JSON Schema of the options the check accepts (validated when rules load). */
  optionsSchema?: Record<string, unknown>;
  run(target: unknown, context: CheckContext): void;
}
