import type { AnalysisResult } from '../../analyze/model.js';
import type { Comparison } from '../../compare/model.js';
import type { Shift } from '../../history/analyze.js';
import type { HistoryEntry } from '../../history/store.js';
import type { MaturityReport } from '../../maturity/model.js';

/**
 * What the trend dashboard (`loadgate report --html`) is drawn from: summaries of runs, oldest first (history
 * entries, or run files reduced the same way), and, when known, the latest comparison, the detectors' findings
 * and the maturity scorecard. Pure data: the node layer (`src/engine/dashboard.ts`) reads the files.
 */
export interface DashboardInput {
  /** Runs, oldest first. */
  entries: readonly HistoryEntry[];
  /** A name per entry (`checkout-1.json`, `main@abc1234`); the commit or time is used when absent. */
  labels?: readonly (string | undefined)[];
  /** The last run against the one before it (or a baseline). */
  comparison?: Comparison;
  analysis?: AnalysisResult;
  maturity?: Pick<MaturityReport, 'level' | 'levelName' | 'practices' | 'nextSteps'>;
  /** Lasting shifts of the history (change points); computed from `entries` when absent. */
  shifts?: readonly Shift[];
  /** Endpoints charted besides the overall row: the busiest ones (default 8). */
  maxEndpoints?: number;
  /** Shown in the footer; the time of the last run when absent, so the same input gives the same bytes. */
  generatedAt?: string;
}

/** One metric chart: x is the run index, one series per endpoint (the overall row first). */
export interface ChartData {
  metric: 'p95' | 'errorRate' | 'throughput';
  title: string;
  unit: string;
  series: { name: string; values: (number | null)[] }[];
}

/** What the page's script reads from `<script type="application/json" id="loadgate-data">`. */
export interface DashboardData {
  schema: 'loadgate/dashboard@1';
  runs: { label: string; time: string; commit?: string; tool: string }[];
  charts: ChartData[];
}
