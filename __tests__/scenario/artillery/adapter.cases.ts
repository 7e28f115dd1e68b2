import { describe, expect, it } from '@jest/globals';
import { getPath } from '../../../src/scenario/value.js';
import { fixture, parse, scenarioOf } from './helpers.js';

describe('artilleryAdapter on checkout.yml (every fact at a known place)', () => {
  const { text, file } = fixture('checkout.yml');
  const s = scenarioOf(text, file);

  it('reads config.phases as one open workload, stage by stage, with the runtime arithmetic', () => {
    const w = s.workloads[0];
    expect(w).toMatchObject({
      name: 'default',
      executor: 'artillery-phases',
      model: 'open',
      partiallyUnknown: false,
    });
    expect(w?.loc).toMatchObject({ line: 9, column: 5 });
    expect(w?.stages).toEqual([
      expect.objectContaining({
        durationSec: 60,
        from: 1,
        to: 10,
        loc: expect.objectContaining({ line: 9, column: 7 }),
      }),
      expect.objectContaining({
        durationSec: 300,
        from: 10,
        to: 10,
        loc: expect.objectContaining({ line: 13 }),
      }),
      expect.objectContaining({
        durationSec: 30,
        from: 0,
        to: 0,
        loc: expect.objectContaining({ line: 16 }),
      }),
      // arrivalCount 60 over 120 s is half an arrival per second.
      expect.objectContaining({
        durationSec: 120,
        from: 0.5,
        to: 0.5,
        loc: expect.objectContaining({ line: 17 }),
      }),
    ]);
    expect(w?.durationSec).toBe(510);
    expect(w?.maxRatePerSec).toBe(10);
    expect(w?.maxVUs).toBe(50);
  });

  it('reads each environment with phases as its own workload', () => {
    expect(s.workloads.map((w) => w.name)).toEqual(['default', 'staging']);
    expect(s.workloads[1]?.stages).toEqual([expect.objectContaining({ durationSec: 10, from: 2, to: 2 })]);
  });

  it('reads plugins.ensure thresholds (strict) and conditions (strict: false)', () => {
    expect(s.criteria.status).toBe('present');
    expect(s.criteria.anchor).toMatchObject({ line: 2, column: 1 });
    expect(s.criteria.items).toEqual([
      expect.objectContaining({
        metric: 'http.response_time.p95',
        expression: 'http.response_time.p95 < 500',
        aggregation: 'p95',
        operator: '<',
        value: 500,
        concerns: 'latency',
        strict: true,
        loc: expect.objectContaining({ line: 29, column: 11 }),
      }),
      expect.objectContaining({
        metric: 'http.codes.500',
        expression: 'http.codes.500 / http.requests < 0.01',
        concerns: 'errors',
        strict: false,
        loc: expect.objectContaining({ line: 31, column: 23 }),
      }),
    ]);
  });

  it('reads requests in source order, inside loop and parallel blocks, with their scenario', () => {
    expect(s.requests.map((r) => [r.method, r.url, r.loc.line, r.within])).toEqual([
      ['GET', '/products', 39, 'browse and buy'],
      ['GET', '/products/{{ $loopElement }}', 45, 'browse and buy'],
      ['POST', 'https://payments.example.com/charge', 53, 'browse and buy'],
      ['DELETE', '/cart/{{ id }}', 61, 'scenarios[1]'],
    ]);
    expect(s.requests[1]).toMatchObject({ name: 'product page', dynamicUrl: true, boundedUrl: true });
    expect(s.requests[0]).toMatchObject({ dynamicUrl: false, boundedUrl: true });
    expect(s.requests[0]?.loc).toMatchObject({ line: 39, column: 9, endLine: 39, endColumn: 12 });
  });

  it('reads think steps with string durations', () => {
    expect(s.thinkTimes).toEqual([
      expect.objectContaining({
        seconds: 2,
        within: 'browse and buy',
        loc: expect.objectContaining({ line: 43 }),
      }),
      expect.objectContaining({ seconds: 0.5, loc: expect.objectContaining({ line: 51 }) }),
    ]);
  });

  it('records expect (the expect plugin is on) and capture as checks', () => {
    expect(s.checks.map((c) => [c.kind, c.loc.line])).toEqual([
      ['expect', 41],
      ['capture', 48],
    ]);
  });

  it('records targets and absolute request URLs as hosts, with their origin', () => {
    expect(s.hosts.map((h) => [h.role, h.origin, h.value, h.loc.line])).toEqual([
      ['target', 'literal', 'https://shop.example.com', 3],
      ['target', 'env', '{{ $processEnvironment.STAGING_URL }}', 21],
      ['url', 'literal', 'https://payments.example.com/charge', 54],
    ]);
  });

  it('finds literal credentials, masked, and ignores templated ones', () => {
    expect(s.secrets.map((x) => [x.key, x.masked, x.loc.line])).toEqual([
      ['apiKey', '14 characters', 34],
      ['Authorization', 'Bearer, 20 characters', 56],
    ]);
    expect(JSON.stringify(s.secrets)).not.toContain('sk9f8a7s6d5f4g3h2j1k');
  });

  it('reads http.timeout and tls.rejectUnauthorized: false', () => {
    expect(s.http.timeoutSec).toBe(20);
    expect(s.http.timeoutLoc).toMatchObject({ line: 5, column: 14 });
    expect(s.http.tlsVerifyDisabled).toMatchObject({ line: 7, column: 25 });
  });

  it('returns comments with their lines, and no comment inside a quoted string', () => {
    const result = parse(text, file);
    expect(result.comments).toEqual([
      { line: 1, text: expect.stringContaining('A hand-written script') },
      { line: 34, text: 'a trailing comment' },
    ]);
  });

  it('keeps the whole document as native, with locations', () => {
    expect(getPath(s.native, ['config', 'target'])).toMatchObject({
      kind: 'string',
      loc: { line: 3, column: 11 },
    });
  });
});

describe('artilleryAdapter: anchors, aliases and merge keys', () => {
  const { text, file } = fixture('anchors.yml');
  const s = scenarioOf(text, file);

  it('resolves a phase list through an alias, at the anchor definition', () => {
    expect(s.workloads.map((w) => [w.name, w.stages.length, w.stages[0]?.loc.line])).toEqual([
      ['default', 1, 2],
      ['ci', 1, 2],
    ]);
  });

  it('merges << keys with explicit keys winning', () => {
    const headers = getPath(s.native, ['config', 'defaults', 'headers']);
    expect(
      headers?.kind === 'object' &&
        headers.entries.map((e) => [e.key, e.value.kind === 'string' && e.value.value]),
    ).toEqual([
      ['X-Api-Key', 'literal-api-key-123'],
      ['Content-Type', 'text/plain'],
    ]);
  });

  it('finds the secret at its anchor definition once per place it is written', () => {
    expect(s.secrets.map((x) => [x.key, x.loc.line])).toEqual([
      ['X-Api-Key', 6],
      ['X-Api-Key', 6],
    ]);
  });
});

describe('artilleryAdapter: criteria forms and status', () => {
  it('config.ensure wins over plugins.ensure, as artillery-plugin-ensure reads them', () => {
    const { text, file } = fixture('ensure-legacy.json');
    const s = scenarioOf(text, file);
    expect(s.criteria.items.map((c) => [c.metric, c.expression, c.concerns, c.strict, c.loc.line])).toEqual([
      ['http.response_time.p99', 'p99 < 250', 'latency', true, 5],
      ['maxErrorRate', 'maxErrorRate < 1', 'errors', true, 5],
    ]);
    // A JSON script: phase values as strings are cast like the runtime does.
    expect(s.workloads[0]?.stages[0]).toMatchObject({ durationSec: 60, from: 5, to: 5 });
  });

  it('a scenarios-only file (config passed with --config) has unknown criteria, not absent', () => {
    const { text, file } = fixture('scenarios-only.yml');
    const s = scenarioOf(text, file);
    expect(s.criteria.status).toBe('unknown');
    expect(s.workloads).toEqual([]);
    expect(s.requests).toHaveLength(1);
  });

  it('a full config without ensure has absent criteria anchored at config', () => {
    const s = scenarioOf(
      'config:\n  target: http://x\n  phases: [{ duration: 1, arrivalRate: 1 }]\nscenarios: []\n',
    );
    expect(s.criteria).toEqual({
      status: 'absent',
      items: [],
      anchor: expect.objectContaining({ line: 1, column: 1 }),
    });
  });

  it('an empty plugins.ensure has no criteria; a config.ensure of {} hides plugins.ensure', () => {
    expect(scenarioOf('config:\n  target: http://x\n  plugins:\n    ensure: {}\n').criteria.status).toBe(
      'absent',
    );
    const s = scenarioOf(
      'config:\n  target: http://x\n  ensure: {}\n  plugins:\n    ensure:\n      thresholds:\n        - http.response_time.p99: 5\n',
    );
    expect(s.criteria.status).toBe('absent');
  });

  it('conditions: strict is false only for the boolean false; metrics are read from the expression', () => {
    const s = scenarioOf(`config:
  target: http://x
  ensure:
    conditions:
      - expression: "vusers.failed == 0 and http.response_time.p99 < 300"
        strict: "false"
      - expression: max(http.response_time.p95, 1) < 200
`);
    expect(s.criteria.items.map((c) => [c.metric, c.concerns, c.strict])).toEqual([
      ['vusers.failed', 'errors', true],
      ['http.response_time.p95', 'latency', true],
    ]);
  });

  it('an ensure given as a string yields no check, as in the plugin', () => {
    expect(
      scenarioOf('config:\n  target: http://x\n  ensure: "{{ $processEnvironment.CHECKS }}"\n').criteria
        .status,
    ).toBe('absent');
  });
});

describe('artilleryAdapter: wrong shapes give a Scenario, never a throw', () => {
  it('phases as a mapping: a workload with no stages, partially unknown', () => {
    const s = scenarioOf('config:\n  target: http://x\n  phases:\n    duration: 10\n    arrivalRate: 1\n');
    expect(s.workloads).toEqual([expect.objectContaining({ stages: [], partiallyUnknown: true })]);
  });

  it('templated phase values are unknown and mark the workload', () => {
    const s = scenarioOf(
      'config:\n  target: http://x\n  phases:\n    - duration: "{{ $env.D }}"\n      arrivalRate: 5\n',
    );
    expect(s.workloads[0]).toMatchObject({ partiallyUnknown: true, stages: [{ from: 5, to: 5 }] });
    expect(s.workloads[0]?.durationSec).toBeUndefined();
  });

  it('odd values everywhere do not throw', () => {
    const odd = `config: 5
scenarios:
  - flow: "not a list"
  - flow:
      - get: null
      - post: [1, 2]
      - loop: 7
      - think: true
      - {}
  - 42
before: []
`;
    const s = scenarioOf(odd);
    expect(s.requests.map((r) => [r.method, r.url])).toEqual([
      ['GET', ''],
      ['POST', ''],
    ]);
    expect(s.thinkTimes).toHaveLength(1);
    expect(s.thinkTimes[0]?.seconds).toBeUndefined();
    expect(s.criteria.status).toBe('unknown');
  });

  it('a top-level list is not a script', () => {
    const result = parse('- config: {}\n');
    expect(result.scenario).toBeUndefined();
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'error', line: 1, column: 1 })]);
  });

  it('invalid YAML gives a diagnostic with line and column and no scenario', () => {
    const result = parse('config:\n  target: http://x\n  phases: [\n    { duration: 1 \nscenarios: []\n');
    expect(result.scenario).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({
      severity: 'error',
      file: 'test.yml',
      line: expect.any(Number),
    });
    expect(result.diagnostics[0]?.line).toBeGreaterThanOrEqual(3);
  });
});

describe('artilleryAdapter: requests, engines and URL grouping', () => {
  it('ignores WebSocket/Socket.IO steps and HTTP steps of non-HTTP engines', () => {
    const s = scenarioOf(`scenarios:
  - engine: socketio
    flow:
      - get: { url: /a }
      - emit: { channel: c, data: d }
  - engine: ws
    flow:
      - send: hello
      - get: { url: /b }
  - engine: playwright
    flowFunction: run
`);
    expect(s.requests.map((r) => r.url)).toEqual(['/a']);
  });

  it('metrics-by-endpoint with groupDynamicURLs: false makes templated URLs unbounded unless named', () => {
    const s = scenarioOf(`config:
  target: http://x
  plugins:
    metrics-by-endpoint:
      groupDynamicURLs: false
      useOnlyRequestNames: true
scenarios:
  - flow:
      - get: { url: "/u/{{ id }}" }
      - get: { url: "/v/{{ id }}", name: "GET /v/:id" }
`);
    expect(s.requests.map((r) => r.boundedUrl)).toEqual([false, true]);
  });

  it('expect without the expect plugin is not a check (Artillery ignores it)', () => {
    const s = scenarioOf(
      'scenarios:\n  - flow:\n      - get:\n          url: /\n          expect:\n            - statusCode: 200\n',
    );
    expect(s.checks).toEqual([]);
  });

  it('a before flow is read and named before', () => {
    const s = scenarioOf('before:\n  flow:\n    - post: { url: /login }\nscenarios:\n  - flow: []\n');
    expect(s.requests).toEqual([expect.objectContaining({ method: 'POST', within: 'before' })]);
  });

  it('config.timeout wins over http.timeout, as the HTTP engine reads them', () => {
    const s = scenarioOf('config:\n  target: http://x\n  timeout: 60\n  http:\n    timeout: 5\n');
    expect(s.http.timeoutSec).toBe(60);
    expect(s.http.timeoutLoc?.line).toBe(3);
  });
});

describe('artilleryAdapter: secrets', () => {
  it('flags auth.pass, password lists and x-auth headers; not templates, not placeholders', () => {
    const s = scenarioOf(`config:
  target: http://x
  variables:
    password: [secret1, "{{ $processEnvironment.PW }}"]
  defaults:
    headers:
      x-auth: "987401838271002188298567"
      authorization: "Bearer {{ token }}"
scenarios:
  - flow:
      - get:
          url: /
          auth: { user: bob, pass: hunter22 }
          json: { token: "<your token>", passwordHint: "ask", bypass: true }
`);
    expect(s.secrets.map((x) => [x.key, x.loc.line])).toEqual([
      ['password', 4],
      ['x-auth', 7],
      ['pass', 13],
    ]);
  });
});
