import { describe, expect, it } from '@jest/globals';
import { builtinRule, findings, lines } from '../../helpers/rule-tester.js';

const RAW = 'S3cr3t-Passw0rd!';
const TOKEN = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';

describe('hardcoded-secret', () => {
  it('is an error and never repeats the raw secret in the message or the fix', () => {
    expect(builtinRule('hardcoded-secret').severity).toBe('error');
    const code = `import http from 'k6/http';\nconst token = '${TOKEN}';\nexport default function () {\n  http.post(\`\${__ENV.BASE_URL}/login\`, { password: '${RAW}' }, { headers: { Authorization: \`Bearer \${token}\` } });\n}\n`;
    const found = findings('hardcoded-secret', code, 'script.js');
    expect(found.length).toBeGreaterThanOrEqual(2);
    for (const f of found) {
      expect(f.message).not.toContain(RAW);
      expect(f.message).not.toContain(TOKEN);
      expect(JSON.stringify(f.fix ?? {})).not.toContain(RAW);
      expect(f.message).toMatch(/\(\d+ characters\)|\(Bearer, \d+ characters\)/);
    }
  });

  it('suggests an environment variable named after the key', () => {
    const code = `config:\n  target: http://localhost:3000\n  variables:\n    apiKey: "${RAW}"\nscenarios:\n  - flow:\n      - get:\n          url: /\n`;
    const [f] = findings('hardcoded-secret', code, 'test.yml');
    expect(f?.loc.line).toBe(4);
    expect(f?.message).toContain('{{ $processEnvironment.API_KEY }}');
    expect(f?.message).not.toContain(RAW);
  });

  it('reports a token shape without a key name, and not placeholders', () => {
    const code = `config:\n  target: http://localhost:3000\nscenarios:\n  - flow:\n      - get:\n          url: /\n          headers:\n            X-Custom: "Bearer abcdefghijklmnop1234"\n            password: "changeme"\n`;
    const found = findings('hardcoded-secret', code, 'test.yml');
    expect(lines(found)).toEqual([8]);
    expect(found[0]?.message).not.toContain('abcdefghijklmnop1234');
  });

  it('is suppressed by a YAML comment naming the rule', () => {
    const code = `config:\n  target: http://localhost:3000\n  variables:\n    # loadgate-disable-next-line hardcoded-secret -- dummy credential of the local mock\n    password: "mock-only-pass"\nscenarios:\n  - flow:\n      - get:\n          url: /\n`;
    expect(findings('hardcoded-secret', code, 'test.yml')).toEqual([]);
  });

  it('names the key and the length of the value, and nothing of the value', () => {
    const code = `import http from 'k6/http';\nexport default function () {\n  http.post('/login', { password: '${RAW}' });\n}\n`;
    const [f] = findings('hardcoded-secret', code, 'script.js');
    expect(f?.message).toMatch(/^"password" holds a literal credential \(16 characters\)/);
    expect(f?.message).toContain('__ENV.PASSWORD');
    expect(f?.message).not.toMatch(/S3|d!/);
  });

  it('names a token found outside any key by what it is', () => {
    const code = `import http from 'k6/http';\nexport default function () {\n  http.get('/me', null, ['${TOKEN}']);\n}\n`;
    const [f] = findings('hardcoded-secret', code, 'script.js');
    expect(f?.message).toMatch(
      /^A string holds a literal credential \(40 characters\): it has the shape of a GitHub token/,
    );
    expect(f?.message).toContain('__ENV.SECRET');
  });

  it('does not fail a build on API-spec placeholders and joke passwords', () => {
    const code = `import http from 'k6/http';\nexport default function () {\n  http.post('/users', JSON.stringify({ email: 'string', password: 'string' }));\n  http.post('/login', { username: 'doesnt', password: 'matter' });\n  http.post('/login', { password: 'hunter2', apiKey: 'integer' });\n}\n`;
    expect(findings('hardcoded-secret', code, 'script.js')).toEqual([]);
  });
});
