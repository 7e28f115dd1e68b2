import { describe, expect, it } from '@jest/globals';
import { builtinRule, findings, lines } from '../../helpers/rule-tester.js';

const k6 = (options: string) =>
  `import http from 'k6/http';\nexport const options = ${options};\nexport default function () { http.get(\`\${__ENV.BASE_URL}/\`); }\n`;

describe('no-pass-fail-criteria', () => {
  it('is an error, the id an end-to-end test relies on', () => {
    expect(builtinRule('no-pass-fail-criteria').severity).toBe('error');
  });

  it('reports k6 options without thresholds, naming thresholds and a snippet', () => {
    const [f] = findings('no-pass-fail-criteria', k6("{ vus: 5, duration: '1m' }"), 'load.js');
    expect(f?.loc.line).toBe(2);
    expect(f?.message).toContain('options has no "thresholds"');
    expect(f?.message).toContain("http_req_failed: ['rate<0.01']");
  });

  it('reports a k6 script that exports no options at all, on its default function', () => {
    const code =
      "import http from 'k6/http';\nexport default function () { http.get('http://localhost/'); }\n";
    expect(lines(findings('no-pass-fail-criteria', code, 'script.js'))).toEqual([2]);
  });

  it('stays silent when thresholds may come from a spread or are not readable', () => {
    expect(
      findings('no-pass-fail-criteria', k6("{ ...JSON.parse(open('./o.json')), vus: 5 }"), 'script.js'),
    ).toEqual([]);
    expect(findings('no-pass-fail-criteria', k6('{ thresholds: JSON.parse(__ENV.T) }'), 'script.js')).toEqual(
      [],
    );
  });

  it('names ensure for Artillery and stays silent for a config merged from elsewhere', () => {
    const absent =
      'config:\n  target: http://localhost:3000\n  phases:\n    - duration: 10\n      arrivalRate: 1\nscenarios:\n  - flow:\n      - get:\n          url: /\n';
    const [f] = findings('no-pass-fail-criteria', absent, 'test.yml');
    expect(f?.message).toContain('config has no "ensure"');
    expect(f?.message).toContain('maxErrorRate: 1');
    // No target and no environments: the file is meant to be merged with `--config`, which may hold ensure.
    const partial =
      'config:\n  phases:\n    - duration: 10\n      arrivalRate: 1\nscenarios:\n  - flow:\n      - get:\n          url: /\n';
    expect(findings('no-pass-fail-criteria', partial, 'test.yml')).toEqual([]);
  });

  it('is suppressed by a YAML comment with a reason', () => {
    const code =
      '# loadgate-disable-next-line no-pass-fail-criteria -- criteria come from ci/ensure.yml\nconfig:\n  target: http://localhost:3000\nscenarios:\n  - flow:\n      - get:\n          url: /\n';
    expect(findings('no-pass-fail-criteria', code, 'test.yml')).toEqual([]);
  });

  it('stays silent on a k6 script that sends no request of any protocol (a stub, a data demo)', () => {
    const stub =
      "import http from 'k6/http';\nimport { SharedArray } from 'k6/data';\nexport const options = { vus: 3, iterations: 100 };\nconst data = new SharedArray('users', () => JSON.parse(open('users.json')));\nexport default function () { console.log(data[0]); }\n";
    expect(findings('no-pass-fail-criteria', stub, 'stub.js')).toEqual([]);
    const papaparse =
      "import papaparse from 'https://jslib.k6.io/papaparse/5.1.1/index.js';\nexport default function () { console.log(papaparse.parse('a,b').data); }\n";
    expect(findings('no-pass-fail-criteria', papaparse, 'demo.js')).toEqual([]);
    // A module we cannot see (an extension, an unknown remote library) may send requests: still reported.
    const kafka =
      "import { Writer } from 'k6/x/kafka';\nconst w = new Writer({ brokers: ['b:9092'] });\nexport default function () { w.produce({ messages: [] }); }\n";
    expect(lines(findings('no-pass-fail-criteria', kafka, 'kafka.js'))).toEqual([3]);
  });

  it('suggests thresholds for the protocols the script calls, not the ones it imports', () => {
    const code =
      "import http from 'k6/http';\nimport { browser } from 'k6/browser';\nimport { check } from 'k6';\nexport const options = { vus: 5 };\nexport default async function () {\n  const page = await browser.newPage();\n  check(page, { ok: () => true });\n}\n";
    const [f] = findings('no-pass-fail-criteria', code, 'browser.js');
    expect(f?.message).toContain(
      "thresholds: { browser_web_vital_lcp: ['p(75)<2500'], checks: ['rate>0.99'] }",
    );
    expect(f?.message).not.toContain('http_req_failed');
  });

  it('counts the expect plugin enabled in config as a criterion: a failed expectation exits 21', () => {
    const doc = (plugins: string) =>
      `config:\n  target: http://localhost:3000\n${plugins}  phases:\n    - duration: 60\n      arrivalRate: 5\nscenarios:\n  - flow:\n      - get:\n          url: /\n          expect:\n            - statusCode: 200\n`;
    expect(findings('no-pass-fail-criteria', doc('  plugins:\n    expect: {}\n'), 'test.yml')).toEqual([]);
    expect(lines(findings('no-pass-fail-criteria', doc(''), 'test.yml'))).toEqual([1]);
    // Enabled in one environment only, it gates only the runs with that -e.
    const envOnly = doc('  environments:\n    functional:\n      plugins:\n        expect: {}\n');
    expect(lines(findings('no-pass-fail-criteria', envOnly, 'test.yml'))).toEqual([1]);
  });
});
