import type { SourceComment } from '../scenario/model.js';

export interface Suppression {
  /** The line the suppression applies to. */
  line: number;
  ruleIds: string[];
  reason?: string;
  commentLine: number;
}

const DIRECTIVE = /^\s*loadgate-disable-next-line\s+(.*)$/;

/**
 * Reads `loadgate-disable-next-line <rule>[, <rule>] -- reason` from comments. Suppression is by rule id,
 * never by message text, so rewording a message never resurrects a silenced finding.
 */
export function parseSuppressions(comments: readonly SourceComment[]): Suppression[] {
  const out: Suppression[] = [];
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.text.replace(/^[\s*]+/, ''));
    if (!match?.[1]) continue;
    const [ids, ...reasonParts] = match[1].split(/\s+--\s+|\s+--$/);
    const reason = reasonParts.join(' -- ').trim();
    const ruleIds = (ids ?? '')
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    out.push({ line: comment.line + 1, ruleIds, reason: reason || undefined, commentLine: comment.line });
  }
  return out;
}

export function isSuppressed(suppressions: readonly Suppression[], ruleId: string, line: number): boolean {
  return suppressions.some((s) => s.line === line && (s.ruleIds.includes(ruleId) || s.ruleIds.includes('*')));
}
