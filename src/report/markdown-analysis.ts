import { detectorById } from '../analyze/registry.js';
import type { AnalysisFinding, AnalysisResult } from '../analyze/model.js';
import { topFindings } from '../analyze/analyze.js';
import { codeSpan, escapeMarkdown } from './escape.js';

const MARK: Record<AnalysisFinding['severity'], string> = { high: '🔴', medium: '🟠', low: '🔵' };

/**
 * The bottlenecks section of the PR comment and the job summary: the top findings (three in a comment,
 * every one in the summary), each with its next step. Messages quote endpoint names and error messages from
 * result files, so every piece is escaped; the endpoint is a code span. Undefined when nothing was found.
 */
export function analysisMarkdown(analysis: AnalysisResult | undefined, max = 3): string | undefined {
  if (!analysis || analysis.findings.length === 0) return undefined;
  const shown = topFindings(analysis, max);
  const more = analysis.findings.length - shown.length;
  const head = `**Bottlenecks** (${
    more > 0 ? `top ${shown.length} of ${analysis.findings.length}` : `${shown.length}`
  }; analysis never changes the verdict)`;
  return [head, ...shown.map(item), ...(more > 0 ? [`- _… and ${more} more in the full report._`] : [])].join(
    '\n',
  );
}

function item(f: AnalysisFinding): string {
  const title = detectorById(f.detector)?.title ?? f.detector;
  const where = f.endpoint ? ` ${codeSpan(f.endpoint, { maxLength: 120 })}:` : '';
  return [
    `- ${MARK[f.severity]} **${escapeMarkdown(title, { maxLength: 80 })}**${where} ${escapeMarkdown(f.message, { maxLength: 600 })}`,
    `  **Next:** ${escapeMarkdown(f.recommendation, { maxLength: 400 })}`,
  ].join('\n');
}
