import { ruleTester } from '../../helpers/rule-tester.js';

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
  ],
  invalid: [
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
