import { budgetConfigSchema } from '../compare/budgets.js';
import type { RuleDefinition } from '../lint/types.js';
import runSchema from '../../docs/run.schema.json' with { type: 'json' };

/** Result format names `format:` takes: the run schema's list, which every reader's format is added to. */
export const RESULT_FORMAT_NAMES: readonly string[] = runSchema.properties.source.properties.format.enum;

/** A result file named with its format, which then wins over sniffing: `{ path: out/*.csv, format: k6-csv }`. */
const namedResult = {
  type: 'object',
  additionalProperties: false,
  required: ['path', 'format'],
  properties: {
    path: { type: 'string', minLength: 1, description: 'The file or glob.' },
    format: {
      enum: RESULT_FORMAT_NAMES,
      description: 'The result format of the file(s); wins over recognising them by content.',
    },
  },
};

const severity = { enum: ['off', 'info', 'warning', 'error'], description: 'off, info, warning or error.' };

/** The schema of one rule's setting: a severity, `[severity, options]` or `{ severity, options }`. */
export function ruleSettingSchema(
  optionsSchema: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const options = optionsSchema ?? { type: 'object', additionalProperties: false, properties: {} };
  return {
    anyOf: [
      severity,
      { type: 'array', items: [severity, options], minItems: 1, maxItems: 2, additionalItems: false },
      {
        type: 'object',
        additionalProperties: false,
        properties: { severity, options },
      },
    ],
  };
}

/**
 * The JSON Schema of `.loadgate.yml`. With the built-in rules it names every rule id and its options, so an
 * editor completes them; it is published as docs/config.schema.json.
 */
export function buildConfigSchema(
  rules: readonly RuleDefinition[] = [],
  /** Options schema for rules not in `rules`: none allowed (the published schema), or any object (a first pass). */
  otherRuleOptions?: Record<string, unknown>,
): Record<string, unknown> {
  const ruleProperties: Record<string, unknown> = {};
  for (const rule of rules) {
    ruleProperties[rule.id] = { ...ruleSettingSchema(rule.optionsSchema), description: rule.summary };
  }
  const rulesSchema = {
    type: 'object',
    description: 'Severity (and options) per rule id: `id: warning`, `id: [error, {option: value}]`.',
    properties: ruleProperties,
    additionalProperties: ruleSettingSchema(otherRuleOptions),
  };
  const globs = { type: 'array', items: { type: 'string', minLength: 1 } };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/loadgate/loadgate/blob/main/docs/config.schema.json',
    title: 'loadgate configuration (.loadgate.yml)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      include: {
        ...globs,
        description: 'Globs (minimatch) of files to lint. Default: every file, recognised by content.',
      },
      exclude: {
        ...globs,
        description: 'Globs of files never to lint. node_modules and .git are always excluded.',
      },
      rules: rulesSchema,
      overrides: {
        type: 'array',
        description: 'Rule settings for files matching globs; later entries win.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files', 'rules'],
          properties: { files: { ...globs, minItems: 1 }, rules: rulesSchema },
        },
      },
      results: {
        description:
          'Result files (paths or globs) of the current run, recognised by content; an entry {path, format} names the format, which wins.',
        anyOf: [
          { type: 'string', minLength: 1 },
          { type: 'array', items: { anyOf: [{ type: 'string', minLength: 1 }, namedResult] } },
        ],
      },
      baseline: {
        description:
          "The baseline: a loadgate run file or a raw result of the same tool ({path, format} names its format), or auto: the baseline artifact of the base branch's latest successful run (GitHub Actions), then baseline-path.",
        anyOf: [{ type: 'string', minLength: 1 }, namedResult],
      },
      'baseline-path': {
        description:
          'With baseline: auto, the run or result file in the repository to compare with when no baseline artifact is found.',
        type: 'string',
        minLength: 1,
      },
      regression: budgetConfigSchema,
      history: {
        type: 'object',
        additionalProperties: false,
        description:
          'The history of default-branch runs (docs/history.md): change points and the trend chart in the report.',
        properties: {
          path: {
            type: 'string',
            minLength: 1,
            description: 'The history file (loadgate/history@1), relative to this file.',
          },
          'max-runs': {
            type: 'integer',
            minimum: 2,
            maximum: 10000,
            description:
              'How many runs the history keeps; older ones are pruned by "loadgate history append". Default 100.',
          },
          runs: {
            type: 'integer',
            minimum: 2,
            maximum: 200,
            description: 'Runs shown in the trend chart. Default 20.',
          },
        },
      },
      'fail-on': {
        enum: ['error', 'warning', 'regression', 'never'],
        description:
          'What fails the build: findings at error (default) or warning and above, regressions only, or never. Regressions fail at every level but never.',
      },
      comment: {
        enum: ['always', 'on-problems', 'never'],
        description: 'When to post or update the sticky PR comment. Default on-problems.',
      },
      'comment-id': {
        type: 'string',
        minLength: 1,
        maxLength: 100,
        description:
          "Keeps this configuration's sticky PR comment apart from those of other loadgate steps on the same pull request (one per job or matrix leg). Default: the job id. The action input comment-id wins over it.",
      },
    },
  };
}

/** `.loadgate.yml` without per-rule options (any options object): the first of the two validation steps. */
export function structureSchema(): Record<string, unknown> {
  return buildConfigSchema([], { type: 'object' });
}
