import * as core from '@actions/core';
import type { AnnotationProperties } from '@actions/core';
import { isChangedFile, isChangedLine, type ChangedLines } from '../report/changed-lines.js';
import { stripUnsafe, truncate } from '../report/escape.js';
import type { EndpointComparison, MetricVerdict } from '../compare/model.js';
import { endpointLabel, formatBudget, formatChange, metricLabel } from '../report/format.js';
import { comparedRows, worstFirst } from '../report/markdown-comparison.js';
import type { Report } from '../report/model.js';
import { findingsBySeverity } from '../report/order.js';
import { maskSecrets } from '../report/secrets.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export type AnnotationSink = (
  level: AnnotationLevel,
  message: string,
  properties: AnnotationProperties,
) => void;

export const coreAnnotations: AnnotationSink = (level, message, properties) => {
  if (level === 'error') core.error(message, properties);
  else if (level === 'warning') core.warning(message, properties);
  else core.notice(message, properties);
};

/** GitHub shows at most this many error and this many warning annotations per step. */
export const SHOWN_PER_LEVEL = 10;
/** Beyond this, annotations only fill the log: GitHub drops them and the summary lists everything. */
export const EMITTED_MAX = 200;

export interface AnnotationCount {
  emitted: number;
  total: number;
  /** True when GitHub will not show all emitted annotations (more than 10 of a level). */
  overShownLimit: boolean;
}

export interface AnnotationOptions {
  /** Lines (or files) the pull request changes: their findings take the slots GitHub shows. */
  changed?: ChangedLines;
  /**
   * Regressions have no file and line, so an annotation only repeats what the PR comment says; annotate
   * them when no comment carries them (a push, `comment: never`). Default true.
   */
  regressions?: boolean;
  /** Secret literals to mask in messages (src/report/secrets.ts). */
  secrets?: readonly string[];
}

/**
 * How soon an annotation comes: GitHub shows the first 10 of each level, so the order decides what a
 * reviewer sees. Findings on changed lines, then the rest of the changed files, then what fails the run
 * without being in the diff (unreadable files, regressions), then everything else.
 */
const Rank = { ChangedLine: 0, ChangedFile: 1, RunFailure: 2, Elsewhere: 3 } as const;
type Rank = (typeof Rank)[keyof typeof Rank];

interface Item {
  rank: Rank;
  level: AnnotationLevel;
  message: string;
  properties: AnnotationProperties;
}

const LEVEL_ORDER: Record<AnnotationLevel, number> = { error: 0, warning: 1, notice: 2 };

/**
 * One annotation per finding (title = rule id, on the file and line), per unreadable file, and, when no
 * comment says it, per regressed endpoint; in the order that keeps the findings of the pull request's
 * own changes among those GitHub shows.
 */
export function emitAnnotations(
  report: Report,
  sink: AnnotationSink = coreAnnotations,
  options: AnnotationOptions = {},
): AnnotationCount {
  const changed = options.changed;
  const clean = (message: string) => truncate(maskSecrets(stripUnsafe(message), options.secrets), 2000);
  const rankOf = (path: string, line: number | undefined, endLine?: number): Rank =>
    line !== undefined && isChangedLine(changed, path, line, endLine ?? line)
      ? Rank.ChangedLine
      : isChangedFile(changed, path)
        ? Rank.ChangedFile
        : Rank.Elsewhere;

  const items: Item[] = [];
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      const path = d.file || file.path;
      const rank = rankOf(path, d.line);
      items.push({
        rank: rank === Rank.Elsewhere && d.severity === 'error' ? Rank.RunFailure : rank,
        level: d.severity,
        message: clean(d.message),
        properties: {
          // Warnings are notes (a suppression without a reason, an override glob matching nothing).
          title: d.severity === 'error' ? 'loadgate: file could not be read' : 'loadgate',
          file: path,
          startLine: d.line,
          startColumn: d.column,
        },
      });
    }
  }
  for (const r of report.results) {
    for (const d of r.diagnostics) {
      items.push({
        rank: d.severity === 'error' ? Rank.RunFailure : Rank.Elsewhere,
        level: d.severity,
        message: clean(`${r.role} results: ${d.message}`),
        properties: {
          title: d.severity === 'error' ? 'loadgate: results could not be read' : 'loadgate: results',
          file: r.path,
          startLine: d.line,
        },
      });
    }
  }
  const comparison = report.comparison;
  if (comparison?.comparable && options.regressions !== false) {
    // One annotation per endpoint, its metrics worst first: the slots are too few to spend one per metric.
    // Endpoints in the order the comment names them: budgets the user set, named endpoints, overshoot.
    const rows = comparedRows(comparison)
      .filter((r) => r.metric.decision === 'regressed')
      .sort(worstFirst(comparison));
    const byEndpoint = new Map<EndpointComparison, MetricVerdict[]>();
    for (const row of rows)
      byEndpoint.set(row.endpoint, [...(byEndpoint.get(row.endpoint) ?? []), row.metric]);
    for (const [endpoint, metrics] of byEndpoint) {
      const what = metrics
        .map((m) => `${metricLabel(m.metric)} ${formatChange(m)} (budget ${formatBudget(m.budget, m.unit)})`)
        .join(', ');
      items.push({
        rank: Rank.RunFailure,
        level: 'error',
        message: clean(`${endpointLabel(endpoint)} regressed: ${what}.`),
        properties: { title: 'loadgate: regression' },
      });
    }
  }
  for (const { path, finding } of findingsBySeverity(report)) {
    const loc = finding.loc;
    const oneLine = loc.endLine === undefined || loc.endLine === loc.line;
    items.push({
      rank: rankOf(path, loc.line, loc.endLine),
      level: finding.severity === 'info' ? 'notice' : finding.severity,
      message: clean(finding.message),
      properties: {
        title: finding.ruleId,
        file: path,
        startLine: loc.line,
        endLine: loc.endLine ?? loc.line,
        // GitHub accepts columns only for single-line ranges.
        ...(oneLine ? { startColumn: loc.column, endColumn: loc.endColumn } : {}),
      },
    });
  }
  // Stable sort: within a rank and level, the severity-then-path order items were added in.
  items.sort((a, b) => a.rank - b.rank || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  const emitted = items.slice(0, EMITTED_MAX);
  for (const item of emitted) sink(item.level, item.message, withoutUndefined(item.properties));
  const errors = emitted.filter((i) => i.level === 'error').length;
  const warnings = emitted.filter((i) => i.level === 'warning').length;
  return {
    emitted: emitted.length,
    total: items.length,
    overShownLimit: errors > SHOWN_PER_LEVEL || warnings > SHOWN_PER_LEVEL,
  };
}

function withoutUndefined(properties: AnnotationProperties): AnnotationProperties {
  return Object.fromEntries(
    Object.entries(properties).filter(([, v]) => v !== undefined),
  ) as AnnotationProperties;
}
