import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { workingTreeSnapshot } from '../engine/repo-snapshot.js';
import { UsageError } from '../engine/usage-error.js';
import { builtinRules } from '../lint/generated/rules.js';
import { assessMaturity } from '../maturity/assess.js';
import { renderMaturityJson } from '../maturity/render-json.js';
import { renderMaturityMarkdown } from '../maturity/render-markdown.js';
import { renderMaturityText } from '../maturity/render-text.js';
import type { MaturityReport } from '../maturity/model.js';

const FORMATS = {
  text: renderMaturityText,
  json: renderMaturityJson,
  markdown: renderMaturityMarkdown,
} as const satisfies Record<string, (report: MaturityReport) => string>;

export interface CommandOutput {
  text: string;
  output?: string;
}

/** Reads `[PATH] [--format F] [--output FILE]`; anything else is a UsageError. */
export function parseCommandArgs(
  name: string,
  argv: readonly string[],
  formats: readonly string[],
  flags: Record<string, { type: 'boolean' }> = {},
): { path: string; format: string; output?: string; flags: Record<string, boolean> } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        // Accepted like every command's, though these reports have no colour.
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        ...flags,
      },
    });
  } catch (error) {
    throw new UsageError(
      `${name}: ${(error as Error).message.replace(/\. To specify a positional.*$/s, '.')}`,
    );
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1)
    throw new UsageError(`${name} takes one PATH (the repository); got ${positionals.length}`);
  const format = (values.format as string | undefined) ?? 'text';
  if (!formats.includes(format))
    throw new UsageError(`${name}: unknown format "${format}"; expected ${formats.join(', ')}`);
  const out: Record<string, boolean> = {};
  for (const key of Object.keys(flags)) out[key] = (values as Record<string, unknown>)[key] === true;
  const result: ReturnType<typeof parseCommandArgs> = { path: positionals[0] ?? '.', format, flags: out };
  if (typeof values.output === 'string') result.output = values.output;
  return result;
}

/** The repository folder a command assesses; a path that is not a folder is the user's to fix. */
export function repositoryFolder(name: string, cwd: string, path: string): string {
  const absolute = resolve(cwd, path);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(absolute).isDirectory();
  } catch {
    throw new UsageError(`${name}: ${path} does not exist`);
  }
  if (!isDirectory) throw new UsageError(`${name}: ${path} is not a folder; give the repository's folder`);
  return absolute;
}

/** `loadgate maturity [PATH] [--format text|json|markdown] [--output FILE]`. */
export function maturityCommand(argv: readonly string[], cwd: string): CommandOutput {
  const args = parseCommandArgs('maturity', argv, Object.keys(FORMATS));
  const root = repositoryFolder('maturity', cwd, args.path);
  const report = assessMaturity(workingTreeSnapshot(root), builtinRules);
  const text = FORMATS[args.format as keyof typeof FORMATS](report);
  return args.output === undefined ? { text } : { text, output: args.output };
}
