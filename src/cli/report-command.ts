import { parseArgs } from 'node:util';
import { readDashboardInput, type AnalyzeRun } from '../engine/dashboard.js';
import { writeArtifact } from '../engine/artifacts.js';
import { reportPath } from '../engine/paths.js';
import { UsageError } from '../engine/usage-error.js';
import { renderDashboard } from '../report/dashboard/html.js';
import { terminalText } from '../report/escape.js';
import { plural } from '../report/format.js';
import type { CliIo } from './main.js';
import { Progress } from './progress.js';
import { readDiagnosticLines } from './read-diagnostics.js';

export interface ReportCommandOptions {
  /** The bottleneck detectors run on the last run; `analyzeRun` unless a test hands in its own. */
  analyze?: AnalyzeRun;
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        html: { type: 'boolean' },
        out: { type: 'string', short: 'o' },
        history: { type: 'string' },
        maturity: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(
      `report: ${(error as Error).message.replace(/\. To specify a positional.*$/s, '.')}`,
    );
  }
}

/**
 * `loadgate report --html --out FILE [--history FILE] [--maturity FILE] RUN...`: the trend dashboard, one
 * self-contained HTML file. Exit 0 when written; 2 when misused or when no run could be read (nothing is
 * written). Problems go to stderr one line each, then `loadgate: wrote FILE (…)`.
 */
export async function reportCommand(
  argv: readonly string[],
  io: CliIo,
  options: ReportCommandOptions = {},
): Promise<number> {
  const { values, positionals } = parse(argv);
  if (!values.html)
    throw new UsageError('report needs --html: the dashboard is the one report format it writes');
  if (!values.out) throw new UsageError('report needs --out FILE: where to write the HTML');
  if (positionals.length === 0 && !values.history)
    throw new UsageError('report needs runs: loadgate report --html --out FILE RUN... (or --history FILE)');
  if (positionals.includes('-'))
    throw new UsageError('report reads files; - (standard input) is not accepted');
  const progress = new Progress({ stream: io.stderr, env: io.env });
  const { input, diagnostics } = await readDashboardInput({
    cwd: io.cwd,
    runs: positionals,
    ...(values.history ? { history: values.history } : {}),
    ...(values.maturity ? { maturity: values.maturity } : {}),
    ...(options.analyze ? { analyze: options.analyze } : {}),
    progress: progress.read,
  }).finally(() => progress.done());
  io.stderr.write(readDiagnosticLines(diagnostics));
  if (input.entries.length === 0) {
    io.stderr.write('loadgate: report: no run could be read, so no dashboard was written\n');
    return 2;
  }
  const html = renderDashboard(input);
  let written: string;
  try {
    written = await writeArtifact(io.cwd, values.out, html);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`cannot write the dashboard to ${values.out} (${code})`, { help: false });
  }
  const n = input.entries.length;
  const kb = (Buffer.byteLength(html) / 1024).toFixed(0);
  const parts = [
    `${n} run${n === 1 ? '' : 's'}`,
    input.comparison ? `latest comparison ${input.comparison.verdict}` : 'no comparison',
    ...(input.analysis ? [plural(input.analysis.findings.length, 'analysis finding')] : []),
    ...(input.maturity ? [`maturity level ${input.maturity.level}`] : []),
  ];
  io.stderr.write(
    `loadgate: wrote ${terminalText(reportPath(written, io.cwd), { maxLength: 200 })} (${kb} kB): ${parts.join(', ')}\n`,
  );
  return 0;
}
