import { flowsOf, forEachStep } from '../../scenario/artillery/flows.js';
import { getEntry } from '../../scenario/artillery/tree.js';
import type { Location } from '../../scenario/location.js';
import type { Request, Scenario } from '../../scenario/model.js';
import type { CheckFunction } from '../types.js';
import { k6WorkloadsDeclared, suggestsNoRamp } from '../workload.js';

/** Functions k6 runs outside the load: pauses there are not think time, and requests there are not users. */
const K6_LIFECYCLE = new Set(['setup', 'teardown', 'handleSummary']);

/**
 * Real users pause between actions; a closed-model VU that never sleeps sends requests back to back, so the
 * load per VU is set by the system's own latency and is far above what as many users would cause.
 * k6: VU-based workloads whose exec function sends requests and has no `sleep`. Artillery: a flow with two or
 * more requests and no `think`. Open-model k6 executors pace iterations themselves and are never reported.
 */
export const check: CheckFunction = {
  name: 'missing-think-time',
  run(scenario, ctx) {
    if (!Array.isArray(scenario?.requests) || !Array.isArray(scenario.thinkTimes)) return;
    if (scenario.tool === 'k6') runK6(scenario, ctx.report);
    else if (scenario.tool === 'artillery') runArtillery(scenario, ctx.report);
    else if (scenario.tool === 'jmeter') runJmeter(scenario, ctx.report);
  },
};

function runK6(scenario: Scenario, report: Parameters<CheckFunction['run']>[1]['report']): void {
  if (!k6WorkloadsDeclared(scenario.native)) return;
  // A local module we could not read may hold the helper that sleeps.
  if (scenario.imports?.some((i) => i.resolved === false)) return;
  const execs = new Set(scenario.workloads.map((w) => w.exec).filter((e): e is string => e !== undefined));
  // A sleep in a function that is no workload's exec is a helper the exec may call: we cannot tell it does not.
  if (
    scenario.thinkTimes.some(
      (t) => t.within !== undefined && !execs.has(t.within) && !K6_LIFECYCLE.has(t.within),
    )
  )
    return;
  const reported = new Set<string>();
  for (const w of scenario.workloads) {
    if (w.model !== 'closed' || w.exec === undefined || reported.has(w.exec)) continue;
    if (suggestsNoRamp(scenario, w) || /smoke/i.test(w.name)) continue;
    const exec = w.exec;
    const requests = scenario.requests.filter((r) => r.within === exec);
    if (requests.length === 0) continue;
    if (scenario.thinkTimes.some((t) => t.within === exec)) continue;
    reported.add(exec);
    // The finding is about the function that never sleeps: point at it, not at the scenario that runs it.
    const fn = scenario.functions?.find((f) => f.name === exec);
    report({
      loc: fn?.loc ?? w.loc,
      messageId: 'k6',
      data: {
        name: w.name,
        executor: w.executor,
        exec: exec === 'default' ? 'the default function' : `${exec}()`,
        count: requests.length,
      },
    });
  }
}

/**
 * JMeter: a closed-model Thread Group of more than five threads with two or more HTTP samplers and no timer
 * or pause in it, nor at the plan's level (a timer there applies to every thread group). Open-model groups
 * pace themselves; a group of a few threads is a smoke or functional run, where pauses change nothing.
 */
/** The k6 guide's smoke test: "a few VUs — more than 5 VUs could be considered a mini-load test". */
const SMOKE_THREADS = 5;

function runJmeter(scenario: Scenario, report: Parameters<CheckFunction['run']>[1]['report']): void {
  if (scenario.thinkTimes.some((t) => t.within === undefined)) return;
  for (const w of scenario.workloads) {
    if (w.model !== 'closed' || /smoke/i.test(w.name)) continue;
    if (w.maxVUs === undefined || w.maxVUs <= SMOKE_THREADS) continue;
    const requests = scenario.requests.filter((r) => r.within === w.name);
    if (requests.length < 2) continue;
    if (scenario.thinkTimes.some((t) => t.within === w.name)) continue;
    report({
      loc: w.loc,
      messageId: 'jmeter',
      data: { name: w.name, count: requests.length, executor: w.executor, exec: w.name },
    });
  }
}

function runArtillery(scenario: Scenario, report: Parameters<CheckFunction['run']>[1]['report']): void {
  // Flows whose steps call processor functions may pause there; we cannot see inside them.
  const opaque = new Set<string>();
  const flowKeys = new Map<string, Location>();
  for (const { flow, within, keyLoc } of flowsOf(scenario.native)) {
    if (!flowKeys.has(within)) flowKeys.set(within, keyLoc);
    forEachStep(flow, (step) => {
      if (getEntry(step, 'function')) opaque.add(within);
    });
  }
  const byFlow = new Map<string, Request[]>();
  for (const r of scenario.requests) {
    if (r.within === undefined || r.within === 'before' || r.within === 'after') continue;
    byFlow.set(r.within, [...(byFlow.get(r.within) ?? []), r]);
  }
  for (const [within, requests] of byFlow) {
    const first = requests[0];
    if (!first || requests.length < 2 || opaque.has(within)) continue;
    if (scenario.thinkTimes.some((t) => t.within === within)) continue;
    report({
      loc: flowKeys.get(within) ?? first.loc,
      messageId: 'artillery',
      data: { name: within, count: requests.length },
    });
  }
}
