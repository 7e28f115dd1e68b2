import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The problem matcher the action registers turns `loadgate lint` text output from a plain `run:` step into
 * annotations. GitHub applies `regexp` to each line of the log; this runs the bundled CLI and applies it the
 * same way, then checks every error and warning became exactly the annotation the JSON report describes.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const node = process.env.LOADGATE_NODE ?? process.execPath;
const fixtures = join(root, '__tests__/fixtures/report/e2e');

interface Pattern {
  regexp: string;
  file: number;
  line: number;
  column: number;
  severity: number;
  message: number;
  code: number;
}

function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((done) => {
    execFile(
      node,
      [join(root, 'bin/loadgate.js'), ...args],
      { cwd: fixtures, env: { ...process.env, ...env } },
      (_e, out) => done(out),
    );
  });
}

describe('the problem matcher', () => {
  const matcher = JSON.parse(readFileSync(join(root, 'matchers/loadgate.json'), 'utf8')) as {
    problemMatcher: { owner: string; pattern: Pattern[] }[];
  };
  const [pattern] = matcher.problemMatcher[0]!.pattern;
  const re = new RegExp(pattern!.regexp);
  // What the annotations must match: the JSON report of the same lint, the same for both formats.
  let report: Promise<string> | undefined;

  it.each([
    ['plain', { NO_COLOR: '1' }, []],
    ['coloured', {}, ['--color']],
  ])('reads every error and warning of the %s text format', async (_name, env, extra) => {
    const files = ['load/checkout.js', 'load/cart.yml'];
    const text = await cli(['lint', ...files, ...extra], env);
    const json = JSON.parse(await (report ??= cli(['lint', ...files, '--format', 'json']))) as {
      files: {
        path: string;
        findings: { ruleId: string; severity: string; line: number; column: number }[];
      }[];
    };
    const matched = text
      .split('\n')
      .map((line) => re.exec(line))
      .filter((m) => m !== null)
      .map(
        (m) =>
          `${m[pattern!.file]}:${m[pattern!.line]}:${m[pattern!.column]} ${m[pattern!.severity]} ${m[pattern!.code]}`,
      );
    const expected = json.files.flatMap((f) =>
      f.findings
        .filter((x) => x.severity !== 'info')
        .map((x) => `${f.path}:${x.line}:${x.column} ${x.severity} ${x.ruleId}`),
    );
    expect(expected.length).toBeGreaterThan(2);
    expect(matched.sort()).toEqual(expected.sort());
  });
});
