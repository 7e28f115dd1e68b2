import { afterEach, describe, expect, it } from '@jest/globals';
import { getBooleanInput, getEnumInput, readInputs, splitList } from '../../src/action/inputs.js';

const touched: string[] = [];
function setInput(name: string, value: string) {
  // The runner keeps hyphens and upper-cases: fail-on → INPUT_FAIL-ON.
  const key = `INPUT_${name.toUpperCase()}`;
  process.env[key] = value;
  touched.push(key);
}

afterEach(() => {
  for (const key of touched.splice(0)) delete process.env[key];
});

describe('inputs', () => {
  it('split lists on lines and commas, keeping brace globs whole', () => {
    expect(splitList('load/*.js, perf/**/*.{js,yml}\n\n# comment\n  a.yml  ')).toEqual([
      'load/*.js',
      'perf/**/*.{js,yml}',
      'a.yml',
    ]);
  });

  it('accept enums case-insensitively and name the input when wrong', () => {
    setInput('fail-on', 'Warning');
    expect(getEnumInput('fail-on', ['error', 'warning'] as const)).toBe('warning');
    setInput('fail-on', 'sometimes');
    expect(() => getEnumInput('fail-on', ['error', 'warning'] as const)).toThrow(
      'Input "fail-on" must be one of error, warning; got "sometimes".',
    );
  });

  it('read booleans with a default for empty', () => {
    expect(getBooleanInput('annotate', true)).toBe(true);
    setInput('annotate', 'false');
    expect(getBooleanInput('annotate', true)).toBe(false);
    setInput('annotate', 'yes');
    expect(() => getBooleanInput('annotate', true)).toThrow(
      'Input "annotate" must be true or false; got "yes".',
    );
  });

  it('leave config-backed inputs undefined when empty and default the job id to GITHUB_JOB', () => {
    setInput('paths', 'load/a.js\nload/b.yml');
    setInput('sarif-file', 'out/l.sarif');
    const inputs = readInputs({ GITHUB_JOB: 'perf' });
    expect(inputs).toMatchObject({
      paths: ['load/a.js', 'load/b.yml'],
      results: [],
      failOn: undefined,
      comment: undefined,
      configPath: undefined,
      jobId: 'perf',
      sarifFile: 'out/l.sarif',
      workingDirectory: '.',
    });
  });

  it('read the history inputs: off by default, its artifact name, and a size that is a whole number', () => {
    expect(readInputs({})).toMatchObject({
      history: false,
      historyArtifact: 'loadgate-history',
      historySize: undefined,
    });
    setInput('history', 'true');
    setInput('history-size', '250');
    expect(readInputs({})).toMatchObject({ history: true, historySize: 250 });
    setInput('history-size', '0');
    expect(() => readInputs({})).toThrow(
      'Input "history-size" must be a whole number from 1 to 10000; got "0".',
    );
  });
});

describe('dashboard and retention inputs', () => {
  it('default the dashboard artifact and Pages path, and publish to no branch unless one is named', () => {
    expect(readInputs({})).toMatchObject({
      dashboardArtifact: 'loadgate-dashboard',
      dashboardPagesBranch: '',
      dashboardPagesPath: 'loadgate/index.html',
      retentionDays: undefined,
    });
    setInput('dashboard-pages-branch', 'refs/heads/gh-pages');
    setInput('dashboard-pages-path', 'perf/trend.html');
    setInput('artifact-retention-days', '30');
    expect(readInputs({})).toMatchObject({
      dashboardPagesBranch: 'gh-pages',
      dashboardPagesPath: 'perf/trend.html',
      retentionDays: 30,
    });
  });

  it.each([
    ['dashboard-pages-branch', 'gh pages', 'must be a branch name; got "gh pages"'],
    ['dashboard-pages-branch', 'a..b', 'must be a branch name'],
    ['dashboard-pages-path', '../outside.html', 'must be a relative path inside the repository'],
    ['dashboard-pages-path', '/abs.html', 'must be a relative path inside the repository'],
    ['artifact-retention-days', '0', 'must be a whole number from 1 to 400; got "0"'],
    ['artifact-retention-days', '401', 'must be a whole number from 1 to 400'],
  ])('refuse %s: %s, naming the input', (name, value, message) => {
    setInput(name, value);
    expect(() => readInputs({})).toThrow(`Input "${name}" ${message}`);
  });
});
