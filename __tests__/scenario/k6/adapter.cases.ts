import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { k6Adapter } from '../../../src/scenario/k6/adapter.js';
import { getEntry, getPath, getValue } from '../../../src/scenario/value.js';
import { FIXTURES, parseFixture, parseText, scenarioFromText, scenarioOf } from './helpers.js';

describe('k6Adapter.sniff', () => {
  const sniff = (text: string) => k6Adapter.sniff(text, 'x.js');

  it('claims scripts that import k6 modules, in every import style', () => {
    expect(sniff("import http from 'k6/http';")).toBe(true);
    expect(sniff('import { sleep } from "k6";')).toBe(true);
    expect(sniff("const http = require('k6/http');")).toBe(true);
    expect(sniff("import grpc from 'k6/net/grpc';")).toBe(true);
    expect(sniff("import 'k6/x/kafka';")).toBe(true);
  });

  it('claims the k6 script shape with a k6 global even without imports', () => {
    expect(sniff('export const options = { vus: __ENV.VUS };\nexport default function () {}')).toBe(true);
  });

  it('claims scripts that import only local modules but export options only k6 reads', () => {
    const local = "import { login } from './lib/auth.js';\n";
    expect(
      sniff(`${local}export const options = { scenarios: { a: { executor: 'ramping-vus', exec: 'run' } } };`),
    ).toBe(true);
    expect(sniff(`${local}export const options = { stages: [{ duration: '1m', target: 20 }] };`)).toBe(true);
    expect(sniff(`${local}export const options = { thresholds: { errors: ['rate<0.01'] } };`)).toBe(true);
    expect(
      sniff(`${local}export const options = { scenarios: { a: { exec: 'browse' } } };\nexport { browse };`),
    ).toBe(true);
    expect(
      sniff('export { options } from "./base.js";\nexport const x = { discardResponseBodies: true };'),
    ).toBe(true);
  });

  it('claims a file exporting options from a k6 folder, where options are built by a helper', () => {
    const text =
      "import { build } from '../lib/common.js';\nconst { options, funcs } = build();\nexport { options, funcs };";
    expect(k6Adapter.sniff(text, 'perf/k6/src/rest/index.js')).toBe(true);
    expect(k6Adapter.sniff(text, 'src/rest/index.js')).toBe(false);
  });

  it('does not claim other JavaScript', () => {
    expect(sniff(readFileSync(join(FIXTURES, 'not-k6.js'), 'utf8'))).toBe(false);
    expect(sniff("import express from 'express';\nexport default function handler() {}")).toBe(false);
    expect(sniff("import k6ish from 'k6-utils';")).toBe(false);
    expect(sniff('')).toBe(false);
    // Options of other tools: no k6 executor, stage target, threshold expression or k6-only key.
    expect(
      sniff(
        "import { defineConfig } from 'vite';\nexport const options = { stages: ['build'], target: 'es2020' };",
      ),
    ).toBe(false);
  });
});

describe('k6Adapter.parse: scenarios with executors', () => {
  const s = scenarioOf(parseFixture('scenarios.js'));

  it('reads each scenario as a workload with k6 defaults and the load model', () => {
    expect(s.workloads.map((w) => [w.name, w.executor, w.model, w.exec])).toEqual([
      ['browse', 'ramping-vus', 'closed', 'browse'],
      ['checkout', 'constant-arrival-rate', 'open', 'checkout'],
    ]);
    const [browse, checkout] = s.workloads;
    expect(browse?.loc).toMatchObject({ line: 14, column: 5 });
    expect(browse?.stages.map((st) => [st.durationSec, st.from, st.to])).toEqual([
      [30, 0, 20],
      [90, 20, 20],
      [20, 20, 0],
    ]);
    expect(browse?.stages[1]?.loc).toMatchObject({ line: 19, column: 9 });
    expect(browse).toMatchObject({ durationSec: 140, maxVUs: 20, partiallyUnknown: false });
    // 300 iterations per minute is 5 per second.
    expect(checkout).toMatchObject({
      durationSec: 120,
      maxVUs: 50,
      maxRatePerSec: 5,
      partiallyUnknown: false,
    });
  });

  it('reads thresholds in both forms, with the parsed expression and exact locations', () => {
    expect(s.criteria.status).toBe('present');
    expect(s.criteria.anchor).toMatchObject({ line: 11, column: 14 });
    expect(s.criteria.items.map((c) => [c.metric, c.expression, c.concerns])).toEqual([
      ['http_req_failed', 'rate<0.01', 'errors'],
      ['http_req_duration', 'p(95)<500', 'latency'],
      ['http_req_duration', 'p(99)<1500', 'latency'],
      ['http_req_duration{name:PostItem}', 'avg<300', 'latency'],
      ['login_duration', 'med<200', 'latency'],
      ['errors', 'rate<0.05', 'errors'],
    ]);
    const p99 = s.criteria.items[2];
    expect(p99).toMatchObject({
      aggregation: 'p(99)',
      operator: '<',
      value: 1500,
      abortOnFail: true,
      strict: true,
    });
    expect(p99?.loc).toMatchObject({ line: 37, column: 51 });
  });

  it('reads requests with method, URL shape, name tag, timeout and enclosing function', () => {
    const summary = s.requests.map((r) => [r.method, r.url, r.dynamicUrl, r.boundedUrl, r.name, r.within]);
    expect(summary).toEqual([
      ['GET', '${BASE_URL}/public/crocodiles/', true, true, undefined, 'browse'],
      ['GET', '${BASE_URL}/public/crocodiles/${id}/', true, false, undefined, 'browse'],
      ['GET', '${BASE_URL}/${API_VERSION}/items/${id}', true, false, 'ItemById', 'browse'],
      // http.url`...` groups the URLs under the template: bounded.
      ['GET', '${BASE_URL}/public/crocodiles/${id}/', true, true, undefined, 'browse'],
      ['POST', '${BASE_URL}/auth/token/login/', true, true, 'PostItem', 'checkout'],
      ['GET', '${BASE_URL}/public/crocodiles/1/', true, true, undefined, 'checkout'],
      ['POST', 'https://pizza.grafana.fun/api/pizza', false, true, 'pizza', 'checkout'],
      ['GET', 'http://test.k6.io/contacts.php', false, true, undefined, 'checkout'],
    ]);
    expect(s.requests[0]?.loc).toMatchObject({ line: 46, column: 17 });
    expect(s.requests[4]?.timeoutSec).toBe(30);
  });

  it('reads sleeps, with literal seconds and whether they end the iteration', () => {
    expect(s.thinkTimes.map((t) => [t.seconds, t.within, t.trailing ?? false, t.loc.line])).toEqual([
      [1, 'browse', false, 50],
      [undefined, 'browse', true, 56],
      [0.5, 'checkout', true, 73],
    ]);
  });

  it('reads checks, hosts, custom metrics and a hard-coded password', () => {
    expect(s.checks.map((c) => [c.kind, c.within, c.loc.line])).toEqual([
      ['check', 'browse', 47],
      // errorRate.add(res.status !== 200): a response read fed to a metric is validation too.
      ['assertion', 'browse', 48],
      ['check', 'checkout', 72],
    ]);
    expect(s.hosts.map((h) => [h.value, h.origin, h.role, h.loc.line, h.loc.column])).toEqual([
      ["__ENV.BASE_URL || 'https://test-api.k6.io'", 'env', 'variable', 5, 18],
      ['https://pizza.grafana.fun/api/pizza', 'literal', 'url', 69, 28],
      ['http://test.k6.io/contacts.php', 'literal', 'url', 70, 5],
    ]);
    expect(s.metrics?.map((m) => [m.name, m.type])).toEqual([
      ['login_duration', 'trend'],
      ['errors', 'rate'],
    ]);
    expect(s.secrets.map((x) => [x.key, x.masked, x.loc.line])).toEqual([['password', '12 characters', 60]]);
    expect(s.http).toEqual({ discardResponseBodies: false });
  });

  it('keeps the options object as a located tree', () => {
    const scenarios = getEntry(s.native, 'scenarios');
    expect(scenarios?.keyLoc).toMatchObject({ line: 13, column: 3 });
    expect(getPath(s.native, ['scenarios', 'checkout', 'timeUnit'])).toMatchObject({
      kind: 'string',
      value: '1m',
    });
  });
});

describe('k6Adapter.parse: shortcuts and TypeScript', () => {
  it('derives ramping-vus from `stages`, starting at `vus`, and reads insecureSkipTLSVerify', () => {
    const s = scenarioOf(parseFixture('shortcut-stages.js'));
    expect(s.workloads).toHaveLength(1);
    expect(s.workloads[0]).toMatchObject({
      name: 'default',
      executor: 'ramping-vus',
      exec: 'default',
      maxVUs: 100,
    });
    expect(s.workloads[0]?.stages[0]).toMatchObject({ from: 5, to: 100, durationSec: 120 });
    expect(s.http.tlsVerifyDisabled).toMatchObject({ line: 14, column: 3 });
    expect(s.criteria.anchor).toMatchObject({ line: 4, column: 12 });
  });

  it('parses TypeScript scripts, resolving constants through type annotations and `satisfies`', () => {
    const s = scenarioOf(parseFixture('typed.ts'));
    expect(s.workloads[0]).toMatchObject({ executor: 'constant-vus', maxVUs: 50, durationSec: 600 });
    expect(s.criteria.items[0]).toMatchObject({
      metric: 'checks',
      concerns: 'checks',
      loc: { line: 16, column: 14 },
    });
    expect(s.requests[0]).toMatchObject({
      url: 'https://quickpizza.grafana.com/api/items',
      dynamicUrl: false,
    });
  });

  it('derives shared-iterations from `iterations` and constant-vus from `duration`', () => {
    const it1 = scenarioFromText("import 'k6';\nexport const options = { vus: 4, iterations: 40 };");
    expect(it1.workloads[0]).toMatchObject({
      executor: 'shared-iterations',
      iterations: 40,
      maxVUs: 4,
      model: 'closed',
    });
    const dur = scenarioFromText("import 'k6';\nexport const options = { duration: '1h' };");
    expect(dur.workloads[0]).toMatchObject({ executor: 'constant-vus', maxVUs: 1, durationSec: 3600 });
  });

  it('fills k6 defaults: ramping-arrival-rate starts at 0, timeUnit is 1s', () => {
    const s = scenarioFromText(`import 'k6';
export const options = { scenarios: { spike: { executor: 'ramping-arrival-rate', preAllocatedVUs: 50,
  stages: [{ duration: '1m', target: 100 }, { duration: '30s', target: 0 }] } } };`);
    expect(s.workloads[0]).toMatchObject({
      model: 'open',
      maxRatePerSec: 100,
      maxVUs: 50,
      durationSec: 90,
      exec: 'default',
    });
    expect(s.workloads[0]?.stages[0]).toMatchObject({ from: 0, to: 100 });
  });
  it('converts arrival rates to per second with timeUnit, and leaves them out when timeUnit is unknown', () => {
    const s = scenarioFromText(`import 'k6';
export const options = { scenarios: {
  a: { executor: 'ramping-arrival-rate', startRate: 60, timeUnit: '1m', preAllocatedVUs: 5, stages: [{ duration: '1m', target: 120 }] },
  b: { executor: 'ramping-arrival-rate', timeUnit: __ENV.UNIT, preAllocatedVUs: 5, stages: [{ duration: '1m', target: 120 }] },
} };`);
    expect(s.workloads[0]?.stages).toEqual([expect.objectContaining({ from: 1, to: 2, durationSec: 60 })]);
    expect(s.workloads[0]).toMatchObject({ maxRatePerSec: 2, partiallyUnknown: false });
    expect(s.workloads[1]?.stages[0]).toEqual({ durationSec: 60, loc: expect.anything() });
    expect(s.workloads[1]?.partiallyUnknown).toBe(true);
  });
});

describe('k6Adapter.parse: values it cannot read', () => {
  it('marks environment variables unknown, keeping the default as text', () => {
    const s = scenarioOf(parseFixture('env-options.js'));
    const vus = getValue(s.native, 'vus');
    expect(vus).toMatchObject({ kind: 'unknown', reason: 'environment variable VUS', text: '10' });
    expect(getValue(s.native, 'duration')).toMatchObject({
      kind: 'unknown',
      reason: 'environment variable DURATION',
      text: '5m',
    });
    expect(getValue(s.native, 'stages')).toMatchObject({
      kind: 'unknown',
      reason: 'the result of buildStages()',
    });
  });

  it('records a spread it cannot resolve as a `...` entry and stops claiming criteria are absent', () => {
    const s = scenarioOf(parseFixture('env-options.js'));
    const spread = getEntry(s.native, '...');
    expect(spread?.value).toMatchObject({ kind: 'unknown', reason: 'environment variable EXTRA_OPTIONS' });
    expect(spread?.keyLoc).toMatchObject({ line: 11, column: 3 });
    expect(s.criteria.status).toBe('unknown');
    expect(s.workloads[0]?.partiallyUnknown).toBe(true);
  });

  it('reads options from an imported JSON file and a spread of an imported module', () => {
    const s = scenarioOf(parseFixture('config-import.js'));
    expect(s.workloads[0]).toMatchObject({ executor: 'shared-iterations', iterations: 200, maxVUs: 20 });
    const threshold = s.criteria.items[0];
    expect(threshold).toMatchObject({ metric: 'http_req_duration', expression: 'p(95)<400' });
    // The location is in the JSON file, where the value is written.
    expect(threshold?.loc).toMatchObject({ file: join(FIXTURES, 'config/load.json'), line: 5, column: 27 });
    expect(getPath(s.native, ['tags', 'team'])).toMatchObject({ kind: 'string', value: 'payments' });
    expect(s.http).toEqual({ discardResponseBodies: true });
    expect(s.imports?.filter((i) => i.specifier.startsWith('.')).map((i) => i.resolved)).toEqual([
      true,
      true,
    ]);
  });

  it('without access to sibling files, imported options are unknown rather than absent', () => {
    const s = scenarioOf(parseFixture('config-import.js', {}));
    expect(s.native.kind === 'object' && s.native.entries.filter((e) => e.key === '...')).toHaveLength(2);
    expect(getValue(s.native, '...')).toMatchObject({
      kind: 'unknown',
      reason: './config/load.json could not be read',
    });
    expect(s.criteria.status).toBe('unknown');
  });

  it('treats a script without options as k6 does: empty options, one VU, criteria absent', () => {
    const s = scenarioOf(parseFixture('no-options.js'));
    expect(s.native).toEqual({
      kind: 'object',
      entries: [],
      loc: { file: join(FIXTURES, 'no-options.js'), line: 1, column: 1 },
    });
    // Criteria would go in options the script lacks: the anchor is the default function (`function ()`).
    expect(s.criteria).toMatchObject({ status: 'absent', anchor: { line: 3, column: 16 } });
    expect(s.optionsSlot).toEqual({ at: { line: 1, column: 28 }, after: true, quote: "'", semicolon: true });
    expect(s.workloads[0]).toMatchObject({
      executor: 'shared-iterations',
      maxVUs: 1,
      iterations: 1,
      partiallyUnknown: true,
    });
  });

  it('does not resolve `let` bindings that are reassigned', () => {
    const s = scenarioFromText(
      "import 'k6';\nlet vus = 1;\nvus = 50;\nexport const options = { vus, duration: '1m' };",
    );
    expect(getValue(s.native, 'vus')).toMatchObject({
      kind: 'unknown',
      reason: 'variable vus is reassigned',
    });
  });

  it('reads options built by a function as unknown', () => {
    const s = scenarioFromText(
      "import 'k6';\nfunction make() { return {}; }\nexport const options = make();",
    );
    expect(s.native).toMatchObject({ kind: 'unknown', reason: 'the result of make()' });
    expect(s.criteria.status).toBe('unknown');
    expect(s.workloads[0]).toMatchObject({ executor: 'unknown', model: 'unknown', partiallyUnknown: true });
  });
});

describe('k6Adapter.parse: the forms of `options`', () => {
  const forms: [string, string][] = [
    ['export let', "import 'k6';\nexport let options = { vus: 3 };"],
    ['export var', "import 'k6';\nexport var options = { vus: 3 };"],
    ['export { options }', "import 'k6';\nconst options = { vus: 3 };\nexport { options };"],
    ['export { x as options }', "import 'k6';\nconst base = { vus: 3 };\nexport { base as options };"],
    ['spread of a constant', "import 'k6';\nconst base = { vus: 3 };\nexport const options = { ...base };"],
    [
      'Object.assign',
      "import 'k6';\nconst base = { vus: 1 };\nexport const options = Object.assign({}, base, { vus: 3 });",
    ],
    ['constant arithmetic', "import 'k6';\nconst N = 1.5;\nexport const options = { vus: N * 2 };"],
    ['destructured constant', "import 'k6';\nconst { vus } = { vus: 3 };\nexport const options = { vus };"],
    [
      'CommonJS require',
      "const k6 = require('k6');\nmodule.exports.x = 1;\nexport const options = { vus: 3 };",
    ],
  ];
  it.each(forms)('%s', (_name, text) => {
    const s = scenarioFromText(text);
    expect(getValue(s.native, 'vus')).toMatchObject({ kind: 'number', value: 3 });
  });

  it('re-exported options come from the local module that declares them', () => {
    const files: Record<string, string> = { '/x/common.js': 'export const options = { vus: 7 };' };
    const s = scenarioFromText("import 'k6';\nexport { options } from './common.js';", '/x/script.js', {
      readSibling: (_from, spec) => {
        const file = `/x/${spec.replace('./', '')}`;
        const text = files[file];
        return text === undefined ? undefined : { file, text };
      },
    });
    expect(getValue(s.native, 'vus')).toMatchObject({
      kind: 'number',
      value: 7,
      loc: { file: '/x/common.js' },
    });
  });

  it('keeps repeated keys, as written, for rules that look for them', () => {
    const s = scenarioFromText(
      "import 'k6';\nexport const options = { thresholds: { http_req_duration: ['p(95)<1'], 'http_req_duration': ['p(99)<2'] } };",
    );
    const thresholds = getValue(s.native, 'thresholds');
    expect(thresholds?.kind === 'object' && thresholds.entries.map((e) => e.key)).toEqual([
      'http_req_duration',
      'http_req_duration',
    ]);
  });
});

describe('k6Adapter.parse: errors and comments', () => {
  it('reports a syntax error with its line and column, and no scenario', () => {
    const result = parseFixture('syntax-error.js');
    expect(result.scenario).toBeUndefined();
    expect(result.diagnostics).toEqual([
      {
        file: join(FIXTURES, 'syntax-error.js'),
        severity: 'error',
        message: 'syntax error: Unexpected token, expected ","',
        line: 6,
        column: 3,
      },
    ]);
  });

  it('returns every comment with its line, for inline suppressions', () => {
    const result = parseText(
      "import http from 'k6/http';\n// loadgate-disable-next-line k6/x -- reason\nhttp.get('http://a'); /* block */",
    );
    expect(result.comments).toEqual([
      { line: 2, text: 'loadgate-disable-next-line k6/x -- reason' },
      { line: 3, text: 'block' },
    ]);
  });

  it('uses the TypeScript grammar only for TypeScript files', () => {
    const text = "import http from 'k6/http';\nconst n: number = 1;\nexport default function () {}";
    expect(parseText(text, 'a.ts').scenario).toBeDefined();
    expect(parseText(text, 'a.js').diagnostics[0]).toMatchObject({ severity: 'error', line: 2 });
  });
});

describe('k6Adapter.parse: modern syntax', () => {
  it.each([
    ["import c from './c.json' with { type: 'json' };", 'import attributes'],
    ["import c from './c.json' assert { type: 'json' };", 'import assertions'],
    ['const a = await Promise.resolve(1);', 'top-level await'],
    ['class A { #x = 1; static {} }', 'private fields and static blocks'],
    ['const x = a?.b ?? c; const y = 1_000n;', 'optional chaining, bigint, separators'],
  ])('parses %s (%s)', (text) => {
    expect(parseText(`import 'k6';\n${text}`).diagnostics).toEqual([]);
  });
});
