import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { TEST_SECOND_MS } from './fake-github.js';

/**
 * One step of a workflow job that uses the action, as the runner runs it: INPUT_* variables (hyphens kept,
 * upper-cased), an event payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, GITHUB_API_URL pointing
 * at the fake GitHub on loopback, the workspace as the working directory. What a test reads back is the same
 * whichever backend ran the step: the exit code, what was printed (the `::command::` lines of
 * `@actions/core`, stdout and stderr together), the outputs and the job summary.
 *
 * Two backends, which each test names:
 * - `process`: the bundle, `node dist/index.js`, in a child process with only this environment, exactly as
 *   the runner starts it. LOADGATE_ACTION picks another bundle, LOADGATE_NODE another node.
 * - `in-process`: the action's own `run()` (src/action/main.ts) in the jest worker. For the step,
 *   process.env is replaced by the step's environment, the working directory is the workspace, stdout and
 *   stderr are captured and `process.exitCode` (set by `core.setFailed`) is read as the exit code; all four
 *   are restored afterwards. It skips a node start and the bundle's load (about 0.5 s of CPU a step), and
 *   checks everything but the bundling itself, which the `process` steps keep checking.
 *
 * LOADGATE_NODE or LOADGATE_ACTION (CI's Node 24 run of the suites), or LOADGATE_E2E=process, run every
 * step as a process: those runs exist to drive the bundle.
 */

export type Backend = 'process' | 'in-process';

export const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const bundle = resolve(root, process.env.LOADGATE_ACTION ?? 'dist/index.js');
const node = process.env.LOADGATE_NODE ?? process.execPath;
const everyStepAsProcess = Boolean(
  process.env.LOADGATE_NODE || process.env.LOADGATE_ACTION || process.env.LOADGATE_E2E === 'process',
);

/** The inputs action.yml declares, each at its default (`${{ github.token }}` is the runner's token). */
export const inputDefaults: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(
    (
      parseYaml(readFileSync(join(root, 'action.yml'), 'utf8')) as {
        inputs: Record<string, { default?: string }>;
      }
    ).inputs,
  ).map(([name, input]) => [name, String(input.default ?? '').replace('${{ github.token }}', 'ghs_fake')]),
);

export interface Step {
  backend: Backend;
  workspace: string;
  /** RUNNER_TEMP; the event, output and summary files are written here. */
  temp: string;
  /** The fake GitHub's URL (GITHUB_API_URL). */
  apiUrl: string;
  eventName: string;
  /** The event payload (GITHUB_EVENT_PATH's content). */
  event: unknown;
  /** Every input the runner sets, by its action.yml name. */
  inputs: Record<string, string>;
  /** More of the runner's variables, or other values for the common ones (GITHUB_RUN_ID, GITHUB_SHA...). */
  env?: Record<string, string>;
}

export interface StepResult {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

export async function runStep(step: Step): Promise<StepResult> {
  const id = `${Date.now()}-${Math.random()}`;
  const eventPath = join(step.temp, `event-${id}.json`);
  const outputFile = join(step.temp, `output-${id}`);
  const summaryFile = join(step.temp, `summary-${id}`);
  writeFileSync(eventPath, JSON.stringify(step.event));
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    ...(process.env.PATH ? { PATH: process.env.PATH } : {}),
    ...(process.env.HOME ? { HOME: process.env.HOME } : {}),
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: step.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_API_URL: step.apiUrl,
    LOADGATE_TEST_SECOND_MS: String(TEST_SECOND_MS),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1234',
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_WORKSPACE: step.workspace,
    GITHUB_JOB: 'load',
    RUNNER_TEMP: step.temp,
    ...step.env,
  };
  for (const [name, value] of Object.entries(step.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const backend = everyStepAsProcess ? 'process' : step.backend;
  const { code, stdout } =
    backend === 'process'
      ? await inChildProcess(env, step.workspace)
      : await inThisProcess(env, step.workspace);
  return {
    code,
    stdout,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    outputs[m[1]!] = value.join('\n');
  }
  return outputs;
}

interface Ran {
  code: number;
  stdout: string;
}

function inChildProcess(env: Record<string, string>, cwd: string): Promise<Ran> {
  if (!existsSync(bundle))
    throw new Error(
      `${bundle} is missing: run \`npm run build\` first (or set LOADGATE_ACTION to a bundle).`,
    );
  return new Promise((done) => {
    execFile(node, [bundle], { cwd, env, timeout: 30_000 }, (error, out, err) => {
      done({
        code: error && typeof error.code === 'number' ? error.code : error ? -1 : 0,
        stdout: `${out}${err}`,
      });
    });
  });
}

let action: Promise<typeof import('../../src/action/main.js')> | undefined;
let stepRunning = false;

async function inThisProcess(env: Record<string, string>, cwd: string): Promise<Ran> {
  // process.env, the working directory, stdout and the exit code are one per process: of two steps at once
  // (two runs racing), one at most runs here.
  if (stepRunning) throw new Error('in-process steps cannot overlap: run concurrent steps as processes');
  stepRunning = true;
  try {
    // Loaded once per test file, before the step's environment is set.
    const { run } = await (action ??= import('../../src/action/main.js'));
    return await withStepProcess(env, cwd, run);
  } finally {
    stepRunning = false;
  }
}

async function withStepProcess(
  env: Record<string, string>,
  cwd: string,
  run: () => Promise<void>,
): Promise<Ran> {
  const saved = {
    env: process.env,
    cwd: process.cwd(),
    exitCode: process.exitCode,
    stdout: process.stdout.write,
    stderr: process.stderr.write,
  };
  let printed = '';
  const capture = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    printed += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof process.stdout.write;
  try {
    process.env = { ...env };
    process.chdir(cwd);
    process.exitCode = undefined;
    process.stdout.write = capture;
    process.stderr.write = capture;
    try {
      await run();
    } catch (error) {
      // What `void run()` in src/action/index.ts would end as: an unhandled rejection, exit code 1.
      printed += `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`;
      process.exitCode = 1;
    }
    return { code: Number(process.exitCode ?? 0), stdout: printed };
  } finally {
    process.stdout.write = saved.stdout;
    process.stderr.write = saved.stderr;
    // The jest worker's own exit code is this one: a failed step must not fail the worker.
    process.exitCode = saved.exitCode;
    process.chdir(saved.cwd);
    process.env = saved.env;
  }
}
