import { join } from 'node:path';
import { analyzeRun } from '../../src/analyze/analyze.js';
import type { AnalysisFinding, AnalysisResult } from '../../src/analyze/model.js';
import { readResultFiles } from '../../src/engine/read-result-file.js';
import type { Run } from '../../src/results/model.js';
import { CORPUS, REPO } from '../helpers/corpus.js';

/** A run read as the CLI reads it: a corpus result file (`artillery/x.json`), or several files of one run. */
export async function corpusRun(...files: string[]): Promise<Run> {
  return readRun(files.map((f) => join(CORPUS, 'results', f)));
}

/** A run of the detectors' own real-tool fixtures (`__tests__/fixtures/analysis/<name>`), or several files of one. */
export async function fixtureRun(...names: string[]): Promise<Run> {
  return readRun(names.map((name) => join(REPO, '__tests__/fixtures/analysis', name)));
}

async function readRun(absolute: string[]): Promise<Run> {
  const result = await readResultFiles(absolute.map((a) => ({ absolute: a, path: a.split('/').pop()! })));
  if (!result.run) throw new Error(`${absolute.join(', ')}: ${result.diagnostics[0]?.message ?? 'no run'}`);
  return result.run;
}

/** One detector's findings over a run, or its skip reason. */
export function detect(
  run: Run,
  detector: string,
  baseline?: Run,
): { findings: AnalysisFinding[]; skipped?: string; all: AnalysisResult } {
  const all = analyzeRun(run, baseline ? { baseline } : {});
  return {
    findings: all.findings.filter((f) => f.detector === detector),
    skipped: all.skipped.find((s) => s.detector === detector)?.reason,
    all,
  };
}
