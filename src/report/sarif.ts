import { createHash } from 'node:crypto';
import type { Finding, Severity, SuppressedFinding, TextEdit } from '../lint/types.js';
import type { Location } from '../scenario/location.js';
import { stripUnsafe } from './escape.js';
import type { Report } from './model.js';
import { findingsBySeverity } from './order.js';
import { defaultHelpUri, type RuleMeta } from './rule-meta.js';
import { maskSecretShapes } from './secrets.js';
import type { Detector } from '../analyze/detector.js';
import type { AnalysisSeverity } from '../analyze/model.js';
import { detectors } from '../analyze/registry.js';

const ANALYSIS_DOCS = 'https://github.com/loadgate/loadgate/blob/main/docs/analysis/';

/** SARIF 2.1.0 for GitHub code scanning: the parts GitHub reads, typed. */

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/loadgate/loadgate';
/** Key of loadgate's own fingerprint; GitHub computes `primaryLocationLineHash` itself where it can. */
export const FINGERPRINT_KEY = 'loadgateFinding/v1';

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifOptions {
  /** Metadata of every rule that ran (or at least of those with findings). */
  rules: RuleMeta[];
  /** File texts by report path: fingerprints then hash the line's text, which survives edits elsewhere. */
  sources?: ReadonlyMap<string, string>;
  /** `runAutomationDetails.id`, to keep uploads of several jobs apart (`loadgate/<job>/`). */
  category?: string;
}

export interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

export interface SarifArtifactLocation {
  uri: string;
  uriBaseId: '%SRCROOT%';
}

export interface SarifPhysicalLocation {
  artifactLocation: SarifArtifactLocation;
  region?: SarifRegion;
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  help: { text: string };
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[] };
}

export interface SarifFix {
  description: { text: string };
  artifactChanges: {
    artifactLocation: SarifArtifactLocation;
    replacements: { deletedRegion: SarifRegion; insertedContent: { text: string } }[];
  }[];
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: { physicalLocation: SarifPhysicalLocation }[];
  partialFingerprints: Record<string, string>;
  fixes?: SarifFix[];
  /** A finding silenced in the source by a `loadgate-disable-next-line` comment, with its reason. */
  suppressions?: SarifSuppression[];
}

export interface SarifSuppression {
  kind: 'inSource';
  justification?: string;
}

export interface SarifNotification {
  level: 'error' | 'warning';
  message: { text: string };
  locations: { physicalLocation: SarifPhysicalLocation }[];
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [
    {
      tool: {
        driver: {
          name: 'loadgate';
          version: string;
          semanticVersion?: string;
          informationUri: string;
          rules: SarifRule[];
        };
      };
      automationDetails?: { id: string };
      originalUriBaseIds: { '%SRCROOT%': { description: { text: string } } };
      columnKind: 'utf16CodeUnits';
      invocations: [{ executionSuccessful: true; toolExecutionNotifications: SarifNotification[] }];
      results: SarifResult[];
    },
  ];
}

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'info' ? 'note' : severity;
}

/** Repository-relative, `/`-separated, percent-encoded per segment: what `%SRCROOT%` expects. */
export function artifactUri(path: string): string {
  const posix = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  return posix.split('/').map(encodeURIComponent).join('/');
}

function region(loc: Pick<Location, 'line' | 'column' | 'endLine' | 'endColumn'>): SarifRegion {
  const out: SarifRegion = { startLine: Math.max(1, loc.line) };
  if (loc.column >= 1) out.startColumn = loc.column;
  if (loc.endLine !== undefined && loc.endLine >= out.startLine) {
    out.endLine = loc.endLine;
    if (loc.endColumn !== undefined && loc.endColumn >= 1) out.endColumn = loc.endColumn;
  } else if (loc.endColumn !== undefined && loc.endColumn > (out.startColumn ?? 1)) {
    out.endColumn = loc.endColumn;
  }
  return out;
}

function editRegion(edit: TextEdit): SarifRegion {
  return {
    startLine: edit.start.line,
    startColumn: edit.start.column,
    endLine: edit.end.line,
    endColumn: edit.end.column,
  };
}

function physical(
  path: string,
  loc?: Pick<Location, 'line' | 'column' | 'endLine' | 'endColumn'>,
): SarifPhysicalLocation {
  const location: SarifPhysicalLocation = {
    artifactLocation: { uri: artifactUri(path), uriBaseId: '%SRCROOT%' },
  };
  if (loc && loc.line >= 1) location.region = region(loc);
  return location;
}

function ruleName(id: string): string {
  // SARIF `name` is an identifier-like label distinct from the id: `k6/no-thresholds` → `K6NoThresholds`.
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');
}

function sarifRule(meta: RuleMeta): SarifRule {
  const summary = stripUnsafe(meta.summary);
  const helpUri = meta.helpUri ?? defaultHelpUri(meta.id);
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: summary },
    fullDescription: { text: stripUnsafe(meta.rationale ?? meta.summary) },
    helpUri,
    help: { text: `${summary}\n\nSee ${helpUri}` },
    defaultConfiguration: { level: sarifLevel(meta.severity) },
    properties: {
      tags: ['load-testing', meta.category, ...(meta.id.includes('/') ? [meta.id.split('/')[0]!] : [])],
    },
  };
}

/** A hash of what identifies a finding across commits: rule, file, and the line's text (or the message). */
function fingerprint(
  ruleId: string,
  path: string,
  finding: Finding,
  sources: ReadonlyMap<string, string> | undefined,
): string {
  const text = sources?.get(path)?.split(/\r?\n/)[finding.loc.line - 1];
  const anchor = text !== undefined ? text.replace(/\s+/g, ' ').trim() : finding.message;
  return createHash('sha256')
    .update(`${ruleId}\0${artifactUri(path)}\0${anchor}`)
    .digest('hex')
    .slice(0, 32);
}

function fixes(path: string, finding: Finding): SarifFix[] | undefined {
  const edits = finding.fix?.edits;
  if (!finding.fix || !edits || edits.length === 0) return undefined;
  const byFile = new Map<string, TextEdit[]>();
  for (const edit of edits) {
    const file = edit.file === finding.loc.file ? path : edit.file;
    byFile.set(file, [...(byFile.get(file) ?? []), edit]);
  }
  return [
    {
      description: { text: stripUnsafe(finding.fix.description) },
      artifactChanges: [...byFile].map(([file, fileEdits]) => ({
        artifactLocation: { uri: artifactUri(file), uriBaseId: '%SRCROOT%' as const },
        replacements: fileEdits.map((edit) => ({
          deletedRegion: editRegion(edit),
          insertedContent: { text: edit.text },
        })),
      })),
    },
  ];
}

export function toSarif(report: Report, options: SarifOptions): SarifLog {
  const metaById = new Map(options.rules.map((r) => [r.id, r]));
  const located = findingsBySeverity(report);
  // Every rule that ran, plus any rule a finding names without metadata (a repository's own rule).
  for (const { finding } of located) {
    if (!metaById.has(finding.ruleId)) {
      metaById.set(finding.ruleId, {
        id: finding.ruleId,
        summary: finding.ruleId,
        severity: finding.severity,
        category: finding.category,
      });
    }
  }

  const seen = new Map<string, number>();
  // Suppressed findings are results too, marked with the comment's reason, so an audit sees them.
  const suppressed = report.files.flatMap((file) =>
    (file.suppressed ?? []).map((finding) => ({ path: file.path, finding })),
  );
  for (const { finding } of suppressed) {
    if (!metaById.has(finding.ruleId))
      metaById.set(finding.ruleId, {
        id: finding.ruleId,
        summary: finding.ruleId,
        severity: finding.severity,
        category: finding.category,
      });
  }
  const rules = [...metaById.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(sarifRule);
  // The detectors are rules too (`analysis/<id>`), after the lint rules so their indexes do not move.
  if (report.analysis) rules.push(...detectors.map(detectorRule));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const all: { path: string; finding: Finding | SuppressedFinding }[] = [...located, ...suppressed];
  const results: SarifResult[] = all.map(({ path, finding }) => {
    const hash = fingerprint(finding.ruleId, path, finding, options.sources);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    const result: SarifResult = {
      ruleId: finding.ruleId,
      ruleIndex: index.get(finding.ruleId)!,
      level: sarifLevel(finding.severity),
      message: { text: stripUnsafe(finding.message) },
      locations: [{ physicalLocation: physical(path, finding.loc) }],
      partialFingerprints: { [FINGERPRINT_KEY]: `${hash}:${occurrence}` },
    };
    const fix = fixes(path, finding);
    if (fix) result.fixes = fix;
    if ('suppression' in finding) {
      const reason = finding.suppression.reason;
      result.suppressions = [
        reason ? { kind: 'inSource', justification: stripUnsafe(reason) } : { kind: 'inSource' },
      ];
    }
    return result;
  });

  results.push(...analysisResults(report, rules));

  const notifications: SarifNotification[] = [
    ...report.files.flatMap((file) =>
      file.diagnostics.map((d) => ({
        level: d.severity,
        message: { text: stripUnsafe(d.message) },
        locations: [
          {
            physicalLocation: physical(
              d.file || file.path,
              d.line ? { line: d.line, column: d.column ?? 0 } : undefined,
            ),
          },
        ],
      })),
    ),
    ...report.results.flatMap((file) =>
      file.diagnostics.map((d) => ({
        level: d.severity,
        message: { text: stripUnsafe(`${file.role} results: ${d.message}`) },
        locations: [
          { physicalLocation: physical(file.path, d.line ? { line: d.line, column: 0 } : undefined) },
        ],
      })),
    ),
  ];

  const run: SarifLog['runs'][0] = {
    tool: {
      driver: {
        name: 'loadgate',
        version: report.tool.version,
        ...(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(report.tool.version)
          ? { semanticVersion: report.tool.version }
          : {}),
        informationUri: INFORMATION_URI,
        rules,
      },
    },
    originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
    columnKind: 'utf16CodeUnits',
    invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
    results,
  };
  if (options.category) run.automationDetails = { id: options.category };
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}

const ANALYSIS_LEVEL: Record<AnalysisSeverity, SarifLevel> = { high: 'warning', medium: 'note', low: 'note' };

function detectorRule(detector: Detector): SarifRule {
  const id = `analysis/${detector.id}`;
  const helpUri = `${ANALYSIS_DOCS}${encodeURIComponent(detector.id)}.md`;
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: detector.title },
    fullDescription: { text: stripUnsafe(`${detector.indicates} Fires when: ${detector.fires}`) },
    helpUri,
    help: { text: `${detector.title}: ${detector.action}\n\nSee ${helpUri}` },
    defaultConfiguration: { level: 'note' },
    properties: { tags: ['load-testing', 'analysis'] },
  };
}

/**
 * The detectors' findings as results. They have no place in a file, so each points at the current result
 * file (line 1), and its fingerprint is the detector, the endpoint and the message without its numbers.
 */
function analysisResults(report: Report, rules: SarifRule[]): SarifResult[] {
  if (!report.analysis) return [];
  const file =
    report.results.find((r) => r.role === 'current')?.path ??
    report.comparison?.current.file ??
    report.notCompared?.current?.file;
  if (!file) return [];
  const at = new Map(rules.map((r, i) => [r.id, i]));
  const seen = new Map<string, number>();
  return report.analysis.findings.map((f) => {
    const ruleId = `analysis/${f.detector}`;
    const hash = createHash('sha256')
      .update(`${ruleId}\0${f.endpoint ?? ''}\0${f.message.replace(/[\d.,]+/g, '#')}`)
      .digest('hex')
      .slice(0, 32);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return {
      ruleId,
      ruleIndex: at.get(ruleId)!,
      level: ANALYSIS_LEVEL[f.severity],
      message: { text: stripUnsafe(`${f.message} Next step: ${f.recommendation}`) },
      locations: [{ physicalLocation: physical(file.split(', ')[0]!, { line: 1, column: 0 }) }],
      partialFingerprints: { [FINGERPRINT_KEY]: `${hash}:${occurrence}` },
    };
  });
}

/** The SARIF log as text, 2-space indented. */
export function renderSarif(report: Report, options: SarifOptions): string {
  return maskSecretShapes(JSON.stringify(toSarif(report, options), null, 2)) + '\n';
}
