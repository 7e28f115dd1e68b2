import { main } from '../../src/cli/main.js';

/** What one CLI invocation printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI's `main` in-process in `cwd`, as a non-TTY terminal, with an empty environment unless `env`
 * gives one; `stdin` is what standard input holds (`--current -`).
 */
export async function runCli(
  args: string[],
  cwd: string,
  options: { env?: Record<string, string>; stdin?: Buffer | string } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const input = options.stdin;
  const code = await main(args, {
    cwd,
    env: options.env ?? {},
    ...(input !== undefined
      ? {
          stdin: (async function* () {
            // In two chunks, as a pipe delivers it.
            const bytes = Buffer.from(input);
            const half = Math.floor(bytes.length / 2);
            yield bytes.subarray(0, half);
            yield bytes.subarray(half);
          })(),
        }
      : {}),
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { code, stdout, stderr };
}
