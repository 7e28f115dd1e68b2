import { toolName } from '../scenario/tool-names.js';
import type { EndpointStats, LoadProfile, Run } from '../results/model.js';
import { matchEndpoints } from './match-endpoints.js';
import { OTHER_ENDPOINTS } from '../results/raw/run-builder.js';

export interface Comparability {
  comparable: boolean;
  /** One sentence per difference: "baseline ran 20 VUs, current 50 VUs". */
  reasons: string[];
}

/**
 * Whether two runs offered the same load, so that their numbers may be judged against each other. A
 * dimension only counts when both runs state it. Runs of different tools are never comparable: their
 * latencies measure different things (k6 `http_req_duration` excludes connecting and TLS; Artillery's
 * `http.response_time` is time to first byte) and their percentiles are computed differently.
 *
 * Duration and iterations are judged together: a summary cannot tell which of the two the test fixed. A
 * duration-based test runs fewer iterations when the system slows down, an iteration-based test runs longer;
 * flagging either would hide exactly the regression the comparison is for. So the run size differs only when
 * the durations differ AND the iteration counts differ (or only one of the two is known on both sides).
 */
export function checkComparability(baseline: Run, current: Run, tolerancePct: number): Comparability {
  const reasons: string[] = [];
  if (baseline.source.tool !== current.source.tool) {
    reasons.push(
      `baseline is ${toolRun(baseline.source.tool)}, current ${toolRun(current.source.tool)}; results of different tools measure latency differently`,
    );
  }
  const b = baseline.profile;
  const c = current.profile;
  if (differs(b.maxVUs, c.maxVUs, tolerancePct)) {
    reasons.push(`baseline ran ${vus(b.maxVUs)}, current ${vus(c.maxVUs)}`);
  }
  if (arrivalsDiffer(b, c, tolerancePct)) {
    reasons.push(`baseline offered ${rate(b.arrivalRate)}, current ${rate(c.arrivalRate)}`);
  }
  const size = sizeDifference(b, c, tolerancePct);
  if (size) reasons.push(size);
  const scenarios = scenarioSetDifference(baseline, current);
  if (scenarios) reasons.push(scenarios);
  return { comparable: reasons.length === 0, reasons };
}

/** Endpoints that are requests (not transactions, not the overflow row), as scenario-set members. */
function requestRows(run: Run): EndpointStats[] {
  return run.endpoints.filter((e) => e.kind !== 'transaction' && e.name !== OTHER_ENDPOINTS);
}

/**
 * Whether the runs exercised different scenarios: both name at least two endpoints and share fewer than
 * half of the smaller set. Measured against the smaller set so that a scenario that gains endpoints (or a
 * k6 summary that gains a threshold, and with it a submetric row) stays comparable on what both ran.
 */
function scenarioSetDifference(baseline: Run, current: Run): string | undefined {
  const b = requestRows(baseline);
  const c = requestRows(current);
  if (b.length < 2 || c.length < 2) return undefined;
  const shared = matchEndpoints(b, c).filter((p) => p.baseline && p.current).length;
  if (shared * 2 >= Math.min(b.length, c.length)) return undefined;
  return `the runs share ${shared} of their endpoints (baseline ${b.length}, current ${c.length}): they ran different scenarios`;
}

/**
 * Seconds by which two measured run lengths may differ whatever their ratio. A run's length is measured from
 * its first to its last metric, which adds start-up, the drain of the users still in flight when the load
 * stops (longer on a slower system, the very change being judged), and the tool's reporting step: Locust
 * rewrites its stats CSV each second and not at exit (2.12) and flushes its history every 10 s, Artillery
 * reports in 10-s periods, k6 lets iterations finish for 30 s by default. On a 15-s run these make 10 % of
 * noise alone (two real Artillery runs of one config measured 16 s and 21 s on a busy machine, issue #18);
 * a run configured to a different length differs by more than one such step.
 */
export const SPAN_SLACK_SEC = 10;

/** The measured lengths differ beyond the relative tolerance AND the reporting slack. */
function durationsDiffer(b: LoadProfile, c: LoadProfile, tol: number): boolean {
  return (
    differs(b.durationSec, c.durationSec, tol) &&
    Math.abs((c.durationSec ?? 0) - (b.durationSec ?? 0)) > SPAN_SLACK_SEC
  );
}

/**
 * Whether the runs offered different arrival rates. A rate read from a result is arrivals over the measured
 * length (Artillery: `vusers.created` / span), so it carries that length's noise: when both lengths are known
 * the offered load is judged as the arrivals (rate × length) and the length, each with its own tolerance.
 */
function arrivalsDiffer(b: LoadProfile, c: LoadProfile, tol: number): boolean {
  if (b.durationSec === undefined || c.durationSec === undefined)
    return differs(b.arrivalRate, c.arrivalRate, tol);
  if (b.arrivalRate === undefined || c.arrivalRate === undefined) return false;
  return (
    differs(b.arrivalRate * b.durationSec, c.arrivalRate * c.durationSec, tol) || durationsDiffer(b, c, tol)
  );
}

function sizeDifference(b: LoadProfile, c: LoadProfile, tol: number): string | undefined {
  const durationKnown = b.durationSec !== undefined && c.durationSec !== undefined;
  const iterationsKnown = b.iterations !== undefined && c.iterations !== undefined;
  const durationDiffers = durationsDiffer(b, c, tol);
  const iterationsDiffer = differs(b.iterations, c.iterations, tol);
  if (durationKnown && iterationsKnown) {
    if (!(durationDiffers && iterationsDiffer)) return undefined;
    return `baseline ran ${seconds(b.durationSec)} and ${count(b.iterations)} iterations, current ${seconds(c.durationSec)} and ${count(c.iterations)} iterations`;
  }
  if (durationDiffers) return `baseline ran ${seconds(b.durationSec)}, current ${seconds(c.durationSec)}`;
  if (iterationsDiffer)
    return `baseline ran ${count(b.iterations)} iterations, current ${count(c.iterations)} iterations`;
  return undefined;
}

/** More than `tolerancePct` apart, relative to the baseline; undefined on either side never differs. */
export function differs(
  baseline: number | undefined,
  current: number | undefined,
  tolerancePct: number,
): boolean {
  if (baseline === undefined || current === undefined) return false;
  if (baseline === current) return false;
  if (baseline === 0) return true;
  return (Math.abs(current - baseline) / Math.abs(baseline)) * 100 > tolerancePct;
}

const vus = (n: number | undefined): string => `${count(n)} ${n === 1 ? 'VU' : 'VUs'}`;
const rate = (n: number | undefined): string => `${Number((n ?? 0).toFixed(1))} arrivals/s`;
const seconds = (n: number | undefined): string => `${Number((n ?? 0).toFixed((n ?? 0) >= 10 ? 0 : 1))} s`;
const count = (n: number | undefined): string => String(Math.round(n ?? 0));

/** "a k6 run", "an Artillery run". */
function toolRun(tool: string): string {
  const name = toolName(tool);
  return `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name} run`;
}
