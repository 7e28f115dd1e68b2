import type { Report } from '../../report/model.js';
import type { CommentPolicy } from '../../config/model.js';

/** What to do about the sticky comment. */
export type CommentDecision =
  /** Create it or update it. */
  | 'upsert'
  /** Update it only if it exists, so a comment that reported problems now says they are gone. */
  | 'update-only'
  | 'skip';

/** Something a reviewer should read: a failing verdict, warnings or errors, unreadable files, regressions. */
export function hasSomethingToSay(report: Report): boolean {
  const { error, warning } = report.summary.findings;
  return (
    report.verdict !== 'pass' ||
    error + warning > 0 ||
    report.summary.diagnostics > 0 ||
    report.summary.regressions > 0 ||
    report.results.some((r) => r.diagnostics.length > 0) ||
    (report.comparison !== undefined && report.comparison.verdict !== 'pass')
  );
}

export function decideComment(policy: CommentPolicy, report: Report): CommentDecision {
  switch (policy) {
    case 'never':
      return 'skip';
    case 'always':
      return 'upsert';
    case 'on-problems':
      return hasSomethingToSay(report) ? 'upsert' : 'update-only';
  }
}
