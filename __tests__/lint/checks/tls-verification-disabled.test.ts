import { describe, expect, it } from '@jest/globals';
import { findings, lines } from '../../helpers/rule-tester.js';

describe('tls-verification-disabled', () => {
  it('reports insecureSkipTLSVerify: true only', () => {
    const k6 = (v: string) =>
      `import http from 'k6/http';\nexport const options = {\n  insecureSkipTLSVerify: ${v},\n};\nexport default function () { http.get(\`\${__ENV.BASE_URL}/\`); }\n`;
    expect(lines(findings('tls-verification-disabled', k6('true'), 'script.js'))).toEqual([3]);
    expect(findings('tls-verification-disabled', k6('false'), 'script.js')).toEqual([]);
    expect(findings('tls-verification-disabled', k6('__ENV.INSECURE === "1"'), 'script.js')).toEqual([]);
  });

  it('reports rejectUnauthorized: false in an Artillery environment', () => {
    const code =
      'config:\n  target: http://localhost:3000\n  environments:\n    staging:\n      target: https://staging.internal\n      tls:\n        rejectUnauthorized: false\nscenarios:\n  - flow:\n      - get:\n          url: /\n';
    expect(lines(findings('tls-verification-disabled', code, 'test.yml'))).toEqual([7]);
  });

  it('can be kept for a self-signed staging host with a suppression', () => {
    const code =
      'config:\n  target: http://localhost:3000\n  tls:\n    # loadgate-disable-next-line tls-verification-disabled -- self-signed staging certificate\n    rejectUnauthorized: false\nscenarios:\n  - flow:\n      - get:\n          url: /\n';
    expect(findings('tls-verification-disabled', code, 'test.yml')).toEqual([]);
  });
});
