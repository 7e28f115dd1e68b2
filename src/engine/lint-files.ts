import { open, readFile, stat } from '../util/fs-async.js';
import { dirname, resolve } from 'node:path';
import type { Config } from '../config/model.js';
import { settingsForFile } from '../config/rule-settings.js';
import { checkFile, parseFile, type ParsedFile } from '../lint/lint-text.js';
import type { RuleDefinition } from '../lint/types.js';
import type { FileReport } from '../report/model.js';
import { adapterFor, ownedByName, prepareAdapterFor } from '../scenario/adapters.js';
import type { AdapterContext } from '../scenario/model.js';
import { profileOf } from '../scenario/profile/compute.js';
import { decodeText } from './decode.js';
import type { Candidate } from './discover.js';
import { reportPath } from './paths.js';
import type { LintProgress } from './progress.js';

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
  /** Told as each file is parsed, then checked: a progress line for large trees. */
  progress?: LintProgress;
}

/** A candidate after reading and parsing: a finished report (unreadable, skipped) or a parsed file. */
export type Read = { report: FileReport } | { parsed: ParsedFile; candidate: Candidate } | undefined;

/**
 * Lints the candidates in two passes: read and parse them a few at a time, then run the rules. Between the
 * two, the files are seen together: a k6 file that another linted script imports and that exports no
 * options of its own is a part of that script, not a test of its own (see `markParts`). A file that cannot
 * be read becomes a diagnostic on its own report; the run goes on.
 */
export async function lintFiles(
  candidates: readonly Candidate[],
  options: LintFilesOptions,
): Promise<FileReport[]> {
  const read: Read[] = new Array(candidates.length);
  const total = candidates.length;
  let next = 0;
  let parsed = 0;
  let checked = 0;
  const worker = async () => {
    while (next < candidates.length) {
      const index = next++;
      read[index] = await readOne(candidates[index]!, options);
      options.progress?.('parsed', ++parsed, total);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, candidates.length) }, worker));
  markParts(read);
  return read.flatMap((r): FileReport[] => {
    options.progress?.('checked', ++checked, total);
    if (!r) return [];
    if ('report' in r) return [r.report];
    const settingFor = settingsForFile(options.config, reportPath(r.candidate.absolute, options.base));
    const result = checkFile(r.parsed, { rules: options.rules, settingFor });
    const report: FileReport = {
      path: r.parsed.file,
      tool: result.tool,
      findings: result.findings,
      diagnostics: result.diagnostics,
      suppressed: result.suppressed,
    };
    if (r.parsed.scenario) report.profile = profileOf(r.parsed.scenario);
    return [report];
  });
}

/**
 * k6 projects split a test into an entry script (with `options`) and modules it imports, which often export
 * a default function too. A module imported by another file of this run that exports no options is linted
 * for what it does (requests, secrets), while criteria and load shape are left to the script importing it.
 */
export function markParts(read: readonly Read[]): void {
  const imported = new Set<string>();
  for (const r of read) {
    if (!r || !('parsed' in r) || r.parsed.tool !== 'k6') continue;
    for (const ref of r.parsed.scenario?.imports ?? []) {
      if (ref.specifier.startsWith('./') || ref.specifier.startsWith('../'))
        imported.add(resolve(dirname(r.candidate.absolute), ref.specifier));
    }
  }
  for (const r of read) {
    if (!r || !('parsed' in r) || !imported.has(r.candidate.absolute)) continue;
    const { parsed } = r;
    if (!markPart(parsed)) continue;
    // A fix is verified on a re-parse of the fixed text, which must be marked the same way.
    const reparse = parsed.reparse;
    if (reparse)
      parsed.reparse = (text) => {
        const again = reparse(text);
        markPart(again);
        return again;
      };
  }
}

/** Marks a parsed k6 file that exports no options as a part of the script importing it. */
function markPart(parsed: ParsedFile): boolean {
  const scenario = parsed.scenario;
  if (scenario?.tool !== 'k6' || scenario.exportsOptions !== false) return false;
  scenario.module = true;
  scenario.criteria = { ...scenario.criteria, status: 'unknown' };
  scenario.workloads = [];
  return true;
}

async function readOne(candidate: Candidate, options: LintFilesOptions): Promise<Read> {
  const path = reportPath(candidate.absolute, options.cwd);
  let text: string;
  try {
    text = await readCandidate(candidate);
  } catch (error) {
    if (!candidate.explicit) return undefined;
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'EISDIR' ? 'is a folder' : `could not be read (${code ?? (error as Error).message})`;
    return {
      report: { path, tool: null, findings: [], diagnostics: [{ file: path, severity: 'error', message }] },
    };
  }
  if (text.includes('\u0000')) {
    // A binary file under a name only one tool uses (a `.jmx`) was meant as a scenario: say so.
    if (!candidate.explicit && !ownedByName(candidate.absolute)) return undefined;
    return {
      report: {
        path,
        tool: null,
        findings: [],
        diagnostics: [
          { file: path, severity: 'warning', line: 1, message: 'is a binary file, not a scenario' },
        ],
      },
    };
  }
  await prepareAdapterFor(text, path);
  const parsed = parseFile(text, path, { context: options.context, explicit: candidate.explicit });
  if (parsed.tool === null && !candidate.explicit) return undefined;
  return { parsed, candidate };
}

/**
 * Reads a file as text (UTF-8 or UTF-16, see `decodeText`); a large discovered file is only read whole when
 * its head looks like a scenario.
 */
async function readCandidate(candidate: Candidate): Promise<string> {
  const whole = async () => decodeText(await readFile(candidate.absolute)).text;
  if (candidate.explicit) return whole();
  const { size } = await stat(candidate.absolute);
  if (size <= SNIFF_BYTES) return whole();
  const handle = await open(candidate.absolute, 'r');
  try {
    const head = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
    if (!adapterFor(decodeText(head.subarray(0, bytesRead)).text, candidate.absolute)) return '';
  } finally {
    await handle.close();
  }
  return whole();
}
