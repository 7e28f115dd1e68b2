import { parseArgs } from 'node:util';
import type { Command } from '../engine/run.js';
import { UsageError } from '../engine/usage-error.js';
import type { FailOn } from '../report/model.js';
import { FORMAT_NAMES, isFormatName, type FormatName } from '../report/renderers.js';

export const COMMANDS: readonly Command[] = ['lint', 'compare', 'check'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'regression', 'never'];

export type CliArgs =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: 'run';
      command: Command;
      paths: string[];
      format?: FormatName;
      output?: string;
      config?: string;
      failOn?: FailOn;
      baseline?: string;
      current: string[];
      color?: boolean;
      /** `--fix` (safe fixes) or `--fix-suggestions` (safe fixes and suggestions). */
      fix: boolean;
      fixSuggestions: boolean;
      saveRun?: string;
      history?: string;
      baseRef?: string;
    };

/** Parses the command line; anything wrong is a UsageError whose message says what is accepted. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        'fail-on': { type: 'string' },
        baseline: { type: 'string' },
        current: { type: 'string', multiple: true },
        color: { type: 'boolean' },
        fix: { type: 'boolean' },
        'fix-suggestions': { type: 'boolean' },
        'save-run': { type: 'string' },
        history: { type: 'string' },
        'base-ref': { type: 'string' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, '.'));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...paths] = positionals;
  if (!command) throw new UsageError(`a command is required: ${COMMANDS.join(', ')}`);
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(
      `unknown command "${command}"; expected ${[...COMMANDS, 'ingest', 'history', 'report', 'maturity', 'rules'].join(', ')}`,
    );
  }
  if (values.format !== undefined && !isFormatName(values.format)) {
    throw new UsageError(`unknown format "${values.format}"; expected ${FORMAT_NAMES.join(', ')}`);
  }
  const failOn = values['fail-on'];
  if (failOn !== undefined && !(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new UsageError(`--fail-on must be ${FAIL_ON.join(', ')}; got "${failOn}"`);
  }
  if (command !== 'lint' && paths.length > 0) {
    throw new UsageError(
      `${command} takes no paths; lint paths come from .loadgate.yml (use "loadgate lint PATH")`,
    );
  }
  if (values.fix && command !== 'lint') throw new UsageError('--fix only applies to lint');
  if (values['fix-suggestions'] && command !== 'lint')
    throw new UsageError('--fix-suggestions only applies to lint');
  if (values['save-run'] !== undefined && command === 'lint') {
    throw new UsageError('--save-run writes the current result as a run file; use it with compare or check');
  }
  if ((values.current ?? []).filter((c) => c === '-').length > 1) {
    throw new UsageError('--current - reads standard input, which can be given once');
  }
  if (values.baseline === '-') {
    throw new UsageError(
      '--baseline - is not supported: standard input is for the current result (--current -)',
    );
  }
  if (values.history !== undefined && command === 'lint') {
    throw new UsageError('--history charts results against past runs; use it with compare or check');
  }
  const baseRef = values['base-ref'];
  if (baseRef !== undefined && command === 'compare') {
    throw new UsageError('--base-ref compares scenario load profiles; use it with lint or check');
  }
  if (baseRef !== undefined && (baseRef === '' || baseRef.startsWith('-'))) {
    throw new UsageError(`--base-ref needs a git revision (a branch, tag or commit); got "${baseRef}"`);
  }
  if (command === 'lint' && (values.baseline !== undefined || values.current !== undefined)) {
    throw new UsageError('lint does not compare results; use "loadgate compare" or "loadgate check"');
  }
  return {
    kind: 'run',
    command: command as Command,
    paths,
    format: values.format as FormatName | undefined,
    output: values.output,
    config: values.config,
    failOn: failOn as FailOn | undefined,
    baseline: values.baseline,
    current: values.current ?? [],
    color: values['no-color'] ? false : values.color,
    fix: values.fix === true || values['fix-suggestions'] === true,
    fixSuggestions: values['fix-suggestions'] === true,
    saveRun: values['save-run'],
    ...(values.history !== undefined ? { history: values.history } : {}),
    ...(baseRef !== undefined ? { baseRef } : {}),
  };
}
