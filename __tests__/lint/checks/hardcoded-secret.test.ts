import { describe, expect, it } from '@jest/globals';
import { commonRule, lines, lintWith } from './common-helpers.js';

const RAW = 'S3cr3t-Passw0rd!';
const TOKEN = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';

describe('hardcoded-secret', () => {
  it('is an error and never repeats the raw secret in the message or the fix', () => {
    expect(commonRule('hardcoded-secret').severity).toBe('error');
    const code = `import http from 'k6/http';\nconst token = '${TOKEN}';\nexport default function () {\n  http.post(\`\${__ENV.BASE_URL}/login\`, { password: '${RAW}' }, { headers: { Authorization: \`Bearer \${token}\` } });\n}\n`;
    const found = lintWith('hardcoded-secret', code, 'script.js');
    expect(found.length).toBeGreaterThanOrEqual(2);
    for (const f of found) {
      expect(f.message).not.toContain(RAW);
      expect(f.message).not.toContain(TOKEN);
      expect(JSON.stringify(f.fix ?? {})).not.toContain(RAW);
      expect(f.message).toContain('•••••');
    }
  });

  it('suggests an environment variable named after the key', () => {
    const code = `config:\n  target: http://localhost:3000\n  variables:\n    apiKey: "${RAW}"\nscenarios:\n  - flow:\n      - get:\n          url: /\n`;
    const [f] = lintWith('hardcoded-secret', code, 'test.yml');
    expect(f?.loc.line).toBe(4);
    expect(f?.message).toContain('{{ $processEnvironment.API_KEY }}');
    expect(f?.message).not.toContain(RAW);
  });

  it('reports a token shape without a key name, and not placeholders', () => {
    const code = `config:\n  target: http://localhost:3000\nscenarios:\n  - flow:\n      - get:\n          url: /\n          headers:\n            X-Custom: "Bearer abcdefghijklmnop1234"\n            password: "changeme"\n`;
    const found = lintWith('hardcoded-secret', code, 'test.yml');
    expect(lines(found)).toEqual([8]);
    expect(found[0]?.message).not.toContain('abcdefghijklmnop1234');
  });

  it('is suppressed by a YAML comment naming the rule', () => {
    const code = `config:\n  target: http://localhost:3000\n  variables:\n    # loadgate-disable-next-line hardcoded-secret -- dummy credential of the local mock\n    password: "mock-only-pass"\nscenarios:\n  - flow:\n      - get:\n          url: /\n`;
    expect(lintWith('hardcoded-secret', code, 'test.yml')).toEqual([]);
  });
});
