import { runCli } from '../helpers/cli.js';
import { describe, expect, it } from '@jest/globals';
import { GOOD_K6, workspaces } from '../helpers/workspace.js';

const workspace = workspaces();

async function run(files: Record<string, string>, args: string[]) {
  const cwd = workspace(files);
  return runCli(args, cwd);
}

const RULE = `id: team/user-agent-named
tools: [k6]
severity: error
category: hygiene
summary: Require the team's user agent on every k6 test.
rationale: Our gateway routes load-test traffic by its user agent; any other agent hits production caches.
given: native
then:
  field: userAgent
  function: pattern
  functionOptions: { match: '^loadtest/' }
messages:
  default: 'userAgent "{{value}}" does not start with loadtest/ ({{path}}).'
examples:
  bad: [{ file: script.js, code: 'x' }]
  good: [{ file: script.js, code: 'x' }]
`;

const script = (agent: string) =>
  GOOD_K6.replace('export const options = {', `export const options = {\n  userAgent: ${agent},`);

describe('repository rules (.loadgate/rules/*.yml)', () => {
  it('are loaded, run like built-in ones, and fill {{value}} with the value found', async () => {
    const { code, stdout } = await run(
      { '.loadgate/rules/user-agent.yml': RULE, 'load/test.js': script("'curl/8'") },
      ['lint', 'load/test.js', '--format', 'json'],
    );
    expect(code).toBe(1);
    const findings = (
      JSON.parse(stdout) as { files: { findings: { ruleId: string; message: string; line: number }[] }[] }
    ).files[0]?.findings;
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'team/user-agent-named',
        message: 'userAgent "curl/8" does not start with loadtest/ (native.userAgent).',
        line: 5,
      }),
    ]);
  });

  it('never fail on a value known only at run time (__ENV)', async () => {
    const { code, stdout } = await run(
      { '.loadgate/rules/user-agent.yml': RULE, 'load/test.js': script('__ENV.UA') },
      ['lint', 'load/test.js', '--format', 'json'],
    );
    expect(stdout).not.toMatch(/team\/user-agent-named/);
    expect(code).toBe(0);
  });

  it('can be configured in .loadgate.yml like built-in rules', async () => {
    const { code, stdout } = await run(
      {
        '.loadgate.yml': 'rules:\n  team/user-agent-named: off\n',
        '.loadgate/rules/user-agent.yml': RULE,
        'load/test.js': script("'curl/8'"),
      },
      ['lint', 'load/test.js', '--format', 'json'],
    );
    expect(stdout).not.toMatch(/team\/user-agent-named/);
    expect(code).toBe(0);
  });

  it('are listed by loadgate rules with the built-in ones', async () => {
    const { code, stdout } = await run({ '.loadgate/rules/user-agent.yml': RULE }, [
      'rules',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const ids = (JSON.parse(stdout) as { rules: { id: string }[] }).rules.map((r) => r.id);
    expect(ids).toContain('team/user-agent-named');
    expect(ids).toContain('no-ramp-up');
  });

  it.each([
    [
      'a bad value, with its path and line',
      RULE.replace('severity: error', 'severity: loud'),
      /user-agent\.yml:3: .*severity/,
    ],
    [
      'an unknown function, with a suggestion',
      RULE.replace('function: pattern', 'function: patern'),
      /names function "patern", which does not exist; did you mean "pattern"/,
    ],
    [
      'a check function: repository rules cannot run code',
      RULE.replace(/given: native\nthen:[^]*?messages:/, 'check:\n  function: hardcoded-secret\nmessages:'),
      /repository rules use generic functions only/,
    ],
    ['an id a built-in rule has', RULE.replace('team/user-agent-named', 'no-ramp-up'), /already a rule/],
  ])('are refused, exit 2: %s', async (_what, text, message) => {
    const { code, stderr } = await run(
      { '.loadgate/rules/user-agent.yml': text, 'load/test.js': script("'curl/8'") },
      ['lint', 'load/test.js'],
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
