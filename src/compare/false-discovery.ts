import type { MetricVerdict } from './model.js';

export { DEFAULT_FALSE_DISCOVERY_RATE } from './decision-defaults.js';

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
 * The families of one comparison's tests for Benjamini-Hochberg: every error rate (the overall row's with
 * the endpoints': "failing more?") in one; the other tests of the overall row (the primary outcome, so that
 * a hundred endpoints do not dilute the whole run) in another; the endpoints' latency and throughput tests
 * in a third. With the error rates among the latency tests, a history (a p-value for every reported
 * percentile) diluted a fourfold checkout failure rate among twenty latency tests it has nothing to do with:
 * its q-value rose 2.5-fold and the regression went unnamed (real Artillery runs, issue #18). Throughput stays
 * with latency: on a starved load generator both move, and as a family of its own a throughput drop of an
 * unchanged server was called (4 of 20 real A/A pairs on a machine at load 17). Within a family the false
 * discoveries stay controlled at the rate; every call must also exceed its budget.
 */
export function familyOf(metric: MetricVerdict['metric'], row: 'overall' | 'endpoint'): string {
  return metric === 'error-rate' ? 'error-rate' : row === 'overall' ? 'overall' : 'endpoint';
}

/** `controlFalseDiscoveries` over each family of `familyOf`; verdicts are changed in place. */
export function controlFalseDiscoveriesByFamily(
  overall: readonly MetricVerdict[],
  endpoints: readonly MetricVerdict[],
  rate: number,
): void {
  const families = new Map<string, MetricVerdict[]>();
  const add = (v: MetricVerdict, row: 'overall' | 'endpoint'): void => {
    const key = familyOf(v.metric, row);
    families.set(key, [...(families.get(key) ?? []), v]);
  };
  for (const v of overall) add(v, 'overall');
  for (const v of endpoints) add(v, 'endpoint');
  for (const [key, family] of families) controlFalseDiscoveries(family, rate, FAMILY_LABEL[key] ?? '');
}

const FAMILY_LABEL: Record<string, string> = {
  'error-rate': 'error-rate',
  overall: 'overall',
  endpoint: 'endpoint',
};

function formatP(p: number): string {
  if (p < 0.001) return p.toExponential(1);
  return String(Number(p.toPrecision(2)));
}
