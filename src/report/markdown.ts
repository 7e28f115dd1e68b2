import type { EndpointComparison } from '../compare/model.js';
import { sloMarkdown } from './slo-table.js';
import { analysisMarkdown } from './markdown-analysis.js';
import type { ChangedLines } from './changed-lines.js';
import { wholeFiles } from './changed-lines.js';
import { codeSpan, escapeHtml, escapeMarkdown } from './escape.js';
import { describeProfile, endpointLabel, formatValue, metricLabel, plural, shortCommit } from './format.js';
import { safeUrl, validRepoLinks, type RepoLinks } from './links.js';
import { stickyMarker } from './marker.js';
import { decidedTable, foldedTable } from './markdown-comparison.js';
import { profileChangesSection } from './markdown-profile.js';
import {
  composeEntries,
  findingEntries,
  groupByPath,
  severityCounts,
  type FindingEntry,
  type FindingsContext,
} from './markdown-findings.js';
import { type NotCompared, type Report, type SuppressedFinding } from './model.js';
import { findingsBySeverity, type LocatedFinding } from './order.js';
import { RUN_TABLE_METRICS, runRows } from './run-numbers.js';
import { maskSecrets, secretLiterals } from './secrets.js';
import { title } from './headline.js';

export { isStickyComment, readStickyMarker, sanitizeJobId, stickyMarker } from './marker.js';
export { title } from './headline.js';

/** GitHub refuses comment bodies over 65,536 characters; this leaves room for what GitHub adds. */
export const COMMENT_BUDGET = 60_000;
/** A step's job summary may hold 1 MiB (bytes); this leaves room for what else the step writes. */
export const SUMMARY_BYTES = 1_000_000;

export interface MarkdownOptions {
  /** Discriminates the sticky comments of several jobs on one pull request. */
  job?: string;
  /** Paths the pull request changes, when only the names are known (each counts as changed throughout). */
  changedFiles?: ReadonlySet<string>;
  /** Lines the pull request changes, per path (src/report/changed-lines.ts); wins over `changedFiles`. */
  changedLines?: ChangedLines;
  /** File texts by report path, to show fixes as diffs; without a file's text a fix shows its new text. */
  sources?: ReadonlyMap<string, string>;
  /** Maximum length: characters for a comment, UTF-8 bytes for a summary. Default by `target`. */
  maxLength?: number;
  /**
   * `comment` (default): folds the less important parts and links the full report. `summary`: the job
   * summary, the full report itself: it lists as much as fits, worst first, and never links to itself.
   */
  target?: 'comment' | 'summary';
  /** Where the full report is (the workflow run's summary); linked from a comment's footer and cut lists. */
  reportUrl?: string;
  /** Where the report files can be downloaded (the uploaded artifact), when they were uploaded. */
  artifactUrl?: string;
  /** Names of the report files written (`loadgate-report.json`), named where the full report is meant. */
  reportFiles?: string[];
  /** Repository, server and commit, to link `path:line` to the file at the head commit. */
  links?: RepoLinks;
  /** What the current run is called in tables: `this PR` on a pull request; default `current`. */
  currentLabel?: string;
  /** One line of Markdown, already escaped, on the repository's maturity level (src/maturity/summary-line.ts). */
  maturity?: string;
  /**
   * Sections other stages render (already escaped Markdown): the bottlenecks and recommendations under the
   * verdict (rendered from `report.analysis` when absent), and the trend chart after the findings.
   */
  analysis?: string;
  trend?: string;
}

/** How much of each list is shown; the renderer shrinks the least important first until the text fits. */
interface Plan {
  /** The load-profile charts, dropped (first of all) when the comment is over its budget. */
  profiles: boolean;
  suppressed: number;
  unchanged: number;
  foldedTable: boolean;
  openFindings: number;
  diagnostics: number;
  decidedGroups: number;
}

interface Parts {
  title: string;
  profiles?: string;
  notCompared?: string;
  slo?: string;
  /** With repeated runs: that the numbers are medians, and of how many runs. */
  repeated?: string;
  notComparable?: string;
  decided?: { head: string; groups: string[] };
  absent?: string;
  folded?: { summary: string; table: string };
  openHeading?: string;
  open: FindingEntry[];
  openAll: Map<string, LocatedFinding[]>;
  diagnosticsHeading?: string;
  diagnostics: string[];
  unchangedSummary?: string;
  unchanged: FindingEntry[];
  unchangedAll: Map<string, LocatedFinding[]>;
  suppressedSummary?: string;
  suppressed: string[];
  footer: string;
}

/**
 * The PR comment and the job summary. The verdict in one line first; regressions grouped by endpoint;
 * scenario findings grouped by file, changed files open and the rest folded; everything from scenario and
 * result files escaped, credentials masked. Over the budget, the least important parts shrink first:
 * suppressed findings, findings in unchanged files, unchanged metrics, then the lists are cut between items
 * (never inside a block), and the cut says where the rest is.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const summary = options.target === 'summary';
  const max = options.maxLength ?? (summary ? SUMMARY_BYTES : COMMENT_BUDGET);
  const measure = summary ? (s: string) => Buffer.byteLength(s, 'utf8') : (s: string) => s.length;
  const secrets = secretLiterals(report, options.sources);
  const ctx: FindingsContext = {
    changed: options.changedLines ?? (options.changedFiles ? wholeFiles(options.changedFiles) : undefined),
    links: validRepoLinks(options.links),
    sources: options.sources,
    version: report.tool.version,
    secrets,
  };
  const parts = prepare(report, options, ctx);
  // The comment shows the top three bottlenecks; the summary, the full report, every one.
  const analysis = options.analysis ?? analysisMarkdown(report.analysis, summary ? Infinity : 3);
  const composed: MarkdownOptions = analysis ? { ...options, analysis } : options;
  const render = (plan: Plan) => maskSecrets(compose(parts, plan, composed, ctx), secrets);
  const fits = (plan: Plan) => measure(render(plan)) <= max;

  const plan: Plan = {
    profiles: parts.profiles !== undefined,
    suppressed: parts.suppressed.length,
    unchanged: parts.unchanged.length,
    foldedTable: parts.folded !== undefined,
    openFindings: parts.open.length,
    diagnostics: parts.diagnostics.length,
    decidedGroups: parts.decided?.groups.length ?? 0,
  };
  if (fits(plan)) return render(plan);
  if (plan.profiles) {
    plan.profiles = false;
    if (fits(plan)) return render(plan);
  }
  // Least important first; each list keeps as many of its items as fit with the rest at full length.
  const lists: ('suppressed' | 'unchanged' | 'openFindings' | 'diagnostics' | 'decidedGroups')[] = [
    'suppressed',
    'unchanged',
    'openFindings',
    'diagnostics',
    'decidedGroups',
  ];
  for (const key of lists) {
    plan[key] = largestFitting(plan[key], (n) => fits({ ...plan, [key]: n }));
    if (fits(plan)) return render(plan);
    if (key === 'unchanged' && plan.foldedTable) {
      plan.foldedTable = false;
      if (fits(plan)) return render(plan);
    }
  }
  return minimal(report, options, max);
}

/** The largest n in [0, full] for which `fits(n)`; 0 when none does. */
function largestFitting(full: number, fits: (n: number) => boolean): number {
  let low = 0;
  let high = full;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Last resort when even the headline and the decided rows do not fit: the title and where to look. */
function minimal(report: Report, options: MarkdownOptions, max: number): string {
  const text = [
    stickyMarker(options.job),
    `### ${title(report)}`,
    `The report is too large to show here; ${fullReport(options)}.`,
  ].join('\n');
  return text.slice(0, max);
}

function prepare(report: Report, options: MarkdownOptions, ctx: FindingsContext): Parts {
  const located = findingsBySeverity(report);
  const changed = ctx.changed;
  const open = changed ? located.filter((f) => changed.has(f.path)) : located;
  const elsewhere = changed ? located.filter((f) => !changed.has(f.path)) : [];
  const currentLabel = options.currentLabel ?? 'current';

  const parts: Parts = {
    title: `### ${title(report)}`,
    open: findingEntries(open, ctx, true),
    openAll: groupByPath(open),
    diagnostics: diagnosticItems(report),
    unchanged: findingEntries(elsewhere, ctx, false),
    unchangedAll: groupByPath(elsewhere),
    suppressed: [],
    footer: footer(report, options),
  };

  if (report.notCompared) parts.notCompared = notCompared(report.notCompared);
  if (report.slo?.length) parts.slo = sloMarkdown(report.slo);
  const runs = report.comparison?.runs;
  if (runs)
    parts.repeated = `_Repeated runs: medians of ${plural(runs.baseline, 'baseline run')} and ${plural(runs.current, `${currentLabel} run`)}; each metric's min–max is in the JSON report._`;
  const profiles = profileChangesSection(report.files, currentLabel);
  if (profiles) parts.profiles = profiles;
  const comparison = report.comparison;
  if (comparison && !comparison.comparable) {
    parts.notComparable = notComparable(report, currentLabel);
  } else if (comparison) {
    parts.decided = decidedTable(comparison, currentLabel);
    parts.folded = foldedTable(comparison, currentLabel);
    parts.absent = absentEndpoints(comparison.endpoints, currentLabel);
  }

  if (open.length > 0) {
    const where = changed ? 'Scenario findings in changed files' : 'Scenario findings';
    parts.openHeading = `**${where}** · ${severityCounts(open)}`;
  }
  if (parts.diagnostics.length > 0) {
    const errors = diagnosticErrors(report);
    const notes = parts.diagnostics.length - errors;
    const heading =
      notes === 0
        ? 'Files loadgate could not read'
        : errors === 0
          ? 'Notes on the files'
          : 'Files loadgate could not read, and notes';
    parts.diagnosticsHeading = `**${heading}** · ${parts.diagnostics.length}`;
  }
  if (elsewhere.length > 0)
    parts.unchangedSummary = `${plural(elsewhere.length, 'finding')} in unchanged files · ${severityCounts(elsewhere)}`;
  const silenced = report.files.flatMap((file) =>
    (file.suppressed ?? []).map((finding) => ({ path: file.path, finding })),
  );
  if (silenced.length > 0) {
    const unexplained = silenced.filter((s) => !s.finding.suppression.reason).length;
    parts.suppressedSummary = `${plural(silenced.length, 'suppressed finding')}${unexplained > 0 ? `, ${unexplained} without a reason` : ''}`;
    parts.suppressed = silenced.map(suppressedItem);
  }
  return parts;
}

function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

function compose(parts: Parts, plan: Plan, options: MarkdownOptions, ctx: FindingsContext): string {
  const sections: string[] = [`${stickyMarker(options.job)}\n${parts.title}`];
  const more = (n: number, what: string) =>
    `_… and ${n} more ${n === 1 ? what : `${what}s`}, left out to keep this ${options.target === 'summary' ? 'summary' : 'comment'} under GitHub's size limit; ${fullReport(options)}._`;

  if (parts.notCompared) sections.push(parts.notCompared);
  // Bottlenecks and their next steps, right under the verdict: what limited the run and what to do.
  if (options.analysis) sections.push(options.analysis);
  if (parts.slo) sections.push(parts.slo);
  if (parts.notComparable) sections.push(parts.notComparable);
  if (parts.decided) {
    const shown = parts.decided.groups.slice(0, plan.decidedGroups);
    if (shown.length > 0) sections.push([parts.decided.head, ...shown].join('\n'));
    if (shown.length < parts.decided.groups.length)
      sections.push(more(parts.decided.groups.length - shown.length, 'endpoint'));
  }
  if (parts.repeated) sections.push(parts.repeated);
  if (parts.absent) sections.push(parts.absent);
  if (parts.folded) {
    sections.push(
      plan.foldedTable
        ? details(parts.folded.summary, parts.folded.table)
        : `${parts.folded.summary}; ${fullReport(options)}.`,
    );
  }
  // What the pull request does to the load, before what the rules say about the files.
  if (parts.profiles && plan.profiles) sections.push(parts.profiles);
  if (parts.openHeading) {
    sections.push(parts.openHeading);
    const shown = parts.open.slice(0, plan.openFindings);
    if (shown.length > 0) sections.push(composeEntries(shown, parts.openAll, ctx));
    if (shown.length < parts.open.length) sections.push(more(parts.open.length - shown.length, 'finding'));
  }
  if (parts.diagnosticsHeading) {
    const shown = parts.diagnostics.slice(0, plan.diagnostics);
    sections.push(parts.diagnosticsHeading);
    if (shown.length > 0) sections.push(shown.join('\n'));
    if (shown.length < parts.diagnostics.length)
      sections.push(more(parts.diagnostics.length - shown.length, 'diagnostic'));
  }
  if (parts.unchangedSummary) {
    const shown = parts.unchanged.slice(0, plan.unchanged);
    const cut = parts.unchanged.length - shown.length;
    const body = [
      shown.length > 0 ? composeEntries(shown, parts.unchangedAll, ctx) : '',
      cut > 0 ? more(cut, 'finding') : '',
    ]
      .filter(Boolean)
      .join('\n\n');
    sections.push(details(escapeHtml(parts.unchangedSummary), body));
  }
  if (parts.suppressedSummary) {
    const shown = parts.suppressed.slice(0, plan.suppressed);
    const cut = parts.suppressed.length - shown.length;
    const body = [shown.join('\n'), cut > 0 ? more(cut, 'suppressed finding') : '']
      .filter(Boolean)
      .join('\n\n');
    sections.push(details(escapeHtml(parts.suppressedSummary), body));
  }
  // The trend chart of the regressed metric on the base branch.
  if (options.trend) sections.push(options.trend);
  if (options.maturity) sections.push(options.maturity);
  sections.push(parts.footer);
  return sections.join('\n\n') + '\n';
}

/** Where the whole report is: a comment links the job summary; the summary names the report files. */
function fullReport(options: MarkdownOptions): string {
  const files = (options.reportFiles ?? []).map((f) => codeSpan(f, { maxLength: 120 }));
  const artifact = safeUrl(options.artifactUrl);
  const download = artifact
    ? `[the report files](${artifact})${files.length > 0 ? ` (${files.join(', ')})` : ''}`
    : files.length > 0
      ? `the report file${files.length === 1 ? '' : 's'} ${files.join(', ')}`
      : 'the JSON report (`--format json`)';
  if (options.target === 'summary') return `the full list is in ${download}`;
  const url = safeUrl(options.reportUrl);
  return url ? `see the [job summary](${url}) and ${download}` : `see the job summary and ${download}`;
}

function absentEndpoints(endpoints: readonly EndpointComparison[], currentLabel: string): string | undefined {
  const only = (side: 'baseline-only' | 'current-only') =>
    endpoints
      .filter((e) => e.presence === side)
      .slice(0, 20)
      .map((e) => codeSpan(endpointLabel(e), { maxLength: 120 }));
  const lines: string[] = [];
  const base = only('baseline-only');
  const current = only('current-only');
  if (base.length > 0) lines.push(`Only in the baseline: ${base.join(', ')}.`);
  if (current.length > 0) lines.push(`Only in ${currentLabel}: ${current.join(', ')}.`);
  return lines.length > 0 ? lines.join('\n') : undefined;
}

function notComparable(report: Report, currentLabel: string): string {
  const comparison = report.comparison!;
  const base = describeProfile(comparison.profile.baseline);
  const current = describeProfile(comparison.profile.current);
  const head = comparison.unitMismatch
    ? '**Not comparable:** the latencies look like different units; the numbers are not judged.'
    : base && current
      ? `**Not comparable:** baseline ran ${escapeMarkdown(base)}, ${currentLabel} ${escapeMarkdown(current)}; the numbers are not judged.`
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
        `- ${codeSpan(d.line ? `${d.path}:${d.line}` : d.path, { maxLength: 200 })} · ${d.severity} · ${escapeMarkdown(d.message, { maxLength: 1000 })}`,
    );
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
    if (base.origin) parts.push(`baseline = ${escapeMarkdown(base.origin, { maxLength: 120 })}`);
    if (base.source) parts.push(`from ${escapeMarkdown(base.source, { maxLength: 300 })}`);
    const profile = describeProfile(comparison.profile.current);
    parts.push(
      comparison.comparable
        ? `same load profile${profile ? ` (${escapeMarkdown(profile)})` : ''}`
        : 'load profiles differ',
    );
  }
  if (options.target !== 'summary') {
    const url = safeUrl(options.reportUrl);
    if (url) parts.push(`[full report](${url})`);
  }
  const files = (options.reportFiles ?? []).map((f) => codeSpan(f, { maxLength: 120 }));
  const artifact = safeUrl(options.artifactUrl);
  if (artifact) parts.push(`[report files](${artifact})${files.length > 0 ? ` (${files.join(', ')})` : ''}`);
  else if (files.length > 0) parts.push(`report files ${files.join(', ')}`);
  if (report.files.some((f) => f.findings.length > 0)) {
    parts.push(
      `silence a finding with ${codeSpan('loadgate-disable-next-line <rule> -- reason')} in a comment above it`,
    );
  }
  return `<sub>${parts.join(' · ')}</sub>`;
}
