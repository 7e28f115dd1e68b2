import type { EndpointComparison, MetricVerdict } from '../compare/model.js';
import type { Finding } from '../lint/types.js';
import { codeSpan, escapeHtml, escapeMarkdown, fencedBlock } from './escape.js';
import { describeEditRange, editsDiff } from './fix-diff.js';
import {
  describeProfile,
  endpointLabel,
  formatBudget,
  formatChange,
  formatInterval,
  formatValue,
  metricLabel,
  overshoot,
  plural,
  shortCommit,
} from './format.js';
import { stickyMarker } from './marker.js';
import { unreadableFiles, type NotCompared, type Report, type SuppressedFinding } from './model.js';
import { findingsBySeverity, type LocatedFinding } from './order.js';
import { RUN_TABLE_METRICS, runRows } from './run-numbers.js';

export { isStickyComment, readStickyMarker, sanitizeJobId, stickyMarker } from './marker.js';

/** GitHub refuses comment bodies over 65,536 characters; this leaves room for what GitHub adds. */
export const COMMENT_BUDGET = 60_000;

export interface MarkdownOptions {
  /** Discriminates the sticky comments of several jobs on one pull request. */
  job?: string;
  /**
   * Paths (as in the report) the pull request changes. Findings elsewhere fold away; without the set,
   * every finding is listed open.
   */
  changedFiles?: ReadonlySet<string>;
  /** File texts by report path, to show fixes as diffs; without a file's text a fix shows its new text. */
  sources?: ReadonlyMap<string, string>;
  /** Maximum length of the output in characters; default {@link COMMENT_BUDGET}. */
  maxLength?: number;
  /** Where the full report is (the workflow run); linked from the footer and from cut lists. */
  reportUrl?: string;
  /** One line of Markdown, already escaped, on the repository's maturity level (src/maturity/summary-line.ts). */
  maturity?: string;
}

type Row = { endpoint: EndpointComparison; metric: MetricVerdict };

const DECISION_ICON: Record<MetricVerdict['decision'], string> = {
  regressed: '❌',
  improved: '✅',
  unchanged: '➖',
  inconclusive: '❔',
};

const MESSAGE_MAX = 1000;
const FIX_MAX_LINES = 40;

/** How much of each list the comment shows; the renderer tries plans until one fits the budget. */
interface Plan {
  unchangedList: boolean;
  foldedTable: boolean;
  openRows: number;
  diagnostics: number;
  openFindings: number;
}

const FULL: Plan = {
  unchangedList: true,
  foldedTable: true,
  openRows: Infinity,
  diagnostics: Infinity,
  openFindings: Infinity,
};

/**
 * The PR comment and job summary. Worst news first, decided rows open, the rest folded; everything from
 * scenario and result files escaped. Over the budget, the least important parts shrink first: findings in
 * unchanged files, then unchanged metrics, then the lists are cut between items (never inside a block).
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const max = options.maxLength ?? COMMENT_BUDGET;
  const parts = prepare(report, options);
  const plans: Plan[] = [
    FULL,
    { ...FULL, unchangedList: false },
    { ...FULL, unchangedList: false, foldedTable: false },
  ];
  for (const plan of plans) {
    const out = compose(parts, plan, options);
    if (out.length <= max) return out;
  }
  const plan = greedyPlan(parts, max, options);
  for (;;) {
    const out = compose(parts, plan, options);
    if (out.length <= max) return out;
    if (plan.openFindings > 0) plan.openFindings = Math.floor(plan.openFindings * 0.9);
    else if (plan.diagnostics > 0) plan.diagnostics = Math.floor(plan.diagnostics * 0.9);
    else if (plan.openRows > 0) plan.openRows = Math.floor(plan.openRows * 0.9);
    else return minimal(report, options, max);
  }
}

/** Fills the space left by the fixed parts: decided rows first, then diagnostics, then findings. */
function greedyPlan(parts: Parts, max: number, options: MarkdownOptions): Plan {
  const plan: Plan = {
    unchangedList: false,
    foldedTable: false,
    openRows: 0,
    diagnostics: 0,
    openFindings: 0,
  };
  let room = max - compose(parts, plan, options).length;
  const take = (items: string[]): number => {
    let n = 0;
    for (const item of items) {
      if (item.length + 2 > room) break;
      room -= item.length + 2;
      n++;
    }
    return n;
  };
  plan.openRows = take(parts.openRows);
  plan.diagnostics = take(parts.diagnostics);
  plan.openFindings = take(parts.openFindings);
  return plan;
}

/** Last resort when even the headline does not fit: the title and where to look. */
function minimal(report: Report, options: MarkdownOptions, max: number): string {
  const text = [
    stickyMarker(options.job),
    `### ${title(report)}`,
    'The report is too large for a comment; see the job summary and the JSON report.',
  ].join('\n');
  return text.slice(0, max);
}

interface Parts {
  title: string;
  /** Header and separator of the table of decided rows, when there is a comparison to show. */
  openTableHead?: string;
  openRows: string[];
  absent?: string;
  notComparable?: string;
  /** Nothing was compared: why, and the current run's numbers. */
  notCompared?: string;
  /** Findings silenced by comments, with their reasons, folded. */
  suppressed?: { summary: string; items: string[] };
  folded?: { summary: string; table: string };
  openFindingsHeading?: string;
  openFindings: string[];
  diagnosticsHeading?: string;
  diagnostics: string[];
  unchanged?: { count: number; summary: string; items: string[] };
  footer: string;
}

function prepare(report: Report, options: MarkdownOptions): Parts {
  const located = findingsBySeverity(report);
  const changed = options.changedFiles;
  const open = changed ? located.filter((f) => changed.has(f.path)) : located;
  const folded = changed ? located.filter((f) => !changed.has(f.path)) : [];

  const parts: Parts = {
    title: `### ${title(report)}`,
    openRows: [],
    openFindings: open.map((f) => findingItem(f, options, true)),
    diagnostics: diagnosticItems(report),
    footer: footer(report, options),
  };

  if (report.notCompared) parts.notCompared = notCompared(report.notCompared);
  const silenced = report.files.flatMap((file) =>
    (file.suppressed ?? []).map((finding) => ({ path: file.path, finding })),
  );
  if (silenced.length > 0) {
    const unexplained = silenced.filter((s) => !s.finding.suppression.reason).length;
    parts.suppressed = {
      summary: `${plural(silenced.length, 'suppressed finding')}${unexplained > 0 ? `, ${unexplained} without a reason` : ''}`,
      items: silenced.map(suppressedItem),
    };
  }
  const comparison = report.comparison;
  if (comparison && !comparison.comparable) {
    parts.notComparable = notComparable(report);
  } else if (comparison) {
    const rows = comparison.endpoints.flatMap((endpoint) =>
      endpoint.presence === 'both' ? endpoint.metrics.map((metric) => ({ endpoint, metric })) : [],
    );
    const decided = rows
      .filter((r) => r.metric.decision === 'regressed' || r.metric.decision === 'improved')
      .sort(
        (a, b) =>
          (a.metric.decision === 'regressed' ? 0 : 1) - (b.metric.decision === 'regressed' ? 0 : 1) ||
          overshoot(b.metric) - overshoot(a.metric),
      );
    const rest = rows.filter(
      (r) => r.metric.decision === 'unchanged' || r.metric.decision === 'inconclusive',
    );
    if (decided.length > 0) {
      const withCi = decided.some((r) => r.metric.ci);
      parts.openTableHead = [
        `| | endpoint | metric | ${runHeader('base', comparison.baseline.commit)} | ${runHeader('this PR', comparison.current.commit)} | ${withCi ? 'change (95% CI)' : 'change'} | budget |`,
        '|---|---|---|---|---|---|---|',
      ].join('\n');
      parts.openRows = decided.map((r) => openRow(r));
    }
    if (rest.length > 0) parts.folded = foldedTable(rest, comparison.endpoints);
    parts.absent = absentEndpoints(comparison.endpoints);
  }

  if (open.length > 0) {
    const where = changed ? 'Scenario findings in changed files' : 'Scenario findings';
    parts.openFindingsHeading = `**${where}** · ${severityCounts(open)}`;
  }
  if (parts.diagnostics.length > 0) {
    const unreadable = report.summary.unreadable;
    const notes = parts.diagnostics.length - diagnosticErrors(report);
    const heading =
      notes === 0
        ? 'Files loadgate could not read'
        : unreadable === 0
          ? 'Notes on the files'
          : 'Files loadgate could not read, and notes';
    parts.diagnosticsHeading = `**${heading}** · ${parts.diagnostics.length}`;
  }
  if (folded.length > 0) {
    parts.unchanged = {
      count: folded.length,
      summary: `${plural(folded.length, 'finding')} in unchanged files · ${severityCounts(folded)}`,
      items: folded.map((f) => findingItem(f, options, false)),
    };
  }
  return parts;
}

function compose(parts: Parts, plan: Plan, options: MarkdownOptions): string {
  const sections: string[] = [`${stickyMarker(options.job)}\n${parts.title}`];
  const more = (n: number, what: string) =>
    `_… and ${n} more ${n === 1 ? what : `${what}s`}, left out to keep this comment under GitHub's size limit; ${fullReport(options)}._`;

  if (parts.notCompared) sections.push(parts.notCompared);
  if (parts.notComparable) sections.push(parts.notComparable);
  if (parts.openTableHead) {
    const shown = parts.openRows.slice(0, plan.openRows);
    if (shown.length > 0) sections.push([parts.openTableHead, ...shown].join('\n'));
    if (shown.length < parts.openRows.length)
      sections.push(more(parts.openRows.length - shown.length, 'decided metric'));
  }
  if (parts.absent) sections.push(parts.absent);
  if (parts.folded) {
    sections.push(
      plan.foldedTable
        ? `<details><summary>${parts.folded.summary}</summary>\n\n${parts.folded.table}\n\n</details>`
        : `${parts.folded.summary}, not listed to keep this comment short.`,
    );
  }
  if (parts.openFindingsHeading) {
    const shown = parts.openFindings.slice(0, plan.openFindings);
    sections.push(parts.openFindingsHeading);
    if (shown.length > 0) sections.push(shown.join('\n'));
    if (shown.length < parts.openFindings.length)
      sections.push(more(parts.openFindings.length - shown.length, 'finding'));
  }
  if (parts.diagnosticsHeading) {
    const shown = parts.diagnostics.slice(0, plan.diagnostics);
    sections.push(parts.diagnosticsHeading);
    if (shown.length > 0) sections.push(shown.join('\n'));
    if (shown.length < parts.diagnostics.length)
      sections.push(more(parts.diagnostics.length - shown.length, 'diagnostic'));
  }
  if (parts.suppressed) {
    sections.push(
      plan.unchangedList
        ? `<details><summary>${escapeHtml(parts.suppressed.summary)}</summary>\n\n${parts.suppressed.items.join('\n')}\n\n</details>`
        : `**${parts.suppressed.summary}**, not listed to keep this comment short; ${fullReport(options)}.`,
    );
  }
  if (parts.unchanged) {
    sections.push(
      plan.unchangedList
        ? `<details><summary>${escapeHtml(parts.unchanged.summary)}</summary>\n\n${parts.unchanged.items.join('\n')}\n\n</details>`
        : `**${parts.unchanged.summary}**, not listed to keep this comment short; ${fullReport(options)}.`,
    );
  }
  if (options.maturity) sections.push(options.maturity);
  sections.push(parts.footer);
  return sections.join('\n\n') + '\n';
}

function fullReport(options: MarkdownOptions): string {
  const url = safeUrl(options.reportUrl);
  return url ? `see the [full report](${url})` : 'see the job summary and the JSON report';
}

/** Only loadgate's own http(s) URLs are linked; parentheses and spaces would end the link early. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s()<>]+$/.test(url)) return undefined;
  return url;
}

function runHeader(label: string, commit: string | undefined): string {
  const sha = shortCommit(commit);
  return sha ? `${label} ${codeSpan(sha, { table: true })}` : label;
}

function changeCell(metric: MetricVerdict, bold: boolean): string {
  const change = formatChange(metric);
  const ci = formatInterval(metric);
  const shown = bold && change !== '—' ? `**${change}**` : change;
  return ci ? `${shown} (${ci})` : shown;
}

function openRow({ endpoint, metric }: Row): string {
  return [
    '',
    DECISION_ICON[metric.decision],
    codeSpan(endpointLabel(endpoint), { table: true, maxLength: 120 }),
    metricLabel(metric.metric),
    formatValue(metric.baseline, metric.unit),
    formatValue(metric.current, metric.unit),
    changeCell(metric, metric.decision === 'regressed'),
    formatBudget(metric.budget, metric.unit),
    '',
  ]
    .join(' | ')
    .trim();
}

function foldedTable(rows: Row[], endpoints: EndpointComparison[]): { summary: string; table: string } {
  const unchanged = rows.filter((r) => r.metric.decision === 'unchanged').length;
  const inconclusive = rows.length - unchanged;
  const counts = [
    unchanged > 0 ? `${plural(unchanged, 'metric')} unchanged` : '',
    inconclusive > 0 ? `${inconclusive} inconclusive` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const overall = endpoints[0]?.metrics.find((m) => m.metric === 'throughput');
  const throughput =
    overall && overall.baseline !== undefined && overall.current !== undefined
      ? ` · throughput ${formatValue(overall.baseline, 'req/s').replace(' req/s', '')} → ${formatValue(overall.current, 'req/s')} (${formatChange(overall)})`
      : '';
  const lines = [
    '| | endpoint | metric | base | this PR | change (95% CI) | note |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(({ endpoint, metric }) =>
      [
        '',
        DECISION_ICON[metric.decision],
        codeSpan(endpointLabel(endpoint), { table: true, maxLength: 120 }),
        metricLabel(metric.metric),
        formatValue(metric.baseline, metric.unit),
        formatValue(metric.current, metric.unit),
        changeCell(metric, false),
        metric.decision === 'inconclusive' ? escapeMarkdown(metric.why, { maxLength: 200 }) : '',
        '',
      ]
        .join(' | ')
        .trim(),
    ),
  ];
  return { summary: escapeHtml(counts) + throughput, table: lines.join('\n') };
}

function absentEndpoints(endpoints: EndpointComparison[]): string | undefined {
  const list = (presence: EndpointComparison['presence']) => {
    const names = endpoints
      .filter((e) => e.presence === presence)
      .map((e) => codeSpan(endpointLabel(e), { maxLength: 120 }));
    return names.length > 20 ? [...names.slice(0, 20), `and ${names.length - 20} more`] : names;
  };
  const baselineOnly = list('baseline-only');
  const currentOnly = list('current-only');
  const lines = [];
  if (baselineOnly.length > 0) lines.push(`Only in the baseline: ${baselineOnly.join(', ')}.`);
  if (currentOnly.length > 0) lines.push(`Only in this PR: ${currentOnly.join(', ')}.`);
  return lines.length > 0 ? lines.join('\n') : undefined;
}

function notComparable(report: Report): string {
  const comparison = report.comparison!;
  const base = describeProfile(comparison.profile.baseline);
  const current = describeProfile(comparison.profile.current);
  const head =
    base && current
      ? `**Not comparable:** baseline ran ${escapeMarkdown(base)}, this PR ${escapeMarkdown(current)}; the numbers are not judged.`
      : '**Not comparable:** the load profiles differ; the numbers are not judged.';
  const reasons = comparison.reasons.slice(0, 20).map((r) => `- ${escapeMarkdown(r, { maxLength: 300 })}`);
  return [head, ...(reasons.length > 0 ? ['', ...reasons] : [])].join('\n');
}

/** "Nothing compared", why, and the current run's numbers, so a first run still shows what it measured. */
function notCompared(nc: NotCompared): string {
  const head = `**Nothing compared:** ${escapeMarkdown(nc.reason, { maxLength: 500 })}.`;
  const current = nc.current;
  if (!current) return head;
  const rows = runRows(current.run);
  const lines = [
    `${head} The numbers of ${codeSpan(current.file, { maxLength: 120 })}, not judged:`,
    '',
    `| endpoint | requests | ${RUN_TABLE_METRICS.map(metricLabel).join(' | ')} |`,
    `|---|---:|${RUN_TABLE_METRICS.map(() => '---:').join('|')}|`,
    ...rows.slice(0, 50).map((r) => {
      const values = new Map(r.metrics.map((m) => [m.metric, formatValue(m.value, m.unit)]));
      return `| ${codeSpan(endpointLabel(r), { table: true, maxLength: 120 })} | ${r.requests ?? '—'} | ${RUN_TABLE_METRICS.map((m) => values.get(m) ?? '—').join(' | ')} |`;
    }),
  ];
  if (rows.length > 50) lines.push('', `_… and ${rows.length - 50} more endpoints._`);
  return lines.join('\n');
}

function suppressedItem({ path, finding }: { path: string; finding: SuppressedFinding }): string {
  const where = codeSpan(`${path}:${finding.loc.line}`, { maxLength: 200 });
  const reason = finding.suppression.reason
    ? escapeMarkdown(finding.suppression.reason, { maxLength: 300 })
    : '_no reason given_';
  return `- ${where} · ${codeSpan(finding.ruleId, { maxLength: 100 })}: ${reason}`;
}

function diagnosticErrors(report: Report): number {
  return (
    report.files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === 'error').length, 0) +
    report.results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'error').length, 0)
  );
}

function severityCounts(findings: LocatedFinding[]): string {
  const count = (s: Finding['severity']) => findings.filter((f) => f.finding.severity === s).length;
  const parts: string[] = [];
  const errors = count('error');
  const warnings = count('warning');
  const infos = count('info');
  if (errors > 0) parts.push(plural(errors, 'error'));
  if (warnings > 0) parts.push(plural(warnings, 'warning'));
  if (infos > 0) parts.push(`${infos} info`);
  return parts.join(', ');
}

function findingItem({ path, finding }: LocatedFinding, options: MarkdownOptions, withFix: boolean): string {
  const where = codeSpan(`${path}:${finding.loc.line}`, { maxLength: 200 });
  const head = `- ${where} · ${finding.severity} · ${codeSpan(finding.ruleId, { maxLength: 100 })}: ${escapeMarkdown(finding.message, { maxLength: MESSAGE_MAX })}`;
  if (!withFix || !finding.fix) return head;
  return [head, ...fixLines(path, finding, options)].join('\n');
}

/** A fix as a diff when the file's text is at hand, else its description and the new text. */
function fixLines(path: string, finding: Finding, options: MarkdownOptions): string[] {
  const fix = finding.fix!;
  const indent = '  ';
  const lines = [`${indent}Fix: ${escapeMarkdown(fix.description, { maxLength: 300 })}`];
  if (fix.skipped !== undefined)
    lines.push(`${indent}No automatic fix: ${escapeMarkdown(fix.skipped, { maxLength: 300 })}`);
  const edits = (fix.edits ?? []).filter((e) => e.file === path || e.file === finding.loc.file);
  if (edits.length === 0) return lines;
  const source = options.sources?.get(path);
  const diff = source === undefined ? undefined : editsDiff(source, edits);
  if (diff !== undefined) {
    lines.push(fencedBlock(diff, { language: 'diff', indent, maxLines: FIX_MAX_LINES }));
    return lines;
  }
  for (const edit of edits.slice(0, 3)) {
    lines.push(`${indent}${describeEditRange(edit)}`);
    lines.push(fencedBlock(edit.text, { indent, maxLines: FIX_MAX_LINES }));
  }
  return lines;
}

function diagnosticItems(report: Report): string[] {
  const scenario = report.files.flatMap((file) =>
    file.diagnostics.map((d) => ({
      path: d.file || file.path,
      line: d.line,
      severity: d.severity,
      message: d.message,
    })),
  );
  const results = report.results.flatMap((file) =>
    file.diagnostics.map((d) => ({
      path: file.path,
      line: d.line,
      severity: d.severity,
      message: `${file.role} results: ${d.message}`,
    })),
  );
  return [...scenario, ...results]
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
    .map(
      (d) =>
        `- ${codeSpan(d.line ? `${d.path}:${d.line}` : d.path, { maxLength: 200 })} · ${d.severity} · ${escapeMarkdown(d.message, { maxLength: MESSAGE_MAX })}`,
    );
}

/** The headline: the worst thing first, with the endpoint and the size of the change. */
export function title(report: Report): string {
  const errors = report.summary.findings.error;
  const warnings = report.summary.findings.warning;
  const unreadable = unreadableFiles(report);
  const comparison = report.comparison;
  const regressed =
    comparison && comparison.comparable
      ? comparison.endpoints
          .filter((e) => e.presence === 'both')
          .flatMap((endpoint) =>
            endpoint.metrics
              .filter((m) => m.decision === 'regressed')
              .map((metric) => ({ endpoint, metric })),
          )
          .sort((a, b) => overshoot(b.metric) - overshoot(a.metric))
      : [];

  const news: string[] = [];
  // Said first: a reader who sees only the headline must not take an uncompared run for a clean one.
  if (report.notCompared) news.push(`nothing compared (${shortReason(report.notCompared.reason)})`);
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

  const failing = report.verdict === 'fail' || report.verdict === 'regressed';
  const icon =
    failing || regressed.length > 0 || errors > 0
      ? '❌'
      : news.length > 0 || report.verdict !== 'pass'
        ? '⚠️'
        : '✅';
  if (news.length > 0) return `${icon} loadgate: ${joinNews(news)}`;
  return `${icon} loadgate: ${cleanHeadline(report)}`;
}

/** "no baseline yet: x.json does not exist (…)" → "no baseline yet", for the headline. */
function shortReason(reason: string): string {
  return escapeMarkdown(reason.split(/: | \(/)[0]!, { maxLength: 120 });
}

function joinNews(news: string[]): string {
  if (news.length === 1) return news[0]!;
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

function footer(report: Report, options: MarkdownOptions): string {
  const parts = [`loadgate ${escapeMarkdown(report.tool.version, { maxLength: 40 })}`];
  const comparison = report.comparison;
  if (comparison) {
    const base = comparison.baseline;
    const about = [base.tool, base.version].filter(Boolean).join(' ');
    const sha = shortCommit(base.commit);
    const detail = [about ? escapeMarkdown(about, { maxLength: 60 }) : '', sha ? `at ${codeSpan(sha)}` : '']
      .filter(Boolean)
      .join(' ');
    parts.push(`compared with ${codeSpan(base.file, { maxLength: 120 })}${detail ? ` (${detail})` : ''}`);
    const profile = describeProfile(comparison.profile.current);
    parts.push(
      comparison.comparable
        ? `same load profile${profile ? ` (${escapeMarkdown(profile)})` : ''}`
        : 'load profiles differ',
    );
  }
  const url = safeUrl(options.reportUrl);
  if (url) parts.push(`[full report](${url})`);
  if (report.files.some((f) => f.findings.length > 0)) {
    parts.push(
      `silence a finding with ${codeSpan('loadgate-disable-next-line <rule> -- reason')} in a comment above it`,
    );
  }
  return `<sub>${parts.join(' · ')}</sub>`;
}
