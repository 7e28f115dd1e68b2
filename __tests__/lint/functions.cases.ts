import { beforeAll, describe, expect, it } from '@jest/globals';
import { lintText } from '../../src/lint/lint-text.js';
import { loadRuleText } from '../../src/lint/rule-loader.js';
import type { RuleDefinition } from '../../src/lint/types.js';
import { loadAdapters } from '../../src/scenario/adapters.js';

// Adapters are imported on demand; these tests parse synchronously.
beforeAll(loadAdapters);

/** A repository-style rule on k6 options, with one `then` clause; its message shows value, path and key. */
function rule(then: string, extra = ''): RuleDefinition {
  const text = `id: team/example\ntools: [k6]\nseverity: warning\ncategory: hygiene\nsummary: An example rule.\nrationale: Because it is an example of a rule.\ngiven: native\nthen: ${then}\n${extra}messages:\n  default: '{{value}} at {{path}}'\nexamples:\n  bad: [{ file: script.js, code: 'x' }]\n  good: [{ file: script.js, code: 'x' }]\n`;
  const result = loadRuleText(text, '.loadgate/rules/example.yml');
  if ('error' in result) throw new Error(result.error.message);
  return result.rule;
}

const script = (options: string) =>
  `import http from 'k6/http';\nconst extra = JSON.parse(open('./extra.json'));\nexport const options = { ${options} };\nexport default function () { http.get(\`\${__ENV.B}/\`); }\n`;

function messages(then: string, options: string): string[] {
  return lintText(script(options), 'script.js', { rules: [rule(then)] }).findings.map((f) => f.message);
}

describe('generic functions', () => {
  it.each([
    ['defined', '{ field: userAgent, function: defined }', 'vus: 1', ['nothing at native.userAgent']],
    [
      'defined, on a key a spread may hold',
      '{ field: userAgent, function: defined }',
      '...extra, vus: 1',
      [],
    ],
    ['undefined', '{ field: vus, function: undefined }', 'vus: 1', ['1 at native.vus']],
    [
      'truthy',
      '{ field: discardResponseBodies, function: truthy }',
      'discardResponseBodies: false',
      ['false at native.discardResponseBodies'],
    ],
    [
      'falsy',
      '{ field: noConnectionReuse, function: falsy }',
      'noConnectionReuse: true',
      ['true at native.noConnectionReuse'],
    ],
    [
      'falsy, on a value known at run time',
      '{ field: noConnectionReuse, function: falsy }',
      'noConnectionReuse: __ENV.X',
      [],
    ],
    [
      'pattern match',
      "{ field: userAgent, function: pattern, functionOptions: { match: '^loadtest/' } }",
      "userAgent: 'curl/8'",
      ['curl/8 at native.userAgent'],
    ],
    [
      'pattern on __ENV',
      "{ field: userAgent, function: pattern, functionOptions: { match: '^loadtest/' } }",
      'userAgent: __ENV.UA',
      [],
    ],
    [
      'pattern on a template',
      "{ field: userAgent, function: pattern, functionOptions: { match: '^loadtest/' } }",
      'userAgent: `${__ENV.UA}`',
      [],
    ],
    [
      'pattern notMatch',
      "{ field: userAgent, function: pattern, functionOptions: { notMatch: 'curl', flags: i } }",
      "userAgent: 'CURL/8'",
      ['CURL/8 at native.userAgent'],
    ],
    [
      'length of a list',
      '{ field: summaryTrendStats, function: length, functionOptions: { max: 2 } }',
      "summaryTrendStats: ['avg', 'p(95)', 'max']",
      ['["avg","p(95)","max"] at native.summaryTrendStats'],
    ],
    [
      'enumeration of a scalar',
      '{ field: systemTags, function: enumeration, functionOptions: { values: [url] } }',
      "systemTags: 'name'",
      ['name at native.systemTags'],
    ],
    [
      'compare with a value',
      "{ field: vus, function: compare, functionOptions: { op: '<=', value: 100 } }",
      'vus: 500',
      ['500 at native.vus'],
    ],
    [
      'compare with another field',
      "{ field: vus, function: compare, functionOptions: { op: '<=', field: maxVUs } }",
      'vus: 5, maxVUs: 2',
      ['5 at native.vus'],
    ],
    [
      'compare with a field known at run time',
      "{ field: vus, function: compare, functionOptions: { op: '<=', field: maxVUs } }",
      'vus: 5, maxVUs: __ENV.MAX',
      [],
    ],
    [
      'range',
      '{ field: vus, function: range, functionOptions: { min: 1, max: 100 } }',
      'vus: 0',
      ['0 at native.vus'],
    ],
    [
      'length of a mapping a spread may grow',
      '{ field: tags, function: length, functionOptions: { min: 2 } }',
      'tags: { ...extra }',
      [],
    ],
    [
      'schema, on __ENV',
      "{ function: schema, functionOptions: { schema: { properties: { userAgent: { pattern: '^loadtest/' } } } } }",
      'userAgent: __ENV.UA',
      [],
    ],
    [
      'schema, {{value}} is the value found',
      "{ function: schema, functionOptions: { schema: { properties: { userAgent: { pattern: '^loadtest/' } } } } }",
      "userAgent: 'curl/8'",
      ['curl/8 at native.userAgent'],
    ],
  ])('%s', (_name, then, options, expected) => {
    expect(messages(then, options)).toEqual(expected);
  });
});
