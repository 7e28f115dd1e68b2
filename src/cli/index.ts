import { main } from './main.js';

/** Entry of dist/cli.js: sets the exit code and lets Node exit once stdout has drained. */
export async function runCli(): Promise<void> {
  // `loadgate lint | head` closes the pipe early; that is the reader's choice, not an error to report.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  process.exitCode = await main(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
  });
}
