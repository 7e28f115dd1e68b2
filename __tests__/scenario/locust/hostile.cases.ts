import { beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeText } from '../../../src/engine/decode.js';
import { runEngine } from '../../../src/engine/run.js';
import { locustAdapter, parseLocust } from '../../../src/scenario/locust/adapter.js';
import { workspaces } from '../../helpers/workspace.js';

beforeAll(() => locustAdapter.prepare!());
const workspace = workspaces();

const GOOD = `from locust import HttpUser, task, between

class WebUser(HttpUser):
    wait_time = between(1, 3)

    @task
    def index(self):
        self.client.get("/")
`;

/** Inputs an accident or an attacker can put in a pull request: each ends as a diagnostic, quickly. */
describe('hostile Python input', () => {
  it('malformed Python: an error with the line of the first syntax error, no scenario', () => {
    const result = parseLocust('from locust import HttpUser\n\nclass U(HttpUser:\n    pass\n', 'bad.py');
    expect(result.scenario).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 3,
        message: expect.stringMatching(/not valid Python.*line 3/),
      }),
    ]);
  });

  it('binary garbage after a locust import: a diagnostic, never a stack trace', () => {
    const junk = String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => 1 + ((i * 37) % 254)));
    const result = parseLocust(`from locust import task\n${junk}`, 'blob.py');
    expect(result.scenario).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('Python'),
    });
  });

  // `npm run bench` lints a 1 MB line and 50 000 nested brackets within a time and memory budget
  // (scripts/bench-hostile.mjs); the unit test reads a tenth of each.
  it('a long line and thousands of nested brackets are parsed, never a stack overflow', () => {
    const long = parseLocust(`from locust import HttpUser\nX = "${'a'.repeat(100_000)}"\n`, 'long.py');
    expect(long.diagnostics).toEqual([]);
    const deep = parseLocust(
      `from locust import HttpUser\nX = ${'['.repeat(5_000)}${']'.repeat(5_000)}\n`,
      'deep.py',
    );
    // Parsed, or, on a runner too busy to parse it within the 3-s budget, refused with one clear line: never a
    // hang or a stack overflow.
    expect(deep.diagnostics.map((d) => d.message)).toEqual(
      deep.diagnostics.length === 0 ? [] : ['could not be parsed within 3 s'],
    );
  });

  it('a file with more syntax nodes than any locustfile is refused (or stopped by the parse budget)', () => {
    const result = parseLocust(`from locust import HttpUser\nX = [${'1,'.repeat(310_000)}]\n`, 'wide.py');
    expect(result.scenario).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 1,
        message: expect.stringMatching(/syntax nodes|could not be parsed within/),
      }),
    ]);
    // A parse stopped by the budget must not leak into the next file's.
    expect(parseLocust('from locust import HttpUser\n', 'next.py').diagnostics).toEqual([]);
  });

  it('a file over 2 MiB is refused before parsing, saying why', () => {
    const result = parseLocust(`from locust import HttpUser\n# ${'x'.repeat(3 * 1024 * 1024)}\n`, 'huge.py');
    expect(result.scenario).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', line: 1, message: expect.stringContaining('MiB') }),
    ]);
  });

  it('decodes UTF-16 with a byte-order mark and CRLF line ends, with lines as the editor shows them', async () => {
    const crlf = GOOD.replace('wait_time = between(1, 3)\n', '').replace(/\n/g, '\r\n');
    const cwd = workspace({});
    writeFileSync(join(cwd, 'locustfile.py'), encodeText(crlf, 'utf16le'));
    const { report } = await runEngine({ command: 'lint', cwd });
    const [file] = report.files;
    expect(file?.tool).toBe('locust');
    expect(file?.diagnostics).toEqual([]);
    expect(file?.findings.find((f) => f.ruleId === 'locust/missing-wait-time')?.loc).toMatchObject({
      line: 3,
      column: 7,
    });
  });

  it('reports a malformed locustfile and still lints the others', async () => {
    const cwd = workspace({
      'a_broken.py': 'from locust import HttpUser\nclass U(HttpUser\n',
      'b_locustfile.py': GOOD,
      'helper.py': 'import os\nprint(os.getcwd())\n',
    });
    const { report } = await runEngine({ command: 'lint', cwd });
    expect(report.files.map((f) => [f.path, f.tool, f.diagnostics.map((d) => d.line)])).toEqual([
      ['a_broken.py', 'locust', [2]],
      ['b_locustfile.py', 'locust', []],
    ]);
    expect(report.files[1]?.findings.map((f) => f.ruleId)).toContain('locust/no-latency-criteria');
  });
});
