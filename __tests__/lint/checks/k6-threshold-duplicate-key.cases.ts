import { describe, expect, it } from '@jest/globals';
import { findings } from '../../helpers/rule-tester.js';

const run = (body: string) =>
  findings(
    'k6/threshold-duplicate-key',
    `import 'k6';\nconst common = { checks: ['rate>0.9'] };\nexport const options = {\n${body}\n};\n`,
  );

describe('k6/threshold-duplicate-key', () => {
  it('reports every occurrence but the last, pointing at the one that wins', () => {
    const findings = run(
      "thresholds: {\n  http_req_duration: ['p(95)<1'],\n  \"http_req_duration\": ['p(99)<2'],\n  http_req_duration: ['avg<3'],\n}",
    );
    expect(findings.map((f) => [f.loc.line, f.message])).toEqual([
      [
        5,
        'Threshold key "http_req_duration" is repeated on line 7; JavaScript keeps only the last one, so these thresholds are never evaluated. Merge both into one array.',
      ],
      [
        6,
        'Threshold key "http_req_duration" is repeated on line 7; JavaScript keeps only the last one, so these thresholds are never evaluated. Merge both into one array.',
      ],
    ]);
  });

  it('accepts a key that overrides one from a spread', () => {
    expect(run("thresholds: { ...common, checks: ['rate>0.99'] }")).toEqual([]);
  });

  it('accepts the same metric with different tag filters', () => {
    expect(
      run("thresholds: { http_req_duration: ['p(95)<1'], 'http_req_duration{name:a}': ['p(95)<1'] }"),
    ).toEqual([]);
  });
});
