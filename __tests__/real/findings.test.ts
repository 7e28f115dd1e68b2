import { describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, itCorpus, REPO } from '../helpers/corpus.js';
import { runEngine } from '../../src/engine/run.js';
import type { FileReport } from '../../src/report/model.js';

/**
 * Frozen findings on real code: every real scenario file is linted the way `loadgate lint <files>` does, and
 * what it reports is kept per file in the snapshot, so a change that adds or drops a finding on someone's
 * real script shows in review. Read the changed lines with `node scripts/corpus-findings.mjs`, then accept
 * them with `npm test -- -u __tests__/real/findings.test.ts`.
 */
const K6_SCRIPTS = join(REPO, '__tests__/fixtures/real/k6');
const LOCUST_FILES = join(REPO, '__tests__/fixtures/real/locust');
const GATLING_SIMULATIONS = join(REPO, '__tests__/fixtures/real/gatling');
const ARTILLERY_SCRIPTS = join(CORPUS, 'scenarios/artillery');
const JMETER_PLANS = join(CORPUS, 'scenarios/jmeter');
const TAURUS_CONFIGS = join(CORPUS, 'scenarios/taurus');

describe('findings on real files', () => {
  it('k6 scripts from public projects (__tests__/fixtures/real/k6)', async () => {
    const files = await lintFolder(K6_SCRIPTS);
    expect(files.size).toBeGreaterThanOrEqual(48);
    expectEachFrozen(files);
  });

  it('Locust files from public projects (__tests__/fixtures/real/locust)', async () => {
    const files = await lintFolder(LOCUST_FILES);
    expect(files.size).toBeGreaterThanOrEqual(25);
    expect([...files.values()].every((lines) => lines[0] === 'tool locust')).toBe(true);
    expectEachFrozen(files);
  });

  it('Gatling simulations from public projects (__tests__/fixtures/real/gatling)', async () => {
    const files = await lintFolder(GATLING_SIMULATIONS);
    expect(files.size).toBeGreaterThanOrEqual(20);
    // Every one is recognised and parses: no diagnostic on a real simulation.
    expect(
      [...files.values()].filter(
        (lines) => lines[0] !== 'tool gatling' || lines.some((l) => l.startsWith('diagnostic')),
      ),
    ).toEqual([]);
    expectEachFrozen(files);
  });

  // Skipped without the corpus; a skipped test keeps its per-file snapshots (they are named after it).
  itCorpus('Artillery scripts from public projects (corpus scenarios/artillery)', async () => {
    const files = await lintFolder(ARTILLERY_SCRIPTS);
    expect(files.size).toBeGreaterThanOrEqual(40);
    expectEachFrozen(files);
  });

  itCorpus('JMeter plans from public projects (corpus scenarios/jmeter)', async () => {
    const files = await lintFolder(JMETER_PLANS);
    expect(files.size).toBeGreaterThanOrEqual(60);
    expectEachFrozen(files);
  });

  itCorpus('Taurus configs from public projects (corpus scenarios/taurus)', async () => {
    const files = await lintFolder(TAURUS_CONFIGS);
    expect(files.size).toBeGreaterThanOrEqual(30);
    expect([...files.values()].every((lines) => lines[0] === 'tool taurus')).toBe(true);
    expectEachFrozen(files);
  });
});

/** What a reviewer needs to judge a change: where each finding is, which rule, how severe; parse problems. */
async function lintFolder(dir: string): Promise<Map<string, string[]>> {
  // Named one by one, so a file no adapter claims is listed with its reason rather than dropped.
  const paths = readdirSync(dir).filter((name) => name !== 'SOURCES.md');
  const { report } = await runEngine({ command: 'lint', cwd: dir, paths });
  return new Map(report.files.map((file) => [file.path, describeFile(file)]));
}

function describeFile(file: FileReport): string[] {
  const findings = [...file.findings]
    .sort(
      (a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column || a.ruleId.localeCompare(b.ruleId),
    )
    .map((f) => `${f.ruleId} ${f.loc.line}:${f.loc.column} ${f.severity}`);
  const diagnostics = file.diagnostics.map(
    (d) => `diagnostic ${d.line ?? '-'}:${d.column ?? '-'} ${d.severity} ${d.message}`,
  );
  return [`tool ${file.tool ?? 'none'}`, ...findings, ...diagnostics];
}

/** One snapshot per file, named after it. A snapshot mismatch does not stop the test: every changed file shows. */
function expectEachFrozen(files: Map<string, string[]>): void {
  for (const [path, lines] of [...files].sort(([a], [b]) => a.localeCompare(b)))
    expect(lines).toMatchSnapshot(path);
}
