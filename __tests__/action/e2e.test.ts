import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { readStickyMarker } from '../../src/report/marker.js';
import { BOT, HUMAN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';

/**
 * Runs the bundled action as the runner does: `node dist/index.js` with INPUT_* variables (hyphens kept,
 * upper-cased), an event payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and GITHUB_API_URL
 * pointing at a fake GitHub on loopback. LOADGATE_ACTION picks another bundle; LOADGATE_NODE another node
 * (CI runs it under Node 24, as action.yml declares).
 */

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const action = resolve(root, process.env.LOADGATE_ACTION ?? 'dist/index.js');
const node = process.env.LOADGATE_NODE ?? process.execPath;
const fixtures = join(root, '__tests__/fixtures/report');
const PR = 42;

interface RunResult {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

let github: FakeGitHub;
let workspace: string;
let temp: string;

beforeAll(() => {
  if (!existsSync(action)) {
    throw new Error(
      `${action} is missing: run \`npm run build\` first (or set LOADGATE_ACTION to a bundle).`,
    );
  }
});

beforeEach(async () => {
  github = await startFakeGitHub();
  temp = mkdtempSync(join(tmpdir(), 'loadgate-e2e-'));
  workspace = join(temp, 'workspace');
  cpSync(join(fixtures, 'e2e'), workspace, { recursive: true });
  github.files.set(PR, ['load/checkout.js', 'README.md']);
});

afterEach(async () => {
  await github.stop();
  rmSync(temp, { recursive: true, force: true });
});

function eventFile(fork: boolean): string {
  const path = join(temp, 'event.json');
  writeFileSync(
    path,
    JSON.stringify({
      action: 'synchronize',
      number: PR,
      pull_request: {
        number: PR,
        head: { sha: '9f8e7d6c5b4a', repo: { full_name: fork ? 'someone/app' : 'octo/app' } },
        base: { sha: 'a1b2c3d4e5f6', repo: { full_name: 'octo/app' } },
      },
      repository: { full_name: 'octo/app', name: 'app', owner: { login: 'octo' } },
    }),
  );
  return path;
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    outputs[m[1]!] = value.join('\n');
  }
  return outputs;
}

async function runAction(
  inputs: Record<string, string>,
  options: { event?: string; fork?: boolean } = {},
): Promise<RunResult> {
  const outputFile = join(temp, `output-${Date.now()}-${Math.random()}`);
  const summaryFile = join(temp, `summary-${Date.now()}-${Math.random()}`);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event ?? 'pull_request',
    GITHUB_EVENT_PATH: eventFile(options.fork ?? false),
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1234',
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_WORKSPACE: workspace,
    GITHUB_JOB: 'load',
    RUNNER_TEMP: temp,
    'INPUT_GITHUB-TOKEN': 'ghs_fake',
    'INPUT_SARIF-FILE': 'loadgate.sarif',
    'INPUT_REPORT-FILE': 'loadgate-report.json',
    'INPUT_WORKING-DIRECTORY': '.',
    INPUT_PATHS: 'load/checkout.js\nload/cart.yml',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>((done) => {
    execFile(node, [action], { cwd: workspace, env, timeout: 30_000 }, (error, out, err) => {
      const exit = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
      done({ code: exit, stdout: `${out}${err}` });
    });
  });
  return {
    code,
    stdout,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}

function loadgateComments() {
  return github.list(PR).filter((c) => readStickyMarker(c.body) !== undefined);
}

describe('the bundled action on a pull request', () => {
  it('creates one sticky comment, then edits it, and fails per fail-on', async () => {
    for (let i = 0; i < 200; i++) github.seedComment(PR, `review comment ${i}`, i % 3 ? HUMAN : BOT);

    const first = await runAction({ 'fail-on': 'error' });
    expect(first.stdout).not.toContain('failed unexpectedly');
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(
      /::error::loadgate found \d+ errors? in the scenario files \(fail-on: error\)\./,
    );
    expect(first.stdout).toMatch(/::error (.*,)?file=load\/checkout\.js,/);
    expect(first.outputs.verdict).toBe('fail');
    expect(Number(first.outputs.errors)).toBeGreaterThanOrEqual(1);
    expect(Number(first.outputs.violations)).toBeGreaterThanOrEqual(1);
    expect(first.outputs['report-path']).toBe(join(workspace, 'loadgate-report.json'));
    expect(first.outputs['sarif-path']).toBe(join(workspace, 'loadgate.sarif'));
    const json = JSON.parse(readFileSync(first.outputs['report-path']!, 'utf8'));
    expect(json.files.map((f: { path: string }) => f.path).sort()).toEqual([
      'load/cart.yml',
      'load/checkout.js',
    ]);
    expect(JSON.parse(readFileSync(first.outputs['sarif-path']!, 'utf8')).version).toBe('2.1.0');
    expect(first.summary).toContain('<!-- loadgate:sticky job=load -->');
    expect(first.summary).toContain('**Scenario findings in changed files**');
    // The e2e workspace has two scenarios, one without criteria, and no git history for the base.
    expect(first.summary).toContain('**Load-testing maturity:** level 1 of 5, Scenarios exist · next: Give');
    expect(first.outputs['maturity-level']).toBe('1');

    const created = loadgateComments();
    expect(created).toHaveLength(1);
    expect(created[0]!.body.split('\n')[1]).toMatch(/^### ❌ loadgate: /);
    expect(readStickyMarker(created[0]!.body)).toBe('load');
    const id = created[0]!.id;
    const bodyBefore = created[0]!.body;

    // The author fixes the scenario; the API fails once on the way.
    cpSync(join(fixtures, 'e2e-fixed'), workspace, { recursive: true });
    github.fail({ method: 'PATCH', path: /\/issues\/comments\/\d+$/, status: 500 });
    const second = await runAction({ 'fail-on': 'never' });
    expect(second.stdout).not.toContain('failed unexpectedly');
    expect(second.code).toBe(0);
    const after = loadgateComments();
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(id);
    expect(after[0]!.body).not.toBe(bodyBefore);
    expect(github.writes().map((w) => `${w.method} ${w.status}`)).toEqual([
      'POST 201',
      'PATCH 500',
      'PATCH 200',
    ]);
    // Every listing of comments went past the two pages of unrelated ones.
    expect(github.requests.some((r) => r.path.endsWith('/comments') && r.query.page === '3')).toBe(true);
    expect(github.requests.every((r) => r.authorization === 'token ghs_fake')).toBe(true);
  });

  it('warns and relies on the job summary when a fork token may not comment', async () => {
    github.readOnly = true;
    const result = await runAction({ 'fail-on': 'error' }, { fork: true });
    expect(result.stdout).not.toContain('failed unexpectedly');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /::warning::loadgate could not comment on pull request #42 \(403 Resource not accessible by integration\)/,
    );
    expect(result.summary).toContain('<!-- loadgate:sticky job=load -->');
    expect(result.outputs.verdict).toBe('fail');
    expect(loadgateComments()).toHaveLength(0);
  });

  it('exits 0 under fail-on never, and comments nowhere on a push', async () => {
    const result = await runAction({ 'fail-on': 'never' }, { event: 'push' });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('::error::');
    expect(github.requests).toHaveLength(0);
    expect(result.summary).toContain('### ');
  });

  it('stops on a config error with one annotation on the config line, and still writes the outputs', async () => {
    writeFileSync(join(workspace, '.loadgate.yml'), "fail-on: error\ninclude: ['laod/**']\n");
    const result = await runAction({ paths: '' });
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('failed unexpectedly');
    const errors = result.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toEqual([
      expect.stringMatching(
        /^::error title=loadgate%3A configuration error,file=\.loadgate\.yml,line=2::"include" \(laod\/\*\*\) matches no k6, Artillery, JMeter or Locust scenario file/,
      ),
    ]);
    expect(result.outputs).toMatchObject({
      verdict: 'error',
      errors: '1',
      violations: '0',
      regressions: '0',
    });
    expect(result.summary).toMatch(/^### ❌ loadgate: .*\.loadgate\.yml:2: "include"/);
    expect(github.requests).toHaveLength(0);
  });

  it('keeps a missing baseline input a note on the first run, and says nothing was compared', async () => {
    cpSync(join(root, '__tests__/fixtures/results/k6-summary-current.json'), join(workspace, 'current.json'));
    const result = await runAction({
      'fail-on': 'regression',
      results: 'current.json',
      baseline: 'main.json',
    });
    expect(result.code).toBe(0);
    expect(result.outputs.verdict).toBe('inconclusive');
    expect(result.summary).toMatch(/\n### \S+ loadgate: nothing compared \(no baseline yet\), /);
    expect(result.summary).toContain('| `(all requests)` |');
  });

  it('fails in one sentence on a bad input', async () => {
    const result = await runAction({ 'fail-on': 'sometimes' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error::Input "fail-on" must be one of error, warning, regression, never; got "sometimes".',
    );
    expect(github.requests).toHaveLength(0);
  });
});
