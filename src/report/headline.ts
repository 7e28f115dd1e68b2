import { codeSpan, escapeMarkdown } from './escape.js';
import { endpointLabel, formatChange, formatValue, metricLabel, plural } from './format.js';
import { sloTargetMarkdown } from './slo-table.js';
import { comparedRows, worstFirst } from './markdown-comparison.js';
import type { Report } from './model.js';

/**
 * The verdict in one line, the first thing a reviewer reads: ❌ when the step fails, ⚠️ when there is
 * something to read that does not fail it, ✅ when all is well; then the worst news, with the endpoint and
 * the size of the change. The icon follows `fail-on`: lint errors under `fail-on: regression` are shown,
 * and said not to block.
 */
export function title(report: Report): string {
  const errors = report.summary.findings.error;
  const warnings = report.summary.findings.warning;
  const unreadable = report.summary.unreadable;
  const comparison = report.comparison;
  const regressed =
    comparison && comparison.comparable
      ? comparedRows(comparison)
          .filter((r) => r.metric.decision === 'regressed')
          .sort(worstFirst(comparison))
      : [];

  const news: string[] = [];
  // Said first: a reader who sees only the headline must not take an uncompared run for a clean one.
  if (report.invalid) news.push('run invalid (missed its intended load or its criteria got no samples)');
  else if (report.notCompared) news.push(`nothing compared (${shortReason(report.notCompared.reason)})`);
  const missedSlos = report.slo?.filter((s) => s.status === 'violated') ?? [];
  if (missedSlos.length > 0) {
    const first = missedSlos[0]!;
    news.push(
      `${codeSpan(first.endpoint, { maxLength: 80 })} ${metricLabel(first.metric)} missed its SLO (${formatValue(first.measured, first.unit)}, target ${sloTargetMarkdown(first)})` +
        (missedSlos.length > 1 ? ` (${missedSlos.length} SLOs missed)` : ''),
    );
  }
  const worst = regressed[0];
  if (worst) {
    const change = formatChange(worst.metric).replace(/^\+/, '');
    // The count is the one the action's outputs and its failure line give: endpoints that regressed.
    const regressions = report.summary.regressions;
    news.push(
      `${codeSpan(endpointLabel(worst.endpoint), { maxLength: 80 })} ${metricLabel(worst.metric.metric)} regressed ${change}` +
        (regressions > 1 ? ` (${regressions} regressions)` : ''),
    );
  }
  if (comparison && !comparison.comparable) news.push('runs not comparable');
  else if (comparison?.verdict === 'inconclusive' && !worst) news.push('comparison inconclusive');
  if (errors > 0) news.push(plural(errors, 'scenario error'));
  if (warnings > 0) news.push(plural(warnings, errors > 0 ? 'warning' : 'scenario warning'));
  if (unreadable > 0) news.push(`${plural(unreadable, 'file')} could not be read`);

  const failing =
    report.failOn !== 'never' &&
    (report.verdict === 'fail' || report.verdict === 'regressed' || report.verdict === 'invalid');
  const icon = failing ? '❌' : news.length > 0 || report.verdict !== 'pass' ? '⚠️' : '✅';
  if (news.length === 0) return `${icon} loadgate: ${cleanHeadline(report)}`;
  // Problems that do not fail the step say so, or the reader takes the ⚠️ for an oversight.
  const notBlocking =
    !failing &&
    (report.failOn === 'regression' || report.failOn === 'never') &&
    (errors > 0 || worst !== undefined || unreadable > 0)
      ? ` (not failing: fail-on is ${report.failOn})`
      : '';
  return `${icon} loadgate: ${joinNews(news)}${notBlocking}`;
}

/** "no baseline yet: x.json does not exist (…)" → "no baseline yet", for the headline. */
function shortReason(reason: string): string {
  return escapeMarkdown(reason.split(/: | \(/)[0]!, { maxLength: 120 });
}

function joinNews(news: string[]): string {
  if (news.length === 1) return news[0]!;
  if (news.length === 2) return `${news[0]!} and ${news[1]!}`;
  return `${news.slice(0, -1).join(', ')}, and ${news[news.length - 1]!}`;
}

function cleanHeadline(report: Report): string {
  const parts: string[] = [];
  const comparison = report.comparison;
  if (comparison) {
    const endpoints = comparison.endpoints.filter((e) => e.presence === 'both').length;
    const improved = comparison.endpoints
      .flatMap((e) => e.metrics)
      .filter((m) => m.decision === 'improved').length;
    parts.push(
      `no regressions across ${plural(endpoints, 'endpoint')}${improved > 0 ? ` (${improved} improved)` : ''}`,
    );
  }
  if (report.summary.files > 0 || !comparison) {
    const info = report.summary.findings.info;
    parts.push(
      `${plural(report.summary.files, 'scenario file')}, no problems found${info > 0 ? ` (${plural(info, 'note')})` : ''}`,
    );
  }
  return parts.join('; ');
}
