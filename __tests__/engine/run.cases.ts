import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../helpers/corpus.js';
import { runEngine } from '../../src/engine/run.js';
import { exitCodeFor } from '../../src/engine/verdict.js';
import { GOOD_K6, K6_WITHOUT_CRITERIA, workspaces } from '../helpers/workspace.js';

const workspace = workspaces();
const SUMMARY = readFileSync(join(REPO, '__tests__/fixtures/results/k6-summary-current.json'), 'utf8');

describe('runEngine', () => {
  it('resolves options a script imports from a sibling module', async () => {
    const cwd = workspace({
      'load/config.js': "export const thresholds = { http_req_failed: ['rate<0.01'] };\n",
      'load/api.js': K6_WITHOUT_CRITERIA.replace(
        "import { check, sleep } from 'k6';",
        "import { check, sleep } from 'k6';\nimport { thresholds } from './config.js';",
      ).replace('export const options = {', 'export const options = {\n  thresholds,'),
    });
    const { report } = await runEngine({ command: 'lint', cwd });
    expect(report.files[0]?.findings.map((f) => f.ruleId)).not.toContain('no-pass-fail-criteria');
  });

  it('lints the globs it is given, and only what they match', async () => {
    const cwd = workspace({
      'load/a.js': GOOD_K6,
      'load/b.js': K6_WITHOUT_CRITERIA,
      'other/c.js': K6_WITHOUT_CRITERIA,
    });
    const { report } = await runEngine({ command: 'lint', cwd, paths: ['load/**/*.js'] });
    expect(report.files.map((f) => f.path)).toEqual(['load/a.js', 'load/b.js']);
  });

  it('applies include, exclude and overrides from .loadgate.yml relative to its folder', async () => {
    const cwd = workspace({
      '.loadgate.yml':
        'include: ["load/**"]\nexclude: ["load/legacy/**"]\noverrides:\n  - files: ["load/smoke/**"]\n    rules:\n      no-pass-fail-criteria: off\n',
      'load/api.js': K6_WITHOUT_CRITERIA,
      'load/smoke/ping.js': K6_WITHOUT_CRITERIA,
      'load/legacy/old.js': K6_WITHOUT_CRITERIA,
      'scripts/tool.js': K6_WITHOUT_CRITERIA,
    });
    const { report } = await runEngine({ command: 'check', cwd });
    const rules = Object.fromEntries(report.files.map((f) => [f.path, f.findings.map((x) => x.ruleId)]));
    expect(Object.keys(rules)).toEqual(['load/api.js', 'load/smoke/ping.js']);
    expect(rules['load/api.js']).toContain('no-pass-fail-criteria');
    expect(rules['load/smoke/ping.js']).not.toContain('no-pass-fail-criteria');
  });

  it('gives a missing baseline a reason and does not fail the build on it', async () => {
    const cwd = workspace({ 'current.json': SUMMARY });
    const { report } = await runEngine({
      command: 'compare',
      cwd,
      baseline: 'baseline.json',
      current: ['current.json'],
    });
    expect(report.results[0]?.diagnostics[0]).toMatchObject({
      severity: 'warning',
      message: expect.stringMatching(/no baseline to compare against yet/),
    });
    expect(report.verdict).toBe('inconclusive');
    expect(exitCodeFor(report)).toBe(0);
  });

  it('maps verdicts to exit codes under every fail-on', () => {
    expect(exitCodeFor({ verdict: 'fail', failOn: 'error' })).toBe(1);
    expect(exitCodeFor({ verdict: 'regressed', failOn: 'regression' })).toBe(1);
    expect(exitCodeFor({ verdict: 'regressed', failOn: 'never' })).toBe(0);
    expect(exitCodeFor({ verdict: 'not-comparable', failOn: 'error' })).toBe(0);
    expect(exitCodeFor({ verdict: 'inconclusive', failOn: 'warning' })).toBe(0);
  });
});

describe('results without a baseline', () => {
  it('reads and lists the current results, saying why they were not compared', async () => {
    const cwd = workspace({ '.loadgate.yml': 'results: [current.json]\n', 'current.json': SUMMARY });
    const { report } = await runEngine({ command: 'check', cwd });
    expect(report.results).toMatchObject([{ path: 'current.json', role: 'current', format: 'k6-summary' }]);
    expect(report.results[0]?.diagnostics[0]?.message).toMatch(/no baseline is configured/);
    expect(report.verdict).toBe('inconclusive');
  });
});

describe('scripts and their parts', () => {
  const main = `import { sleep } from 'k6';
import checkout from './scenarios/checkout.js';
export const options = {
  stages: [{ duration: '1m', target: 20 }, { duration: '5m', target: 20 }, { duration: '1m', target: 0 }],
  thresholds: { http_req_failed: ['rate<0.01'], checks: ['rate>0.99'] },
};
export default function () {
  checkout();
  sleep(1);
}
`;
  const part = `import http from 'k6/http';
export default function () {
  http.post(\`\${__ENV.BASE_URL}/api/checkout\`, null, { headers: { Authorization: 'Bearer 9f8a7s6d5f4g3h2j1k0l' } });
}
`;

  it('leaves criteria and load shape of an imported module to the script importing it, but still checks its code', async () => {
    const cwd = workspace({ 'load/main.js': main, 'load/scenarios/checkout.js': part });
    const { report } = await runEngine({ command: 'lint', cwd });
    const rules = Object.fromEntries(report.files.map((f) => [f.path, f.findings.map((x) => x.ruleId)]));
    expect(rules['load/scenarios/checkout.js']).toEqual(['hardcoded-secret']);
    expect(rules['load/main.js']).toEqual([]);
  });

  it('lints the same module as a test of its own when its importer is not in the run', async () => {
    const cwd = workspace({ 'load/main.js': main, 'load/scenarios/checkout.js': part });
    const { report } = await runEngine({ command: 'lint', cwd, paths: ['load/scenarios/checkout.js'] });
    expect(report.files[0]?.findings.map((x) => x.ruleId)).toContain('no-pass-fail-criteria');
  });
});
