import { open, readFile, stat } from 'node:fs/promises';
import type { Config } from '../config/model.js';
import { settingsForFile } from '../config/rule-settings.js';
import { lintText } from '../lint/lint-text.js';
import type { RuleDefinition } from '../lint/types.js';
import type { FileReport } from '../report/model.js';
import { adapterFor } from '../scenario/adapters.js';
import type { AdapterContext } from '../scenario/model.js';
import type { Candidate } from './discover.js';
import { reportPath } from './paths.js';

/** Discovered files larger than this are sniffed from their head only and read whole only when claimed. */
const SNIFF_BYTES = 64 * 1024;
const READ_CONCURRENCY = 16;

export interface LintFilesOptions {
  cwd: string;
  /** Folder config globs (overrides) are relative to. */
  base: string;
  config: Config;
  rules: readonly RuleDefinition[];
  context: AdapterContext;
}

/**
 * Lints the candidates: reads them a few at a time, and keeps every file an adapter claimed or that was named
 * explicitly. A file that cannot be read becomes a diagnostic on its own report; the run goes on.
 */
export async function lintFiles(
  candidates: readonly Candidate[],
  options: LintFilesOptions,
): Promise<FileReport[]> {
  const reports: (FileReport | undefined)[] = new Array(candidates.length);
  let next = 0;
  const worker = async () => {
    while (next < candidates.length) {
      const index = next++;
      reports[index] = await lintOne(candidates[index]!, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, candidates.length) }, worker));
  return reports.filter((r): r is FileReport => r !== undefined);
}

async function lintOne(candidate: Candidate, options: LintFilesOptions): Promise<FileReport | undefined> {
  const path = reportPath(candidate.absolute, options.cwd);
  let text: string;
  try {
    text = await readCandidate(candidate);
  } catch (error) {
    if (!candidate.explicit) return undefined;
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'EISDIR' ? 'is a folder' : `could not be read (${code ?? (error as Error).message})`;
    return { path, tool: null, findings: [], diagnostics: [{ file: path, severity: 'error', message }] };
  }
  if (text.includes('\u0000')) {
    if (!candidate.explicit) return undefined;
    return {
      path,
      tool: null,
      findings: [],
      diagnostics: [{ file: path, severity: 'warning', message: 'is a binary file, not a scenario' }],
    };
  }
  const settingFor = settingsForFile(options.config, reportPath(candidate.absolute, options.base));
  const result = lintText(text, path, {
    rules: options.rules,
    settingFor,
    context: options.context,
    explicit: candidate.explicit,
  });
  if (result.tool === null && !candidate.explicit) return undefined;
  return { path, tool: result.tool, findings: result.findings, diagnostics: result.diagnostics };
}

/** Reads a file; a large discovered file is only read whole when its head looks like a scenario. */
async function readCandidate(candidate: Candidate): Promise<string> {
  if (candidate.explicit) return readFile(candidate.absolute, 'utf8');
  const { size } = await stat(candidate.absolute);
  if (size <= SNIFF_BYTES) return readFile(candidate.absolute, 'utf8');
  const handle = await open(candidate.absolute, 'r');
  try {
    const head = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
    if (!adapterFor(head.subarray(0, bytesRead).toString('utf8'), candidate.absolute)) return '';
  } finally {
    await handle.close();
  }
  return readFile(candidate.absolute, 'utf8');
}
