/** JSON Schema every rule file must satisfy, built-in (`rules/`) or a repository's own (`.loadgate/rules/`). */
export const ruleFileSchema = {
  $id: 'https://loadgate.dev/schemas/rule.json',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'tools', 'severity', 'category', 'summary', 'rationale', 'messages', 'examples'],
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
      description:
        'Dotted paths into the Scenario model (workloads[*], requests[*], criteria.items[*], thinkTimes[*], hosts[*], http, native.<key>...) selecting what `when` and `then` look at.',
      anyOf: [
        { $ref: '#/definitions/path' },
        { type: 'array', minItems: 1, uniqueItems: true, items: { $ref: '#/definitions/path' } },
      ],
    },
    when: { $ref: '#/definitions/clauses' },
    then: { $ref: '#/definitions/clauses' },
    check: {
      type: 'object',
      additionalProperties: false,
      required: ['function'],
      properties: { function: { type: 'string' }, options: { type: 'object' } },
      description: 'A check function in src/lint/checks/ (built-in rules only).',
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
    'fix-safety': {
      enum: ['safe', 'suggestion'],
      description:
        'safe: the edit keeps what the test does (a renamed API), so `lint --fix` applies it; suggestion (the default): it changes what the test checks or loads (thresholds with proposed values), so only `--fix-suggestions` applies it.',
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
    path: {
      type: 'string',
      // Dotted keys, `[*]` for every item, `['a.b']` for a key with dots (JMeter property names).
      pattern:
        "^(?:[A-Za-z_$][\\w$-]*|\\['[^'\\]]+'\\])(?:\\[\\*\\]|\\['[^'\\]]+'\\])*(?:\\.(?:[A-Za-z_$][\\w$-]*|\\['[^'\\]]+'\\])(?:\\[\\*\\]|\\['[^'\\]]+'\\])*)*$",
    },
    clause: {
      type: 'object',
      additionalProperties: false,
      required: ['function'],
      properties: {
        field: { $ref: '#/definitions/path', description: 'Dotted path below the selected value.' },
        function: {
          type: 'string',
          description:
            'A generic function: defined, undefined, truthy, falsy, pattern, enumeration, compare, range, length, schema.',
        },
        functionOptions: { type: 'object' },
        message: {
          anyOf: [
            { type: 'string', minLength: 1 },
            { type: 'object', minProperties: 1, additionalProperties: { type: 'string', minLength: 1 } },
          ],
        },
        at: {
          $ref: '#/definitions/path',
          description: 'Report at the key of this field instead of at the value.',
        },
      },
    },
    clauses: {
      anyOf: [
        { $ref: '#/definitions/clause' },
        { type: 'array', minItems: 1, items: { $ref: '#/definitions/clause' } },
      ],
    },
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
          sizes: {
            type: 'object',
            additionalProperties: { type: 'integer', minimum: 0 },
            description:
              'Files beside the example, by path, with their size in bytes (data a scenario opens).',
          },
        },
      },
    },
  },
} as const;
