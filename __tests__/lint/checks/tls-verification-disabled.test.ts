import { describe, expect, it } from '@jest/globals';
import { lines, lintWith } from './common-helpers.js';

describe('tls-verification-disabled', () => {
  it('reports insecureSkipTLSVerify: true only', () => {
    const k6 = (v: string) =>
      `import http from 'k6/http';\nexport const options = {\n  insecureSkipTLSVerify: ${v},\n};\nexport default function () { http.get(\`\${__ENV.BASE_URL}/\`); }\n`;
    expect(lines(lintWith('tls-verification-disabled', k6('true'), 'script.js'))).toEqual([3]);
    expect(lintWith('tls-verification-disabled', k6('false'), 'script.js')).toEqual([]);
    expect(lintWith('tls-verification-disabled', k6('__ENV.INSECURE === "1"'), 'script.js')).toEqual([]);
  });

  it('reports rejectUnauthorized: false in an Artillery environment', () => {
    const code =
      'config:\n  target: http://localhost:3000\n  environments:\n    staging:\n      target: https://staging.internal\n      tls:\n        rejectUnauthorized: false\nscenarios:\n  - flow:\n      - get:\n          url: /\n';
    expect(lines(lintWith('tls-verification-disabled', code, 'test.yml'))).toEqual([7]);
  });

  it('can be kept for a self-signed staging host with a suppression', () => {
    const code =
      'config:\n  target: https://staging.internal\n  tls:\n    # loadgate-disable-next-line tls-verification-disabled -- self-signed staging certificate\n    rejectUnauthorized: false\nscenarios:\n  - flow:\n      - get:\n          url: /\n';
    expect(lintWith('tls-verification-disabled', code, 'test.yml')).toEqual([]);
  });

  it('is silent in an Artillery file whose every target is plain http:// or ws://', () => {
    const doc = (target: string, envs = '', url = '/') =>
      `config:\n  target: ${target}\n  tls:\n    rejectUnauthorized: false\n${envs}scenarios:\n  - flow:\n      - get:\n          url: ${url}\n`;
    expect(lintWith('tls-verification-disabled', doc('http://localhost:3004'), 'test.yml')).toEqual([]);
    expect(lines(lintWith('tls-verification-disabled', doc('https://staging.internal'), 'test.yml'))).toEqual(
      [4],
    );
    const tlsEnv = '  environments:\n    prod:\n      target: https://api.example.com\n';
    expect(lines(lintWith('tls-verification-disabled', doc('http://localhost', tlsEnv), 'test.yml'))).toEqual(
      [4],
    );
    const plainEnv = '  environments:\n    dev:\n      target: http://dev.local\n';
    expect(lintWith('tls-verification-disabled', doc('http://localhost', plainEnv), 'test.yml')).toEqual([]);
    expect(
      lines(lintWith('tls-verification-disabled', doc('"{{ $processEnvironment.TARGET }}"'), 'test.yml')),
    ).toEqual([4]);
    expect(
      lines(
        lintWith(
          'tls-verification-disabled',
          doc('http://localhost', '', 'https://cdn.example.com/a'),
          'test.yml',
        ),
      ),
    ).toEqual([4]);
  });
});
