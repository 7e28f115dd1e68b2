import { describe, expect, it } from '@jest/globals';
import { findings, lines } from '../../helpers/rule-tester.js';

const k6 = (thresholds: string, spread = '') =>
  `import http from 'k6/http';\nexport const options = { ${spread}vus: 5, duration: '1m', thresholds: ${thresholds} };\nexport default function () { http.get(\`\${__ENV.BASE_URL}/\`); }\n`;

describe('criteria-latency-only', () => {
  it('reports on the first latency threshold', () => {
    expect(
      lines(findings('criteria-latency-only', k6("{ http_req_duration: ['p(95)<500'] }"), 'script.js')),
    ).toEqual([2]);
  });

  it('accepts an error or checks criterion, including a custom error Rate', () => {
    expect(
      findings(
        'criteria-latency-only',
        k6("{ http_req_duration: ['p(95)<500'], checks: ['rate>0.99'] }"),
        'script.js',
      ),
    ).toEqual([]);
    expect(
      findings(
        'criteria-latency-only',
        k6("{ http_req_duration: ['p(95)<500'], errors: ['rate<0.01'] }"),
        'script.js',
      ),
    ).toEqual([]);
  });

  it('stays silent when a spread may hold the error criterion', () => {
    expect(
      findings('criteria-latency-only', k6("{ ...shared, http_req_duration: ['p(95)<500'] }"), 'script.js'),
    ).toEqual([]);
    expect(
      findings('criteria-latency-only', k6("{ http_req_duration: ['p(95)<500'] }", '...base, '), 'script.js'),
    ).toEqual([]);
  });

  it('is silent without latency criteria', () => {
    expect(findings('criteria-latency-only', k6("{ http_reqs: ['count>100'] }"), 'script.js')).toEqual([]);
  });

  describe('Artillery: failed virtual users are no HTTP error criterion, since a 500 fails no virtual user', () => {
    const script = (ensure: string, extra = '', engine = '') =>
      `config:\n  target: http://localhost:3000\n  plugins:\n    ensure: {}\n${extra}  ensure:\n    thresholds:\n      - http.response_time.p99: 900\n${ensure}scenarios:\n  - ${engine}flow:\n      - get:\n          url: /\n${extra ? '          expect:\n            - statusCode: 200\n' : ''}`;

    it.each([
      ['maxErrorRate', '    maxErrorRate: 1\n'],
      ['a condition on vusers.failed', '    conditions:\n      - expression: vusers.failed == 0\n'],
    ])('reports latency criteria with %s alone, naming a condition on the status codes', (_name, ensure) => {
      const [finding] = findings('criteria-latency-only', script(ensure), 'test.yml');
      expect(finding?.message).toContain('none on HTTP errors');
      expect(finding?.message).toContain('http.codes.500');
    });

    it.each([
      [
        'a condition on http.codes',
        script('    conditions:\n      - expression: "(http.codes.500 or 0) / http.requests < 0.01"\n'),
      ],
      [
        'maxErrorRate when the expect plugin checks the statuses',
        script('    maxErrorRate: 1\n', '    expect: {}\n'),
      ],
    ])('accepts %s', (_name, code) => {
      expect(findings('criteria-latency-only', code, 'test.yml')).toEqual([]);
    });
  });

  it('names the error criterion of the protocols the script uses: checks for gRPC and WebSocket', () => {
    const grpc =
      "import grpc from 'k6/net/grpc';\nimport { check } from 'k6';\nconst client = new grpc.Client();\nexport const options = { thresholds: { grpc_req_duration: ['p(95)<500'] } };\nexport default () => {\n  const res = client.invoke('hello.HelloService/SayHello', {});\n  check(res, { ok: (r) => r.status === grpc.StatusOK });\n};\n";
    const [g] = findings('criteria-latency-only', grpc, 'grpc.js');
    expect(g?.message).toContain("Add checks: ['rate>0.99'].");
    expect(g?.message).not.toContain('http_req_failed');
    const ws =
      "import ws from 'k6/ws';\nexport const options = { thresholds: { iteration_duration: ['p(99)<4000'] } };\nexport default function () { ws.connect('ws://localhost:8080', {}, (s) => s.close()); }\n";
    const [w] = findings('criteria-latency-only', ws, 'ws.js');
    expect(w?.message).toContain("Add check() on the responses and checks: ['rate>0.99'].");
    const [h] = findings('criteria-latency-only', k6("{ http_req_duration: ['p(95)<500'] }"), 'script.js');
    expect(h?.message).toContain("Add http_req_failed: ['rate<0.01'].");
  });
});
