import type { PracticeResult } from './model.js';

/** The five levels of docs/load_testing_maturity_model.md; level 0 is a repository without scenarios. */
export const LEVEL_NAMES = [
  'No load tests',
  'Scenarios exist',
  'Tests can fail',
  'Gated in CI',
  'Realistic and varied',
  'Learning from history',
] as const;

export const MAX_LEVEL = LEVEL_NAMES.length - 1;

export const isMet = (p: PracticeResult) => p.score >= p.required;

/** The highest level whose practices, and those of every level below it, are all in place. */
export function levelOf(practices: readonly PracticeResult[]): number {
  let level = 0;
  for (let next = 1; next <= MAX_LEVEL; next++) {
    const needed = practices.filter((p) => p.level === next);
    if (needed.length === 0 || !needed.every(isMet)) break;
    level = next;
  }
  return level;
}

/** What the practices of the next level still lack, in the order the practices are listed. */
export function nextStepsFor(practices: readonly PracticeResult[], level: number): string[] {
  if (level >= MAX_LEVEL) return [];
  return practices.filter((p) => p.level === level + 1 && !isMet(p)).flatMap((p) => p.nextSteps);
}
