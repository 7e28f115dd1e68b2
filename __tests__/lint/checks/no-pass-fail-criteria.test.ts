import { describe, expect, it } from '@jest/globals';
import { commonRule, lintWith } from './common-helpers.js';

const k6 = (options: string) =>
  `import http from 'k6/http';\nexport const options = ${options};\nexport default function () { http.get(\`\${__ENV.BASE_URL}/\`); }\n`;

describe('no-pass-fail-criteria', () => {
  it('is an error, the id an end-to-end test relies on', () => {
    expect(commonRule('no-pass-fail-criteria').severity).toBe('error');
  });

  it('reports k6 options without thresholds, naming thresholds and a snippet', () => {
    const [f] = lintWith('no-pass-fail-criteria', k6("{ vus: 5, duration: '1m' }"), 'load.js');
    expect(f?.loc.line).toBe(2);
    expect(f?.message).toContain('options has no "thresholds"');
    expect(f?.message).toContain("http_req_failed: ['rate<0.01']");
  });

  it('reports a k6 script that exports no options at all on its default function, with an exact edit', () => {
    const code = 'import http from "k6/http"\nexport default function () { http.get("http://localhost/") }\n';
    const [f] = lintWith('no-pass-fail-criteria', code, 'script.js');
    expect([f?.loc.line, f?.loc.column]).toEqual([2, 16]);
    expect(f?.message).toContain('the script exports no options');
    // After the last import, in the file's quotes and without semicolons, as the file writes them.
    expect(f?.fix?.edits).toEqual([
      {
        file: 'script.js',
        start: { line: 1, column: 27 },
        end: { line: 1, column: 27 },
        text: '\n\nexport const options = {\n  thresholds: {\n    http_req_failed: ["rate<0.01"],\n    http_req_duration: ["p(95)<500"],\n  },\n}\n',
      },
    ]);
  });

  it('offers no edit when the script may export options in a form it cannot list', () => {
    const reasons = ["export * from './lib.js';", 'const options = { vus: 1 };'].map((line) => {
      const code = `import http from 'k6/http';\n${line}\nexport default function () { http.get('http://localhost/'); }\n`;
      const [f] = lintWith('no-pass-fail-criteria', code, 'script.js');
      return [f?.loc.line, f?.fix?.edits, f?.fix?.skipped?.split(',')[0]];
    });
    expect(reasons).toEqual([
      [3, undefined, 'the script exports names this reading cannot list (export * or module.exports)'],
      [
        3,
        undefined,
        'the script declares options without exporting them; export them and add thresholds there',
      ],
    ]);
    // `export { options }` is options: the thresholds go into them.
    const named = lintWith(
      'no-pass-fail-criteria',
      "import http from 'k6/http';\nconst options = {\n  vus: 1,\n};\nexport { options };\nexport default function () { http.get('http://localhost/'); }\n",
      'script.js',
    );
    expect(named[0]?.message).toContain('options has no "thresholds"');
    expect(named[0]?.fix?.edits?.[0]?.text).toContain('thresholds: {');
  });

  it('stays silent when thresholds may come from a spread or are not readable', () => {
    expect(
      lintWith('no-pass-fail-criteria', k6("{ ...JSON.parse(open('./o.json')), vus: 5 }"), 'script.js'),
    ).toEqual([]);
    expect(lintWith('no-pass-fail-criteria', k6('{ thresholds: JSON.parse(__ENV.T) }'), 'script.js')).toEqual(
      [],
    );
  });

  it('names ensure for Artillery and stays silent for a config merged from elsewhere', () => {
    const absent =
      'config:\n  target: http://localhost:3000\n  phases:\n    - duration: 10\n      arrivalRate: 1\nscenarios:\n  - flow:\n      - get:\n          url: /\n';
    const [f] = lintWith('no-pass-fail-criteria', absent, 'test.yml');
    expect(f?.message).toContain('config has no "ensure"');
    expect(f?.message).toContain('maxErrorRate: 1');
    // No target and no environments: the file is meant to be merged with `--config`, which may hold ensure.
    const partial =
      'config:\n  phases:\n    - duration: 10\n      arrivalRate: 1\nscenarios:\n  - flow:\n      - get:\n          url: /\n';
    expect(lintWith('no-pass-fail-criteria', partial, 'test.yml')).toEqual([]);
  });

  it('is suppressed by a YAML comment with a reason', () => {
    const code =
      '# loadgate-disable-next-line no-pass-fail-criteria -- criteria come from ci/ensure.yml\nconfig:\n  target: http://localhost:3000\nscenarios:\n  - flow:\n      - get:\n          url: /\n';
    expect(lintWith('no-pass-fail-criteria', code, 'test.yml')).toEqual([]);
  });
});
