/** JSON Schema every rule file must satisfy, built-in (`rules/`) or a repository's own (`.loadgate/rules/`). */
export const ruleFileSchema = {
  $id: 'https://loadgate.dev/schemas/rule.json',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'tools', 'severity', 'category', 'summary', 'rationale', 'check', 'messages', 'examples'],
  properties: {
    id: {
      type: 'string',
      pattern: '^([a-z0-9]+/)?[a-z0-9]+(-[a-z0-9]+)*$',
      description: 'kebab-case, prefixed with the tool when the rule is tool-specific (k6/no-thresholds).',
    },
    tools: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { enum: ['k6', 'artillery', 'jmeter', 'locust', 'gatling', 'taurus'] },
    },
    severity: { enum: ['error', 'warning', 'info'] },
    category: {
      enum: [
        'criteria',
        'load-model',
        'correctness',
        'security',
        'observability',
        'efficiency',
        'realism',
        'hygiene',
        'data',
      ],
    },
    summary: {
      type: 'string',
      minLength: 10,
      description: 'An imperative sentence: "Require…", "Disallow…".',
    },
    rationale: { type: 'string', minLength: 10 },
    since: { type: 'string' },
    sources: { type: 'array', items: { type: 'string' } },
    given: {
      type: 'string',
      pattern: '^[A-Za-z_$][\\w$-]*(\\[\\*\\])?(\\.[A-Za-z_$][\\w$-]*(\\[\\*\\])?)*$',
    },
    check: {
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['function'],
          properties: { function: { type: 'string' }, options: { type: 'object' } },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['schema'],
          properties: { schema: { type: 'object' } },
        },
      ],
    },
    messages: {
      type: 'object',
      required: ['default'],
      additionalProperties: { type: 'string', minLength: 1 },
    },
    fix: {
      description: 'One sentence, or one per tool (k6: ..., artillery: ...) when the fix differs by tool.',
      anyOf: [
        { type: 'string', minLength: 1 },
        {
          type: 'object',
          minProperties: 1,
          propertyNames: { enum: ['k6', 'artillery', 'jmeter', 'locust', 'gatling', 'taurus'] },
          additionalProperties: { type: 'string', minLength: 1 },
        },
      ],
    },
    'options-schema': { type: 'object' },
    'default-options': { type: 'object' },
    examples: {
      type: 'object',
      additionalProperties: false,
      required: ['bad', 'good'],
      properties: {
        bad: { $ref: '#/definitions/exampleList' },
        good: { $ref: '#/definitions/exampleList' },
      },
    },
  },
  definitions: {
    exampleList: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['file', 'code'],
        properties: {
          file: { type: 'string' },
          code: { type: 'string' },
          lines: { type: 'array', items: { type: 'integer', minimum: 1 } },
        },
      },
    },
  },
} as const;
