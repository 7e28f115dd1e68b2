import { isAutoBaseline } from './baseline-source.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '../config/errors.js';
import type { Config } from '../config/model.js';
import type { FileReport } from '../report/model.js';
import { scenarioToolNames } from '../scenario/adapters.js';
import { toolName } from '../scenario/tool-names.js';
import type { ToolSide } from './compare-files.js';
import { isGlob, reportPath } from './paths.js';
import type { EngineRequest } from './run.js';
import { UsageError } from './usage-error.js';
import { globFiles } from './walk.js';

/**
 * The errors that stop a run because the gate would otherwise check nothing, or the wrong thing, and still
 * report success. Each is one line naming what was searched or compared, and the config line when the
 * config said it (exit 2).
 */

/** No scenario file was examined: say where loadgate looked and with which filter. */
export function nothingFound(
  request: EngineRequest,
  config: Config,
  cwd: string,
  paths: readonly string[],
  missing: readonly { path: string; reason: string }[],
  files: readonly FileReport[],
): Error {
  const absent = new Map(missing.map((m) => [m.path, m.reason]));
  const notScenarios = new Set(files.filter((f) => f.tool === null).map((f) => f.path));
  const named = !!request.paths?.length;
  let walked = false;
  const searched = paths.map((path) => {
    const shown = named ? path : reportPath(resolve(cwd, path), cwd);
    const reason = absent.get(path);
    if (reason) return `${shown} (${reason})`;
    if (isGlob(path)) return shown;
    if (notScenarios.has(reportPath(resolve(cwd, path), cwd)))
      return `${shown} (not a ${scenarioToolNames} scenario)`;
    walked = true;
    return shown;
  });
  const where = searched.join(', ');
  const includeLine = config.lines.include;
  if (walked && config.file && includeLine !== undefined) {
    return new ConfigError(
      `"include" (${config.include.join(', ')}) matches no ${scenarioToolNames} scenario file in ${where}; check the globs (they are relative to the config's folder)`,
      config.file,
      includeLine,
    );
  }
  if (request.command === 'check' && !named) {
    const results = config.results.length
      ? `"results" (${config.results.join(', ')}) matches no result file`
      : 'no results to compare (set "include" or "results" in .loadgate.yml)';
    return new UsageError(
      `nothing to check: no ${scenarioToolNames} scenario file in ${where} and ${results}`,
      {
        help: false,
      },
    );
  }
  return new UsageError(`no ${scenarioToolNames} scenario files found: searched ${where}`, { help: false });
}

/** `--baseline` and `--current` name files the user typed: one that is not there is a typo, not a first run. */
export function requireNamedFiles(request: EngineRequest, cwd: string): void {
  const named: [string, string | undefined][] = [
    ['--baseline', isAutoBaseline(request.baseline) ? undefined : request.baseline],
    ...(request.current ?? []).map((p): [string, string] => ['--current', p]),
  ];
  for (const [option, path] of named) {
    // `-` is standard input (`--current -`), not a file; a glob (quoted, so the shell left it) must match.
    if (path !== undefined && isGlob(path) && globFiles(cwd, path).length === 0)
      throw new UsageError(`${option} ${path} matches no file`, { help: false });
    if (path !== undefined && path !== '-' && !isGlob(path) && !existsSync(resolve(cwd, path)))
      throw new UsageError(`${option} ${path} does not exist`, { help: false });
  }
}

/** Results of two tools measure latency differently; comparing them is a mistake in what was configured. */
export function toolMismatchError(
  sides: { baseline: ToolSide; current: ToolSide },
  request: EngineRequest,
  config: Config,
): ConfigError {
  const { baseline, current } = sides;
  const message =
    `cannot compare results of two tools: the baseline ${baseline.path} is ${article(baseline.tool)} result ` +
    `and the current ${current.path} ${article(current.tool)} result; ${toolName(baseline.tool)} and ` +
    `${toolName(current.tool)} measure latency differently, so compare runs of one tool`;
  // Point at the config line that named a side, when a side came from the config.
  const key =
    request.baseline === undefined && config.baseline
      ? 'baseline'
      : !request.current?.length
        ? 'results'
        : undefined;
  const line = key ? config.lines[key] : undefined;
  return key && config.file ? new ConfigError(message, config.file, line) : new ConfigError(message);
}

/** "a k6", "an Artillery". */
function article(tool: string): string {
  const name = toolName(tool);
  return `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`;
}
