import { originOf } from '../results/provenance.js';
import { metricValue } from './metric-value.js';
import { OVERALL_NAME } from '../results/endpoint-name.js';
import type { EndpointStats, Run } from '../results/model.js';
import type { HistoryEntry, HistoryStats } from '../history/store.js';
import { resolveBudgets, type BudgetConfig } from './budgets.js';
import { checkComparability } from './comparability.js';
import { controlFalseDiscoveriesByFamily } from './false-discovery.js';
import { unitMismatch } from './unit-check.js';
import { matchEndpoints, type EndpointPair } from './match-endpoints.js';
import { judgeMetric, type MetricSide } from './metric-verdict.js';
import type {
  Comparison,
  ComparisonVerdict,
  Decision,
  EndpointComparison,
  MetricId,
  MetricVerdict,
  RunRef,
} from './model.js';

/**
 * Compares a current run with a baseline run. The overall row (named "(all requests)", as the readers name
 * it) comes first, then one row per endpoint, matched by method + path or name. When the load profiles
 * differ the numbers are still listed but not judged, and the verdict is `not-comparable`. Otherwise the
 * verdict is `regressed` when any row regressed, `inconclusive` when the overall row could not be decided,
 * and `pass` otherwise: an endpoint that cannot be decided (few requests, missing in one run) does not hold
 * the whole comparison up.
 */
export interface CompareOptions {
  /**
   * The history of default-branch runs (`--history`), oldest first: percentiles are judged against the
   * run-to-run noise of its last `history-window` runs of the same tool (`history-noise.ts`).
   */
  history?: readonly HistoryEntry[];
}

export function compareRuns(
  baseline: Run,
  current: Run,
  budgets: BudgetConfig = {},
  options: CompareOptions = {},
): Comparison {
  const resolved = resolveBudgets(budgets);
  const past = (options.history ?? [])
    .filter((e) => e.tool === current.source.tool)
    .slice(-resolved.historyWindow);
  const checked = checkComparability(baseline, current, resolved.profileTolerancePct);
  // Latencies 1000x apart in every statistic are a unit mix-up, not a regression: never judged as one.
  const units = unitMismatch(baseline, current);
  const reasons = units ? [units, ...checked.reasons] : checked.reasons;
  const comparable = checked.comparable && !units;
  const notJudged = comparable ? undefined : `Not judged: ${reasons.join('; ')}.`;

  const rows: EndpointComparison[] = [
    compareRow(
      { baseline: baseline.overall, current: current.overall },
      resolved,
      notJudged,
      past,
      (e) => e.overall,
    ),
    ...matchEndpoints(baseline.endpoints, current.endpoints).map((pair) => {
      const name = (pair.current ?? pair.baseline)?.name ?? '';
      return compareRow(pair, resolved, notJudged, past, (e) => e.endpoints[name]);
    }),
  ];
  const overallRow = rows[0] as EndpointComparison;
  overallRow.name = OVERALL_NAME;
  // Some 25 endpoint × metric tests per comparison: each alone at 95 % would raise a false alarm in most
  // comparisons of an unchanged system. Benjamini-Hochberg per question (latency, error rate, throughput:
  // `controlFalseDiscoveriesByFamily`), the overall row's latency and throughput apart from the endpoints'.
  if (comparable) {
    controlFalseDiscoveriesByFamily(
      overallRow.metrics,
      rows.slice(1).flatMap((r) => r.metrics),
      resolved.falseDiscoveryRate,
    );
  }
  for (const row of rows) if (row.presence === 'both') row.decision = rowDecision(row.metrics);

  let verdict: ComparisonVerdict;
  if (!comparable) verdict = 'not-comparable';
  else if (rows.some((r) => r.decision === 'regressed')) verdict = 'regressed';
  else if (overallRow.decision === 'inconclusive') verdict = 'inconclusive';
  else verdict = 'pass';

  return {
    baseline: runRef(baseline),
    current: runRef(current),
    comparable,
    reasons,
    endpoints: rows,
    verdict,
    profile: { baseline: baseline.profile, current: current.profile },
    ...(units ? { unitMismatch: units } : {}),
  };
}

/** The history's values of one metric of one row, oldest first; undefined when the history has none. */
function historyValues(
  past: readonly HistoryEntry[],
  row: (e: HistoryEntry) => HistoryStats | undefined,
  metric: MetricId,
): number[] | undefined {
  // Not the error rate: the binomial test already describes its noise between runs when failures are
  // independent, and a history of rates near 0 has no log scale to learn on.
  if (metric !== 'p50' && metric !== 'p95' && metric !== 'p99' && metric !== 'throughput') return undefined;
  const values = past.flatMap((e) => {
    const v = row(e)?.[metric];
    return v === undefined ? [] : [v];
  });
  return values.length > 0 ? values : undefined;
}

function compareRow(
  pair: EndpointPair,
  budgets: ReturnType<typeof resolveBudgets>,
  notJudged: string | undefined,
  past: readonly HistoryEntry[],
  historyRow: (e: HistoryEntry) => HistoryStats | undefined,
): EndpointComparison {
  const named = (pair.current ?? pair.baseline) as EndpointStats;
  const row: EndpointComparison = {
    name: named.name,
    presence: pair.baseline && pair.current ? 'both' : pair.baseline ? 'baseline-only' : 'current-only',
    metrics: [],
    decision: 'inconclusive',
  };
  if (named.method) row.method = named.method;
  if (named.path) row.path = named.path;
  if (!pair.baseline || !pair.current) return row;

  for (const { metric, budget } of budgets.metrics) {
    const verdict = judgeMetric({
      metric,
      budget,
      baseline: side(pair.baseline, metric),
      current: side(pair.current, metric),
      minRequests: budgets.minRequests,
      historyBand: budgets.historyBand,
      ...(past.length > 0 ? { history: historyValues(past, historyRow, metric) } : {}),
    });
    if (notJudged && verdict.decision !== 'inconclusive') {
      verdict.decision = 'inconclusive';
      verdict.why = notJudged;
    } else if (notJudged) verdict.why = notJudged;
    row.metrics.push(verdict);
  }
  row.decision = rowDecision(row.metrics);
  return row;
}

/**
 * Regressed beats everything; then inconclusive, improved, unchanged. A metric neither run reports (p99
 * outside k6's default summaryTrendStats, a per-endpoint error rate k6 has no submetric for) is listed but
 * does not make the row inconclusive.
 */
function rowDecision(metrics: MetricVerdict[]): Decision {
  const counted = metrics.filter((m) => m.baseline !== undefined || m.current !== undefined);
  if (counted.length === 0) return 'inconclusive';
  for (const d of ['regressed', 'inconclusive', 'improved'] as const)
    if (counted.some((m) => m.decision === d)) return d;
  return 'unchanged';
}

function side(e: EndpointStats, metric: MetricId): MetricSide {
  const s: MetricSide = { quality: e.quality };
  if (e.count !== undefined) s.count = e.count;
  if (e.errors !== undefined) s.errors = e.errors;
  if (e.sketch && e.sketch.count > 0) s.sketch = e.sketch;
  else s.latency = e.latency;
  const value = metricValue(e, metric);
  if (value !== undefined) s.value = value;
  return s;
}

function runRef(run: Run): RunRef {
  const ref: RunRef = { file: run.source.file, tool: run.source.tool, format: run.source.format };
  if (run.source.version) ref.version = run.source.version;
  const origin = originOf(run);
  if (origin?.commit) ref.commit = origin.commit;
  if (origin?.ref) ref.ref = origin.ref;
  if (origin?.createdAt) ref.createdAt = origin.createdAt;
  return ref;
}
