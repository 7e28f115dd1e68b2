import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { strToU8, zipSync } from 'fflate';
import { runCli } from '../helpers/cli.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const RESULTS = join(root, '__tests__/fixtures/results');

let github: FakeGitHub;
let temp: string;
beforeEach(async () => {
  github = await startFakeGitHub();
  temp = mkdtempSync(join(tmpdir(), 'loadgate-cli-auto-'));
});
afterEach(async () => {
  await github.stop();
  rmSync(temp, { recursive: true, force: true });
});

describe('loadgate check --baseline auto', () => {
  it('without GITHUB_TOKEN and GITHUB_REPOSITORY is a usage error that says what to set', async () => {
    const run = await runCli(
      ['compare', '--baseline', 'auto', '--current', join(RESULTS, 'k6-summary-current.json')],
      temp,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '--baseline auto reads the baseline artifact of the base branch through the GitHub API: set GITHUB_TOKEN and GITHUB_REPOSITORY',
    );
  });

  it('baseline: auto in the config, outside GitHub Actions, falls back to baseline-path with a note', async () => {
    cpSync(join(RESULTS, 'k6-summary-baseline.json'), join(temp, 'main.json'));
    cpSync(join(RESULTS, 'k6-summary-current.json'), join(temp, 'current.json'));
    writeFileSync(
      join(temp, '.loadgate.yml'),
      'results: "*.json"\nbaseline: auto\nbaseline-path: main.json\n',
    );
    const run = await runCli(['check', '--format', 'json'], temp);
    const report = JSON.parse(run.stdout) as {
      comparison: { baseline: { file: string; source: string }; current: { file: string } };
    };
    expect(report.comparison.baseline.file).toBe('main.json');
    // The results glob matches main.json too: it is the baseline, not a second current run.
    expect(report.comparison.current.file).toBe('current.json');
    expect(report.comparison.baseline.source).toBe(
      "baseline-path main.json, since baseline: auto finds the base branch's artifact only in GitHub Actions (the action, or GITHUB_TOKEN and GITHUB_REPOSITORY set)",
    );
  });

  it('with them, compares with the artifact of the base branch', async () => {
    const out = join(temp, 'main-run.json');
    const ingest = await runCli(['ingest', join(RESULTS, 'k6-summary-baseline.json'), '--out', out], temp, {
      env: { GITHUB_SHA: 'abc1234def', GITHUB_REF: 'refs/heads/main' },
    });
    expect(ingest.code).toBe(0);
    github.workflowRuns.push({
      id: 900,
      run_number: 12,
      workflow_id: 3,
      head_branch: 'main',
      head_sha: 'abc1234def',
      event: 'push',
      status: 'completed',
      conclusion: 'success',
    });
    github.artifacts.push({
      id: 1,
      name: 'loadgate-baseline',
      runId: 900,
      zip: zipSync({ 'main-run.json': strToU8(readFileSync(out, 'utf8')) }),
    });
    const run = await runCli(
      [
        'compare',
        '--baseline',
        'auto',
        '--current',
        join(RESULTS, 'k6-summary-current.json'),
        '--format',
        'json',
      ],
      temp,
      {
        env: {
          GITHUB_TOKEN: 'ghp_local',
          GITHUB_REPOSITORY: 'octo/app',
          GITHUB_API_URL: github.url,
          GITHUB_BASE_REF: 'main',
          GITHUB_WORKFLOW_REF: 'octo/app/.github/workflows/3@refs/heads/main',
        },
      },
    );
    const report = JSON.parse(run.stdout) as { comparison: { baseline: { file: string; source: string } } };
    expect(report.comparison.baseline.file).toBe('loadgate-baseline/main-run.json');
    expect(report.comparison.baseline.source).toBe('artifact loadgate-baseline of run #12 on main');
  });
});
