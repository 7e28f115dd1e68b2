import type { Report } from './model.js';
import type { RuleMeta } from './rule-meta.js';

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

/**
 * The `--format` values and how each renderer is loaded: a renderer's module (and what it needs: the analysis
 * and comparison sections of Markdown, SARIF's hashing) is imported only when that format is asked for, so
 * `loadgate lint --format json` does not compile the other three at start-up (issue #15, cold start).
 */
const table = {
  text: async () => {
    const { renderTerminal } = await import('./terminal.js');
    return (report, options) => renderTerminal(report, { color: options.color, sources: options.sources });
  },
  json: async () => {
    const { renderJson } = await import('./json.js');
    return (report) => renderJson(report);
  },
  sarif: async () => {
    const { renderSarif } = await import('./sarif.js');
    return (report, options) =>
      renderSarif(report, {
        rules: options.rules ?? [],
        sources: options.sources,
        category: options.category,
      });
  },
  markdown: async () => {
    const { renderMarkdown } = await import('./markdown.js');
    return (report, options) =>
      renderMarkdown(report, {
        job: options.job,
        changedFiles: options.changedFiles,
        sources: options.sources,
        maxLength: options.maxLength,
        reportUrl: options.reportUrl,
        ...(options.trend ? { trend: options.trend } : {}),
      });
  },
} satisfies Record<string, () => Promise<Renderer>>;

export type FormatName = keyof typeof table;

/** The renderer of a `--format`: the CLI and the action map formats through this table only. */
export function loadRenderer(format: FormatName): Promise<Renderer> {
  return table[format]();
}

export const FORMAT_NAMES = Object.keys(table) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.prototype.hasOwnProperty.call(table, name);
}
