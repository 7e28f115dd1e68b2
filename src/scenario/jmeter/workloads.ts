import type { Location } from '../location.js';
import type { LoadModel, Stage, Workload } from '../model.js';
import { propBool, propNumber, propText, tableRows, type NumberReading } from './properties.js';
import type { JmxElement } from './tree.js';
import { maxOf } from '../../util/extremes.js';

/**
 * Thread groups as workloads. Setup and tear-down thread groups run once around the test and are no load,
 * so they are not workloads (rules still see them in the native tree). Values written as property
 * references count with their default (`${__P(threads,10)}` is 10); a value we cannot read makes the
 * workload `partiallyUnknown` and the load-shape rules stay silent on it.
 */
export function readWorkload(element: JmxElement): Workload | undefined {
  switch (element.kind) {
    case 'SetupThreadGroup':
    case 'PostThreadGroup':
      return undefined;
    case 'ThreadGroup':
      return threadGroup(element);
    case 'ConcurrencyThreadGroup':
      return targetLevelGroup(element, 'closed');
    case 'ArrivalsThreadGroup':
      return targetLevelGroup(element, 'open');
    case 'FreeFormArrivalsThreadGroup':
      return freeFormArrivals(element);
    case 'UltimateThreadGroup':
      return ultimate(element);
    case 'SteppingThreadGroup':
      return stepping(element);
    case 'OpenModelThreadGroup':
      return base(element, 'open', [], true);
    default:
      return base(element, 'unknown', [], true);
  }
}

function base(element: JmxElement, model: LoadModel, stages: Stage[], partiallyUnknown: boolean): Workload {
  return { name: element.name, executor: element.kind, model, stages, partiallyUnknown, loc: element.loc };
}

const known = (r: NumberReading): r is Extract<NumberReading, { kind: 'number' }> => r.kind === 'number';

/** The loops of a thread group's main Loop Controller: -1 (or "loop forever") is endless. */
export function loopsOf(element: JmxElement): NumberReading & { forever?: boolean } {
  const loops = propNumber(element, 'ThreadGroup.main_controller', 'LoopController.loops');
  const forever = propBool(element, 'ThreadGroup.main_controller', 'LoopController.continue_forever');
  if (known(loops) && loops.value < 0) return { ...loops, forever: true };
  // `continue_forever` is true on a Loop Controller the GUI left at its default with no loops written.
  if (loops.kind === 'absent' && forever === true) return { kind: 'absent', forever: true };
  return loops;
}

/** Core Thread Group: `num_threads` started over `ramp_time`, then held while the scheduler's duration or the loops last. */
function threadGroup(element: JmxElement): Workload {
  const threads = propNumber(element, 'ThreadGroup.num_threads');
  const ramp = propNumber(element, 'ThreadGroup.ramp_time');
  const scheduler = propBool(element, 'ThreadGroup.scheduler') === true;
  const duration = scheduler ? propNumber(element, 'ThreadGroup.duration') : ({ kind: 'absent' } as const);
  const loops = loopsOf(element);
  const workload = base(element, 'closed', [], false);
  if (known(loops) && loops.value > 0) workload.iterations = loops.value;
  const total = known(duration) && duration.value > 0 ? duration.value : undefined;
  if (total !== undefined) workload.durationSec = total;
  if (!known(threads) || !known(ramp)) {
    workload.partiallyUnknown = true;
    if (known(threads)) workload.maxVUs = threads.value;
    return workload;
  }
  const n = threads.value;
  workload.maxVUs = n;
  if (ramp.value > 0) {
    workload.stages.push({ from: 0, to: n, durationSec: ramp.value, loc: ramp.loc });
    workload.stages.push(
      hold(n, total === undefined ? undefined : Math.max(0, total - ramp.value), threads.loc),
    );
  } else {
    // No ramp: the place to fix is the ramp-up period.
    workload.stages.push(hold(n, total, ramp.loc));
  }
  return workload;
}

function hold(n: number, durationSec: number | undefined, loc: Location): Stage {
  return durationSec === undefined ? { from: n, to: n, loc } : { from: n, to: n, durationSec, loc };
}

/** Seconds per unit of the BlazeMeter thread groups' `Unit` (`S` or `M`, minutes by default). */
function unitSeconds(element: JmxElement): number {
  return (propText(element, 'Unit') ?? 'M').trim().toUpperCase() === 'S' ? 1 : 60;
}

/**
 * BlazeMeter Concurrency (closed: `TargetLevel` threads) and Arrivals (open: `TargetLevel` arrivals per
 * unit) thread groups: ramp over `RampUp` to the target, then `Hold`. An empty Hold runs until the
 * iterations are done, or forever.
 */
function targetLevelGroup(element: JmxElement, model: LoadModel): Workload {
  const unit = unitSeconds(element);
  const target = propNumber(element, 'TargetLevel');
  const ramp = propNumber(element, 'RampUp');
  const holdFor = propNumber(element, 'Hold');
  const iterations = propNumber(element, 'Iterations');
  const limit = propNumber(element, 'ConcurrencyLimit');
  const workload = base(element, model, [], false);
  if (known(iterations) && iterations.value > 0) workload.iterations = iterations.value;
  if (!known(target) || ramp.kind === 'unknown' || holdFor.kind === 'unknown') {
    workload.partiallyUnknown = true;
    return workload;
  }
  // Arrivals are per unit too: 60 arrivals per minute is one a second.
  const level = model === 'open' ? target.value / unit : target.value;
  if (model === 'open') {
    workload.maxRatePerSec = level;
    if (known(limit) && limit.value > 0) workload.maxVUs = limit.value;
  } else workload.maxVUs = level;
  const rampSec = known(ramp) ? ramp.value * unit : 0;
  const holdSec = known(holdFor) ? holdFor.value * unit : undefined;
  if (rampSec > 0)
    workload.stages.push({ from: 0, to: level, durationSec: rampSec, loc: prop(ramp, target) });
  workload.stages.push(hold(level, holdSec, rampSec > 0 ? target.loc : prop(ramp, target)));
  if (holdSec !== undefined) workload.durationSec = rampSec + holdSec;
  return workload;
}

function prop(reading: NumberReading, fallback: { loc: Location }): Location {
  return reading.kind === 'number' || (reading.kind === 'unknown' && reading.loc)
    ? reading.loc!
    : fallback.loc;
}

/** Free-Form Arrivals: rows of (start rate, end rate, duration) in the group's unit. */
function freeFormArrivals(element: JmxElement): Workload {
  const unit = unitSeconds(element);
  const workload = base(element, 'open', [], false);
  const limit = propNumber(element, 'ConcurrencyLimit');
  if (known(limit) && limit.value > 0) workload.maxVUs = limit.value;
  const rows = tableRows(element, 'Schedule');
  let total = 0;
  for (const row of rows) {
    const [from, to, duration] = row.cells.map(Number);
    if (![from, to, duration].every((v) => v !== undefined && Number.isFinite(v))) {
      workload.partiallyUnknown = true;
      return workload;
    }
    workload.stages.push({ from: from! / unit, to: to! / unit, durationSec: duration! * unit, loc: row.loc });
    total += duration! * unit;
  }
  if (rows.length === 0) workload.partiallyUnknown = true;
  else {
    workload.durationSec = total;
    workload.maxRatePerSec = maxOf(workload.stages.flatMap((s) => [s.from ?? 0, s.to ?? 0]));
  }
  return workload;
}

/**
 * Ultimate Thread Group: rows of (threads, initial delay, start-up time, hold, shut-down time) in seconds,
 * which overlap. Their sum is piecewise linear, so the concurrency at each row's corners gives exact stages.
 */
function ultimate(element: JmxElement): Workload {
  const workload = base(element, 'closed', [], false);
  const rows = tableRows(element, 'ultimatethreadgroupdata');
  const parsed: { n: number; t0: number; t1: number; t2: number; t3: number; loc: Location }[] = [];
  for (const row of rows) {
    const [n, delay, startup, holdFor, shutdown] = row.cells.map(Number);
    if (![n, delay, startup, holdFor, shutdown].every((v) => v !== undefined && Number.isFinite(v))) {
      workload.partiallyUnknown = true;
      return workload;
    }
    const t0 = delay!;
    const t1 = t0 + startup!;
    const t2 = t1 + holdFor!;
    parsed.push({ n: n!, t0, t1, t2, t3: t2 + shutdown!, loc: row.loc });
  }
  if (parsed.length === 0) {
    workload.partiallyUnknown = true;
    return workload;
  }
  const at = (t: number) =>
    parsed.reduce((sum, r) => {
      if (t < r.t0 || t > r.t3) return sum;
      if (t < r.t1) return sum + (r.n * (t - r.t0)) / (r.t1 - r.t0);
      if (t <= r.t2) return sum + r.n;
      return sum + (r.t3 === r.t2 ? 0 : (r.n * (r.t3 - t)) / (r.t3 - r.t2));
    }, 0);
  const times = [...new Set(parsed.flatMap((r) => [r.t0, r.t1, r.t2, r.t3]))].sort((a, b) => a - b);
  for (let i = 0; i + 1 < times.length; i++) {
    const start = times[i]!;
    const end = times[i + 1]!;
    // At a row's very start its load is still 0 (the ramp begins there); just after, it is climbing.
    const row = parsed.find((r) => r.t0 <= start && start < r.t3) ?? parsed[0]!;
    workload.stages.push({ from: at(start), to: at(end), durationSec: end - start, loc: row.loc });
  }
  // A row that starts at full load (no start-up time) jumps at its start: the first stage shows it.
  const first = parsed.reduce((a, b) => (b.t0 < a.t0 ? b : a));
  if (first.t1 === first.t0 && workload.stages[0]) workload.stages[0].from = at(first.t0 + 1e-9);
  workload.maxVUs = maxOf(workload.stages.flatMap((s) => [s.from ?? 0, s.to ?? 0]));
  workload.durationSec = times[times.length - 1]! - times[0]!;
  return workload;
}

/** Stepping Thread Group (jp@gc): adds `Start users count` every `Start users period` to `num_threads`, holds `flighttime`. */
function stepping(element: JmxElement): Workload {
  const workload = base(element, 'closed', [], false);
  const n = propNumber(element, 'ThreadGroup.num_threads');
  const step = propNumber(element, 'Start users count');
  const period = propNumber(element, 'Start users period');
  const flight = propNumber(element, 'flighttime');
  if (!known(n) || !known(step) || !known(period) || !known(flight)) {
    workload.partiallyUnknown = true;
    return workload;
  }
  workload.maxVUs = n.value;
  const rampSec = step.value > 0 ? Math.ceil(n.value / step.value) * period.value : 0;
  if (rampSec > 0) workload.stages.push({ from: 0, to: n.value, durationSec: rampSec, loc: step.loc });
  workload.stages.push(hold(n.value, flight.value, rampSec > 0 ? flight.loc : step.loc));
  workload.durationSec = rampSec + flight.value;
  return workload;
}
