import { describe, expect, it } from '@jest/globals';
import { findings, lines } from '../../helpers/rule-tester.js';

const k6 = (body: string) =>
  findings(
    'hardcoded-target-host',
    `import http from 'k6/http';\nexport default function () {\n${body}\n}\n`,
    'script.js',
  );

describe('hardcoded-target-host', () => {
  it('reports each distinct host once, where it is first written', () => {
    const found = k6(
      "http.get('https://api.example.com/a');\nhttp.get('https://api.example.com/b');\nhttp.get('https://cdn.example.com/x');",
    );
    expect(lines(found)).toEqual([3, 5]);
    expect(found[0]?.message).toContain('https://api.example.com');
    expect(found[0]?.message).toContain('__ENV.BASE_URL');
  });

  it('shows a base URL with its path, and a request URL with the host it hard-codes', () => {
    const [base] = k6("const API = 'https://api.example.com/v1';\nhttp.get(`${API}/orders`);");
    expect(base?.message).toContain('The host https://api.example.com/v1 is hard-coded');
    expect(base?.message).toContain("__ENV.BASE_URL || 'https://api.example.com/v1'");
    const [url] = k6("http.get('https://api.example.com/v1/orders?page=2');");
    expect(url?.message).toContain(
      'The request URL https://api.example.com/v1/orders?page=2 hard-codes the host https://api.example.com:',
    );
    // A URL that is only the host reads as the host.
    const [bare] = k6("http.get('https://api.example.com/');");
    expect(bare?.message).toContain('The host https://api.example.com is hard-coded');
    // A constant holding the whole request URL is a request URL, reported where it is written.
    const [held] = k6("const url = 'http://traefik:8000/users';\nhttp.post(url, '{}');");
    expect([held?.loc.line, held?.message.split(':')[0]]).toEqual([3, 'The request URL http']);
    expect(held?.message).toContain('hard-codes the host http://traefik:8000:');
  });

  it('skips loopback hosts whatever their port, and hosts with a run-time part', () => {
    expect(k6('http.get(`http://127.0.0.1:${__ENV.PORT}/v1.0/publish`);')).toEqual([]);
    expect(k6('http.get(`https://api-${__ENV.STAGE}.example.com/x`);')).toEqual([]);
  });

  it('skips local hosts and hosts read from the environment', () => {
    expect(k6("http.get('http://localhost:8080/a');\nhttp.get('http://127.0.0.1/b');")).toEqual([]);
    expect(k6('http.get(`${__ENV.BASE_URL}/a`);')).toEqual([]);
    const fallback = "const BASE = __ENV.BASE_URL || 'https://api.example.com';\nhttp.get(`${BASE}/a`);";
    expect(k6(fallback)).toEqual([]);
  });

  it('reports absolute Artillery request URLs by origin even with environments', () => {
    const code =
      'config:\n  target: https://staging.example.com\n  environments:\n    prod:\n      target: https://shop.example.com\nscenarios:\n  - flow:\n      - get:\n          url: https://auth.example.com/token\n      - get:\n          url: https://auth.example.com/refresh\n';
    const found = findings('hardcoded-target-host', code, 'test.yml');
    expect(lines(found)).toEqual([9]);
    expect(found[0]?.message).toContain(
      'The request URL https://auth.example.com/token hard-codes the host https://auth.example.com,',
    );
  });

  it('accepts an Artillery target from the environment', () => {
    const code =
      'config:\n  target: "{{ $processEnvironment.TARGET }}"\nscenarios:\n  - flow:\n      - get:\n          url: /\n';
    expect(findings('hardcoded-target-host', code, 'test.yml')).toEqual([]);
  });
});

describe('hardcoded-target-host with Artillery environments', () => {
  const doc = (environments: string) =>
    `config:\n  target: https://shop.example.com\n  environments:\n${environments}scenarios:\n  - flow:\n      - get:\n          url: /\n`;

  it('shows config.target as written, with its path', () => {
    const code =
      'config:\n  target: https://shop.example.com/api/v2\nscenarios:\n  - flow:\n      - get:\n          url: /\n';
    const [found] = findings('hardcoded-target-host', code, 'test.yml');
    expect(found?.message).toContain('The target https://shop.example.com/api/v2 is hard-coded');
  });

  it('reports config.target when no environment sets its own target', () => {
    const found = findings(
      'hardcoded-target-host',
      doc('    smoke:\n      phases:\n        - duration: 30\n          arrivalRate: 1\n'),
      'test.yml',
    );
    expect(lines(found)).toEqual([2]);
  });

  it('accepts config.target as the default when an environment can switch the host', () => {
    const found = findings(
      'hardcoded-target-host',
      doc('    smoke:\n      phases: []\n    local:\n      target: "{{ $processEnvironment.TARGET }}"\n'),
      'test.yml',
    );
    expect(found).toEqual([]);
  });

  it('takes the host before a templated port, so a loopback sidecar is not reported', () => {
    const code = (url: string) =>
      `import http from 'k6/http';\nconst BASE = \`${url}\`;\nexport default function () { http.get(\`\${BASE}/v1.0/state\`); }\n`;
    expect(
      findings('hardcoded-target-host', code('http://127.0.0.1:${__ENV.DAPR_HTTP_PORT}'), 'a.js'),
    ).toEqual([]);
    expect(k6('http.get(`http://127.0.0.1:${__ENV.PORT}/v1.0`);')).toEqual([]);
    const [f] = k6('http.get(`https://api.example.com:${__ENV.PORT}/v1`);');
    expect(f?.message).toContain('https://api.example.com');
    // Shown as written, never cut short at the port.
    expect(f?.message).toContain('https://api.example.com:${__ENV.PORT}');
    // A templated host is no host written in full.
    expect(k6('http.get(`https://api-${__ENV.STAGE}.example.com/v1`);')).toEqual([]);
  });

  it('does not report an Artillery target whose port is templated', () => {
    const doc = (target: string) =>
      `config:\n  target: "${target}"\nscenarios:\n  - flow:\n      - get:\n          url: /\n`;
    expect(
      findings('hardcoded-target-host', doc('http://localhost:{{ $processEnvironment.PORT }}'), 't.yml'),
    ).toEqual([]);
  });
});
