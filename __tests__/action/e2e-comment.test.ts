import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readStickyMarker } from '../../src/report/marker.js';
import { bundle, root, runStep } from '../helpers/action-step.js';
import { type FakeGitHub, startFakeGitHub } from '../helpers/fake-github.js';
import { expectInert } from '../report/inert.js';

/**
 * The comment as a reviewer meets it, from the action on a pull request: its first line, where its links
 * go, and what the job summary and annotations say. (The publishing mechanics are tested in e2e.test.ts.)
 * Each case runs the action in this process (see helpers/action-step.ts; e2e.test.ts drives the bundle).
 */

const HEAD = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432';
const PR = 7;

let github: FakeGitHub;
let temp: string;
let workspace: string;

beforeEach(async () => {
  github = await startFakeGitHub();
  temp = mkdtempSync(join(tmpdir(), 'loadgate-comment-'));
  workspace = join(temp, 'workspace');
  cpSync(join(root, '__tests__/fixtures/report/e2e'), workspace, { recursive: true });
});

afterEach(async () => {
  await github.stop();
  rmSync(temp, { recursive: true, force: true });
});

/** An in-process step with only the inputs a workflow sets here: the others are unset, not at their defaults. */
async function run(
  eventName: string,
  baseSha = 'a'.repeat(40),
  more: Record<string, string> = {},
): Promise<{ stdout: string; summary: string }> {
  return runStep({
    backend: 'in-process',
    workspace,
    temp,
    apiUrl: github.url,
    eventName,
    event: {
      number: PR,
      pull_request: {
        number: PR,
        head: { sha: HEAD, repo: { full_name: 'octo/app' } },
        base: { sha: baseSha, repo: { full_name: 'octo/app' } },
      },
    },
    inputs: {
      'github-token': 'ghs_fake',
      'report-file': 'loadgate-report.json',
      maturity: 'false',
      paths: 'load/checkout.js\nload/cart.yml',
      ...more,
    },
    env: { GITHUB_SHA: 'b'.repeat(40) },
  });
}

/** Makes the workspace a git repository whose one commit, returned, is the pull request's base. */
function commitBase(): string {
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
      cwd: workspace,
      encoding: 'utf8',
    }).trim();
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'base');
  return git('rev-parse', 'HEAD');
}

describe('the comment a reviewer reads', () => {
  it('starts with the verdict, links lines to the head commit and rules to their docs, changed files open', async () => {
    expect(existsSync(bundle)).toBe(true);
    github.files.set(PR, ['load/checkout.js']);
    const { stdout, summary } = await run('pull_request');
    const body = github.list(PR).find((c) => readStickyMarker(c.body) === 'load')!.body;
    const lines = body.split('\n');
    expect(lines[1]).toMatch(/^### ❌ loadgate: \d+ scenario errors?/);

    const links = [...body.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1]!);
    const fileLinks = links.filter((l) => l.includes('/blob/') && !l.includes('/loadgate/loadgate/'));
    expect(fileLinks.length).toBeGreaterThan(0);
    for (const link of fileLinks)
      expect(link).toMatch(
        new RegExp(`^https://github\\.com/octo/app/blob/${HEAD}/load/[a-z]+\\.(js|yml)(#L\\d+(-L\\d+)?)?$`),
      );
    const ruleLinks = links.filter((l) => l.startsWith('https://github.com/loadgate/loadgate/blob/'));
    expect(ruleLinks.length).toBeGreaterThan(0);
    for (const link of ruleLinks)
      expect(link).toMatch(/\/blob\/(v\d+\.\d+\.\d+|main)\/docs\/rules\/[a-z0-9/-]+\.md$/);
    expect(links).toContain('https://github.com/octo/app/actions/runs/1234');
    expectInert(body, ['https://github.com/octo/app/', 'https://github.com/loadgate/loadgate/blob/']);

    // checkout.js is changed: open. cart.yml is not: folded.
    const open = body.slice(0, body.indexOf('<details>') === -1 ? undefined : body.indexOf('<details>'));
    expect(open).toContain('**Scenario findings in changed files**');
    expect(open).toContain('load/checkout.js');
    expect(body).toMatch(/<details><summary>\d+ findings? in unchanged files/);

    // The summary is the full report: the same verdict, and it does not link to itself.
    expect(summary.split('\n')[1]).toBe(lines[1]);
    expect(summary).not.toContain('actions/runs/1234');
    expect(summary).toContain('report files `loadgate-report.json`');

    // Annotations: the changed file's findings come before the others.
    const annotated = stdout
      .split('\n')
      .filter((l) => /^::(error|warning|notice) /.test(l))
      .map((l) => /file=([^,:]+)/.exec(l)?.[1]);
    const lastChanged = annotated.lastIndexOf('load/checkout.js');
    const firstOther = annotated.indexOf('load/cart.yml');
    expect(lastChanged).toBeGreaterThanOrEqual(0);
    expect(firstOther).toBeGreaterThan(lastChanged);
    if (process.env.SHOW_COMMENT) console.log(body);
  });

  it('charts the load profile the pull request changes against its base commit', async () => {
    // The workspace is a clone whose base commit has the script at 20 VUs for 2 minutes; the PR triples it.
    const base = commitBase();
    const script = join(workspace, 'load/checkout.js');
    writeFileSync(
      script,
      readFileSync(script, 'utf8').replace('vus: 20', 'vus: 60').replace("'2m'", "'10m'"),
    );
    github.files.set(PR, ['load/checkout.js']);
    await run('pull_request', base);
    const body = github.list(PR).find((c) => readStickyMarker(c.body) === 'load')!.body;
    expect(body).toContain('**Load profile changes** · 1 scenario');
    expect(body).toContain(
      '- `load/checkout.js`: peak load ×3: 20 → 60 VUs; duration 2 min → 10 min; test type unknown → average-load',
    );
    expect(body).toContain('```mermaid\n');
    expect(body).toContain(
      `base \`${base.slice(0, 7)}\`: 20 VUs peak, 2 min, type unknown · this PR: 60 VUs peak, 10 min, average-load · grey: base, red: this PR`,
    );
    // Before the findings: what the change does to the load comes first.
    expect(body.indexOf('Load profile changes')).toBeLessThan(body.indexOf('Scenario findings'));
  });

  it('leaves the load profile out with profile-preview: false', async () => {
    // The same change as above, with the preview switched off: no section, no chart, the findings as before.
    const base = commitBase();
    const script = join(workspace, 'load/checkout.js');
    writeFileSync(script, readFileSync(script, 'utf8').replace('vus: 20', 'vus: 60'));
    github.files.set(PR, ['load/checkout.js']);
    await run('pull_request', base, { 'profile-preview': 'false' });
    const body = github.list(PR).find((c) => readStickyMarker(c.body) === 'load')!.body;
    expect(body).toContain('Scenario findings');
    expect(body).not.toContain('Load profile changes');
    expect(body).not.toContain('```mermaid');
  });

  it('on a push, links the pushed commit and calls nothing "this PR"', async () => {
    const { summary } = await run('push');
    expect(github.list(PR)).toHaveLength(0);
    expect(summary).toContain(`https://github.com/octo/app/blob/${'b'.repeat(40)}/load/`);
    expect(summary).not.toContain('this PR');
  });
});
