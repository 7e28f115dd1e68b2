import { afterAll } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A throwaway folder with the given files (paths relative to it); `.git` makes it a repository root. */
export function makeWorkspace(files: Record<string, string>, options: { git?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'loadgate-test-'));
  if (options.git !== false) mkdirSync(join(root, '.git'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

export function removeWorkspace(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** A workspace maker for one test file: every folder it makes is removed after the file's tests. */
export function workspaces(): typeof makeWorkspace {
  const made: string[] = [];
  afterAll(() => made.forEach(removeWorkspace));
  return (files, options) => {
    const root = makeWorkspace(files, options);
    made.push(root);
    return root;
  };
}

/** A k6 script that follows the practices the rules check: ramp, thresholds, checks, think time, env host. */
export const GOOD_K6 = `import http from 'k6/http';
import { check, sleep } from 'k6';

export const options = {
  stages: [
    { duration: '1m', target: 20 },
    { duration: '5m', target: 20 },
    { duration: '1m', target: 0 },
  ],
  thresholds: { http_req_failed: ['rate<0.01'], http_req_duration: ['p(95)<500'], checks: ['rate>0.99'] },
};

export default function () {
  const res = http.get(\`\${__ENV.BASE_URL}/api/health\`, { tags: { name: 'health' } });
  check(res, { 'status is 200': (r) => r.status === 200 });
  sleep(1);
}
`;

/** A k6 script with no thresholds: the run can never fail, an error. */
export const K6_WITHOUT_CRITERIA = `import http from 'k6/http';
import { check, sleep } from 'k6';

export const options = {
  stages: [
    { duration: '1m', target: 20 },
    { duration: '1m', target: 0 },
  ],
};

export default function () {
  const res = http.get(\`\${__ENV.BASE_URL}/api/health\`, { tags: { name: 'health' } });
  check(res, { 'status is 200': (r) => r.status === 200 });
  sleep(1);
}
`;
