import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { K6_WITHOUT_CRITERIA, workspaces } from '../helpers/workspace.js';

/**
 * The real command as users run it: bin/loadgate.js over the bundled dist/cli.js, in a child process, so
 * exit codes, stdout flushing and the absence of stack traces are what a shell sees.
 */
const BIN = fileURLToPath(new URL('../../bin/loadgate.js', import.meta.url));
const node = process.env.LOADGATE_NODE ?? process.execPath;
const workspace = workspaces();

function loadgate(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      node,
      [BIN, ...args],
      { cwd, timeout: 60_000, maxBuffer: 256 * 1024 * 1024 },
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
});
