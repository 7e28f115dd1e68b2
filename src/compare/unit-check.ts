import type { LatencyStats, Run } from '../results/model.js';

/** Unit factors a misread file produces: seconds read as milliseconds, or microseconds as milliseconds. */
const FACTORS = [1000];
/** How far from the factor a ratio may be and still be called that factor (a real run also changes). */
const SPREAD = 3;

/**
 * A sanity check before judging latencies: when every latency statistic of the overall row (min, median,
 * p95, max, mean, whichever both runs have, at least two) differs by about the same factor of 1000, the two
 * files almost certainly state latency in different units (one in seconds, one in milliseconds), not a run
 * 1000 times slower: a real slowdown does not move the fastest and the slowest request by the same factor.
 * Returns the reason to report, or undefined.
 */
export function unitMismatch(baseline: Run, current: Run): string | undefined {
  const b = baseline.overall.latency;
  const c = current.overall.latency;
  const keys: (keyof LatencyStats)[] = ['min', 'median', 'p95', 'max', 'mean'];
  const ratios = keys.flatMap((k) => {
    const x = b[k];
    const y = c[k];
    return x !== undefined && y !== undefined && x > 0 && y > 0 ? [{ k, x, y, r: x / y }] : [];
  });
  if (ratios.length < 2) return undefined;
  for (const factor of FACTORS) {
    for (const [side, f] of [
      ['baseline', factor],
      ['current', 1 / factor],
    ] as const) {
      if (!ratios.every(({ r }) => r >= f / SPREAD && r <= f * SPREAD)) continue;
      const median = ratios.find((s) => s.k === 'median') ?? ratios[0]!;
      const bigger = side === 'baseline' ? 'baseline' : 'current';
      const smaller = side === 'baseline' ? 'current' : 'baseline';
      return (
        `the ${bigger}'s latencies are about ${factor}x the ${smaller}'s in every statistic ` +
        `(${median.k === 'median' ? 'p50' : median.k} ${fmt(median.x)} ms vs ${fmt(median.y)} ms): one file is probably in seconds ` +
        `and the other in milliseconds, so the runs are not compared; check how each result was written`
      );
    }
  }
  return undefined;
}

function fmt(n: number): string {
  return String(Number(n.toPrecision(4)));
}
