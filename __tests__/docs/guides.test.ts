import { describe, expect, it } from '@jest/globals';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { workspaces } from '../helpers/workspace.js';

/**
 * The guides quote loadgate's output. Every fenced `sh` block that starts with `npx loadgate` or
 * `node bin/loadgate.js` is run on a copy of examples/, and the `text` block right after it (when there is
 * one) must appear in the output, line for line and in order (other lines may come between; runs of spaces,
 * which pad table columns, count as one). When a message changes, the failing diff shows the whole new output.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GUIDES = [
  'docs/load_testing_optimization_guide.md',
  'docs/performance_improvement_framework.md',
  'docs/load_testing_maturity_model.md',
];
const COMMAND = /^(npx loadgate|node bin\/loadgate\.js)\s+/;

interface Example {
  guide: string;
  line: number;
  command: string;
  quote?: string[];
}

function examplesOf(guide: string): Example[] {
  const lines = readFileSync(join(ROOT, guide), 'utf8').split('\n');
  const out: Example[] = [];
  const block = (start: number): { body: string[]; end: number } => {
    const body: string[] = [];
    let i = start + 1;
    for (; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    return { body, end: i };
  };
  for (let i = 0; i < lines.length; i++) {
    if (!/^```sh\s*$/.test(lines[i]!)) continue;
    const { body, end } = block(i);
    const command = body[0]?.trim() ?? '';
    i = end;
    if (!COMMAND.test(command)) continue;
    const example: Example = { guide, line: end - body.length + 1, command };
    let next = end + 1;
    while (next < lines.length && lines[next]!.trim() === '') next++;
    if (/^```text\s*$/.test(lines[next] ?? '')) {
      const quoted = block(next);
      example.quote = quoted.body.map((l) => l.trimEnd());
      i = quoted.end;
    }
    out.push(example);
  }
  return out;
}

const workspace = workspaces();

async function run(command: string, cwd: string): Promise<{ code: number; output: string }> {
  const argv = command.replace(COMMAND, '').split(/\s+/).filter(Boolean);
  let output = '';
  const write = (text: string) => (output += text);
  const code = await main(argv, { cwd, env: { NO_COLOR: '1' }, stdout: { write }, stderr: { write } });
  return { code, output };
}

describe.each(GUIDES)('%s', (guide) => {
  const examples = examplesOf(guide);

  it('shows commands', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((e) => [`line ${e.line}: ${e.command}`, e] as const))('%s', async (_, example) => {
    expect.hasAssertions();
    // A fresh copy per command: `--fix` and `--output` must not change the repository's examples.
    const cwd = workspace({});
    cpSync(join(ROOT, 'examples'), join(cwd, 'examples'), { recursive: true });
    const { code, output } = await run(example.command, cwd);
    expect([0, 1]).toContain(code);
    if (!example.quote) return;
    const squeeze = (line: string) => line.replace(/\s+/g, ' ').trim();
    const lines = output.split('\n').map(squeeze);
    let at = 0;
    const found = example.quote.every((q) => {
      const index = lines.indexOf(squeeze(q), at);
      if (index < 0) return false;
      at = index + 1;
      return true;
    });
    expect(found ? example.quote.join('\n') : output.trimEnd()).toBe(example.quote.join('\n'));
  });
});
