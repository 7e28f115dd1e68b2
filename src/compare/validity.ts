import type { Run } from '../results/model.js';

/**
 * Errors that mean the load generator, not the system under test, gave out: it could not open a socket
 * (`EADDRNOTAVAIL`: ephemeral ports exhausted) or its virtual users timed out before any response came.
 */
const GENERATOR_ERRORS = ['ETIMEDOUT', 'EADDRNOTAVAIL'];
/** Share of Artillery virtual users that failed beyond which the run measured its own failure, not the system. */
const FAILED_VUSERS_SHARE = 0.9;

/**
 * Why a run does not show what it was meant to: it missed its intended load, or its pass/fail criteria
 * received no samples. Such a run is `invalid`: its numbers are neither passed nor compared, because a run
 * that offered less load than asked looks faster than it is, and a criterion with no samples passes
 * vacuously. Returns one sentence per reason; empty when nothing says the run is invalid (what a file does
 * not record, such as the arrival rate a k6 summary was meant to reach, is not guessed).
 */
export function runValidity(run: Run): string[] {
  const reasons: string[] = [];
  const d = run.delivery;
  if (d?.droppedIterations !== undefined && d.droppedIterations > 0) {
    reasons.push(
      `k6 dropped ${count(d.droppedIterations)} ${d.droppedIterations === 1 ? 'iteration' : 'iterations'} (dropped_iterations): the executor had no free VU to start them, so the intended arrival rate was not offered; raise preAllocatedVUs/maxVUs or lower the rate`,
    );
  }
  if (d?.aborted) reasons.push('the test was aborted before it ended');
  const created = d?.vusersCreated;
  const failed = d?.vusersFailed;
  if (created && failed !== undefined && failed / created >= FAILED_VUSERS_SHARE) {
    const kinds = run.overall.errorsByKind ?? {};
    const generator = GENERATOR_ERRORS.filter((k) => (kinds[k] ?? 0) > 0);
    const generatorErrors = generator.reduce((s, k) => s + (kinds[k] ?? 0), 0);
    if (generatorErrors >= failed / 2) {
      reasons.push(
        `${count(failed)} of ${count(created)} Artillery virtual users failed (vusers.failed), mostly with ${generator.join(' and ')}: the virtual users could not open a connection (EADDRNOTAVAIL: the load generator ran out of ports) or got no response in time, so the run did not deliver its load`,
      );
    }
  }
  const checkThresholds = run.thresholds.filter(
    (t) => t.metric === 'checks' || t.metric.startsWith('checks{'),
  );
  const checksRan = run.checks ? run.checks.passes + run.checks.fails : 0;
  if (checkThresholds.length > 0 && checksRan === 0) {
    reasons.push(
      `the thresholds on checks (${checkThresholds.map((t) => t.expression).join(', ')}) received no samples: no check ran, so k6 passes them without testing anything`,
    );
  }
  return reasons;
}

function count(n: number): string {
  return String(Math.round(n));
}
