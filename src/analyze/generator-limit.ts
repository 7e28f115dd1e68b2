import { matchEndpoints } from '../compare/match-endpoints.js';
import type { Run } from '../results/model.js';
import type { Detector } from './detector.js';
import { classify } from './error-kinds.js';
import type { AnalysisFinding } from './model.js';
import { count, median, ms, pct, round, times } from './numbers.js';
import { duration } from './series.js';

/** Endpoints a baseline signature needs, each with this many requests on both sides. */
const MIN_ENDPOINTS = 3;
const MIN_REQUESTS = 20;
/** The baseline medians must span this ratio, or additive and multiplicative shifts look alike. */
const SPREAD = 3;
/** The shift must be this large (ms, and share of the median endpoint's baseline median) to be worth a word. */
const MIN_SHIFT_MS = 2;
const MIN_SHIFT_SHARE = 0.1;
/** Additive: the deltas agree within this relative spread, and far better than the ratios do. */
const ADDITIVE_SPREAD = 0.35;

export const generatorLimit: Detector = {
  id: 'generator-limit',
  title: 'Load generator limits',
  fires:
    'k6 dropped iterations (dropped_iterations > 0); Locust’s CPU warning in its log (“CPU usage above 90%!”, read when the log is given with the run’s --csv files), with when it came; errors only a generator makes (EADDRNOTAVAIL: out of local ports; EMFILE: out of file descriptors), with the ETIMEDOUT errors beside them; or, against a baseline, every endpoint’s median rose by a similar number of milliseconds, the fast ones too (3 endpoints or more with 20 requests or more, baseline medians 3× apart or more, the rises within 35 % of each other and far closer than the ratios).',
  indicates:
    'The load generator, not the service, limited the run: it could not start the iterations asked for, said its CPU was saturated, ran out of sockets, or was so busy (CPU) that it added its own delay to every request. A slower service scales latencies (a 5 ms endpoint and a 500 ms endpoint both get 20 % slower); a busy generator adds the same milliseconds to each.',
  action:
    'Add load generators or lower the rate per generator (and check the generator’s CPU), raise k6 preAllocatedVUs/maxVUs for dropped iterations, then rerun before reading the numbers as the service’s.',
  needs: ['delivery', 'errors-by-kind', 'baseline'],
  detect({ current: run, baseline }) {
    const findings: AnalysisFinding[] = [];
    const dropped = run.delivery?.droppedIterations ?? 0;
    if (dropped > 0) {
      const iterations = run.profile.iterations;
      const share = iterations ? dropped / (iterations + dropped) : undefined;
      findings.push({
        detector: 'generator-limit',
        severity: share === undefined || share >= 0.01 ? 'high' : 'medium',
        message: `k6 dropped ${count(dropped)} iterations${share === undefined ? '' : ` (${pct(share)} of those due)`}: the arrival-rate executor had no free VU to start them, so the load asked for was not offered.`,
        recommendation:
          'Raise preAllocatedVUs/maxVUs (or lower the rate); if the generator’s CPU is busy, add load generators instead.',
        evidence: { droppedIterations: dropped, ...(iterations ? { iterations } : {}) },
      });
    }
    const cpu = cpuWarnings(run);
    if (cpu) findings.push(cpu);
    const generatorErrors = socketErrors(run);
    if (generatorErrors) findings.push(generatorErrors);
    if (baseline) {
      const additive = additiveShift(baseline, run);
      if (additive) findings.push(additive);
    }
    return findings;
  },
};

/** Locust's own word that its CPU was over the threshold (its log, given with the run's --csv files). */
function cpuWarnings(run: Run): AnalysisFinding | undefined {
  const w = run.delivery?.cpuWarnings;
  if (!w || w.count <= 0) return undefined;
  const threshold = w.thresholdPct ?? 90;
  const who = w.workers
    ? `${count(w.workers)} Locust worker${w.workers === 1 ? '' : 's'} reported CPU usage above ${threshold} %`
    : `Locust logged "CPU usage above ${threshold}%!"`;
  const when =
    w.offsetSec !== undefined && w.firstAt
      ? ` ${duration(w.offsetSec)} into the run (${w.firstAt} on ${w.host ? `${w.host}'s` : 'the generator’s'} clock${w.file ? `, ${w.file}${w.line ? `:${w.line}` : ''}` : ''})`
      : ' during the run';
  return {
    detector: 'generator-limit',
    severity: 'high',
    message: `${who}${when}: a generator out of CPU caps the throughput it offers and adds its own delay to the response times it measures. The load generator, not the service.`,
    recommendation:
      'Spread the load over more CPU cores or machines (locust --processes N, or a master with workers) or lower the users per process, then rerun before reading the numbers as the service’s.',
    evidence: {
      cpuWarnings: w.count,
      ...(w.offsetSec === undefined ? {} : { offsetSec: round(w.offsetSec) }),
      ...(w.firstAt ? { firstAt: w.firstAt } : {}),
      ...(w.workers ? { workers: w.workers } : {}),
    },
  };
}

function socketErrors(run: Run): AnalysisFinding | undefined {
  const kinds = Object.entries(run.overall.errorsByKind ?? {}).filter(([, n]) => n > 0);
  const own = kinds.filter(([k]) => classify(k) === 'generator');
  if (own.length === 0) return undefined;
  const timeouts = kinds.filter(([k]) => /^ETIMEDOUT$/i.test(k));
  const listed = [...own, ...timeouts];
  const n = listed.reduce((s, [, c]) => s + c, 0);
  const total = run.overall.count ?? 0;
  const failedVus = run.delivery?.vusersFailed;
  const createdVus = run.delivery?.vusersCreated;
  return {
    detector: 'generator-limit',
    severity: 'high',
    message: `The load generator ran out of sockets: ${listed.map(([k, c]) => `${k} ×${count(c)}`).join(', ')}${total ? ` (${pct(n / total)} of ${count(total)} requests)` : ''}${failedVus && createdVus ? `; ${count(failedVus)} of ${count(createdVus)} virtual users failed` : ''}. EADDRNOTAVAIL means no local port was free: these requests never reached the service.`,
    recommendation:
      'Add load generators or lower the arrival rate per generator (each generator has about 28,000 ephemeral ports; keep-alive reuses them), then rerun: this run measured the generator.',
    evidence: Object.fromEntries(listed),
  };
}

/**
 * The signature of a saturated generator against a baseline: the same number of milliseconds added to every
 * endpoint's median. Undefined when the endpoints do not allow telling it from a slower service.
 */
function additiveShift(baseline: Run, current: Run): AnalysisFinding | undefined {
  const pairs = matchEndpoints(baseline.endpoints, current.endpoints)
    .filter(
      (p) =>
        p.baseline &&
        p.current &&
        p.baseline.kind !== 'transaction' &&
        (p.baseline.count ?? 0) >= MIN_REQUESTS &&
        (p.current.count ?? 0) >= MIN_REQUESTS &&
        (p.baseline.latency.median ?? 0) > 0 &&
        p.current.latency.median !== undefined,
    )
    .map((p) => ({
      name: p.current!.name,
      before: p.baseline!.latency.median!,
      after: p.current!.latency.median!,
    }));
  if (pairs.length < MIN_ENDPOINTS) return undefined;
  const befores = pairs.map((p) => p.before);
  if (Math.max(...befores) < SPREAD * Math.min(...befores)) return undefined;
  const deltas = pairs.map((p) => p.after - p.before);
  const shift = median(deltas);
  if (shift < MIN_SHIFT_MS || shift < MIN_SHIFT_SHARE * median(befores)) return undefined;
  if (deltas.some((d) => d < 0.5 * shift)) return undefined;
  const ratios = pairs.map((p) => p.after / p.before - 1);
  const deltaSpread = relativeSpread(deltas);
  const ratioSpread = relativeSpread(ratios);
  if (deltaSpread > ADDITIVE_SPREAD || ratioSpread < 2 * deltaSpread) return undefined;
  const fastest = pairs.reduce((a, b) => (b.before < a.before ? b : a));
  const slowest = pairs.reduce((a, b) => (b.before > a.before ? b : a));
  return {
    detector: 'generator-limit',
    severity: 'high',
    message: `Against the baseline, every endpoint's median rose by about ${ms(shift)}, the fast ones too: ${fastest.name} ${ms(fastest.before)} → ${ms(fastest.after)} (${times(fastest.after / fastest.before)}), ${slowest.name} ${ms(slowest.before)} → ${ms(slowest.after)} (${times(slowest.after / slowest.before)}). The same milliseconds added everywhere is what a busy load generator does: the load generator, not the service.`,
    recommendation:
      'Add load generators or lower the rate per generator (check the generator’s CPU during the run), then rerun before reading this as a regression of the service.',
    evidence: {
      shiftMs: round(shift),
      endpoints: pairs.length,
      deltaSpread: round(deltaSpread),
      ratioSpread: round(ratioSpread),
    },
  };
}

/** Median absolute deviation over the median: how far the values disagree, relative to their size. */
function relativeSpread(values: readonly number[]): number {
  const m = median(values);
  if (m === 0) return Infinity;
  return median(values.map((v) => Math.abs(v - m))) / Math.abs(m);
}
