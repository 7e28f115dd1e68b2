import { mkdir, readFile, stat, writeFile } from '../util/fs-async.js';
import { dirname, resolve } from 'node:path';
import type { Report } from '../report/model.js';

/** Writes a report file, creating its folder; returns the absolute path. */
export async function writeArtifact(cwd: string, path: string, text: string): Promise<string> {
  const absolute = resolve(cwd, path);
  await mkdir(dirname(absolute), { recursive: true });
  await writeFile(absolute, text, 'utf8');
  return absolute;
}

const MAX_SOURCE_FILES = 200;
const MAX_SOURCE_BYTES = 1024 * 1024;

/**
 * Texts of the scenario files that have findings, by repository path: renderers use them to show fixes as
 * diffs and to fingerprint findings by line text. Unreadable or huge files are skipped; they only lose
 * those extras.
 */
export async function readSources(report: Report, workspace: string): Promise<Map<string, string>> {
  const sources = new Map<string, string>();
  const paths = report.files.filter((f) => f.findings.length > 0).map((f) => f.path);
  for (const path of paths.slice(0, MAX_SOURCE_FILES)) {
    try {
      const absolute = resolve(workspace, path);
      if ((await stat(absolute)).size > MAX_SOURCE_BYTES) continue;
      sources.set(path, await readFile(absolute, 'utf8'));
    } catch {
      // A file that vanished or cannot be read just gets no diff.
    }
  }
  return sources;
}
