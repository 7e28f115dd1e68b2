import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pullRequestMaturity } from '../../src/action/maturity.js';
import { main } from '../../src/cli/main.js';
import { gitSnapshot, workingTreeSnapshot } from '../../src/engine/repo-snapshot.js';
import { builtinRules } from '../../src/lint/generated/rules.js';
import { assessMaturity } from '../../src/maturity/assess.js';
import { maturityLine } from '../../src/maturity/summary-line.js';
import { workspaces } from '../helpers/workspace.js';
import { BEGINNER, PRACTISING } from './repos.js';

interface Practice {
  id: string;
  name: string;
  score: number;
  evidence: { file: string; line: number; note: string }[];
}
interface MaturityJson {
  level: number;
  practices: Practice[];
  nextSteps: string[];
  ruleUsage: {
    ruleId: string;
    suppressions: number;
    questioned: boolean;
    reasons: { reason: string; count: number }[];
  }[];
  diagnostics: { file: string; line?: number; message: string }[];
}

const workspace = workspaces();

async function maturity(files: Record<string, string>, extra: string[] = []) {
  const root = workspace(files);
  let stdout = '';
  let stderr = '';
  const code = await main(['maturity', root, ...extra], {
    cwd: root,
    env: {},
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { code, stdout, stderr, root };
}

async function maturityJson(files: Record<string, string>): Promise<MaturityJson> {
  const { code, stdout } = await maturity(files, ['--format', 'json']);
  expect(code).toBe(0);
  return JSON.parse(stdout) as MaturityJson;
}

const practice = (report: MaturityJson, id: string) => report.practices.find((p) => p.id === id)!;

describe('loadgate maturity', () => {
  it('puts a beginner at level 1 with the steps to level 2', async () => {
    expect.hasAssertions();
    const report = await maturityJson(BEGINNER);
    expect(report.level).toBe(1);
    expect(practice(report, 'scenarios').evidence).toEqual([
      { file: 'load/test.js', line: 1, note: 'k6 scenario' },
    ]);
    expect(practice(report, 'criteria').score).toBe(0);
    expect(report.nextSteps).toHaveLength(1);
    expect(report.nextSteps[0]).toContain('`load/test.js`');
    expect(report.nextSteps[0]).toContain('thresholds');
    expect(practice(report, 'ci').score).toBe(0);
  });

  it('puts a repository that practises well at least two levels higher, with evidence on the lines', async () => {
    expect.hasAssertions();
    const report = await maturityJson(PRACTISING);
    expect(report.level).toBeGreaterThanOrEqual(3);
    expect(report.level).toBe(5);
    expect(report.practices.map((p) => [p.id, p.score])).toEqual([
      ['scenarios', 10],
      ['criteria', 10],
      ['ci', 10],
      ['regression-gating', 10],
      ['test-types', 10],
      ['realistic-workload', 10],
      ['history', 7],
      ['acting-on-findings', 10],
    ]);
    expect(practice(report, 'test-types').evidence.map((e) => e.note)).toEqual([
      'smoke (named "smoke.js")',
      'average-load (named "average-load.js")',
      'stress (named "stress.js")',
      'spike (named "spike")',
      'soak (named "soak.js")',
    ]);
    expect(practice(report, 'ci').evidence).toContainEqual({
      file: '.github/workflows/load.yml',
      line: 16,
      note: 'k6 run on pull_request',
    });
    expect(practice(report, 'regression-gating').evidence).toContainEqual({
      file: '.loadgate.yml',
      line: 5,
      note: 'regression budgets for p95, error-rate',
    });
    expect(practice(report, 'realistic-workload').evidence).toContainEqual({
      file: 'load/smoke.js',
      line: 3,
      note: 'test data from k6/data',
    });
    expect(practice(report, 'history').evidence).toContainEqual({
      file: '.github/workflows/load.yml',
      line: 21,
      note: 'run file saved on push to the default branch',
    });
    expect(report.nextSteps).toEqual([]);
  });

  it('counts the action keeping the history chain itself (history: true, no upload step) as history', async () => {
    expect.hasAssertions();
    const workflow = PRACTISING['.github/workflows/load.yml']!.replace(
      / {10}save-run: results\/run\.json\n[\s\S]*$/,
      '          history: true\n          upload-baseline: true\n',
    );
    expect(workflow).not.toContain('upload-artifact');
    const report = await maturityJson({ ...PRACTISING, '.github/workflows/load.yml': workflow });
    expect(practice(report, 'history').score).toBe(7);
    expect(practice(report, 'history').evidence).toContainEqual({
      file: '.github/workflows/load.yml',
      line: 21,
      note: 'history kept as an artifact chain on push to the default branch',
    });
  });

  it('classifies test types by load shape when names do not say', async () => {
    expect.hasAssertions();
    const shapes = Object.fromEntries(
      Object.entries(PRACTISING)
        .filter(([path]) => path.endsWith('.js'))
        .map(([, text], i) => [`tests/t${i}.js`, text.replace('spike: {', 'main: {')]),
    );
    const report = await maturityJson(shapes);
    expect(practice(report, 'test-types').evidence.map((e) => e.note)).toEqual([
      'smoke (1 VUs for 30 s)',
      'average-load (10 min at 50 VUs)',
      'stress (3 rising plateaus up to 300 VUs)',
      'spike (rises to 200/s within 2 min and leaves it again)',
      'soak (4 h at 40 VUs)',
    ]);
  });

  it('is level 0 with the first step named for a repository without scenarios', async () => {
    expect.hasAssertions();
    const report = await maturityJson({ 'README.md': '# a service\n' });
    expect(report.level).toBe(0);
    expect(report.nextSteps[0]).toMatch(/^Add a first load test to the repository/);
  });

  it('reports unreadable workflow YAML with path and line and still scores the rest', async () => {
    expect.hasAssertions();
    const report = await maturityJson({
      ...PRACTISING,
      '.github/workflows/broken.yml': 'on: [pull_request\njobs:\n  x: {\n',
    });
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ file: '.github/workflows/broken.yml', line: expect.any(Number) }),
    ]);
    expect(report.diagnostics[0]!.message).toMatch(/YAML.*not scored/);
    expect(report.level).toBe(5);
  });

  it('renders text and markdown, and refuses an unknown format with exit 2', async () => {
    expect.hasAssertions();
    const text = await maturity(BEGINNER);
    expect(text.stdout.split('\n')[0]).toBe('loadgate maturity: level 1 of 5 (Scenarios exist)');
    expect(text.stdout).toContain('Next steps to level 2:');
    const markdown = await maturity(BEGINNER, ['--format', 'markdown']);
    expect(markdown.stdout).toMatch(/^### Load-testing maturity: level 1 of 5/);
    expect(markdown.stdout).toContain('| ❌ 0/10 |');
    const bad = await maturity(BEGINNER, ['--format', 'sarif']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('maturity: unknown format "sarif"; expected text, json, markdown');
  });
});

describe('the maturity of a base commit', () => {
  it('is read from git without touching the working tree, and the PR line shows the change', () => {
    expect.hasAssertions();
    const root = workspace(BEGINNER, { git: false });
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args])
        .toString()
        .trim();
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'beginner');
    const base = git('rev-parse', 'HEAD');
    const head = workspace(PRACTISING, { git: false });
    execFileSync('cp', ['-r', `${head}/.`, root]);
    rmSync(join(root, 'load/test.js'));

    const before = assessMaturity(gitSnapshot(root, base), builtinRules);
    const after = assessMaturity(workingTreeSnapshot(root), builtinRules);
    expect(before.level).toBe(1);
    expect(after.level).toBe(5);
    expect(maturityLine(after, { level: before.level })).toBe(
      '**Load-testing maturity:** level 5 of 5, Learning from history (▲ from level 1 on the base branch)',
    );
    const log = { info: () => undefined, warning: () => undefined, debug: () => undefined };
    expect(pullRequestMaturity(root, base, log).line).toContain('(▲ from level 1 on the base branch)');
    expect(pullRequestMaturity(root, 'f'.repeat(40), log).line).toContain(
      '(base level unknown: the base commit could not be read from git)',
    );
    expect(maturityLine(before, { unknown: 'the base commit is not fetched' })).toMatch(
      /^\*\*Load-testing maturity:\*\* level 1 of 5, Scenarios exist \(base level unknown: the base commit is not fetched\) · next: Give `load\/test\.js` pass\/fail criteria/,
    );
  });
});

describe('the maturity line', () => {
  it('escapes paths from the repository so they cannot mention, link or inject HTML', async () => {
    expect.hasAssertions();
    const root = workspace({ 'load/@org <img src=x>.js': BEGINNER['load/test.js']! });
    const line = maturityLine(assessMaturity(workingTreeSnapshot(root), builtinRules));
    expect(line).toContain('`load/@org <img src=x>.js`');
    expect(line.replace(/`[^`]*`/g, '')).not.toMatch(/<img|@org/);
  });
});

describe('loadgate rules --usage', () => {
  const suppressed = (reason: string) => `import http from 'k6/http';
export const options = { vus: 1, duration: '10s', thresholds: { http_req_failed: ['rate<0.01'] } };
export default function () {
  // loadgate-disable-next-line missing-response-validation${reason}
  http.get(\`\${__ENV.BASE_URL}/\`);
}
`;

  it('counts findings and suppressions with their reasons and questions a rule suppressed in most files', async () => {
    expect.hasAssertions();
    const root = workspace({
      'load/a.js': suppressed(' -- health check, no body'),
      'load/b.js': suppressed(' -- health check, no body'),
      'load/c.js': suppressed(''),
    });
    let stdout = '';
    const code = await main(['rules', root, '--usage', '--format', 'json'], {
      cwd: root,
      env: {},
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: () => true },
    });
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as {
      scenarioFiles: number;
      rules: {
        id: string;
        fix: string;
        usage: { suppressions: number; files: number; questioned: boolean; reasons: unknown[] };
      }[];
    };
    expect(out.scenarioFiles).toBe(3);
    const rule = out.rules.find((r) => r.id === 'missing-response-validation')!;
    expect(rule.usage).toEqual({
      findings: 0,
      suppressions: 3,
      files: 3,
      suppressedFiles: 3,
      reasons: [
        { reason: 'health check, no body', count: 2 },
        { reason: '(no reason)', count: 1 },
      ],
      questioned: true,
    });
    expect(out.rules.find((r) => r.id === 'no-pass-fail-criteria')!.fix).toBe('exact');
  });

  it('lists the rules with tools, severity, category and fix', async () => {
    expect.hasAssertions();
    let stdout = '';
    await main(['rules'], {
      cwd: '.',
      env: {},
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: () => true },
    });
    expect(stdout).toMatch(
      /^no-pass-fail-criteria +error +criteria +k6,artillery,gatling +fix: suggestion +Require/m,
    );
  });
});
