import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { Report } from './model.js';
import type { RuleMeta } from './rule-meta.js';
import { renderSarif } from './sarif.js';
import { renderTerminal } from './terminal.js';

/** Everything any renderer may use; each takes what it needs. */
export interface RenderOptions {
  /** ANSI colour and code frames (terminal). */
  color?: boolean;
  /** Rule metadata (SARIF). */
  rules?: RuleMeta[];
  /** File texts by report path: diffs of fixes (markdown), code frames (terminal), fingerprints (SARIF). */
  sources?: ReadonlyMap<string, string>;
  /** Paths the pull request changes (markdown). */
  changedFiles?: ReadonlySet<string>;
  /** Sticky-comment discriminator (markdown). */
  job?: string;
  /** Output budget in characters (markdown). */
  maxLength?: number;
  /** Link to the full report (markdown). */
  reportUrl?: string;
  /** `runAutomationDetails.id` (SARIF). */
  category?: string;
  /** The trend section, already escaped Markdown (markdown). */
  trend?: string;
}

export type Renderer = (report: Report, options: RenderOptions) => string;

const table = {
  text: (report, options) => renderTerminal(report, { color: options.color, sources: options.sources }),
  json: (report) => renderJson(report),
  sarif: (report, options) =>
    renderSarif(report, { rules: options.rules ?? [], sources: options.sources, category: options.category }),
  markdown: (report, options) =>
    renderMarkdown(report, {
      job: options.job,
      changedFiles: options.changedFiles,
      sources: options.sources,
      maxLength: options.maxLength,
      reportUrl: options.reportUrl,
      ...(options.trend ? { trend: options.trend } : {}),
    }),
} satisfies Record<string, Renderer>;

export type FormatName = keyof typeof table;

/** The `--format` values and what renders each: the CLI and the action map formats through this table only. */
export const renderers: Record<FormatName, Renderer> = table;

export const FORMAT_NAMES = Object.keys(renderers) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.prototype.hasOwnProperty.call(renderers, name);
}
