import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, itCorpus, REPO } from '../helpers/corpus.js';
import { runEngine } from '../../src/engine/run.js';
import { builtinRules } from '../../src/lint/generated/rules.js';

/**
 * The verdicts a person gave each finding on the real files (`node scripts/corpus-findings.mjs --precision`
 * turns them into each rule's precision). A verdict must stay about a finding loadgate still reports, or the
 * precision counts a finding that is gone; a finding with no verdict yet is fine here (rules change in
 * parallel), the script lists those to be judged.
 */
interface Judgement {
  file: string;
  ruleId: string;
  line: number;
  verdict: string;
  why: string;
}

const { judgements } = JSON.parse(readFileSync(join(REPO, '__tests__/real/judgements.json'), 'utf8')) as {
  judgements: Judgement[];
};
const K6_SCRIPTS = join(REPO, '__tests__/fixtures/real/k6');
const GATLING_SIMULATIONS = join(REPO, '__tests__/fixtures/real/gatling');
const ARTILLERY_SCRIPTS = join(CORPUS, 'scenarios/artillery');
const TAURUS_CONFIGS = join(CORPUS, 'scenarios/taurus');
const key = (file: string, ruleId: string, line: number): string => `${file} ${ruleId} ${line}`;

describe('judgements of the findings on real files', () => {
  it('give each finding one verdict (right, wrong or debatable) with a reason, on a known rule', () => {
    const rules = new Set(builtinRules.map((r) => r.id));
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const j of judgements) {
      const k = key(j.file, j.ruleId, j.line);
      if (!['right', 'wrong', 'debatable'].includes(j.verdict)) problems.push(`${k}: verdict "${j.verdict}"`);
      if (typeof j.why !== 'string' || j.why.trim() === '') problems.push(`${k}: no reason`);
      if (!Number.isInteger(j.line) || j.line < 1) problems.push(`${k}: line is not a line number`);
      if (!rules.has(j.ruleId)) problems.push(`${k}: no such rule`);
      if (seen.has(k)) problems.push(`${k}: judged twice`);
      seen.add(k);
    }
    expect(problems).toEqual([]);
    expect(judgements.length).toBeGreaterThan(0);
  });

  it('name only findings still reported on the real k6 scripts', async () => {
    expect(await gone(K6_SCRIPTS)).toEqual([]);
  });

  it('name only findings still reported on the real Gatling simulations', async () => {
    expect(await gone(GATLING_SIMULATIONS)).toEqual([]);
  });

  itCorpus('name only findings still reported on the Artillery scripts of the corpus', async () => {
    expect(await gone(ARTILLERY_SCRIPTS)).toEqual([]);
  });

  itCorpus('name only findings still reported on the Taurus configs of the corpus', async () => {
    expect(await gone(TAURUS_CONFIGS)).toEqual([]);
  });
});

/** The judgements on this folder's files whose finding loadgate no longer reports. */
async function gone(dir: string): Promise<string[]> {
  const paths = readdirSync(dir).filter((name) => name !== 'SOURCES.md');
  const { report } = await runEngine({ command: 'lint', cwd: dir, paths });
  const reported = new Set(
    report.files.flatMap((file) => file.findings.map((f) => key(file.path, f.ruleId, f.loc.line))),
  );
  const linted = new Set(paths);
  return judgements
    .filter((j) => linted.has(j.file))
    .map((j) => key(j.file, j.ruleId, j.line))
    .filter((k) => !reported.has(k));
}
