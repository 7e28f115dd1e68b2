import type { MetricVerdict } from './model.js';

/** Benjamini-Hochberg's default: at most 5 % of the regressions a comparison names are expected to be false. */
export const DEFAULT_FALSE_DISCOVERY_RATE = 0.05;

/**
 * Benjamini-Hochberg adjusted p-values (q-values) of a family of tests, in the input order:
 *   q₍ᵢ₎ = min over j ≥ i of p₍ⱼ₎ · m / j,  capped at 1,
 * with p₍₁₎ ≤ … ≤ p₍ₘ₎ (Benjamini and Hochberg, JRSS B 57, 1995). Rejecting every test with q ≤ α keeps the
 * expected share of false discoveries at most α, for independent or positively dependent tests (Benjamini
 * and Yekutieli 2001), which the percentiles of one run are.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const q = new Array<number>(m);
  let running = 1;
  for (let k = m - 1; k >= 0; k--) {
    const { p, i } = order[k]!;
    running = Math.min(running, (p * m) / (k + 1));
    q[i] = Math.min(1, running);
  }
  return q;
}

/**
 * Adjusts every test of one comparison together (each endpoint × metric that has a p-value) and takes back
 * the decisions the family cannot support: a regression whose q-value exceeds the rate becomes
 * `inconclusive`, an improvement `unchanged`. Verdicts are changed in place; `qValue` is set on each test.
 */
export function controlFalseDiscoveries(verdicts: readonly MetricVerdict[], rate: number, family = ''): void {
  const kind = family ? `${family} ` : '';
  const tested = verdicts.filter((v) => v.pValue !== undefined);
  const q = benjaminiHochberg(tested.map((v) => v.pValue as number));
  tested.forEach((v, i) => {
    const qValue = q[i] as number;
    v.qValue = qValue;
    if (qValue <= rate) return;
    const note = `Alone the change is significant (p = ${formatP(v.pValue as number)}), but not among the ${tested.length} ${kind}tests of this comparison (Benjamini-Hochberg q = ${formatP(qValue)} > ${rate})`;
    if (v.decision === 'regressed') {
      v.decision = 'inconclusive';
      v.why = `${v.why} ${note}; a longer run would decide it.`;
      v.reason = `not significant among ${tested.length} ${kind}tests (q = ${formatP(qValue)}): run longer`;
    } else if (v.decision === 'improved') {
      v.decision = 'unchanged';
      v.why = `${v.why} ${note}, so it may be noise.`;
    }
  });
}

/**
 * The question a metric answers: "slower?" (every latency statistic), "failing more?", "fewer requests
 * served?". Each is its own Benjamini-Hochberg family: a comparison judges some 20 latency tests but only a
 * handful of error rates, and with history-backed latency tests in the same family (a p-value for every
 * reported percentile) a fourfold failure rate on one endpoint was diluted among twenty latency tests it has
 * nothing to do with: its q-value rose 2.5-fold and the regression went unnamed (real Artillery runs, issue
 * #18). Within a family the false discoveries stay controlled at the rate; across the three families at
 * most three times it, and every call must also exceed its budget.
 */
export function familyOf(metric: MetricVerdict['metric']): 'latency' | 'error-rate' | 'throughput' {
  if (metric === 'error-rate' || metric === 'throughput') return metric;
  return 'latency';
}

/** `controlFalseDiscoveries` over each family of `familyOf` apart; verdicts are changed in place. */
export function controlFalseDiscoveriesByFamily(verdicts: readonly MetricVerdict[], rate: number): void {
  const families = new Map<string, MetricVerdict[]>();
  for (const v of verdicts) {
    const f = familyOf(v.metric);
    families.set(f, [...(families.get(f) ?? []), v]);
  }
  for (const [name, family] of families) controlFalseDiscoveries(family, rate, name);
}

function formatP(p: number): string {
  if (p < 0.001) return p.toExponential(1);
  return String(Number(p.toPrecision(2)));
}
