import { beforeAll, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scenarioAdapters } from '../../src/scenario/adapters.js';
import { runCli, type CliRun } from '../helpers/cli.js';
import { CORPUS, describeCorpus } from '../helpers/corpus.js';

/**
 * `npm run test:corpus`: the real CLI lints every scenario file of the shared corpus (real files from public
 * projects, `LOADGATE_CORPUS`) in one run, as a user would lint a repository. It fails on a crash, on a file
 * of a tool loadgate reads that it does not recognise as that tool, on a parse error in a valid file, and on
 * a file its SOURCES.md calls malformed that gets no diagnostic.
 */

/** The corpus's scenario folder, one subfolder per tool; LOADGATE_CORPUS may name it or the corpus root. */
const ROOT = existsSync(join(CORPUS, 'scenarios')) ? join(CORPUS, 'scenarios') : CORPUS;

interface CorpusFile {
  tool: string;
  /** Path relative to ROOT, as the report names it. */
  path: string;
  /** SOURCES.md says the file does not parse (MALFORMED XML/YAML, not a test plan at all). */
  malformed: boolean;
}

/** The files each SOURCES.md lists, with what it says of them. */
function corpusFiles(): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (const tool of readdirSync(ROOT).sort()) {
    const sources = join(ROOT, tool, 'SOURCES.md');
    if (!existsSync(sources)) continue;
    for (const line of readFileSync(sources, 'utf8').split('\n')) {
      const cells = line.split('|').map((c) => c.trim());
      const name = cells[1];
      if (!name || name === 'file' || /^-+$/.test(name) || !existsSync(join(ROOT, tool, name))) continue;
      files.push({ tool, path: `${tool}/${name}`, malformed: /MALFORMED|NOT A TEST PLAN/.test(line) });
    }
  }
  return files;
}

interface JsonFile {
  path: string;
  tool: string | null;
  findings: unknown[];
  diagnostics: { severity: string; message: string; line?: number }[];
}

describeCorpus('lint over the whole scenario corpus', () => {
  const listed = corpusFiles();
  const tools = new Set<string>(scenarioAdapters.map((a) => a.tool));
  const supported = listed.filter((f) => tools.has(f.tool));
  let run: CliRun;
  let byPath: Map<string, JsonFile>;

  beforeAll(async () => {
    run = await runCli(['lint', '.', '--format', 'json', '--fail-on', 'never'], ROOT);
    const report = JSON.parse(run.stdout) as { files: JsonFile[] };
    byPath = new Map(report.files.map((f) => [f.path, f]));
  }, 120_000);

  it('runs to the end without a crash, and the corpus lists files of tools loadgate reads', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(supported.length).toBeGreaterThan(100);
  });

  it('recognises every file of a tool it reads as that tool, clean ones listed with empty findings', () => {
    const wrong = supported
      .filter((f) => !f.malformed)
      .map((f) => ({ path: f.path, expected: f.tool, got: byPath.get(f.path)?.tool ?? 'not listed' }))
      .filter((f) => f.got !== f.expected);
    expect(wrong).toEqual([]);
    const clean = [...byPath.values()].filter((f) => f.findings.length === 0 && f.diagnostics.length === 0);
    expect(clean.every((f) => Array.isArray(f.findings))).toBe(true);
  });

  it('gives no valid file a parse error', () => {
    const errors = supported
      .filter((f) => !f.malformed)
      .flatMap((f) =>
        (byPath.get(f.path)?.diagnostics ?? [])
          .filter((d) => d.severity === 'error')
          .map((d) => `${f.path}:${d.line ?? '?'}: ${d.message}`),
      );
    expect(errors).toEqual([]);
  });

  it('gives every malformed file a diagnostic with its line', () => {
    const malformed = supported.filter((f) => f.malformed);
    expect(malformed.length).toBeGreaterThan(0);
    const silent = malformed
      .filter((f) => !(byPath.get(f.path)?.diagnostics ?? []).some((d) => d.line !== undefined))
      .map((f) => f.path);
    expect(silent).toEqual([]);
  });
});
