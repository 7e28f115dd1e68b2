import { describe, expect, it } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GOOD_K6, K6_WITHOUT_CRITERIA, workspaces } from '../helpers/workspace.js';

/**
 * The real command as users run it: bin/loadgate.js over the bundled dist/cli.js, in a child process, so
 * exit codes, stdout flushing and the absence of stack traces are what a shell sees.
 */
const BIN = fileURLToPath(new URL('../../bin/loadgate.js', import.meta.url));
const node = process.env.LOADGATE_NODE ?? process.execPath;
const workspace = workspaces();

function loadgate(
  cwd: string,
  args: string[],
  nodeArgs: string[] = [],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      node,
      [...nodeArgs, BIN, ...args],
      { cwd, env, timeout: 60_000, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('bin/loadgate.js', () => {
  it('never runs what a scenario says: imports, top-level code and processors write nothing', async () => {
    const write = (name: string) => `require('fs').writeFileSync(${JSON.stringify(name)}, 'executed');`;
    const root = workspace({
      'load/evil.js': `import fs from 'fs';\nfs.writeFileSync('PWNED-import', 'executed');\nexport const options = { vus: 1 };\n`,
      'load/script.js': `import http from 'k6/http';\nimport { options as base } from './evil.js';\nimport fs from 'fs';\nfs.writeFileSync('PWNED-top-level', 'executed');\n${write('PWNED-require')}\nexport const options = { ...base, ...(() => { ${write('PWNED-options')} return {}; })() };\nexport function setup() { ${write('PWNED-setup')} }\nexport default function () { http.get('http://localhost/'); }\n`,
      'load/processor.js': `${write('PWNED-processor')}\nmodule.exports = { hook() {} };\n`,
      'load/test.yml': `config:\n  target: http://localhost\n  processor: ./processor.js\n  phases:\n    - { duration: 1, arrivalRate: 1 }\nscenarios:\n  - flow:\n      - function: hook\n      - get: { url: / }\n`,
    });
    const { code, stdout } = await loadgate(root, ['lint', '--format', 'json']);
    expect(code).toBe(1);
    expect(
      JSON.parse(stdout)
        .files.map((f: { tool: string }) => f.tool)
        .sort(),
    ).toEqual(['artillery', 'k6']); // evil.js imports nothing from k6: not a scenario
    const pwned = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('PWNED'));
    expect([...pwned(root), ...pwned(join(root, 'load')), ...pwned(process.cwd())]).toEqual([]);
  });

  it('flushes a large JSON report completely before exiting with 1', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`load/test-${String(i).padStart(3, '0')}.js`] = K6_WITHOUT_CRITERIA;
    const root = workspace(files);
    const { code, stdout, stderr } = await loadgate(root, ['lint', '--format', 'json']);
    // Not a terminal: 300 files is large work, which ends with its one summary line (docs/cli.md, Progress).
    expect(stderr).toMatch(/^loadgate: linted 300 files in \d+\.\d s\n$/);
    expect(code).toBe(1);
    expect(stdout.length).toBeGreaterThan(200_000);
    const report = JSON.parse(stdout);
    expect(report.files).toHaveLength(300);
    expect(report.verdict).toBe('fail');
  });

  it('exits 2 on a usage error, with one line and no stack trace', async () => {
    const { code, stdout, stderr } = await loadgate(workspace({}), ['lint', '--format', 'yaml']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^loadgate: unknown format "yaml"/);
    expect(stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('writes --output files under the working folder', async () => {
    const root = workspace({ 'load/api.js': K6_WITHOUT_CRITERIA });
    const { code } = await loadgate(root, ['lint', '--format', 'sarif', '--output', 'loadgate.sarif']);
    expect(code).toBe(1);
    expect(existsSync(join(root, 'loadgate.sarif'))).toBe(true);
  });

  it('compiles the schemas only known at run time: rule options from .loadgate.yml, a repository rule', async () => {
    // The built-in rules' schemas are precompiled, so a plain lint never loads ajv; these two need it.
    const rule = `id: team/two-stages
tools: [k6]
severity: error
category: hygiene
summary: At most two stages.
rationale: Our load tests ramp up and hold.
given: native
then:
  field: stages
  function: schema
  functionOptions: { schema: { type: array, maxItems: 2 } }
messages:
  default: 'stages: {{expected}}'
examples:
  bad: [{ file: script.js, code: 'x' }]
  good: [{ file: script.js, code: 'x' }]
`;
    const files = { '.loadgate/rules/two-stages.yml': rule, 'load/soak.js': GOOD_K6 };
    const findings = async (config: string) => {
      const root = workspace({ ...files, '.loadgate.yml': config });
      const { stdout, stderr } = await loadgate(root, ['lint', '--format', 'json']);
      expect(stderr).toBe('');
      return (JSON.parse(stdout).files[0].findings as { ruleId: string; message: string }[]).filter((f) =>
        ['team/two-stages', 'soak-too-short'].includes(f.ruleId),
      );
    };
    // A 7-minute test named soak: too short for 60 minutes, long enough for 5.
    const strict = await findings('rules:\n  soak-too-short: [warning, { minMinutes: 60 }]\n');
    expect(strict.map((f) => f.ruleId).sort()).toEqual(['soak-too-short', 'team/two-stages']);
    expect(strict.find((f) => f.ruleId === 'soak-too-short')?.message).toContain('60 min');
    const lenient = await findings('rules:\n  soak-too-short: [warning, { minMinutes: 5 }]\n');
    expect(lenient.map((f) => f.ruleId)).toEqual(['team/two-stages']);
  });

  it('keeps a code cache of the k6 parser, written after a parse, that later runs read with the same results', async () => {
    // Babel runs from dist/vendor/ as a vm.Script (scripts/bundle.mjs): its cache, next to Node's compile cache,
    // holds the functions a parse compiled, which Node's own cache of a module never does.
    const root = workspace({
      'load/api.js': GOOD_K6,
      'load/api.ts': `${GOOD_K6}\nconst typed: number = 1;\n`,
      'load/broken.js': `import http from 'k6/http';\nexport default function () { http.get( }\n`,
    });
    const cache = join(root, 'compile-cache');
    const env = { ...process.env, NODE_COMPILE_CACHE: cache };
    const cacheFiles = () =>
      (existsSync(cache) ? readdirSync(cache, { recursive: true }) : [])
        .map(String)
        .filter((name) => /loadgate-babel-parser-[0-9a-f]{16}\.cache$/.test(name));
    const lint = (files: string[]) => loadgate(root, ['lint', ...files, '--format', 'json'], [], env);
    const all = ['load/api.js', 'load/api.ts', 'load/broken.js'];
    // The first run writes the cache, the second reads it; the third meets TypeScript, which it does not hold.
    const first = await lint(['load/api.js']);
    const second = await lint(['load/api.js']);
    const third = await lint(all);
    const fourth = await lint(all);
    expect([first, second, third, fourth].map((r) => r.stderr)).toEqual(['', '', '', '']);
    expect(second.stdout).toBe(first.stdout);
    expect(fourth.stdout).toBe(third.stdout);
    const report = JSON.parse(fourth.stdout) as {
      files: { path: string; diagnostics: { message: string }[] }[];
    };
    expect(report.files.map((f) => f.path).sort()).toEqual(['load/api.js', 'load/api.ts', 'load/broken.js']);
    expect(report.files.find((f) => f.path === 'load/broken.js')?.diagnostics[0]?.message).toMatch(
      /^syntax error/,
    );
    // Node 22.1+ has a compile cache to keep it next to; older Nodes compile the parser every time.
    const nodeHasCompileCache =
      execFileSync(node, ['-p', "typeof require('node:module').enableCompileCache"], {
        encoding: 'utf8',
      }).trim() === 'function';
    expect(cacheFiles()).toHaveLength(nodeHasCompileCache ? 1 : 0);
  });

  it('loads only what linting one k6 file needs: no ajv compiler, no other renderer, no git or crypto', async () => {
    // Start-up time is compiling and running the modules a command imports (issue #15, cold start). Which
    // bundle files load is what V8's coverage lists (a loader hook would not see them: bin/loadgate.js loads the
    // chunks with hooks of its own); what they hold is read from their text.
    const root = workspace({ 'load/api.js': GOOD_K6 });
    const coverage = join(root, 'coverage');
    const { code, stdout } = await loadgate(root, ['lint', 'load/api.js', '--format', 'json'], [], {
      ...process.env,
      NODE_V8_COVERAGE: coverage,
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).files[0].tool).toBe('k6');
    const urls = readdirSync(coverage).flatMap((name) =>
      (JSON.parse(readFileSync(join(coverage, name), 'utf8')) as { result: { url: string }[] }).result.map(
        (script) => script.url,
      ),
    );
    const loaded = [...new Set(urls)]
      .filter((url) => url.startsWith('file:') && url.includes('/dist/'))
      .map((url) => readFileSync(fileURLToPath(url), 'utf8'))
      .join('\n');
    expect(loaded).toContain('k6/http'); // the k6 reader is there
    for (const absent of [
      'ajv/dist/compile', // ajv's compiler (the precompiled validators need only its runtime)
      'Scenario findings in changed files', // the Markdown renderer
      'sarif-2.1.0.json', // the SARIF renderer
      'node:crypto',
      'node:child_process',
    ])
      expect({ absent, loaded: loaded.includes(absent) }).toEqual({ absent, loaded: false });
  });
});
