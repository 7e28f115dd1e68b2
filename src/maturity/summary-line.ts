import { escapeMarkdown } from '../report/escape.js';
import { inlineMarkdown } from './inline-markdown.js';
import { MAX_LEVEL } from './levels.js';
import type { MaturityReport } from './model.js';

/** The base branch's level, or why it is not known. */
export type BaseLevel = { level: number } | { unknown: string };

/**
 * One line for the PR comment and the job summary: this branch's level, its change against the base branch,
 * and the first step to the next level.
 */
export function maturityLine(head: MaturityReport, base?: BaseLevel): string {
  let change = '';
  if (base && 'level' in base) {
    const delta = head.level - base.level;
    change =
      delta === 0
        ? ' (unchanged from the base branch)'
        : ` (${delta > 0 ? '▲' : '▼'} from level ${base.level} on the base branch)`;
  } else if (base) {
    change = ` (base level unknown: ${escapeMarkdown(base.unknown, { maxLength: 200 })})`;
  }
  const next = head.nextSteps[0];
  const step = next ? ` · next: ${inlineMarkdown(next)}` : '';
  return `**Load-testing maturity:** level ${head.level} of ${MAX_LEVEL}, ${escapeMarkdown(head.levelName)}${change}${step}`;
}
