import { createHash } from 'node:crypto';
import { codeSpan, escapeMarkdown } from '../../report/escape.js';
import type { Report } from '../../report/model.js';
import { sanitizeJobId } from '../../report/marker.js';
import { commentable, type ChangedLines } from './diff-hunks.js';
import { suggestionBlock, suggestionFor } from './suggestion.js';

/** One inline review comment loadgate wants on the pull request. */
export interface PlannedReviewComment {
  path: string;
  /** The (last) line it is on, in the new file. */
  line: number;
  /** The first line of a multi-line suggestion. */
  startLine?: number;
  body: string;
  /** Same finding, same place, same suggestion: same key, so a re-run does not post it again. */
  key: string;
}

/** A review with more comments than this buries the pull request; the sticky comment lists everything. */
export const MAX_REVIEW_COMMENTS = 30;

const REVIEW_MARKER = /^<!-- loadgate:review job=([A-Za-z0-9_.-]{1,100}) key=([0-9a-f]{16})( resolved)? -->$/;

export function reviewMarker(job: string, key: string, resolved = false): string {
  return `<!-- loadgate:review job=${sanitizeJobId(job)} key=${key}${resolved ? ' resolved' : ''} -->`;
}

/** The job, key and state of a loadgate review comment, from its first line; undefined for others. */
export function readReviewMarker(body: string): { job: string; key: string; resolved: boolean } | undefined {
  const m = REVIEW_MARKER.exec(body.split('\n', 1)[0]?.replace(/\r$/, '') ?? '');
  return m ? { job: m[1]!, key: m[2]!, resolved: m[3] !== undefined } : undefined;
}

const ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const;

/**
 * The inline comments for findings on lines the pull request added or changed. A finding whose fix has
 * exact edits that fall inside one hunk of the diff gets a ```suggestion block replacing those lines with
 * what the fix writes; any other finding on a changed line is posted with the fix in words. Findings
 * outside the diff are left to the sticky comment: GitHub refuses review comments off the diff.
 */
export function planReview(
  report: Report,
  sources: ReadonlyMap<string, string>,
  changed: ReadonlyMap<string, ChangedLines | undefined>,
  job: string,
): PlannedReviewComment[] {
  const planned: PlannedReviewComment[] = [];
  for (const file of report.files) {
    const lines = changed.get(file.path);
    if (!lines) continue;
    for (const finding of file.findings) {
      if (finding.severity === 'info' || !lines.added.has(finding.loc.line)) continue;
      const source = sources.get(file.path);
      const suggestion =
        source !== undefined && finding.fix?.edits ? suggestionFor(source, finding.fix.edits) : undefined;
      const block =
        suggestion && commentable(lines, suggestion.startLine, suggestion.endLine)
          ? suggestionBlock(suggestion.text)
          : undefined;
      const startLine =
        block && suggestion!.startLine < suggestion!.endLine ? suggestion!.startLine : undefined;
      const line = block ? suggestion!.endLine : finding.loc.line;
      const key = createHash('sha256')
        .update(
          [file.path, finding.ruleId, String(startLine ?? line), String(line), block ?? finding.message].join(
            '\0',
          ),
        )
        .digest('hex')
        .slice(0, 16);
      const text = [
        reviewMarker(job, key),
        `${ICON[finding.severity]} **${finding.severity}** ${codeSpan(finding.ruleId)}: ${escapeMarkdown(finding.message)}`,
      ];
      if (finding.fix) {
        text.push('', `**Fix:** ${escapeMarkdown(finding.fix.description)}`);
        if (block) text.push('', block);
      }
      planned.push({
        path: file.path,
        line,
        ...(startLine ? { startLine } : {}),
        body: text.join('\n'),
        key,
      });
      if (planned.length >= MAX_REVIEW_COMMENTS) return planned;
    }
  }
  return planned;
}
