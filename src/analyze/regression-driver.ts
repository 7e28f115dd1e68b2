import type { EndpointComparison, MetricId, MetricVerdict } from '../compare/model.js';
import type { Detector } from './detector.js';
import type { AnalysisFinding } from './model.js';
import { count, ms, pct, rate, round } from './numbers.js';

/** The drivers named explain this share of the overall change together; at most three are named. */
const EXPLAINS = 0.7;
const MAX_DRIVERS = 3;
/** One finding per family, the first metric of it that regressed. */
const FAMILIES: { label: string; metrics: MetricId[] }[] = [
  { label: 'error rate', metrics: ['error-rate'] },
  { label: 'latency', metrics: ['p95', 'p99', 'p90', 'p50', 'mean'] },
  { label: 'throughput', metrics: ['throughput'] },
];

interface Share {
  row: EndpointComparison;
  verdict: MetricVerdict;
  /** This endpoint's part of the overall change, in the metric's direction of worse. */
  part: number;
}

export const regressionDriver: Detector = {
  id: 'regression-driver',
  title: 'Endpoints that explain the regression',
  fires:
    'The comparison with the baseline regressed on error rate, latency or throughput, and the run has 2 endpoints or more: names the fewest endpoints (up to three) that make up 70 % of the change, weighting each endpoint’s change by its share of requests, and says what the others did: regressed too, got worse within their budget or the noise, or did not get worse.',
  indicates:
    'Where a regression comes from: when only one endpoint fails more or got slower, the change is in that endpoint’s code, queries or dependencies, and the rest of the service is not involved.',
  action:
    'Look at what changed for the endpoints named (their code, queries, dependencies, data) first; leave the unchanged endpoints alone.',
  needs: ['baseline', 'endpoints'],
  detect({ comparison }) {
    if (!comparison) return { skipped: 'needs a baseline to compare with (--baseline, the baseline input)' };
    if (!comparison.comparable)
      return { skipped: `the runs are not comparable: ${comparison.reasons.join('; ')}` };
    const [overall, ...rows] = comparison.endpoints;
    const both = rows.filter((r) => r.presence === 'both');
    if (!overall || both.length < 2) return [];
    const findings: AnalysisFinding[] = [];
    for (const family of FAMILIES) {
      const metric = family.metrics.find(
        (m) =>
          verdictOf(overall, m)?.decision === 'regressed' ||
          both.some((r) => verdictOf(r, m)?.decision === 'regressed'),
      );
      if (!metric) continue;
      const finding = drivers(family.label, metric, overall, both);
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

function drivers(
  label: string,
  metric: MetricId,
  overall: EndpointComparison,
  rows: EndpointComparison[],
): AnalysisFinding | undefined {
  const total = rows.reduce((s, r) => s + (verdictOf(r, metric)?.samples?.current ?? 0), 0);
  const shares: Share[] = [];
  for (const row of rows) {
    const v = verdictOf(row, metric);
    if (!v || v.baseline === undefined || v.current === undefined) continue;
    const weight = metric === 'throughput' || total === 0 ? 1 : (v.samples?.current ?? 0) / total;
    const worse = v.budget.direction === 'higher-is-better' ? v.baseline - v.current : v.current - v.baseline;
    shares.push({ row, verdict: v, part: worse * weight });
  }
  const positive = shares.filter((s) => s.part > 0).sort((a, b) => b.part - a.part);
  const sum = positive.reduce((s, x) => s + x.part, 0);
  if (sum <= 0) return undefined;
  const regressed = positive.filter((s) => s.verdict.decision === 'regressed');
  const named: Share[] = [];
  let covered = 0;
  for (const s of regressed.length ? regressed : positive) {
    if (named.length === MAX_DRIVERS || covered >= EXPLAINS * sum) break;
    named.push(s);
    covered += s.part;
  }
  if (named.length === 0) return undefined;
  const others = rows.length - named.length;
  // The others, by what they did: regressed too (called), worse without a call (inside the budget or the
  // noise), or not worse at all. "Did not regress" is said only of the last.
  const rest = shares.filter((s) => !named.includes(s));
  const alsoRegressed = rest.filter((s) => s.verdict.decision === 'regressed').length;
  const alsoWorse = rest.filter((s) => s.part > 0 && s.verdict.decision !== 'regressed').length;
  const unchanged = others - alsoRegressed - alsoWorse;
  const whole = verdictOf(overall, metric);
  const change =
    whole?.baseline !== undefined && whole.current !== undefined
      ? ` (${metricText(metric, whole.baseline)} → ${metricText(metric, whole.current)} over all requests)`
      : '';
  const list = named
    .map(
      (n) =>
        `${n.row.name} ${metricText(metric, n.verdict.baseline!)} → ${metricText(metric, n.verdict.current!)}`,
    )
    .join(', ');
  const subject = named.length === 1 ? named[0]!.row.name : `${named.length} endpoints`;
  const name = metric === 'error-rate' || metric === 'throughput' ? label : `${label} (${metric})`;
  const restText =
    unchanged === others
      ? `The other ${count(others)} ${others === 1 ? 'endpoint' : 'endpoints'} did not regress.`
      : alsoRegressed === others
        ? `The other ${others === 1 ? 'one' : count(others)} regressed too, by less.`
        : alsoWorse === others
          ? `The other ${others === 1 ? 'one' : count(others)} got worse too, within ${others === 1 ? 'its' : 'their'} budget or the noise.`
          : `Of the other ${count(others)}: ${[
              alsoRegressed ? `${count(alsoRegressed)} regressed too, by less` : '',
              alsoWorse
                ? `${count(alsoWorse)} got worse within ${alsoWorse === 1 ? 'its' : 'their'} budget or the noise`
                : '',
              unchanged ? `${count(unchanged)} did not get worse` : '',
            ]
              .filter(Boolean)
              .join('; ')}.`;
  // When the run as a whole held, the news is which endpoints did not: said as such, at a lower severity.
  const wholeRegressed = whole?.decision === 'regressed';
  const message = wholeRegressed
    ? `${subject} ${named.length === 1 ? 'explains' : 'explain'} ${pct(Math.min(1, covered / sum))} of the ${name} regression${change}: ${list}. ${restText}`
    : `Only ${list} regressed on ${name}; the run as a whole did not${change}. ${restText}`;
  return {
    detector: 'regression-driver',
    severity: wholeRegressed ? 'medium' : 'low',
    message,
    endpoint: named[0]!.row.name,
    recommendation: `Look at what changed in ${named.map((n) => n.row.name).join(', ')} (code, queries, dependencies, test data) first; ${unchanged === others ? 'the other endpoints did not move.' : 'others got worse too, so look for a shared cause as well (a common dependency, the environment, the load generator).'}`,
    evidence: {
      metric,
      explained: round(Math.min(1, covered / sum)),
      drivers: named.map((n) => n.row.name).join(', '),
    },
  };
}

function verdictOf(row: EndpointComparison, metric: MetricId): MetricVerdict | undefined {
  return row.metrics.find((m) => m.metric === metric);
}

function metricText(metric: MetricId, v: number): string {
  if (metric === 'error-rate') return pct(v);
  if (metric === 'throughput') return rate(v);
  return ms(v);
}
