import { ruleTester } from '../../helpers/rule-tester.js';

/** An Artillery script with certificate checks off, its target, environments and one request URL. */
const artillery = (target: string, envs = '', url = '/') =>
  `config:\n  target: ${target}\n  tls:\n    rejectUnauthorized: false\n${envs}scenarios:\n  - flow:\n      - get:\n          url: ${url}\n`;
const offAt4 = [{ ruleId: 'tls-verification-disabled', line: 4, column: 25 }];

const k6 = (v: string) =>
  `import http from 'k6/http';\nexport const options = {\n  insecureSkipTLSVerify: ${v},\n};\nexport default function () { http.get(\`\${__ENV.BASE_URL}/\`); }\n`;

ruleTester.run('tls-verification-disabled', {
  valid: [
    { code: k6('false'), name: 'insecureSkipTLSVerify: false' },
    { code: k6('__ENV.INSECURE === "1"'), name: 'a value known only at run time' },
    {
      name: 'kept for a self-signed staging host with a suppression',
      file: 'test.yml',
      code: 'config:\n  target: http://localhost:3000\n  tls:\n    # loadgate-disable-next-line tls-verification-disabled -- self-signed staging certificate\n    rejectUnauthorized: false\nscenarios:\n  - flow:\n      - get:\n          url: /\n',
    },
    {
      name: 'every target plain http://: no TLS to loosen',
      file: 'test.yml',
      code: artillery('http://localhost:3004'),
    },
    {
      name: 'a plain environment beside a plain target',
      file: 'test.yml',
      code: artillery('http://localhost', '  environments:\n    dev:\n      target: http://dev.local\n'),
    },
  ],
  invalid: [
    {
      name: 'an https target',
      file: 'test.yml',
      code: artillery('https://staging.internal'),
      errors: offAt4,
    },
    {
      name: 'an https environment beside a plain target',
      file: 'test.yml',
      code: artillery(
        'http://localhost',
        '  environments:\n    prod:\n      target: https://api.example.com\n',
      ),
      errors: offAt4,
    },
    {
      name: 'a target known only at run time',
      file: 'test.yml',
      code: artillery('"{{ $processEnvironment.TARGET }}"'),
      errors: offAt4,
    },
    {
      name: 'an absolute https request URL beside a plain target',
      file: 'test.yml',
      code: artillery('http://localhost', '', 'https://cdn.example.com/a'),
      errors: offAt4,
    },
    {
      name: 'insecureSkipTLSVerify: true, at its key',
      code: k6('true'),
      errors: [
        {
          ruleId: 'tls-verification-disabled',
          line: 3,
          column: 3,
          message: 'insecureSkipTLSVerify: true accepts any certificate',
        },
      ],
    },
    {
      name: 'rejectUnauthorized: false in an Artillery environment',
      file: 'test.yml',
      code: 'config:\n  target: http://localhost:3000\n  environments:\n    staging:\n      target: https://staging.internal\n      tls:\n        rejectUnauthorized: false\nscenarios:\n  - flow:\n      - get:\n          url: /\n',
      errors: [
        {
          ruleId: 'tls-verification-disabled',
          line: 7,
          column: 29,
          message: 'tls.rejectUnauthorized: false accepts any certificate',
        },
      ],
    },
  ],
});
