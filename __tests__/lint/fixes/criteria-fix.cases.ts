import { beforeAll, describe, expect, it } from '@jest/globals';
import { parse as parseJs } from '@babel/parser';
import { parseDocument } from 'yaml';
import { applyEdits } from '../../../src/lint/fixes/apply.js';
import { verifyFixes } from '../../../src/lint/fixes/verify.js';
import { lintText } from '../../../src/lint/lint-text.js';
import type { Finding } from '../../../src/lint/types.js';
import { loadAdapters } from '../../../src/scenario/adapters.js';

// Adapters are imported on demand; these tests parse synchronously.
beforeAll(loadAdapters);

const RULE = 'no-pass-fail-criteria';

/** Lints the text and returns the no-pass-fail-criteria finding and the text its fix produces. */
function fixOf(text: string, file: string): { finding: Finding; fixed?: string } {
  const finding = lintText(text, file).findings.find((f) => f.ruleId === RULE);
  if (!finding) throw new Error(`no ${RULE} finding`);
  const edits = finding.fix?.edits;
  return { finding, fixed: edits ? applyEdits(text, edits) : undefined };
}

function yamlOk(text: string): boolean {
  return parseDocument(text, { uniqueKeys: true }).errors.length === 0;
}

describe('no-pass-fail-criteria fixes follow the file', () => {
  it('keeps a JSON script JSON, with its indentation', () => {
    const text =
      '{\n  "config": {\n    "target": "http://localhost",\n    "phases": [{ "duration": 10, "arrivalRate": 1 }]\n  },\n  "scenarios": [{ "flow": [{ "get": { "url": "/" } }] }]\n}\n';
    const { fixed } = fixOf(text, 'load.json');
    expect(fixed).toBe(
      '{\n  "config": {\n    "target": "http://localhost",\n    "phases": [{ "duration": 10, "arrivalRate": 1 }],\n    "plugins": {\n      "ensure": { "thresholds": [{ "http.response_time.p95": 500 }], "conditions": [{ "expression": "((http.codes.500 or 0) + (http.codes.502 or 0) + (http.codes.503 or 0) + (http.codes.504 or 0)) / http.requests < 0.01" }], "maxErrorRate": 1 }\n    }\n  },\n  "scenarios": [{ "flow": [{ "get": { "url": "/" } }] }]\n}\n',
    );
    expect(() => JSON.parse(fixed!)).not.toThrow();
  });

  it('adds the missing keys to an ensure mapping that has no criteria, never a second ensure', () => {
    const text =
      'config:\n  target: http://localhost\n  phases:\n    - duration: 10\n      arrivalRate: 1\n  ensure:\n    strict: true\nscenarios:\n  - flow:\n      - get:\n          url: /\n';
    const { fixed } = fixOf(text, 'load.yml');
    expect(fixed).toContain(
      '  ensure:\n    strict: true\n    thresholds:\n      - http.response_time.p95: 500\n    conditions:\n      - expression: "((http.codes.500 or 0) + (http.codes.502 or 0) + (http.codes.503 or 0) + (http.codes.504 or 0)) / http.requests < 0.01"\n    maxErrorRate: 1\nscenarios:',
    );
    expect(yamlOk(fixed!)).toBe(true);
  });

  it('never adds a second ensure when ensure is a list: artillery/ignored-criteria names the cause', () => {
    const text =
      'config:\n  target: http://localhost\n  phases:\n    - duration: 10\n      arrivalRate: 1\n  ensure:\n    - statusCode: 200\nscenarios:\n  - flow:\n      - get:\n          url: /\n';
    const findings = lintText(text, 'load.yml').findings;
    expect(findings.map((f) => f.ruleId)).toContain('artillery/ignored-criteria');
    expect(findings.filter((f) => f.ruleId === RULE)).toEqual([]);
    expect(findings.flatMap((f) => f.fix?.edits ?? []).filter((e) => e.text.includes('ensure'))).toEqual([]);
  });

  it('writes k6 thresholds like the options around them: quotes, indentation, trailing commas', () => {
    const text =
      'import http from "k6/http";\n\nexport const options = {\n    vus: 10,\n    duration: "1m" // one minute\n};\n\nexport default function () {\n    http.get("http://localhost/");\n}\n';
    const { fixed } = fixOf(text, 'load.js');
    expect(fixed).toContain(
      '    duration: "1m", // one minute\n    thresholds: {\n        http_req_failed: ["rate<0.01"],\n        http_req_duration: ["p(95)<500"]\n    }\n};',
    );
    expect(() => parseJs(fixed!, { sourceType: 'module' })).not.toThrow();
  });
});

describe('no-pass-fail-criteria suggests criteria the protocol reports', () => {
  const k6 = (imports: string, body: string) =>
    `${imports}\nexport const options = {\n  vus: 10,\n  duration: '1m',\n};\nexport default function () {\n${body}\n}\n`;

  it.each([
    [
      'gRPC',
      k6(
        "import grpc from 'k6/net/grpc';\nimport { check } from 'k6';\nconst client = new grpc.Client();",
        "  client.connect('localhost:50051');\n  const res = client.invoke('svc/Hello', {});\n  check(res, { ok: (r) => r && r.status === grpc.StatusOK });",
      ),
      { grpc_req_duration: ['p(95)<500'], checks: ['rate>0.99'] },
    ],
    [
      'WebSocket',
      k6("import ws from 'k6/ws';", "  ws.connect('ws://localhost/socket', {}, (socket) => socket.close());"),
      { ws_connecting: ['p(95)<1000'] },
    ],
    [
      'browser',
      k6(
        "import { browser } from 'k6/browser';",
        "  const page = browser.newPage();\n  page.goto('http://localhost/');",
      ),
      { browser_web_vital_lcp: ['p(75)<2500'] },
    ],
  ])('%s: no http_* threshold that would never get a sample', (_, text, expected) => {
    const { finding, fixed } = fixOf(text, 'load.js');
    expect(finding.message).not.toMatch(/http_req/);
    expect(fixed).not.toMatch(/http_req/);
    for (const [metric, [expression]] of Object.entries(expected))
      expect(fixed).toContain(`${metric}: ['${expression}']`);
  });

  it('an Artillery WebSocket script gets maxErrorRate, which every engine reports, and no HTTP latency', () => {
    const text =
      'config:\n  target: ws://localhost\n  phases:\n    - duration: 10\n      arrivalRate: 1\nscenarios:\n  - engine: ws\n    flow:\n      - send: hello\n';
    const { finding, fixed } = fixOf(text, 'ws.yml');
    expect(finding.message).toContain('Add ensure: { maxErrorRate: 1 } under config.plugins');
    expect(fixed).toContain('  plugins:\n    ensure:\n      maxErrorRate: 1\nscenarios:');
  });
});

describe('verifyFixes', () => {
  it('withdraws a fix whose text would not parse, and says why', () => {
    const text =
      'import http from "k6/http";\nexport const options = {\n  vus: 10,\n};\nexport default function () {\n  http.get("http://localhost/");\n}\n';
    const result = lintText(text, 'load.js');
    const finding = result.findings.find((f) => f.ruleId === RULE)!;
    // A broken edit, as an earlier --fix wrote one into JSON scripts.
    finding.fix = {
      description: 'broken',
      edits: [
        {
          file: 'load.js',
          start: { line: 3, column: 10 },
          end: { line: 3, column: 10 },
          text: '\nensure:\n  x: 1',
        },
      ],
    };
    verifyFixes(text, result, (next) => lintText(next, 'load.js'));
    expect(finding.fix.edits).toBeUndefined();
    expect(finding.fix.skipped).toMatch(/^the fixed file would not parse: /);
  });

  it('withdraws a fix that leaves its finding in place', () => {
    const text =
      'import http from "k6/http";\nexport const options = {\n  vus: 10,\n};\nexport default function () {\n  http.get("http://localhost/");\n}\n';
    const result = lintText(text, 'load.js');
    const finding = result.findings.find((f) => f.ruleId === RULE)!;
    finding.fix = {
      description: 'a comment is no criterion',
      edits: [
        {
          file: 'load.js',
          start: { line: 3, column: 10 },
          end: { line: 3, column: 10 },
          text: ' // thresholds',
        },
      ],
    };
    verifyFixes(text, result, (next) => lintText(next, 'load.js'));
    expect(finding.fix.skipped).toBe('the finding would remain after the edit');
  });
});

describe('unfailable-criterion keeps the metric meaning', () => {
  it("suggests a pass rate for checks: ['rate<=1'], not a failure budget", () => {
    const text =
      "import http from 'k6/http';\nimport { check } from 'k6';\nexport const options = {\n  vus: 10,\n  duration: '1m',\n  thresholds: { http_req_duration: ['p(95)<500'], checks: ['rate<=1'] },\n};\nexport default function () {\n  check(http.get('http://localhost/'), { ok: (r) => r.status === 200 });\n}\n";
    const finding = lintText(text, 'load.js').findings.find((f) => f.ruleId === 'unfailable-criterion');
    expect(finding?.message).toContain("'rate>0.99'");
    expect(finding?.message).not.toContain("'rate<0.01'");
  });
});

describe('artillery/ensure-plugin-not-loaded fixes follow the file', () => {
  it('loads the plugin in a JSON script with an empty object written {}, and the file stays JSON', () => {
    expect.hasAssertions();
    const text =
      '{\n  "config": {\n    "target": "http://localhost",\n    "phases": [{ "duration": 10, "arrivalRate": 1 }],\n    "ensure": { "maxErrorRate": 1 }\n  },\n  "scenarios": [{ "flow": [{ "get": { "url": "/" } }] }]\n}\n';
    const finding = lintText(text, 'load.json').findings.find(
      (f) => f.ruleId === 'artillery/ensure-plugin-not-loaded',
    );
    const fixed = applyEdits(text, finding!.fix!.edits!);
    expect(fixed).toContain(
      '"ensure": { "maxErrorRate": 1 },\n    "plugins": {\n      "ensure": {}\n    }\n',
    );
    expect(() => JSON.parse(fixed!)).not.toThrow();
  });
});
