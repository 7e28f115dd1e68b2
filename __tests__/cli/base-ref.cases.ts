import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { workspaces } from '../helpers/workspace.js';

const workspace = workspaces();

const script = (target: number, hold: string) => `import http from 'k6/http';
import { check, sleep } from 'k6';

export const options = {
  stages: [
    { duration: '1m', target: ${target} },
    { duration: '${hold}', target: ${target} },
    { duration: '1m', target: 0 },
  ],
  thresholds: { http_req_failed: ['rate<0.01'], http_req_duration: ['p(95)<500'] },
};

export default function () {
  const res = http.get(\`\${__ENV.BASE_URL}/api/cart\`);
  check(res, { 'status is 200': (r) => r.status === 200 });
  sleep(1);
}
`;

/** A real repository: the script committed, then changed in the working tree (peak tripled). */
function repository(): string {
  const root = workspace({ 'load/checkout.js': script(50, '3m') }, { git: false });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
  git('init', '-q');
  git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'add', '.');
  git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'base');
  writeFileSync(join(root, 'load/checkout.js'), script(150, '28m'));
  return root;
}

describe('--base-ref: the load profile before and after', () => {
  it('charts a changed scenario in the Markdown report with a headline', async () => {
    const root = repository();
    const run = await runCli(['check', '--base-ref', 'HEAD', '--format', 'markdown'], root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('**Load profile changes** · 1 scenario');
    expect(run.stdout).toContain(
      '- `load/checkout.js`: peak load ×3: 50 → 150 VUs; duration 5 min → 30 min; test type unknown → average-load',
    );
    expect(run.stdout).toMatch(
      /```mermaid\n%%\{init:.*\}%%\nxychart-beta\n {2}x-axis "minutes" 0 --> 30\n {2}y-axis "VUs" 0 --> 160\n {2}line \[/,
    );
    // Two series: the base (peak 50) and the change (peak 150).
    const lines = [...run.stdout.matchAll(/^ {2}line \[(.*)\]$/gm)].map((m) => m[1]!.split(', ').map(Number));
    expect(lines.map((l) => Math.max(...l))).toEqual([50, 150]);
    expect(run.stdout).toContain(
      'base `HEAD`: 50 VUs peak, 5 min, type unknown · current: 150 VUs peak, 30 min, average-load',
    );
  });

  it('lists the headline under the summary of the text report', async () => {
    const run = await runCli(['lint', '--base-ref', 'HEAD'], repository());
    expect(run.stdout).toContain(
      'load profile changes:\n  load/checkout.js: peak load ×3: 50 → 150 VUs; duration 5 min → 30 min; test type unknown → average-load\n',
    );
  });

  it('puts the change in the JSON report, and nothing when the profile is the same', async () => {
    const root = repository();
    const json = JSON.parse((await runCli(['lint', '--base-ref', 'HEAD', '--format', 'json'], root)).stdout);
    const file = json.files.find((f: { path: string }) => f.path === 'load/checkout.js');
    expect(file.profile).toMatchObject({ testType: 'average-load', peakVUs: 150, durationSec: 1800 });
    expect(file.profileChange).toMatchObject({ baseRef: 'HEAD', base: { peakVUs: 50, durationSec: 300 } });

    writeFileSync(join(root, 'load/checkout.js'), script(50, '3m').replace('sleep(1)', 'sleep(2)'));
    const same = JSON.parse((await runCli(['lint', '--base-ref', 'HEAD', '--format', 'json'], root)).stdout);
    expect(same.files[0].profileChange).toBeUndefined();
    const md = await runCli(['lint', '--base-ref', 'HEAD', '--format', 'markdown'], root);
    expect(md.stdout).not.toContain('Load profile changes');
  });

  it('shows no preview, and no error, for a revision git does not know or outside a repository', async () => {
    const root = repository();
    const unknown = await runCli(['lint', '--base-ref', 'no-such-branch', '--format', 'json'], root);
    expect(unknown.code).toBe(0);
    expect(JSON.parse(unknown.stdout).files[0].profileChange).toBeUndefined();
    const plain = workspace(
      { 'load.js': readFileSync(join(root, 'load/checkout.js'), 'utf8') },
      { git: false },
    );
    const outside = await runCli(['lint', '--base-ref', 'HEAD', '--format', 'json'], plain);
    expect(JSON.parse(outside.stdout).files[0].profileChange).toBeUndefined();
  });

  it('refuses a revision that would read as an option, and --base-ref on compare', async () => {
    const root = repository();
    const dash = await runCli(['lint', '--base-ref=--output=x', '--format', 'json'], root);
    expect(dash.code).toBe(2);
    expect(dash.stderr).toMatch(/--base-ref needs a git revision/);
    const compare = await runCli(['compare', '--base-ref', 'HEAD'], root);
    expect(compare.code).toBe(2);
  });
});
