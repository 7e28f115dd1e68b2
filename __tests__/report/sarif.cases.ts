import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import { FINGERPRINT_KEY, artifactUri, renderSarif, toSarif } from '../../src/report/sarif.js';
import { RULES, file, finding, report } from './build.js';

/**
 * The parts of SARIF 2.1.0 GitHub code scanning requires or reads (docs.github.com, "SARIF support for
 * code scanning"), written down here rather than fetched.
 */
const githubSarifSchema = {
  type: 'object',
  required: ['$schema', 'version', 'runs'],
  properties: {
    version: { const: '2.1.0' },
    $schema: { type: 'string', pattern: 'sarif' },
    runs: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['tool', 'results'],
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name', 'version', 'informationUri', 'rules'],
                properties: {
                  name: { type: 'string', minLength: 1 },
                  version: { type: 'string' },
                  informationUri: { type: 'string', pattern: '^https://' },
                  rules: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: [
                        'id',
                        'shortDescription',
                        'fullDescription',
                        'helpUri',
                        'defaultConfiguration',
                        'properties',
                      ],
                      properties: {
                        id: { type: 'string', minLength: 1 },
                        shortDescription: { $ref: '#/definitions/message' },
                        fullDescription: { $ref: '#/definitions/message' },
                        helpUri: { type: 'string', pattern: '^https://' },
                        defaultConfiguration: {
                          type: 'object',
                          required: ['level'],
                          properties: { level: { $ref: '#/definitions/level' } },
                        },
                        properties: {
                          type: 'object',
                          required: ['tags'],
                          properties: { tags: { type: 'array', items: { type: 'string' } } },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          invocations: {
            type: 'array',
            items: {
              type: 'object',
              required: ['executionSuccessful'],
              properties: {
                executionSuccessful: { type: 'boolean' },
                toolExecutionNotifications: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['message'],
                    properties: {
                      message: { $ref: '#/definitions/message' },
                      level: { $ref: '#/definitions/level' },
                    },
                  },
                },
              },
            },
          },
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: ['ruleId', 'ruleIndex', 'level', 'message', 'locations', 'partialFingerprints'],
              properties: {
                ruleId: { type: 'string' },
                ruleIndex: { type: 'integer', minimum: 0 },
                level: { $ref: '#/definitions/level' },
                message: { $ref: '#/definitions/message' },
                locations: {
                  type: 'array',
                  minItems: 1,
                  items: {
                    type: 'object',
                    required: ['physicalLocation'],
                    properties: {
                      physicalLocation: {
                        type: 'object',
                        required: ['artifactLocation', 'region'],
                        properties: {
                          artifactLocation: {
                            type: 'object',
                            required: ['uri'],
                            properties: {
                              uri: { type: 'string', pattern: '^(?![a-z]+:)(?!/)(?!\\.\\./)' },
                              uriBaseId: { const: '%SRCROOT%' },
                            },
                          },
                          region: { $ref: '#/definitions/region' },
                        },
                      },
                    },
                  },
                },
                partialFingerprints: {
                  type: 'object',
                  minProperties: 1,
                  additionalProperties: { type: 'string' },
                },
                fixes: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['description', 'artifactChanges'],
                    properties: {
                      artifactChanges: {
                        type: 'array',
                        minItems: 1,
                        items: {
                          type: 'object',
                          required: ['artifactLocation', 'replacements'],
                          properties: {
                            replacements: {
                              type: 'array',
                              minItems: 1,
                              items: {
                                type: 'object',
                                required: ['deletedRegion'],
                                properties: { deletedRegion: { $ref: '#/definitions/region' } },
                              },
                            },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
  definitions: {
    level: { enum: ['error', 'warning', 'note', 'none'] },
    message: { type: 'object', required: ['text'], properties: { text: { type: 'string', minLength: 1 } } },
    region: {
      type: 'object',
      required: ['startLine'],
      properties: {
        startLine: { type: 'integer', minimum: 1 },
        startColumn: { type: 'integer', minimum: 1 },
        endLine: { type: 'integer', minimum: 1 },
        endColumn: { type: 'integer', minimum: 1 },
      },
    },
  },
};

const validate = new Ajv({ allErrors: true, strict: false }).compile(githubSarifSchema);

const source = "import http from 'k6/http';\nexport const options = { vus: 50 };\n";

function sample() {
  return report([
    file('load/check out.js', [
      finding('load/check out.js', 2, {
        loc: { file: 'load/check out.js', line: 2, column: 14, endLine: 2, endColumn: 35 },
        fix: {
          description: 'Add thresholds.',
          edits: [
            {
              file: 'load/check out.js',
              start: { line: 2, column: 33 },
              end: { line: 2, column: 33 },
              text: ', thresholds: {}',
            },
          ],
        },
      }),
      finding('load/check out.js', 2, {
        ruleId: 'no-ramp-up',
        severity: 'warning',
        message: 'Peak at once.',
      }),
    ]),
    file(
      'soak.yml',
      [
        finding('soak.yml', 12, {
          ruleId: 'my-org/custom',
          severity: 'info',
          message: 'custom rule',
          category: 'org',
        }),
      ],
      {
        tool: 'artillery',
      },
    ),
    file('broken.yml', [], {
      tool: null,
      diagnostics: [{ file: 'broken.yml', message: 'is not valid YAML', line: 3, severity: 'error' }],
    }),
  ]);
}

describe('SARIF', () => {
  const log = toSarif(sample(), { rules: RULES, sources: new Map([['load/check out.js', source]]) });
  const run = log.runs[0];

  it('has every part GitHub code scanning requires', () => {
    const ok = validate(JSON.parse(renderSarif(sample(), { rules: RULES })));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('describes every rule, with docs in the repository', () => {
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids).toEqual(['k6/no-thresholds', 'my-org/custom', 'no-ramp-up', 'soak-too-short']);
    const noThresholds = run.tool.driver.rules[0]!;
    expect(noThresholds.helpUri).toBe(
      'https://github.com/loadgate/loadgate/blob/main/docs/rules/k6/no-thresholds.md',
    );
    expect(noThresholds.defaultConfiguration.level).toBe('error');
    expect(noThresholds.properties.tags).toEqual(['load-testing', 'criteria', 'k6']);
    expect(run.tool.driver.rules.find((r) => r.id === 'no-ramp-up')!.fullDescription.text).toBe(
      'Warm-up matters.',
    );
  });

  it('points each result at its rule by index, with the level from the severity', () => {
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    expect(run.results.map((r) => r.level)).toEqual(['error', 'warning', 'note']);
  });

  it('locates results relative to the repository root, encoded', () => {
    const first = run.results[0]!.locations[0]!.physicalLocation;
    expect(first.artifactLocation).toEqual({ uri: 'load/check%20out.js', uriBaseId: '%SRCROOT%' });
    expect(first.region).toEqual({ startLine: 2, startColumn: 14, endLine: 2, endColumn: 35 });
    expect(artifactUri('./a\\b#c.js')).toBe('a/b%23c.js');
  });

  it('offers fixes when the finding has edits', () => {
    expect(run.results[0]!.fixes).toEqual([
      {
        description: { text: 'Add thresholds.' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'load/check%20out.js', uriBaseId: '%SRCROOT%' },
            replacements: [
              {
                deletedRegion: { startLine: 2, startColumn: 33, endLine: 2, endColumn: 33 },
                insertedContent: { text: ', thresholds: {}' },
              },
            ],
          },
        ],
      },
    ]);
    expect(run.results[1]!.fixes).toBeUndefined();
  });

  it('reports unreadable files as notifications of a run that still succeeded', () => {
    expect(run.invocations[0]).toEqual({
      executionSuccessful: true,
      toolExecutionNotifications: [
        {
          level: 'error',
          message: { text: 'is not valid YAML' },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: 'broken.yml', uriBaseId: '%SRCROOT%' },
                region: { startLine: 3 },
              },
            },
          ],
        },
      ],
    });
  });

  describe('fingerprints', () => {
    const print = (text: string, line: number) => {
      const r = report([file('a.js', [finding('a.js', line)])]);
      return toSarif(r, { rules: RULES, sources: new Map([['a.js', text]]) }).runs[0].results[0]!
        .partialFingerprints[FINGERPRINT_KEY];
    };

    it('survive lines moving when the line text stays', () => {
      expect(print('const options = {};\n', 1)).toBe(print('// new first line\n\nconst options = {};\n', 3));
    });

    it('change when the flagged line changes', () => {
      expect(print('const options = {};\n', 1)).not.toBe(print('const options = { vus: 1 };\n', 1));
    });

    it('tell identical findings apart by occurrence', () => {
      const r = report([file('a.js', [finding('a.js', 1), finding('a.js', 1)])]);
      const prints = toSarif(r, { rules: RULES }).runs[0].results.map(
        (x) => x.partialFingerprints[FINGERPRINT_KEY],
      );
      expect(new Set(prints).size).toBe(2);
      expect(prints.map((p) => p!.split(':')[1])).toEqual(['1', '2']);
    });
  });

  it('sets the category only when asked', () => {
    expect(run.automationDetails).toBeUndefined();
    expect(toSarif(sample(), { rules: RULES, category: 'loadgate/load/' }).runs[0].automationDetails).toEqual(
      { id: 'loadgate/load/' },
    );
  });
});
