import * as core from '@actions/core';
import type { AnnotationProperties } from '@actions/core';
import { stripUnsafe, truncate } from '../report/escape.js';
import { endpointLabel, formatChange, metricLabel } from '../report/format.js';
import type { Report } from '../report/model.js';
import { findingsBySeverity } from '../report/order.js';

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

/**
 * One annotation per finding (title = rule id, on the file and line), per unreadable file, and per
 * regressed metric; worst first, so the ones GitHub shows are the ones that matter.
 */
export function emitAnnotations(report: Report, sink: AnnotationSink = coreAnnotations): AnnotationCount {
  const items: { level: AnnotationLevel; message: string; properties: AnnotationProperties }[] = [];
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      items.push({
        level: d.severity,
        message: clean(d.message),
        properties: {
          // Warnings are notes (a suppression without a reason, an override glob matching nothing).
          title: d.severity === 'error' ? 'loadgate: file could not be read' : 'loadgate',
          file: d.file || file.path,
          startLine: d.line,
          startColumn: d.column,
        },
      });
    }
  }
  for (const r of report.results) {
    for (const d of r.diagnostics) {
      items.push({
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
  if (comparison?.comparable) {
    for (const endpoint of comparison.endpoints) {
      for (const metric of endpoint.metrics.filter((m) => m.decision === 'regressed')) {
        items.push({
          level: 'error',
          message: clean(
            `${endpointLabel(endpoint)} ${metricLabel(metric.metric)} regressed ${formatChange(metric)}: ${metric.why}`,
          ),
          properties: { title: 'loadgate: regression' },
        });
      }
    }
  }
  for (const { path, finding } of findingsBySeverity(report)) {
    const loc = finding.loc;
    const oneLine = loc.endLine === undefined || loc.endLine === loc.line;
    items.push({
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
  const order: Record<AnnotationLevel, number> = { error: 0, warning: 1, notice: 2 };
  items.sort((a, b) => order[a.level] - order[b.level]);
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

function clean(message: string): string {
  return truncate(stripUnsafe(message), 2000);
}

function withoutUndefined(properties: AnnotationProperties): AnnotationProperties {
  return Object.fromEntries(
    Object.entries(properties).filter(([, v]) => v !== undefined),
  ) as AnnotationProperties;
}
